"""A simulated year of evening reminders, checked against an independent calculation.

The expectation is worked out here with nothing but naive wall-clock arithmetic
and zoneinfo; APScheduler is never consulted, so a mistake in how the planner
builds or reads its cron triggers cannot hide behind the same mistake here.

Behaviour on the days the clocks change (README, WallClockCronTrigger):

- A wall time that happens twice (clocks go back) fires once, at its first
  occurrence, i.e. with the offset in force before the change.
- A wall time that never happens (clocks go forward) fires once, at the same
  instant it would have had under the old offset; by the new clock that is
  later by the size of the shift: an hour in most zones, half an hour on Lord
  Howe Island. It may then coincide with a reminder that really is at that
  time; both still come.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pytest

from stretch_coach.core.reminders import Reminder, ReminderKind, ReminderPlanner
from stretch_coach.core.settings import (
    WEEKDAYS,
    BedtimeSettings,
    HydrationReminderSettings,
    Settings,
    StretchReminderSettings,
)

pytestmark = pytest.mark.slow  # each case plans a whole year; some seconds in all

STRETCH, HYDRATION = ReminderKind.STRETCH, ReminderKind.HYDRATION
UTC = dt.UTC
FIRST_EVENING = dt.date(2026, 1, 1)
LAST_EVENING = dt.date(2026, 12, 31)
# Evenings are told apart at 06:00 (a 00:30 bedtime belongs to the day before),
# so this window holds exactly the evenings from FIRST_EVENING to LAST_EVENING.
DAY_STARTS = dt.time(6, 0)

ZONES = {
    "london": ZoneInfo("Europe/London"),
    "new-york": ZoneInfo("America/New_York"),
    "adelaide": ZoneInfo("Australia/Adelaide"),  # half-hour offset, southern DST
    "kolkata": ZoneInfo("Asia/Kolkata"),  # half-hour offset, no DST at all
    "lord-howe": ZoneInfo("Australia/Lord_Howe"),  # DST moves the clock by 30 minutes
    "chatham": ZoneInfo("Pacific/Chatham"),  # +12:45 / +13:45, changes at 02:45 or 03:45
}


@dataclass(frozen=True)
class Variant:
    name: str
    settings: Settings


VARIANTS = [
    Variant("defaults", Settings()),
    Variant(
        "weekday-bedtimes",
        Settings(
            bedtime=BedtimeSettings(
                dt.time(22, 45),
                {"fri": dt.time(0, 30), "sat": dt.time(23, 30), "sun": dt.time(21, 15)},
            ),
            stretch=StretchReminderSettings(
                minutes_before_bedtime=20, days=("mon", "wed", "fri", "sat")
            ),
            hydration=HydrationReminderSettings(first=dt.time(17, 30), every_minutes=50),
        ),
    ),
    Variant(
        "stretch-only",
        Settings(
            bedtime=BedtimeSettings(dt.time(23, 0), {"thu": dt.time(0, 30)}),
            stretch=StretchReminderSettings(minutes_before_bedtime=45, days=("thu", "sat", "sun")),
            hydration=HydrationReminderSettings(enabled=False),
        ),
    ),
    Variant(
        "hydration-only",
        Settings(
            bedtime=BedtimeSettings(dt.time(0, 30), {"tue": dt.time(21, 0)}),
            stretch=StretchReminderSettings(enabled=False),
            hydration=HydrationReminderSettings(
                first=dt.time(15, 10), every_minutes=35, stop_minutes_before_bedtime=45
            ),
        ),
    ),
]

# Every zone here changes its clocks in the small hours of a Sunday, so a late
# Saturday bedtime with quarter-hourly hydration up to bed puts reminders into
# every skipped and every repeated stretch of time of the year.
SMALL_HOURS = Variant(
    "small-hours",
    Settings(
        bedtime=BedtimeSettings(dt.time(22, 30), {"sat": dt.time(5, 30), "fri": dt.time(2, 15)}),
        stretch=StretchReminderSettings(minutes_before_bedtime=0),
        hydration=HydrationReminderSettings(
            first=dt.time(23, 0), every_minutes=15, stop_minutes_before_bedtime=0
        ),
    ),
)


# -- the independent expectation ----------------------------------------------------------


@dataclass(frozen=True)
class Planned:
    """One reminder as the settings describe it: a wall-clock time, no time zone yet."""

    kind: ReminderKind
    wall: dt.datetime  # naive
    evening: dt.date


def bedtime_wall(settings: Settings, evening: dt.date) -> dt.datetime:
    weekday = WEEKDAYS[evening.weekday()]
    bed = settings.bedtime.weekdays.get(weekday, settings.bedtime.time)
    # A bedtime in the small hours is on the next calendar day.
    day = evening + dt.timedelta(days=1) if bed < DAY_STARTS else evening
    return dt.datetime.combine(day, bed)


def hydration_cutoff(settings: Settings, evening: dt.date) -> dt.datetime:
    stop = dt.timedelta(minutes=settings.hydration.stop_minutes_before_bedtime)
    return bedtime_wall(settings, evening) - stop


def planned_evening(settings: Settings, evening: dt.date) -> Iterator[Planned]:
    if settings.hydration.enabled:
        at = dt.datetime.combine(evening, settings.hydration.first)
        step = dt.timedelta(minutes=settings.hydration.every_minutes)
        while at <= hydration_cutoff(settings, evening):
            yield Planned(HYDRATION, at, evening)
            at += step
    stretch = settings.stretch
    if stretch.enabled and WEEKDAYS[evening.weekday()] in stretch.days:
        lead = dt.timedelta(minutes=stretch.minutes_before_bedtime)
        yield Planned(STRETCH, bedtime_wall(settings, evening) - lead, evening)


def planned_year(settings: Settings) -> list[Planned]:
    planned: list[Planned] = []
    evening = FIRST_EVENING
    while evening <= LAST_EVENING:
        planned.extend(planned_evening(settings, evening))
        evening += dt.timedelta(days=1)
    return planned


def occurs(aware: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether the clock in ``zone`` really shows this wall time at that instant."""
    back = aware.astimezone(UTC).astimezone(zone)
    return back.replace(tzinfo=None) == aware.replace(tzinfo=None, fold=0)


def canonical(aware: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    # Through UTC, so a repeated wall time carries the fold of the instant it is.
    return aware.astimezone(UTC).astimezone(zone)


def expected_instant(wall: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    first = wall.replace(tzinfo=zone, fold=0)
    if occurs(first, zone):
        # For a wall time that happens twice, fold=0 is the earlier of the two.
        return canonical(first, zone)
    # Skipped: fold=0 carries the offset before the change and fold=1 the one after.
    before, after = first.utcoffset(), wall.replace(tzinfo=zone, fold=1).utcoffset()
    assert before is not None and after is not None
    shift = after - before
    later = (wall + shift).replace(tzinfo=zone)
    assert occurs(later, zone), (wall, shift)
    return canonical(later, zone)


def as_rows(reminders: list[tuple[ReminderKind, dt.datetime]]) -> list[tuple[str, str]]:
    """Comparable rows: the offset is part of the text, so the two occurrences
    of a repeated wall time can never be mistaken for each other (aware
    datetimes in one zone compare by wall time alone)."""
    ordered = sorted(reminders, key=lambda item: (item[1].astimezone(UTC), item[0].value))
    return [(kind.value, at.isoformat()) for kind, at in ordered]


@dataclass(frozen=True)
class ClockChange:
    at: dt.datetime  # UTC instant of the change
    before: dt.timedelta
    after: dt.timedelta

    @property
    def wall_from(self) -> dt.datetime:
        """First affected wall time (naive)."""
        return (self.at + min(self.before, self.after)).replace(tzinfo=None)

    @property
    def wall_to(self) -> dt.datetime:
        """End of the affected wall times (naive, exclusive)."""
        return (self.at + max(self.before, self.after)).replace(tzinfo=None)

    @property
    def forward(self) -> bool:
        return self.after > self.before


@functools.cache
def clock_changes(zone: ZoneInfo) -> tuple[ClockChange, ...]:
    # Every change in these zones falls on a quarter hour of UTC.
    changes = []
    moment = dt.datetime(2026, 1, 1, tzinfo=UTC)
    offset = moment.astimezone(zone).utcoffset()
    while moment.year == 2026:
        moment += dt.timedelta(minutes=15)
        current = moment.astimezone(zone).utcoffset()
        if current != offset:
            assert offset is not None and current is not None
            changes.append(ClockChange(moment, offset, current))
            offset = current
    return tuple(changes)


# -- running the planner ------------------------------------------------------------------


def year_window(zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(FIRST_EVENING, DAY_STARTS, tzinfo=zone)
    end = dt.datetime.combine(LAST_EVENING + dt.timedelta(days=1), DAY_STARTS, tzinfo=zone)
    return start, end


def plan_year(settings: Settings, zone: ZoneInfo) -> list[Reminder]:
    start, end = year_window(zone)
    return ReminderPlanner(settings, zone).upcoming(start, end)


def evening_of_wall(at: dt.datetime) -> dt.date:
    return (at.replace(tzinfo=None) - dt.timedelta(hours=DAY_STARTS.hour)).date()


def check_year(settings: Settings, zone: ZoneInfo) -> list[Reminder]:
    got = plan_year(settings, zone)
    planned = planned_year(settings)
    expected = [(p.kind, expected_instant(p.wall, zone)) for p in planned]
    assert len(expected) > 150  # the year really is full of reminders

    # Every reminder exactly once, each at its own instant and local wall time.
    assert as_rows([(r.kind, r.at) for r in got]) == as_rows(expected)
    # Sorted by real time, and given in the zone they were planned for.
    instants = [r.at.astimezone(UTC) for r in got]
    assert instants == sorted(instants)
    assert all(r.at.tzinfo is zone for r in got)

    # Stated once more from the results alone, in the words of the settings.
    shifted = {p.wall for p in planned if not occurs(p.wall.replace(tzinfo=zone), zone)}
    for reminder in got:
        evening = evening_of_wall(reminder.at)
        weekday = WEEKDAYS[evening.weekday()]
        assert reminder.evening == evening
        if reminder.kind is STRETCH:
            assert settings.stretch.enabled and weekday in settings.stretch.days, reminder
        else:
            assert settings.hydration.enabled, reminder
            local = reminder.at.replace(tzinfo=None)
            # Hydration stops at the curfew; only a reminder the clock change
            # pushed forward may show a later time than it was planned for.
            assert local <= hydration_cutoff(settings, evening) or any(
                wall < local <= wall + dt.timedelta(hours=1) for wall in shifted
            ), reminder
    return got


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_a_year_of_evenings(zone: ZoneInfo, variant: Variant) -> None:
    check_year(variant.settings, zone)


@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_reminders_across_every_clock_change_of_the_year(zone: ZoneInfo) -> None:
    settings = SMALL_HOURS.settings
    got = check_year(settings, zone)
    changes = clock_changes(zone)
    if zone is ZONES["kolkata"]:
        assert changes == ()
        return
    assert len(changes) == 2, changes
    shift = dt.timedelta(minutes=30 if zone is ZONES["lord-howe"] else 60)
    assert {abs(c.after - c.before) for c in changes} == {shift}

    planned = planned_year(settings)
    for change in changes:
        affected = [p for p in planned if change.wall_from <= p.wall < change.wall_to]
        # The variant is built to put reminders into every change; without
        # them this test would prove nothing.
        assert len(affected) >= 2, change
        for p in affected:
            if change.forward:
                # Never happens by the clock: comes once, later by the shift,
                # already under the new offset.
                moved = p.wall + (change.after - change.before)
                matches = [r for r in got if r.at.replace(tzinfo=None) == moved]
                assert any(r.kind is p.kind and r.at.utcoffset() == change.after for r in matches)
                assert not [r for r in got if r.at.replace(tzinfo=None) == p.wall]
            else:
                # Happens twice by the clock: comes once, at the first time,
                # still under the old offset.
                same_wall = [
                    r for r in got if r.kind is p.kind and r.at.replace(tzinfo=None) == p.wall
                ]
                assert len(same_wall) == 1, (p, same_wall)
                assert same_wall[0].at.utcoffset() == change.before
                assert same_wall[0].at.astimezone(UTC) < change.at


def test_the_independent_model_knows_the_clock_changes() -> None:
    """Spot checks of the expectation itself against published clock changes."""
    london, lord_howe = ZONES["london"], ZONES["lord-howe"]
    # London: 01:30 does not exist on 29 March 2026 and happens twice on 25 October.
    skipped = expected_instant(dt.datetime(2026, 3, 29, 1, 30), london)
    assert skipped.isoformat() == "2026-03-29T02:30:00+01:00"
    repeated = expected_instant(dt.datetime(2026, 10, 25, 1, 30), london)
    assert repeated.isoformat() == "2026-10-25T01:30:00+01:00"
    # Lord Howe moves by half an hour: 02:15 is skipped on 4 October 2026 and
    # 01:45 happens twice on 5 April 2026.
    skipped = expected_instant(dt.datetime(2026, 10, 4, 2, 15), lord_howe)
    assert skipped.isoformat() == "2026-10-04T02:45:00+11:00"
    repeated = expected_instant(dt.datetime(2026, 4, 5, 1, 45), lord_howe)
    assert repeated.isoformat() == "2026-04-05T01:45:00+11:00"
    assert bedtime_wall(SMALL_HOURS.settings, dt.date(2026, 3, 27)) == dt.datetime(
        2026, 3, 28, 2, 15
    )
