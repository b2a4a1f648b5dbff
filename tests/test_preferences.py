"""The preferences window is built from the settings schema: every setting has
an editor, and whatever is edited there is saved, validated and announced."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.reminders import ReminderPlanner
from stretch_coach.core.settings import (
    FIELDS,
    RANGES,
    SCHEMA,
    WEEKDAYS,
    Choice,
    ClockTime,
    RoutineId,
    SettingField,
    Settings,
    Switch,
    Theme,
    Weekdays,
    WeekdayTimes,
    WholeNumber,
    settings_to_data,
    validate_settings,
)
from stretch_coach.flows.context import AppServices
from stretch_coach.services.autostart import XdgAutostart
from stretch_coach.ui.preferences import PreferencesDialog, evening_preview
from stretch_coach.ui.setting_editors import NumberEditor, TimeEditor, WeekdayTimesEditor
from tests.apps import build_app
from tests.conftest import EVENING, REPO_ROOT


@pytest.fixture
def autostart(tmp_path: Path) -> XdgAutostart:
    return XdgAutostart(config_home=tmp_path / "config", command=["stretch-coach"])


@pytest.fixture
def app(qtbot: QtBot, services: AppServices, autostart: XdgAutostart) -> Iterator[StretchCoach]:
    built = build_app(qtbot, services, autostart=autostart)
    yield built
    built.shutdown()


def saved(services: AppServices) -> dict:  # type: ignore[type-arg]
    return tomllib.loads(services.paths.settings_file.read_text())


def another_value(setting: SettingField) -> Any:
    """A valid value different from the default, for any kind of setting."""
    value_type, default = setting.type, setting.default
    if isinstance(value_type, Switch):
        return not default
    if isinstance(value_type, WholeNumber):
        return value_type.high if default != value_type.high else value_type.low
    if isinstance(value_type, ClockTime):
        return dt.time((default.hour + 1) % 24, 5)
    if isinstance(value_type, Choice):
        return next(member for member in value_type.enum if member != default)
    if isinstance(value_type, RoutineId):
        return "quick"
    if isinstance(value_type, Weekdays):
        return ("mon", "fri")
    if isinstance(value_type, WeekdayTimes):
        return {"fri": dt.time(0, 30)}
    raise AssertionError(f"the test knows no value for {setting.key}: add one with the new kind")


@pytest.mark.parametrize("setting", SCHEMA, ids=[s.key for s in SCHEMA])
def test_every_setting_in_the_schema_has_an_editor_a_validator_and_a_file_key(
    app: StretchCoach, services: AppServices, setting: SettingField
) -> None:
    """The walk that makes "one schema entry" enough: form, serialiser and
    validator all find a new setting without being told about it."""
    dialog = app.dialogs.open_settings()
    editor = dialog.editor(setting.key)
    assert editor.value() == setting.default
    named = [editor.widget, *editor.widget.findChildren(QWidget)]
    assert any(w.accessibleName() for w in named)
    value = another_value(setting)
    editor.set_value(value)
    changed = dialog.current_settings()
    assert setting.get(changed) == value
    # Every other setting is untouched.
    assert setting.with_value(changed, setting.default) == Settings()
    # Written to the file under its key, and read back to the same value.
    data = settings_to_data(changed)
    node: Any = data
    for part in setting.key.split("."):
        node = node[part]
    assert node is not None
    back = validate_settings(data)
    assert back.warnings == () and back.settings == changed
    # Saving goes through the owner, which everyone else listens to.
    dialog.buttons.accepted.emit()
    assert setting.get(services.settings) == value
    assert validate_settings(saved(services)).settings == changed


def test_a_setting_declared_in_the_schema_appears_in_the_form(
    qtbot: QtBot, services: AppServices
) -> None:
    dialog = PreferencesDialog(
        services.settings, services.routines(), start_at_login=False, evening=EVENING.date()
    )
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == set(FIELDS)


def test_the_readme_shows_the_defaults_the_schema_writes() -> None:
    from tools.settings_doc import with_block

    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    assert with_block(readme) == readme, "run `uv run python tools/settings_doc.py`"


def test_every_setting_is_saved_from_its_widget(
    app: StretchCoach, services: AppServices, autostart: XdgAutostart
) -> None:
    dialog = app.dialogs.open_settings()
    bedtime = dialog.editor("bedtime.time")
    assert isinstance(bedtime, TimeEditor)
    bedtime.edit.setTime(QTime(23, 0))
    weekdays = dialog.editor("bedtime.weekdays")
    assert isinstance(weekdays, WeekdayTimesEditor)
    weekdays.overrides["fri"].setChecked(True)
    weekdays.times["fri"].setTime(QTime(0, 30))
    before = dialog.editor("reminders.stretch.minutes_before_bedtime")
    assert isinstance(before, NumberEditor)
    before.spin.setValue(45)
    dialog.editor("reminders.stretch.days").set_value(tuple(WEEKDAYS[:6]))
    dialog.editor("reminders.hydration.first").set_value(dt.time(15, 0))
    dialog.editor("reminders.hydration.every_minutes").set_value(90)
    dialog.editor("reminders.hydration.stop_minutes_before_bedtime").set_value(150)
    dialog.editor("routine.default").set_value("quick")
    dialog.editor("routine.minutes").set_value(3)
    dialog.editor("sound.enabled").set_value(False)
    dialog.editor("sound.voice").set_value(True)
    dialog.editor("appearance.theme").set_value(Theme.BEDTIME)
    dialog.autostart.setChecked(True)
    dialog.buttons.accepted.emit()

    data = saved(services)
    assert data["bedtime"] == {"time": "23:00", "weekdays": {"fri": "00:30"}}
    assert data["reminders"]["stretch"]["minutes_before_bedtime"] == 45
    assert "sun" not in data["reminders"]["stretch"]["days"]
    assert data["reminders"]["hydration"] == {
        "enabled": True, "first": "15:00", "every_minutes": 90,
        "stop_minutes_before_bedtime": 150,
    }  # fmt: skip
    assert data["routine"] == {"default": "quick", "minutes": 3}
    assert data["sound"] == {"enabled": False, "voice": True}
    assert data["appearance"]["theme"] == "bedtime"
    assert services.settings.appearance.theme is Theme.BEDTIME
    assert autostart.is_enabled()
    # The reminders follow at once: Friday's stretch is now at 23:45.
    assert any("stretch-2345-fri" in j.id for j in app.reminders.plan_jobs())
    assert app.dialogs.preferences is None or not app.dialogs.preferences.isVisible()


def test_the_owner_announces_a_change_once_with_old_and_new(services: AppServices) -> None:
    heard: list[tuple[Settings, Settings]] = []
    services.settings_owner.changed.connect(lambda new, old: heard.append((new, old)))
    old = services.settings
    new = dataclasses.replace(old, routine=dataclasses.replace(old.routine, minutes=7))
    assert services.settings_owner.update(new) is None
    services.settings_owner.update(new)  # the same again: nothing changed
    assert heard == [(new, old)]
    assert services.settings is new


def test_cancel_changes_nothing(app: StretchCoach, services: AppServices) -> None:
    dialog = app.dialogs.open_settings()
    dialog.editor("reminders.hydration.every_minutes").set_value(30)
    dialog.buttons.rejected.emit()
    assert not services.paths.settings_file.exists()
    assert services.settings == Settings()


def test_spin_boxes_only_offer_the_documented_ranges(app: StretchCoach) -> None:
    dialog = app.dialogs.open_settings()
    for key, (low, high) in RANGES.items():
        editor = dialog.editor(key)
        assert isinstance(editor, NumberEditor)
        assert (editor.spin.minimum(), editor.spin.maximum()) == (low, high)
        editor.spin.setValue(10_000)
        assert editor.spin.value() == high
    bedtime = dialog.editor("bedtime.time")
    assert isinstance(bedtime, TimeEditor)
    bedtime.edit.lineEdit().setText("25:99")  # the editor refuses it
    assert dialog.current_settings().bedtime.time != dt.time(1, 39)


def test_the_preview_comes_from_the_planner(app: StretchCoach) -> None:
    dialog = app.dialogs.open_settings()
    assert dialog.preview.text() == (
        "Tonight: water at 16:00, 17:00 … 20:00; stretch reminder at 22:00; bedtime 22:30."
    )
    dialog.editor("reminders.hydration.enabled").set_value(False)
    dialog.editor("reminders.stretch.minutes_before_bedtime").set_value(60)
    assert dialog.preview.text() == "Tonight: stretch reminder at 21:30; bedtime 22:30."
    planner = ReminderPlanner(dialog.current_settings(), dt.UTC)
    assert [m for _, m in planner.evening_times("fri")] == [21 * 60 + 30]


def test_preview_for_a_short_afternoon_lists_every_time() -> None:
    settings = Settings()
    settings = settings.__class__(
        bedtime=settings.bedtime.__class__(dt.time(19, 0)),
    )
    assert evening_preview(settings, EVENING.date()) == (
        "Tonight: water at 16:00, 17:00; stretch reminder at 18:30; bedtime 19:00."
    )


def test_startup_problems_are_shown(qtbot: QtBot, services: AppServices) -> None:
    dialog = PreferencesDialog(
        services.settings,
        services.routines(),
        start_at_login=False,
        evening=EVENING.date(),
        problems="Some settings could not be used and were reset:\n• x",
    )
    qtbot.addWidget(dialog)
    assert not dialog.problems.isHidden()
    assert "were reset" in dialog.problems.text()
