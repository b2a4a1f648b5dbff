"""The reminder plan: settings turned into APScheduler triggers.

This is the only place reminder times are worked out. The live scheduler in
the app and the ``reminders`` command both take their triggers from here.
Every evening gets its reminders, also across daylight-saving changes: a
time the clock skips comes when the clock jumps past it, and a time that
happens twice comes once, the first time.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from apscheduler.triggers.base import BaseTrigger

from stretch_coach.core.reminder_rules import ReminderKind as ReminderKind
from stretch_coach.core.settings import WEEKDAYS, Settings, evening_of, format_clock

# Re-exported: the app and the command line ask for the zone here.
from stretch_coach.core.time_zones import local_timezone as local_timezone

MINUTES_PER_DAY = 24 * 60


def instant_of_wall_time(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """The first instant at which the clock in ``zone`` shows ``wall`` or later.

    Usually simply when the clock shows that time. A time that happens twice
    (clocks going back) comes at its first occurrence; a time that never
    happens (clocks going forward) comes at the jump itself, the moment the
    clock passes it, whatever the size of the jump.
    """
    naive = wall.replace(tzinfo=None, fold=0)
    # PEP 495: fold=0 reads a repeated time with the earlier offset (the first
    # occurrence), and a skipped one with the offset before the jump, which
    # lands after the jump.
    after_jump = naive.replace(tzinfo=zone).astimezone(dt.UTC)
    if _clock_shows(after_jump, zone) == naive:
        return after_jump.astimezone(zone)
    # Skipped: fold=1 reads it with the offset after the jump, which lands
    # before it. The jump lies between; look for the second it happens.
    before_jump = naive.replace(tzinfo=zone, fold=1).astimezone(dt.UTC)
    if not _clock_shows(before_jump, zone) < naive < _clock_shows(after_jump, zone):
        # A zone that ignores fold (no PEP 495) cannot tell where the jump
        # is; take its own reading of the time.
        return after_jump.astimezone(zone)
    low, high = int(before_jump.timestamp()), math.ceil(after_jump.timestamp())
    while high - low > 1:
        middle = (low + high) // 2
        if _clock_shows(dt.datetime.fromtimestamp(middle, dt.UTC), zone) < naive:
            low = middle
        else:
            high = middle
    return dt.datetime.fromtimestamp(high, zone)


def _clock_shows(instant: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return instant.astimezone(zone).replace(tzinfo=None, fold=0)


class WallClockTrigger(BaseTrigger):  # type: ignore[misc]  # untyped library
    """Fires at one wall-clock time on some days of the week, once each day.

    Every day's time is worked out on its own with instant_of_wall_time, so a
    clock change only ever moves the reminder of the night it happens in.
    (APScheduler 3.11's CronTrigger, which steps from each fire time to the
    next, passed over the following day after a time between 00:00 and 00:59
    on the day the clocks go forward.)
    """

    __slots__ = ("clock", "days", "timezone")

    def __init__(self, clock: dt.time, days: Iterable[str], timezone: dt.tzinfo) -> None:
        self.clock = clock
        self.days = tuple(d for d in WEEKDAYS if d in set(days))
        self.timezone = timezone

    def get_next_fire_time(
        self, previous_fire_time: dt.datetime | None, now: dt.datetime
    ) -> dt.datetime | None:
        # Straight after the previous fire time (the scheduler counts the runs
        # it missed from there), else from now. In UTC: two times in one zone
        # compare by their wall clock alone.
        if previous_fire_time is None:
            start = now.astimezone(dt.UTC)
        else:
            start = previous_fire_time.astimezone(dt.UTC) + dt.timedelta(microseconds=1)
        if not self.days:
            return None
        # A clock change moves a day's time by hours at most, so the day
        # before start's local date is early enough to begin with.
        day = start.astimezone(self.timezone).date() - dt.timedelta(days=1)
        while True:
            if WEEKDAYS[day.weekday()] in self.days:
                fire = instant_of_wall_time(dt.datetime.combine(day, self.clock), self.timezone)
                if fire >= start:
                    return fire
            day += dt.timedelta(days=1)

    def __str__(self) -> str:
        return f"wall clock {format_clock(self.clock)} on {','.join(self.days)}"

    def __repr__(self) -> str:
        return f"<WallClockTrigger ({self}, timezone={self.timezone!s})>"


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """One scheduler job: a kind of reminder at one clock time on some weekdays."""

    job_id: str
    kind: ReminderKind
    trigger: WallClockTrigger


@dataclass(frozen=True, slots=True, order=True)
class Reminder:
    at: dt.datetime
    kind: ReminderKind

    @property
    def evening(self) -> dt.date:
        return evening_of(self.at)

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind.value, "at": self.at.isoformat()}


def _weekday_after(day: str, offset_days: int) -> str:
    return WEEKDAYS[(WEEKDAYS.index(day) + offset_days) % 7]


class ReminderPlanner:
    """Builds the reminder jobs for the given settings in a time zone."""

    def __init__(self, settings: Settings, timezone: dt.tzinfo) -> None:
        self.settings = settings
        self.timezone = timezone

    def evening_times(self, weekday: str) -> list[tuple[ReminderKind, int]]:
        """The reminders of one evening, as minutes after that evening's midnight
        (over 24 h for reminders after midnight)."""
        settings = self.settings
        bedtime = settings.bedtime.minutes_after_evening_start(weekday)
        times: list[tuple[ReminderKind, int]] = []
        hydration = settings.hydration
        if hydration.enabled:
            last = bedtime - hydration.stop_minutes_before_bedtime
            at = hydration.first.hour * 60 + hydration.first.minute
            while at <= last:
                times.append((ReminderKind.HYDRATION, at))
                at += hydration.every_minutes
        stretch = settings.stretch
        if stretch.enabled and weekday in stretch.days:
            times.append((ReminderKind.STRETCH, bedtime - stretch.minutes_before_bedtime))
        return times

    def specs(self) -> list[ReminderSpec]:
        # Evenings that share a clock time share one job, so a normal
        # week is a handful of jobs rather than one per reminder.
        days_by_time: dict[tuple[ReminderKind, int], list[str]] = defaultdict(list)
        for weekday in WEEKDAYS:
            for kind, minutes in self.evening_times(weekday):
                offset_days, clock = divmod(minutes, MINUTES_PER_DAY)
                days_by_time[(kind, clock)].append(_weekday_after(weekday, offset_days))
        specs = []
        for (kind, clock), days in sorted(days_by_time.items()):
            hour, minute = divmod(clock, 60)
            ordered = [d for d in WEEKDAYS if d in days]
            trigger = WallClockTrigger(dt.time(hour, minute), ordered, self.timezone)
            job_id = f"{kind.value}-{hour:02d}{minute:02d}-{'-'.join(ordered)}"
            specs.append(ReminderSpec(job_id, kind, trigger))
        return specs

    def upcoming(self, start: dt.datetime, end: dt.datetime) -> list[Reminder]:
        """Every reminder in [start, end), sorted by time.

        Reminders of one kind that fall on the same instant (times the clock
        skipped, which all come when it jumps) are listed once: the person
        gets one reminder then, not several.
        """
        unique = {
            (r.kind, r.at.astimezone(dt.UTC)): r for r in self._fire_times(self.specs(), start, end)
        }
        return sorted(unique.values())

    def _fire_times(
        self, specs: Iterable[ReminderSpec], start: dt.datetime, end: dt.datetime
    ) -> Iterator[Reminder]:
        for spec in specs:
            fire = spec.trigger.get_next_fire_time(None, start)
            # In UTC: two times in one zone compare by their wall clock alone.
            while fire is not None and fire.astimezone(dt.UTC) < end.astimezone(dt.UTC):
                yield Reminder(fire, spec.kind)
                fire = spec.trigger.get_next_fire_time(fire, fire)
