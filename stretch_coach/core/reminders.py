"""The reminder plan: settings turned into APScheduler triggers.

This is the only place reminder times are worked out. The live scheduler in
the app and the ``reminders`` command both take their triggers from here, and
APScheduler's cron triggers do the calendar work, so wall-clock times stay
right across daylight-saving changes.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from stretch_coach.core.settings import WEEKDAYS, Settings, evening_of

MINUTES_PER_DAY = 24 * 60


class ReminderKind(StrEnum):
    STRETCH = "stretch"
    HYDRATION = "hydration"


class WallClockCronTrigger(CronTrigger):  # type: ignore[misc]  # untyped library
    """A cron trigger that fires once per wall-clock time.

    When clocks go back, a time such as 02:30 happens twice; a reminder should
    still come once, so the second occurrence is passed over. A time skipped
    when clocks go forward fires at the same instant one hour later by the
    new clock (what CronTrigger itself does).
    """

    def get_next_fire_time(
        self, previous_fire_time: dt.datetime | None, now: dt.datetime
    ) -> dt.datetime | None:
        fire: dt.datetime | None = super().get_next_fire_time(previous_fire_time, now)
        if fire is not None and _is_repeated_wall_time(fire):
            fire = super().get_next_fire_time(fire, fire)
        return fire


def _is_repeated_wall_time(moment: dt.datetime) -> bool:
    return moment.fold == 1 and moment.replace(fold=0).utcoffset() != moment.utcoffset()


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """One scheduler job: a kind of reminder at one clock time on some weekdays."""

    job_id: str
    kind: ReminderKind
    trigger: WallClockCronTrigger


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
        # Evenings that share a clock time share one cron job, so a normal
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
            trigger = WallClockCronTrigger(
                day_of_week=",".join(ordered),
                hour=hour,
                minute=minute,
                timezone=self.timezone,
            )
            job_id = f"{kind.value}-{hour:02d}{minute:02d}-{'-'.join(ordered)}"
            specs.append(ReminderSpec(job_id, kind, trigger))
        return specs

    def upcoming(self, start: dt.datetime, end: dt.datetime) -> list[Reminder]:
        """Every reminder in [start, end), sorted by time."""
        return sorted(self._fire_times(self.specs(), start, end))

    def _fire_times(
        self, specs: Iterable[ReminderSpec], start: dt.datetime, end: dt.datetime
    ) -> Iterator[Reminder]:
        for spec in specs:
            fire = spec.trigger.get_next_fire_time(None, start)
            while fire is not None and fire < end:
                # Going through UTC normalises a time in a skipped hour to the
                # real clock (astimezone to the same zone would not).
                yield Reminder(fire.astimezone(dt.UTC).astimezone(self.timezone), spec.kind)
                fire = spec.trigger.get_next_fire_time(fire, fire)

    def next_reminder(self, now: dt.datetime, kind: ReminderKind | None = None) -> Reminder | None:
        horizon = now + dt.timedelta(days=8)
        for reminder in self.upcoming(now, horizon):
            if kind is None or reminder.kind is kind:
                return reminder
        return None


def local_timezone() -> dt.tzinfo:
    """The computer's time zone, honouring TZ; UTC if it cannot be found.

    Asked afresh each time (tzlocal caches), so a change of time zone while
    the app runs is seen when the reminders are next rebuilt.
    """
    import tzlocal

    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ValueError, OSError):  # includes ZoneInfoNotFoundError
            pass
    try:
        return tzlocal.reload_localzone()
    except Exception:  # tzlocal raises several kinds for broken set-ups
        return ZoneInfo("UTC")
