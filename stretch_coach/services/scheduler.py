"""The live reminders: APScheduler's QtScheduler running the planner's jobs.

The planner (core.reminders) is the only source of reminder times; this
service turns its specs into scheduler jobs, keeps them in step with the
settings and the computer's clock, and hands each reminder that falls due
to the GUI thread through a Qt signal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    JobExecutionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.qt import QtScheduler
from apscheduler.triggers.date import DateTrigger
from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretch_coach.core.reminder_rules import MISFIRE_GRACE
from stretch_coach.core.reminders import ReminderKind, ReminderPlanner, local_timezone
from stretch_coach.core.settings import Settings
from stretch_coach.services.clock_watch import WallClockAlarm, ZoneWatch

log = logging.getLogger(__name__)

PLAN_JOB_PREFIX = "plan-"
SNOOZE_JOB_PREFIX = "snooze-"
# The scheduler's timer never sleeps longer than this. Qt timers run on the
# monotonic clock, which stands still while the computer sleeps, so a long
# wait would wake late by the whole time asleep; waking once a minute keeps
# a reminder after resume at most a minute late, and is also when a change
# of time zone is noticed.
MAX_SLEEP_SECONDS = 60.0
# With the platform's wall-clock alarm (clock_watch.py) the sleep, resume and
# clock changes are told, not polled: the timer then only wakes this often,
# as a safety net.
SAFETY_NET_SECONDS = 900.0


# Differences between the wall and monotonic clocks smaller than this are
# ordinary drift and time-sync nudges, not a changed clock.
CLOCK_JUMP_SECONDS = 90.0


@dataclass(frozen=True, slots=True)
class DueReminder:
    kind: ReminderKind
    at: dt.datetime  # when it fell due (local, aware)
    snoozed: bool = False
    # The time the plan gave it, from the scheduler (None for a snooze): the
    # same reminder reached again, e.g. after the clock was set back, has the same.
    planned: dt.datetime | None = None


class ReminderScheduler(QtScheduler):  # type: ignore[misc]  # untyped library
    """QtScheduler with one reusable precise timer.

    The stock QtScheduler keeps the return value of ``QTimer.singleShot``,
    which is None on Qt 6, so it can never stop a pending timer: every
    wake-up adds a timer and they pile up. It also uses Qt's default coarse
    timers, which may be off by 5 % (18 minutes over six hours).
    """

    def __init__(
        self,
        before_wake: Callable[[], None] | None = None,
        *,
        alarm: WallClockAlarm | None = None,
        wall_clock: Callable[[], dt.datetime] | None = None,
        **options: Any,
    ) -> None:
        self._qtimer = QTimer()
        self._qtimer.setSingleShot(True)
        self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
        self._qtimer.timeout.connect(self._process_jobs)
        # The alarm rings on the wall clock (after a resume too) and when the
        # clock is set; either way the jobs are looked at again.
        self._alarm = alarm if wall_clock is not None else None
        self._wall_clock = wall_clock
        if self._alarm is not None:
            self._alarm.rang.connect(self.wakeup)
            self._alarm.clock_set.connect(self.wakeup)
        self._before_wake = before_wake
        super().__init__(**options)

    def _start_timer(self, wait_seconds: float | None) -> None:
        longest = MAX_SLEEP_SECONDS if self._alarm is None else SAFETY_NET_SECONDS
        wait = longest if wait_seconds is None else min(wait_seconds, longest)
        self._qtimer.start(max(0, int(wait * 1000)))
        if self._alarm is not None and self._wall_clock is not None:
            due = (
                self._wall_clock() + dt.timedelta(seconds=wait_seconds)
                if wait_seconds is not None
                else None
            )
            self._alarm.arm(due)

    def _stop_timer(self) -> None:
        self._qtimer.stop()
        if self._alarm is not None:
            self._alarm.arm(None)

    def wakeup(self) -> None:
        self._start_timer(0)

    def _process_jobs(self) -> None:
        if self._before_wake is not None:
            self._before_wake()
        if self.state == STATE_STOPPED:  # shut down while the timer was pending
            return
        wait_seconds = super(QtScheduler, self)._process_jobs()
        self._start_timer(wait_seconds)

    @property
    def timer_interval_ms(self) -> int:
        return self._qtimer.interval() if self._qtimer.isActive() else -1


class _JobRunner:
    """What the scheduler's worker thread calls: it only says what fell due.
    The service announces it when the scheduler reports the job done, which
    is when the time it was planned for is known."""

    def __init__(self, service: ReminderService) -> None:
        self._service = service

    def __call__(self, kind: str, snoozed: bool) -> DueReminder:
        return DueReminder(ReminderKind(kind), self._service.wall_clock(), snoozed)


class ReminderService(QObject):
    """Schedules the reminders and announces them on the GUI thread."""

    # Emitted from the worker thread; Qt queues it to receivers on the GUI thread.
    fired = Signal(object)  # DueReminder
    jobs_changed = Signal()
    missed = Signal(str)  # a job id whose time passed too long ago (e.g. asleep)

    def __init__(
        self,
        settings: Settings,
        *,
        wall_clock: Callable[[], dt.datetime],
        monotonic: Callable[[], float],
        timezone: Callable[[], dt.tzinfo] = local_timezone,
        grace: dt.timedelta = MISFIRE_GRACE,
        alarm: WallClockAlarm | None = None,
        zone_watch: ZoneWatch | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._timezone = timezone
        self.wall_clock = wall_clock
        self._zone = timezone()
        self._zone_key = _zone_key(self._zone)
        self._monotonic = monotonic
        self._clock_offset = self._wall_minus_monotonic()
        self._runner = _JobRunner(self)
        # With a zone watch the zone is read when it changes, not at each
        # wake-up (reading it looks at some seventy files).
        self._zone_watch = zone_watch
        if zone_watch is not None:
            zone_watch.changed.connect(self._check_time_zone)
        self.scheduler = ReminderScheduler(
            before_wake=self._check_clock,
            alarm=alarm,
            wall_clock=wall_clock,
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={
                "coalesce": True,  # several missed runs of one job: one reminder
                "misfire_grace_time": int(grace.total_seconds()),
                "max_instances": 1,
            },
            timezone=self._zone,
        )
        self.scheduler.add_listener(
            self._on_event, EVENT_JOB_EXECUTED | EVENT_JOB_MISSED | EVENT_JOB_ERROR
        )

    # -- life cycle -------------------------------------------------------------

    def start(self) -> None:
        self.rebuild()
        self.scheduler.start()
        self.jobs_changed.emit()
        log.info("reminders started: %d jobs", len(self.plan_jobs()))

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.rebuild()

    def rebuild(self) -> None:
        """Replace the planned jobs with those for the current settings and zone.
        Snoozes stay: the person asked for them."""
        for job in self.plan_jobs():
            job.remove()
        planner = ReminderPlanner(self.settings, self._zone)
        for spec in planner.specs():
            self.scheduler.add_job(
                self._runner,
                trigger=spec.trigger,
                args=(spec.kind.value, False),
                id=PLAN_JOB_PREFIX + spec.job_id,
                name=f"{spec.kind.value} reminder",
                replace_existing=True,
            )
        self.jobs_changed.emit()

    def plan_jobs(self) -> list[Any]:
        return [j for j in self.scheduler.get_jobs() if j.id.startswith(PLAN_JOB_PREFIX)]

    # -- snooze -------------------------------------------------------------------

    def snooze(self, kind: ReminderKind, minutes: int) -> dt.datetime:
        at = self.wall_clock() + dt.timedelta(minutes=minutes)
        self.scheduler.add_job(
            self._runner,
            trigger=DateTrigger(run_date=at),
            args=(kind.value, True),
            id=SNOOZE_JOB_PREFIX + kind.value,
            name=f"snoozed {kind.value} reminder",
            replace_existing=True,  # a second snooze moves the first
        )
        self.jobs_changed.emit()
        log.info("%s reminder snoozed until %s", kind.value, at.isoformat(timespec="minutes"))
        return at

    def cancel_snooze(self, kind: ReminderKind) -> None:
        job = self.scheduler.get_job(SNOOZE_JOB_PREFIX + kind.value)
        if job is not None:
            job.remove()
            self.jobs_changed.emit()

    # -- what comes next -----------------------------------------------------------

    def next_due(self, kind: ReminderKind | None = None) -> tuple[ReminderKind, dt.datetime] | None:
        """The next reminder the scheduler will fire (planned or snoozed)."""
        best: tuple[ReminderKind, dt.datetime] | None = None
        for job in self.scheduler.get_jobs():
            # Jobs added before the scheduler starts have no run time yet.
            at = getattr(job, "next_run_time", None)
            if at is None:
                continue
            job_kind = ReminderKind(job.args[0])
            if kind is not None and job_kind is not kind:
                continue
            if best is None or at < best[1]:
                best = (job_kind, at)
        return best

    # -- the computer's clock ---------------------------------------------------------

    def _wall_minus_monotonic(self) -> float:
        return self.wall_clock().timestamp() - self._monotonic()

    def _check_clock(self) -> None:
        """Notice a changed time zone or a clock set back, and rebuild the jobs.

        The wall clock running ahead of the monotonic one means the computer
        slept (or the clock was set forward): the scheduler's misfire rules
        then decide what is still worth showing, so nothing is rebuilt. Set
        back, though, the jobs would wait for times already planned from the
        later clock, so they are planned afresh.
        """
        offset = self._wall_minus_monotonic()
        jump = offset - self._clock_offset
        self._clock_offset = offset
        if jump < -CLOCK_JUMP_SECONDS:
            log.info("the clock was set back by %.0f s; rebuilding reminders", -jump)
            self.rebuild()
        elif jump > CLOCK_JUMP_SECONDS:
            log.info("the clock moved on by %.0f s (sleep or a clock change)", jump)
        if self._zone_watch is None:
            self._check_time_zone()

    def _check_time_zone(self) -> None:
        zone = self._timezone()
        key = _zone_key(zone)
        if key != self._zone_key:
            log.info("time zone changed from %s to %s; rebuilding reminders", self._zone_key, key)
            self._zone, self._zone_key = zone, key
            self.rebuild()

    def _on_event(self, event: JobExecutionEvent) -> None:
        # Called on the scheduler's thread(s); only log and emit.
        if event.code == EVENT_JOB_EXECUTED:
            self._announce(event)
        elif event.code == EVENT_JOB_MISSED:
            log.info(
                "reminder %s skipped: due at %s, too long ago",
                event.job_id,
                event.scheduled_run_time,
            )
            self.missed.emit(event.job_id)
        else:
            log.error("reminder job %s failed: %s", event.job_id, event.exception)

    def _announce(self, event: JobExecutionEvent) -> None:
        due = event.retval
        if not isinstance(due, DueReminder):
            return
        if event.job_id.startswith(PLAN_JOB_PREFIX):
            due = dataclasses.replace(due, planned=event.scheduled_run_time)
        self.fired.emit(due)


def _zone_key(zone: dt.tzinfo) -> str:
    # ZoneInfo has a key; fixed offsets and others fall back to their repr.
    return str(getattr(zone, "key", None) or repr(zone))
