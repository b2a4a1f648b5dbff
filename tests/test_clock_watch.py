"""The platform's word on the clock: a wall-clock alarm and a time-zone watch
(Linux), so the reminders need not poll."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach.services.clock_watch import WallClockAlarm, ZoneWatch
from stretch_coach.services.scheduler import (
    MAX_SLEEP_SECONDS,
    SAFETY_NET_SECONDS,
    ReminderScheduler,
)

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="timerfd and inotify are Linux's"
)
# libfaketime moves Python's clock but not the kernel's timers: an alarm set
# from a faked "now" is days away for the kernel.
real_clock = pytest.mark.skipif(
    "faketime" in os.environ.get("LD_PRELOAD", ""),
    reason="faketime shifts this process's clock, not the kernel's timers",
)


@linux_only
@real_clock
def test_the_alarm_rings_at_its_time_on_the_wall_clock(qtbot: QtBot) -> None:
    alarm = WallClockAlarm.create()
    assert alarm is not None
    try:
        at = dt.datetime.now().astimezone() + dt.timedelta(seconds=0.3)
        with qtbot.waitSignal(alarm.rang, timeout=3000):
            alarm.arm(at)
        assert dt.datetime.now().astimezone() >= at
    finally:
        alarm.close()


@linux_only
@real_clock
def test_a_time_already_past_rings_at_once_and_none_never(qtbot: QtBot) -> None:
    alarm = WallClockAlarm.create()
    assert alarm is not None
    try:
        with qtbot.waitSignal(alarm.rang, timeout=1000):
            alarm.arm(dt.datetime.now().astimezone() - dt.timedelta(hours=1))
        alarm.arm(dt.datetime.now().astimezone() + dt.timedelta(seconds=0.2))
        alarm.arm(None)  # disarmed before its time
        with qtbot.assertNotEmitted(alarm.rang, wait=600):
            pass
    finally:
        alarm.close()


@linux_only
def test_the_zone_watch_says_when_the_zone_file_changes(qtbot: QtBot, tmp_path: Path) -> None:
    localtime = tmp_path / "localtime"
    localtime.symlink_to("/usr/share/zoneinfo/UTC")
    watch = ZoneWatch(localtime)
    with qtbot.waitSignal(watch.changed, timeout=3000):
        # How the desktop sets a zone: a new link put in the old one's place.
        new = tmp_path / "localtime.new"
        new.symlink_to("/usr/share/zoneinfo/Europe/Berlin")
        new.replace(localtime)
    with qtbot.waitSignal(watch.changed, timeout=3000):  # and it keeps watching
        again = tmp_path / "localtime.again"
        again.symlink_to("/usr/share/zoneinfo/Asia/Tokyo")
        again.replace(localtime)


class FakeAlarm(QObject):
    rang = Signal()
    clock_set = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.armed: list[dt.datetime | None] = []

    def arm(self, at: dt.datetime | None) -> None:
        self.armed.append(at)


def test_with_the_alarm_the_scheduler_sleeps_long_and_wakes_when_told(qtbot: QtBot) -> None:
    alarm = FakeAlarm()
    scheduler = ReminderScheduler(
        alarm=cast(Any, alarm), wall_clock=lambda: dt.datetime.now().astimezone()
    )
    due = dt.datetime.now().astimezone() + dt.timedelta(hours=2)
    scheduler.add_job(lambda: None, trigger="date", run_date=due, id="later")
    scheduler.start()
    try:
        QApplication.processEvents()
        # No wake-up every minute: the safety net only, the alarm at the time.
        assert scheduler.timer_interval_ms == int(SAFETY_NET_SECONDS * 1000)
        armed = alarm.armed[-1]
        assert armed is not None and abs((armed - due).total_seconds()) < 5
        alarm.clock_set.emit()  # the clock was set: look at the jobs now
        assert scheduler.timer_interval_ms == 0
    finally:
        scheduler.shutdown(wait=False)


def test_without_the_alarm_the_scheduler_keeps_its_minute(qtbot: QtBot) -> None:
    scheduler = ReminderScheduler()
    due = dt.datetime.now().astimezone() + dt.timedelta(hours=2)
    scheduler.add_job(lambda: None, trigger="date", run_date=due, id="later")
    scheduler.start()
    try:
        QApplication.processEvents()
        assert scheduler.timer_interval_ms == int(MAX_SLEEP_SECONDS * 1000)
    finally:
        scheduler.shutdown(wait=False)
