"""The live reminder service on a real QtScheduler (real time, short waits)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from stretch_coach.core.reminders import ReminderKind, ReminderPlanner
from stretch_coach.core.settings import HydrationReminderSettings, Settings, validate_settings
from stretch_coach.services.scheduler import (
    MAX_SLEEP_SECONDS,
    PLAN_JOB_PREFIX,
    DueReminder,
    ReminderService,
)

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def zone() -> list[dt.tzinfo]:
    return [BERLIN]


@pytest.fixture
def service(qtbot: QtBot, zone: list[dt.tzinfo]) -> Iterator[ReminderService]:
    svc = ReminderService(
        Settings(),
        timezone=lambda: zone[0],
        wall_clock=lambda: dt.datetime.now(zone[0]),
        monotonic=time.monotonic,
    )
    svc.start()
    yield svc
    svc.shutdown()


@pytest.fixture
def far_service(qtbot: QtBot) -> Iterator[ReminderService]:
    """A service whose stretch reminder is hours away from now, whatever the
    time the tests run: a test that moves the job into the past must not find
    its real time in between (APScheduler would report that one instead)."""
    now = dt.datetime.now(BERLIN)
    bedtime = now + dt.timedelta(hours=6)
    raw = {"bedtime": {"time": f"{bedtime.hour:02d}:{bedtime.minute - bedtime.minute % 5:02d}"}}
    svc = ReminderService(
        validate_settings(raw).settings,
        timezone=lambda: BERLIN,
        wall_clock=lambda: dt.datetime.now(BERLIN),
        monotonic=time.monotonic,
    )
    svc.start()
    yield svc
    svc.shutdown()


def job_ids(service: ReminderService) -> list[str]:
    return sorted(j.id for j in service.plan_jobs())


def expected_ids(settings: Settings) -> list[str]:
    return sorted(PLAN_JOB_PREFIX + s.job_id for s in ReminderPlanner(settings, BERLIN).specs())


def test_jobs_come_from_the_planner_and_are_rebuilt_on_settings_change(
    service: ReminderService,
) -> None:
    assert job_ids(service) == expected_ids(Settings())
    changed = dataclasses.replace(Settings(), hydration=HydrationReminderSettings(enabled=False))
    service.apply_settings(changed)
    assert job_ids(service) == expected_ids(changed)
    assert not any("hydration" in i for i in job_ids(service))
    service.apply_settings(changed)  # again: still no duplicates
    assert len(service.scheduler.get_jobs()) == len(expected_ids(changed))


def test_a_reminder_slept_through_recently_fires_once_on_wake(
    qtbot: QtBot, far_service: ReminderService
) -> None:
    service = far_service
    job = next(j for j in service.plan_jobs() if j.args[0] == "stretch")
    # As if the computer slept through the reminder ten minutes ago.
    due_at = dt.datetime.now(BERLIN) - dt.timedelta(minutes=10)
    job.modify(next_run_time=due_at)
    fired: list[DueReminder] = []
    service.fired.connect(fired.append)
    service.scheduler.wakeup()
    qtbot.waitUntil(lambda: len(fired) == 1, timeout=5000)
    assert fired[0].kind is ReminderKind.STRETCH and not fired[0].snoozed
    # Handed over with the time it was planned for, not only when it came.
    assert fired[0].planned == due_at
    qtbot.wait(300)  # give a duplicate the chance to show up
    assert len(fired) == 1
    assert service.scheduler.get_job(job.id).next_run_time > dt.datetime.now(BERLIN)


def test_a_stale_reminder_is_skipped_not_shown(qtbot: QtBot, far_service: ReminderService) -> None:
    service = far_service
    job = next(j for j in service.plan_jobs() if j.args[0] == "stretch")
    job.modify(next_run_time=dt.datetime.now(BERLIN) - dt.timedelta(hours=2))
    fired: list[DueReminder] = []
    service.fired.connect(fired.append)
    with qtbot.waitSignal(service.missed, timeout=5000) as missed:
        service.scheduler.wakeup()
    assert missed.args == [job.id]
    assert fired == []


def test_snooze_fires_once_at_its_time_and_a_second_snooze_moves_it(
    qtbot: QtBot, service: ReminderService
) -> None:
    service.snooze(ReminderKind.HYDRATION, 10)
    later = service.snooze(ReminderKind.HYDRATION, 20)
    snoozes = [j for j in service.scheduler.get_jobs() if j.id.startswith("snooze-")]
    assert [j.next_run_time for j in snoozes] == [later]
    assert service.next_due(ReminderKind.HYDRATION) is not None
    snoozes[0].modify(next_run_time=dt.datetime.now(BERLIN) + dt.timedelta(seconds=0.5))
    service.scheduler.wakeup()
    with qtbot.waitSignal(service.fired, timeout=5000) as blocker:
        pass
    [due] = blocker.args
    assert due.kind is ReminderKind.HYDRATION and due.snoozed
    assert due.planned is None  # a snooze is not a planned reminder
    qtbot.waitUntil(lambda: service.scheduler.get_job("snooze-hydration") is None, timeout=2000)


def test_snoozes_survive_a_rebuild_but_can_be_cancelled(service: ReminderService) -> None:
    service.snooze(ReminderKind.STRETCH, 5)
    service.rebuild()
    assert service.scheduler.get_job("snooze-stretch") is not None
    service.cancel_snooze(ReminderKind.STRETCH)
    assert service.scheduler.get_job("snooze-stretch") is None


def test_the_scheduler_never_sleeps_longer_than_a_minute(service: ReminderService) -> None:
    interval = service.scheduler.timer_interval_ms
    assert 0 <= interval <= MAX_SLEEP_SECONDS * 1000


def test_many_wakeups_leave_one_timer(qtbot: QtBot, service: ReminderService) -> None:
    calls: list[int] = []
    original = service.scheduler._process_jobs

    def counting() -> None:
        calls.append(1)
        original()

    service.scheduler._qtimer.timeout.disconnect()
    service.scheduler._qtimer.timeout.connect(counting)
    for _ in range(20):
        service.scheduler.wakeup()
    qtbot.wait(200)
    # The stock QtScheduler would run twenty pending timers here.
    assert len(calls) == 1


def test_a_time_zone_change_rebuilds_the_jobs(
    qtbot: QtBot, service: ReminderService, zone: list[dt.tzinfo]
) -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    zone[0] = tokyo
    with qtbot.waitSignal(service.jobs_changed, timeout=5000):
        service.scheduler.wakeup()
    assert all(j.trigger.timezone == tokyo for j in service.plan_jobs())


def test_next_due_is_the_earliest_job(service: ReminderService) -> None:
    due = service.next_due()
    assert due is not None
    _kind, at = due
    earliest = min(j.next_run_time for j in service.scheduler.get_jobs())
    assert at == earliest
    stretch = service.next_due(ReminderKind.STRETCH)
    assert stretch is not None and stretch[0] is ReminderKind.STRETCH
    assert (stretch[1].hour, stretch[1].minute) == (22, 0)


def test_a_clock_set_back_rebuilds_but_sleep_does_not(qtbot: QtBot) -> None:
    wall = [dt.datetime(2026, 11, 27, 18, 0, tzinfo=BERLIN)]
    mono = [1000.0]
    svc = ReminderService(
        Settings(), timezone=lambda: BERLIN, wall_clock=lambda: wall[0], monotonic=lambda: mono[0]
    )
    svc.start()
    try:
        rebuilt: list[int] = []
        svc.jobs_changed.connect(lambda: rebuilt.append(1))
        # Asleep for two hours: both clocks agree the wall moved, not the monotonic one.
        wall[0] += dt.timedelta(hours=2)
        svc._check_clock()
        assert rebuilt == []
        # The clock is set back a day: the jobs are planned afresh.
        wall[0] -= dt.timedelta(days=1)
        svc._check_clock()
        assert rebuilt == [1]
        # Ordinary ticking changes nothing.
        wall[0] += dt.timedelta(seconds=60)
        mono[0] += 60
        svc._check_clock()
        assert rebuilt == [1]
    finally:
        svc.shutdown()
