"""The preferences window: every setting edited through its widget ends up saved."""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.reminders import ReminderPlanner
from stretch_coach.core.settings import RANGES, Settings, Theme
from stretch_coach.services.autostart import XdgAutostart
from stretch_coach.services.context import AppServices
from stretch_coach.ui.preferences import PreferencesDialog, evening_preview
from tests.apps import build_app
from tests.conftest import EVENING


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


def test_every_setting_is_saved_from_its_widget(
    app: StretchCoach, services: AppServices, autostart: XdgAutostart
) -> None:
    dialog = app.open_settings()
    dialog.bedtime.setTime(QTime(23, 0))
    dialog.day_overrides["fri"].setChecked(True)
    dialog.day_times["fri"].setTime(QTime(0, 30))
    dialog.stretch_before.setValue(45)
    dialog.stretch_days["sun"].setChecked(False)
    dialog.water_first.setTime(QTime(15, 0))
    dialog.water_every.setValue(90)
    dialog.water_stop.setValue(150)
    dialog.routine.setCurrentIndex(dialog.routine.findData("quick"))
    dialog.minutes.setValue(3)
    dialog.sound.setChecked(False)
    dialog.voice.setChecked(True)
    dialog.theme.setCurrentIndex(dialog.theme.findData("bedtime"))
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
    assert app.preferences is None or not app.preferences.isVisible()


def test_cancel_changes_nothing(app: StretchCoach, services: AppServices) -> None:
    dialog = app.open_settings()
    dialog.water_every.setValue(30)
    dialog.buttons.rejected.emit()
    assert not services.paths.settings_file.exists()
    assert services.settings == Settings()


def test_spin_boxes_only_offer_the_documented_ranges(app: StretchCoach) -> None:
    dialog = app.open_settings()
    for spin, key in (
        (dialog.stretch_before, "reminders.stretch.minutes_before_bedtime"),
        (dialog.water_every, "reminders.hydration.every_minutes"),
        (dialog.water_stop, "reminders.hydration.stop_minutes_before_bedtime"),
        (dialog.minutes, "routine.minutes"),
    ):
        assert (spin.minimum(), spin.maximum()) == RANGES[key]
        spin.setValue(10_000)
        assert spin.value() == RANGES[key][1]
    dialog.bedtime.lineEdit().setText("25:99")  # the editor refuses it
    assert dialog.current_settings().bedtime.time != dt.time(1, 39)


def test_the_preview_comes_from_the_planner(app: StretchCoach) -> None:
    dialog = app.open_settings()
    assert dialog.preview.text() == (
        "Tonight: water at 16:00, 17:00 … 20:00; stretch reminder at 22:00; bedtime 22:30."
    )
    dialog.water_enabled.setChecked(False)
    dialog.stretch_before.setValue(60)
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
    services.startup_notices.append("Some settings could not be used and were reset:\n• x")
    dialog = PreferencesDialog(services.settings, services.routines(), start_at_login=False,
                               problems="\n".join(services.startup_notices))  # fmt: skip
    qtbot.addWidget(dialog)
    assert not dialog.problems.isHidden()
    assert "were reset" in dialog.problems.text()
