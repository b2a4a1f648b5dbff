"""Preferences → "Add reminders to my phone's calendar…": the save dialog, the
question before replacing a file, and what the person is told afterwards.

The file dialog, the question and the message are the Dialogs' replaceable
parts, so nothing here waits for a modal window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.reminders import ReminderPlanner
from stretch_coach.flows.context import AppServices
from stretch_coach.services.paths import suggested_calendar_file
from stretch_coach.ui import dialogs
from stretch_coach.ui.preferences import PreferencesDialog
from tests.apps import build_app
from tests.conftest import EVENING
from tests.ical_check import expand, planned

KINDS = {"Time to stretch": "stretch", "Time for a glass of water": "hydration"}
YEAR = dt.timedelta(days=366)


@dataclass
class Person:
    """Answers the file dialog and the question, and reads what the app tells."""

    save_as: Path | None
    replace: bool = False
    offered: list[Path] = field(default_factory=list)
    asked: list[tuple[str, str, str, str]] = field(default_factory=list)
    told: list[tuple[QWidget, str, str]] = field(default_factory=list)

    def choose(self, _parent: QWidget, offered: Path) -> Path | None:
        self.offered.append(offered)
        return self.save_as

    def confirm(self, _parent: QWidget, title: str, question: str, go: str, keep: str) -> bool:
        self.asked.append((title, question, go, keep))
        return self.replace

    def tell(self, parent: QWidget, title: str, text: str, close: str) -> None:
        assert close == "Close"
        self.told.append((parent, title, text))


@pytest.fixture
def app(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> Iterator[StretchCoach]:
    monkeypatch.setenv("TZ", "Europe/Berlin")  # the zone the file is made in
    built = build_app(qtbot, services)
    yield built
    built.shutdown()


def person_at(app: StretchCoach, save_as: Path | None, *, replace: bool = False) -> Person:
    person = Person(save_as, replace)
    app.dialogs.choose_calendar_file = person.choose
    app.dialogs.confirm = person.confirm
    app.dialogs.tell = person.tell
    return person


def press_the_button(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    button = dialog.calendar_button
    assert button.text() == "Add reminders to my phone's calendar…"
    assert button.isVisibleTo(dialog)
    button.click()


def test_the_button_saves_the_reminders_shown_and_says_what_to_do(
    app: StretchCoach, qtbot: QtBot, services: AppServices, tmp_path: Path
) -> None:
    target = tmp_path / "phone.ics"
    person = person_at(app, target)
    dialog = app.dialogs.open_settings()
    # A later bedtime, changed in the window but not saved yet:
    # the file has the reminders the person sees.
    dialog.editor("bedtime.time").set_value(dt.time(23, 40))
    shown = dialog.current_settings()
    assert shown != services.settings
    press_the_button(qtbot, dialog)

    assert person.offered == [suggested_calendar_file()]
    assert person.asked == []  # a new file: nothing to ask
    ((parent, title, text),) = person.told
    assert parent is dialog and title == "Reminders for your phone"
    assert f"Your reminders are saved in {target}." in text
    assert "iPhone" in text and "Android" in text and "Google Calendar" in text
    assert "after changing your bedtime or reminders" in text

    zone = ZoneInfo("Europe/Berlin")
    now = EVENING.astimezone(zone)
    want = planned(ReminderPlanner(shown, zone).upcoming(now, now + YEAR))
    assert expand(target.read_bytes(), now, now + YEAR, KINDS) == want
    assert ("stretch", dt.datetime(2026, 11, 28, 22, 10, tzinfo=dt.UTC)) in want  # 23:10 in Berlin
    assert dialog.isVisible()  # Preferences stays open, its changes still unsaved
    assert services.settings != shown


def test_the_next_time_the_same_file_is_offered(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "phone.ics"
    person = person_at(app, target, replace=True)
    dialog = app.dialogs.open_settings()
    press_the_button(qtbot, dialog)
    press_the_button(qtbot, dialog)
    assert person.offered == [suggested_calendar_file(), target]


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path
) -> None:
    target = tmp_path / "phone.ics"
    target.write_bytes(b"last year's reminders")
    person = person_at(app, target, replace=False)
    dialog = app.dialogs.open_settings()
    press_the_button(qtbot, dialog)
    assert person.asked == [
        (
            "Replace the file?",
            f"{target} already exists. Replace it with your reminders as they are now?",
            "Replace it",
            "Keep it",
        )
    ]
    assert target.read_bytes() == b"last year's reminders"
    assert person.told == []  # kept, as asked: nothing to say

    person.replace = True
    press_the_button(qtbot, dialog)
    assert len(person.asked) == 2
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert f"Your reminders are saved in {target}." in person.told[0][2]


def test_cancelling_the_file_dialog_writes_nothing(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path
) -> None:
    person = person_at(app, None)
    press_the_button(qtbot, app.dialogs.open_settings())
    assert len(person.offered) == 1
    assert (person.asked, person.told) == ([], [])
    assert list(tmp_path.iterdir()) == []


def test_with_every_reminder_turned_off_the_person_is_told_so(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path
) -> None:
    person = person_at(app, tmp_path / "phone.ics")
    dialog = app.dialogs.open_settings()
    dialog.editor("reminders.stretch.enabled").set_value(False)
    dialog.editor("reminders.hydration.enabled").set_value(False)
    press_the_button(qtbot, dialog)
    assert person.offered == []  # not even asked where
    ((_parent, _title, text),) = person.told
    assert text == (
        "There are no reminders to add: the stretch reminder and the water reminders "
        "are both turned off."
    )
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_written_is_reported(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    person = person_at(app, blocker / "phone.ics")
    press_the_button(qtbot, app.dialogs.open_settings())
    ((_parent, _title, text),) = person.told
    assert text.startswith("The calendar file could not be saved: ")
    assert blocker.read_text() == "x"


def test_a_file_that_appears_before_the_write_is_kept(
    app: StretchCoach, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretch_coach.services import export

    target = tmp_path / "phone.ics"
    person = person_at(app, target)
    write = export.write_calendar

    def someone_else_writes_first(path: Path, data: bytes, *, force: bool = False) -> Path:
        path.write_bytes(b"theirs")  # after the app looked, before it writes
        return write(path, data, force=force)

    monkeypatch.setattr(export, "write_calendar", someone_else_writes_first)
    press_the_button(qtbot, app.dialogs.open_settings())
    assert person.asked == []  # the name was free when the app looked
    assert target.read_bytes() == b"theirs"
    assert person.told[-1][2] == f"{target} already exists. Nothing was written."


# -- the file dialog itself -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "chosen"),
    [
        ("phone.ics", "phone.ics"),
        ("phone", "phone.ics"),
        ("my.calendar", "my.calendar"),
        ("", None),
    ],
)
def test_the_save_dialog_offers_the_file_and_leaves_the_question_to_the_app(
    typed: str, chosen: str | None, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []

    def fake_dialog(*args: object) -> tuple[str, str]:
        calls.append(args)
        return (str(tmp_path / typed) if typed else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    offered = tmp_path / "stretch-coach-reminders.ics"
    result = dialogs.choose_calendar_file(parent, offered)
    assert result == (tmp_path / chosen if chosen else None)
    ((who, caption, start, filters, _selected, options),) = calls
    assert who is parent and start == str(offered)
    assert caption == "Save the reminders as a calendar file"
    assert filters == "Calendar files (*.ics)"
    assert options == QFileDialog.Option.DontConfirmOverwrite


def test_the_file_is_offered_in_documents_or_else_at_home(private_home: Path) -> None:
    assert suggested_calendar_file() == private_home / "stretch-coach-reminders.ics"
    (private_home / "Documents").mkdir()
    assert suggested_calendar_file() == private_home / "Documents" / "stretch-coach-reminders.ics"
    # A German desktop names its documents folder in ~/.config/user-dirs.dirs.
    (private_home / "Dokumente").mkdir()
    (private_home / ".config").mkdir(exist_ok=True)
    (private_home / ".config" / "user-dirs.dirs").write_text(
        'XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n'
    )
    assert suggested_calendar_file() == private_home / "Dokumente" / "stretch-coach-reminders.ics"


def test_the_phone_part_speaks_german(app: StretchCoach, german: None) -> None:
    dialog = app.dialogs.open_settings()
    assert dialog.calendar_button.text() == "Erinnerungen in den Handykalender…"
    assert dialog.calendar_button.accessibleName() == "Erinnerungen in den Handykalender übernehmen"
