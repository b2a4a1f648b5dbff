"""First run, the morning diary, the doctor suggestion, history, export and About."""

from __future__ import annotations

import datetime as dt
import logging
import re
import sqlite3
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QTime
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.health import ASK_ABOUT_MEDICINES, RED_FLAGS, SEE_A_DOCTOR, SOURCES
from stretch_coach.core.records import DiaryEntry, SessionOutcome, SessionRecord
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.export import ExportOutcome
from stretch_coach.ui.about_page import about_html
from tests.apps import build_app
from tests.conftest import EVENING

MORNING = EVENING.replace(day=28, hour=8)  # Saturday morning after Friday night

T = TypeVar("T")


def opened(dialog: T | None) -> T:
    assert dialog is not None, "the dialog was not opened"
    return dialog


def build(qtbot: QtBot, services: AppServices) -> StretchCoach:
    return build_app(qtbot, services, start=False)


@pytest.fixture
def morning(services: AppServices) -> AppServices:
    services.wall_clock = lambda: MORNING
    return services


@pytest.fixture
def app(qtbot: QtBot, services: AppServices) -> Iterator[StretchCoach]:
    built = build(qtbot, services)
    yield built
    built.shutdown()


def test_first_run_welcome_sets_bedtime_and_reminders_and_the_check_in_waits(
    qtbot: QtBot, services: AppServices
) -> None:
    services.settings_owner.first_run = True
    app = build(qtbot, services)
    app.start()
    welcome = opened(app.dialogs.welcome)
    assert welcome.isVisible()
    welcome.bedtime.setTime(QTime(23, 15))
    welcome.water.setChecked(False)
    welcome.start_button.click()
    saved = tomllib.loads(services.paths.settings_file.read_text())
    assert saved["bedtime"]["time"] == "23:15"
    assert saved["reminders"]["hydration"]["enabled"] is False
    assert app.dialogs.diary is None  # no second dialog straight after the first
    assert not services.settings_owner.first_run
    services.wall_clock = lambda: MORNING
    assert app.diary.due()  # the next morning it is offered
    app.shutdown()


def test_skipping_the_welcome_keeps_defaults_and_does_not_ask_again(
    qtbot: QtBot, services: AppServices
) -> None:
    services.settings_owner.first_run = True
    app = build(qtbot, services)
    app.start()
    opened(app.dialogs.welcome).skip_button.click()
    assert services.paths.settings_file.exists()
    assert not app.state.hints.diary_prompts
    app.shutdown()
    again = AppServices.load(services.paths, services.clocks)
    assert not again.settings_owner.first_run
    again.close()


def test_the_welcome_says_it_is_not_medical_advice(qtbot: QtBot, services: AppServices) -> None:
    from PySide6.QtWidgets import QLabel

    services.settings_owner.first_run = True
    app = build(qtbot, services)
    app.start()
    text = " ".join(label.text() for label in opened(app.dialogs.welcome).findChildren(QLabel))
    assert "not medical advice" in text
    app.shutdown()


def test_morning_check_in_is_offered_once_and_saves_the_night(
    qtbot: QtBot, morning: AppServices
) -> None:
    app = build(qtbot, morning)
    app.start()
    diary = opened(app.dialogs.diary)
    assert diary.isVisible()
    assert diary.entry().night == dt.date(2026, 11, 27)  # Friday night
    assert not diary.severity_box.isEnabled()  # nothing to rate without a cramp
    diary.cramps.setValue(2)
    diary.severity.setValue(6)
    diary.where["calf-left"].setChecked(True)
    diary.note.setText("woke twice")
    diary.save_button.click()
    entry = morning.history().diary_entry(dt.date(2026, 11, 27))
    assert entry == DiaryEntry(dt.date(2026, 11, 27), 2, 6, ("calf-left",), "woke twice")
    assert not app.diary.due()  # answered: not asked again this morning
    app.shutdown()


def test_the_check_in_is_not_pushed_twice_in_a_morning(qtbot: QtBot, morning: AppServices) -> None:
    app = build(qtbot, morning)
    app.start()
    opened(app.dialogs.diary).skip_button.click()
    assert not app.diary.due()
    app.shutdown()


def test_past_nights_can_be_edited(qtbot: QtBot, app: StretchCoach, services: AppServices) -> None:
    services.history().put_diary(DiaryEntry(dt.date(2026, 11, 20), 3, 7, ("foot-right",), "x"))
    diary = app.dialogs.open_diary()
    diary.night.setDate(QDate(2026, 11, 20))
    assert diary.cramps.value() == 3
    assert diary.where["foot-right"].isChecked()
    diary.cramps.setValue(1)
    diary.save_button.click()
    entry = services.history().diary_entry(dt.date(2026, 11, 20))
    assert entry is not None and entry.cramps == 1


def test_frequent_cramps_bring_a_kind_doctor_suggestion_once(
    app: StretchCoach, services: AppServices
) -> None:
    today = EVENING.date()
    history = services.history()
    for back in range(1, 15):
        if back % 7 not in (1, 2):  # five of every seven nights
            history.put_diary(DiaryEntry(today - dt.timedelta(days=back), 1, 5))
    app.dialogs.save_diary_entry(DiaryEntry(today - dt.timedelta(days=1), 2, 6))
    box = opened(app.dialogs.doctor_box)
    assert box.isVisible()
    for fact in (*SEE_A_DOCTOR, *RED_FLAGS):
        assert fact.text in box.text()
    box.close()
    app.dialogs.doctor_box = None
    app.dialogs.save_diary_entry(DiaryEntry(today - dt.timedelta(days=2), 1, 4))
    assert app.dialogs.doctor_box is None  # said once, not again


def test_history_page_shows_charts_insights_and_exports(
    app: StretchCoach, services: AppServices, tmp_path: Path
) -> None:
    history = services.history()
    start = EVENING - dt.timedelta(days=1, minutes=30)
    history.add_session(
        SessionRecord(
            "bedtime",
            "Bedtime",
            300,
            300.0,
            SessionOutcome.COMPLETED,
            start,
            start + dt.timedelta(minutes=5),
        )
    )
    history.add_hydration(EVENING.replace(hour=17))
    history.put_diary(DiaryEntry(EVENING.date() - dt.timedelta(days=1), 1, 4, ("calf-left",)))
    dialog = app.dialogs.open_history()
    assert set(dialog.charts) == {"minutes", "water", "cramps"}
    assert all(chart.isVisibleTo(dialog) for chart in dialog.charts.values())
    assert "1 evening in a row" in dialog.streak.text()
    assert "record, not proof" in dialog.insights.text()
    assert "too early" in dialog.insights.text().lower()  # one night proves nothing
    result = app.dialogs.export_csv(tmp_path / "out", dialog)
    assert result.outcome is ExportOutcome.SAVED
    assert sorted(p.name for p in result.written) == ["diary.csv", "hydration.csv", "sessions.csv"]
    again = app.dialogs.export_csv(tmp_path / "out", dialog)
    assert (again.outcome, again.written) == (ExportOutcome.REFUSED, [])
    assert "Nothing was written" in dialog.status.text()


def test_history_opened_at_one_in_the_morning_counts_the_evening_before(
    qtbot: QtBot, services: AppServices
) -> None:
    # Stretched on the evening of the 26th; History opened at 01:00 on the
    # 28th, still the evening of the 27th: the streak is 1, not 0.
    start = EVENING - dt.timedelta(days=1)
    services.history().add_session(
        SessionRecord(
            "quick",
            "Quick",
            120,
            120.0,
            SessionOutcome.COMPLETED,
            start,
            start + dt.timedelta(minutes=2),
        )
    )
    services.wall_clock = lambda: EVENING.replace(hour=1) + dt.timedelta(days=1)
    app = build(qtbot, services)
    dialog = app.dialogs.open_history()
    assert "1 evening in a row" in dialog.streak.text()
    app.shutdown()


def test_a_bad_history_row_is_logged_once_and_the_rest_is_shown(
    app: StretchCoach, services: AppServices, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    history = services.history()
    night = EVENING.date() - dt.timedelta(days=1)
    history.put_diary(DiaryEntry(night, 1, 4, ("calf-left",)))
    db = sqlite3.connect(history.path)
    with db:  # an outside edit left JSON cut short
        db.execute(
            "INSERT INTO diary (night, cramps, locations, recorded_at) VALUES (?, 1, ?, ?)",
            ((night - dt.timedelta(days=1)).isoformat(), '["calf-left"', EVENING.isoformat()),
        )
    db.close()
    with caplog.at_level(logging.WARNING, logger="stretch_coach"):
        for _ in range(2):
            dialog = app.dialogs.open_history()
            assert not dialog.empty_note.isVisibleTo(dialog)
            bars = dialog.charts["cramps"].bars
            assert bars is not None
            assert sum(value or 0 for value in bars.values) == 1  # the good night
            assert dialog.nights_listed() == [night]
            dialog.close()
        result = app.dialogs.export_csv(tmp_path / "out")
    assert len(result.written) == 3
    (record,) = [r for r in caplog.records if "skipped diary row" in r.getMessage()]
    assert record.levelno == logging.WARNING and "not valid JSON" in record.getMessage()


def test_empty_history_says_so(app: StretchCoach) -> None:
    dialog = app.dialogs.open_history()
    assert dialog.empty_note.isVisibleTo(dialog)


def test_about_page_leads_with_when_to_get_help_and_names_every_source(
    app: StretchCoach,
) -> None:
    page = about_html()
    assert page.index("urgent advice") < page.index("What may help")
    for fact in (*RED_FLAGS, *SEE_A_DOCTOR):
        assert fact.text in page
    cited = [s for s in SOURCES.values() if s.citation in page]
    assert cited, "sources are listed"
    assert page.count("<sup>") >= len(RED_FLAGS) + len(SEE_A_DOCTOR)
    dialog = app.dialogs.open_about()
    assert dialog.isVisible()


def test_the_welcome_points_to_supplements_and_medicines(
    qtbot: QtBot, services: AppServices
) -> None:
    from PySide6.QtWidgets import QLabel

    services.settings_owner.first_run = True
    app = build(qtbot, services)
    app.start()
    text = " ".join(label.text() for label in opened(app.dialogs.welcome).findChildren(QLabel))
    assert ASK_ABOUT_MEDICINES.text in text
    assert "“Supplements and medicines” under About cramps" in text
    app.shutdown()


def test_the_doctor_suggestion_asks_about_medicines(
    app: StretchCoach, services: AppServices
) -> None:
    today = EVENING.date()
    history = services.history()
    for back in range(1, 15):
        if back % 7 not in (1, 2):
            history.put_diary(DiaryEntry(today - dt.timedelta(days=back), 1, 5))
    app.dialogs.save_diary_entry(DiaryEntry(today - dt.timedelta(days=1), 2, 6))
    text = opened(app.dialogs.doctor_box).text()
    assert ASK_ABOUT_MEDICINES.text in text
    assert "“Supplements and medicines” under About cramps" in text
    opened(app.dialogs.doctor_box).close()


def test_about_page_shows_supplements_and_medicines_with_their_sources(
    app: StretchCoach,
) -> None:
    page = about_html()
    block = page.split("<h2>Supplements and medicines</h2>")[1].split("</div>")[0]
    numbers = {int(n) for n in re.findall(r"<sup>\[(\d+)\]</sup>", block)}
    notes = re.findall(r"<li>(.*?)</li>", page.split("<h2>Sources</h2>")[1])
    cited = " ".join(notes[n - 1] for n in numbers)
    for needle in ("Garrison", "CD009402", "MHRA", "NICE"):
        assert needle in cited
    assert ASK_ABOUT_MEDICINES.text in block
    dialog = app.dialogs.open_about()
    assert "Supplements and medicines" in dialog.text.toPlainText()


NIGHT_UNDER_WAY = EVENING.replace(day=28, hour=1)  # 01:00 on Saturday: Friday night goes on


def test_the_diary_offers_only_nights_that_are_over(qtbot: QtBot, services: AppServices) -> None:
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    diary = opened(app.dialogs.open_diary())
    assert diary.entry().night == dt.date(2026, 11, 26)  # Thursday night, the last one over
    assert diary.night.maximumDate() == QDate(2026, 11, 26)
    assert diary.night.minimumDate() == QDate(2016, 11, 27)  # ten years before Friday evening
    diary.night.setDate(QDate(2026, 11, 27))
    assert diary.entry().night == dt.date(2026, 11, 26)
    diary.close()
    services.wall_clock = lambda: NIGHT_UNDER_WAY.replace(hour=6)  # morning: Friday night is over
    diary = opened(app.dialogs.open_diary())
    assert diary.entry().night == dt.date(2026, 11, 27)
    assert diary.night.maximumDate() == QDate(2026, 11, 27)
    app.shutdown()


def test_a_night_under_way_does_not_count_in_the_history(
    qtbot: QtBot, services: AppServices
) -> None:
    history = services.history()
    for back in range(1, 6):  # five nights over, without a routine before them
        history.put_diary(DiaryEntry(dt.date(2026, 11, 27) - dt.timedelta(days=back), 1, 5))
    history.put_diary(DiaryEntry(dt.date(2026, 11, 27), 3, 8))  # tonight, entered early
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    dialog = app.dialogs.open_history()
    text = " ".join(dialog.insights.text().split())
    assert "0 nights after a finished routine and 5 nights without" in text
    app.shutdown()


def test_a_night_under_way_does_not_bring_the_doctor_suggestion(
    qtbot: QtBot, services: AppServices
) -> None:
    history = services.history()
    friday = dt.date(2026, 11, 27)
    # Cramps on 4 nights of the week before last and on 3 of last week (the 7
    # nights before Friday's), and tonight's night entered while still under way.
    for back in (8, 9, 10, 11, 1, 2, 3, 0):
        history.put_diary(DiaryEntry(friday - dt.timedelta(days=back), 1, 5))
    services.wall_clock = lambda: NIGHT_UNDER_WAY
    app = build(qtbot, services)
    app.dialogs.save_diary_entry(DiaryEntry(friday - dt.timedelta(days=2), 2, 6))
    assert not app.state.hints.doctor_suggested
    app.shutdown()
