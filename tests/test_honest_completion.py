"""Skipping through a routine is not doing it: the session is stored as
partial, the finish says so, and the streak and the reminders know it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.engine import SessionStatus
from stretch_coach.core.records import SessionOutcome
from stretch_coach.core.reminder_rules import Verdict
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.session_controller import SessionController
from stretch_coach.services.scheduler import DueReminder
from tests.apps import build_app
from tests.conftest import EVENING
from tests.fakes import FakeClock

STRETCH_DUE = DueReminder(ReminderKind.STRETCH, EVENING)


@pytest.fixture
def app(qtbot: QtBot, services: AppServices) -> Iterator[StretchCoach]:
    built = build_app(qtbot, services)
    built.window.show()
    yield built
    built.shutdown()


def skip_through(app: StretchCoach) -> None:
    window = app.window
    controller = window.controller
    assert controller is not None
    QTest.keyClick(window, Qt.Key.Key_Space)  # start
    while controller.is_active:
        QTest.keyClick(window, Qt.Key.Key_N)


def started(app: StretchCoach, routine: str) -> SessionController:
    assert app.window.start_session(routine)
    controller = app.window.controller
    assert controller is not None
    return controller


def run_to_the_end(controller: SessionController, clock: FakeClock) -> None:
    while controller.engine.status is not SessionStatus.FINISHED:
        clock.advance(1.0)
        controller.refresh()


def streak_text(app: StretchCoach) -> str:
    dialog = app.dialogs.open_history()
    text = dialog.streak.text()
    dialog.close()
    return text


@pytest.mark.parametrize("routine", ["bedtime", "quick", "trial-protocol", "seated"])
def test_pressing_n_through_a_routine_is_partial_everywhere(
    app: StretchCoach, services: AppServices, routine: str
) -> None:
    assert app.window.start_session(routine)
    skip_through(app)

    (record,) = services.history().sessions()
    assert record.outcome is SessionOutcome.PARTIAL and not record.completed
    assert record.work_done_seconds == pytest.approx(0.0, abs=0.5)
    finish = app.window.finish_view
    assert app.window.stack.currentWidget() is finish
    assert finish.message.text() == "You reached the end, but much of it was skipped."
    assert "skipped steps don't count" in finish.details.text()
    for text in (finish.message.text(), finish.details.text(), finish.good_night.text()):
        assert "Well done" not in text and "ready for the night" not in text
    # Not done tonight: no streak, and the stretch reminder still comes.
    assert streak_text(app).startswith("0 evenings in a row")
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.SHOW


def test_doing_the_skipped_part_completes_the_evening(
    app: StretchCoach, services: AppServices, clock: FakeClock
) -> None:
    assert app.window.start_session("quick")
    skip_through(app)
    finish = app.window.finish_view
    assert finish.redo_button.isVisibleTo(finish)
    finish.redo_button.click()
    controller = app.window.controller
    assert controller is not None and controller.is_active
    # The skipped part is the whole routine here; this time it is done.
    assert [i.exercise for i in controller.plan.routine.items] == ["toe-curl", "calf-stretch"]
    run_to_the_end(controller, clock)
    outcomes = [s.outcome for s in services.history().sessions()]
    assert outcomes == [SessionOutcome.PARTIAL, SessionOutcome.COMPLETED]
    assert finish.message.text() == "Well done."
    assert "1 evening in a row" in streak_text(app)
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.ALREADY_STRETCHED


def test_stopping_while_getting_ready_does_not_say_you_stretched(
    app: StretchCoach, services: AppServices, clock: FakeClock
) -> None:
    controller = started(app, "quick")
    clock.advance(3.0)  # still getting ready
    controller.refresh()
    controller.stop()
    (record,) = services.history().sessions()
    assert record.outcome is SessionOutcome.STOPPED
    assert record.actual_seconds >= 3 and record.work_done_seconds == 0
    finish = app.window.finish_view
    assert finish.message.text() == "Stopped for tonight."
    assert finish.details.text() == "You stopped before the stretching began."


def test_the_finish_counts_the_stretching_not_the_getting_ready_and_rests(
    app: StretchCoach, services: AppServices, clock: FakeClock
) -> None:
    run_to_the_end(started(app, "quick"), clock)
    (record,) = services.history().sessions()
    assert record.work_done_seconds is not None
    assert record.work_done_seconds < record.actual_seconds  # getting ready, switches
    finish = app.window.finish_view
    assert finish.message.text() == "Well done."
    minutes, seconds = divmod(round(record.work_done_seconds), 60)
    assert finish.details.text().startswith(f"You stretched for {minutes}:{seconds:02d}: ")
