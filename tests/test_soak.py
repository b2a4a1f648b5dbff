"""Soak: many sessions and reminder cycles through the real window with a fake
clock; nothing may keep piling up (Qt objects, Python objects, scheduler jobs)."""

from __future__ import annotations

import gc
import logging
import tracemalloc
from collections import Counter
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.flows.context import AppServices
from stretch_coach.services.scheduler import DueReminder
from tests.apps import build_app
from tests.conftest import EVENING
from tests.fakes import FakeClock, FakeDesktopNotifier

WARM_UP = 10
CYCLES = 60


def one_cycle(
    app: StretchCoach, clock: FakeClock, notifier: Callable[[], FakeDesktopNotifier]
) -> None:
    window = app.window
    window.start_session("quick")
    controller = window.controller
    assert controller is not None
    while controller.is_active:
        clock.advance(7.5)
        controller.refresh()
        controller.skip()
    window.show_home()
    # Already stretched tonight: decided and dropped without a notification.
    app.reminder_flow.on_due(DueReminder(ReminderKind.STRETCH, EVENING))
    water = DueReminder(ReminderKind.HYDRATION, EVENING.replace(hour=17))
    app.reminder_flow.on_due(water)
    notifier().press("snooze")
    app.reminder_flow.on_due(water)
    notifier().press("dismiss")
    QApplication.processEvents()
    # The fake keeps every notification it was shown: its memory, not the
    # app's, so it is emptied rather than counted against the app.
    notifier().shown.clear()
    notifier().withdrawn.clear()


def settle() -> None:
    for _ in range(3):
        # The app's event loop runs deleteLater; outside exec() it is sent by hand.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()


# pytest-qt would keep every Qt warning of every cycle, which is its memory, not ours.
@pytest.mark.no_qt_log
def test_many_sessions_and_reminders_do_not_pile_up(
    qtbot: QtBot, services: AppServices, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    # pytest keeps every captured log record; at INFO that list would grow each
    # cycle and be counted against the app.
    caplog.set_level(logging.WARNING, logger="stretch_coach")
    made: list[FakeDesktopNotifier] = []

    def factory(on_action: Callable[[str, str], None]) -> FakeDesktopNotifier:
        made.append(FakeDesktopNotifier(on_action))
        return made[-1]

    services.wall_clock = lambda: EVENING.replace(hour=20)
    app = build_app(qtbot, services, notifier_factory=factory)
    # The cycles hand reminders to the coordinator themselves, on the fake
    # evening. APScheduler compares job times with the real clock, so the
    # snoozes it holds would be "missed" on any later date; counting jobs does
    # not need it to run them.
    app.reminders.scheduler.pause()

    def last() -> FakeDesktopNotifier:
        return made[-1]

    for _ in range(WARM_UP):
        one_cycle(app, clock, last)
    settle()
    qobjects_before = len(app.window.findChildren(QObject))
    kinds_before = Counter(type(o).__name__ for o in app.window.findChildren(QObject))
    jobs_before = len(app.reminders.scheduler.get_jobs())
    objects_before = len(gc.get_objects())
    tracemalloc.start()
    before = tracemalloc.take_snapshot()

    for _ in range(CYCLES):
        one_cycle(app, clock, last)
    settle()
    objects_after = len(gc.get_objects())
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()

    assert len(made) == 1, "one notification connection for the whole run"
    assert len(app.reminders.scheduler.get_jobs()) == jobs_before
    kinds_after = Counter(type(o).__name__ for o in app.window.findChildren(QObject))
    assert len(app.window.findChildren(QObject)) == qobjects_before, kinds_after - kinds_before
    # Python objects: a little slack for caches, nothing per cycle.
    assert objects_after - objects_before < 5 * CYCLES
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert grown < 2_000_000, f"memory grew by {grown} bytes over {CYCLES} cycles"
    assert len(services.history().sessions()) == WARM_UP + CYCLES
    app.shutdown()
