"""Two years of evening reminders in ten time zones, checked against an independent oracle.

The expectation is worked out here from the settings with naive wall-clock
arithmetic, and each wall time is turned into an instant by the oracle below,
which only ever converts UTC instants to local time (the direction a zone
table is read in) and knows nothing of folds, APScheduler or the planner.

The rule (README, "The reminder plan from the command line"): a reminder
comes at the first instant at which the clock shows its time or later. So a
time that happens twice (clocks go back) comes once, at its first occurrence;
a time that never happens (clocks go forward) comes at the jump itself, when
the clock passes it. Reminders of one kind that fall on the same instant come
once.

Speed: planning every evening of two years with a reminder at every quarter
hour takes too long for CI, so the harness samples: the three evenings around
every clock change of the two years, planned in one window so the planner
also has to step across the change, and every 23rd evening as ordinary days
(23 days is not a whole number of weeks, so the sample moves through the
weekdays and the months).
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

pytestmark = pytest.mark.slow  # some seconds in all

STRETCH, HYDRATION = ReminderKind.STRETCH, ReminderKind.HYDRATION
UTC = dt.UTC
FIRST_EVENING = dt.date(2026, 1, 1)
LAST_EVENING = dt.date(2027, 12, 31)
ORDINARY_EVERY = 23  # days between the sampled ordinary evenings
# Evenings are told apart at 06:00 (a 00:30 bedtime belongs to the day before).
DAY_STARTS = dt.time(6, 0)
QUARTER = dt.timedelta(minutes=15)

ZONES = {
    "new-york": ZoneInfo("America/New_York"),
    "berlin": ZoneInfo("Europe/Berlin"),
    "london": ZoneInfo("Europe/London"),
    "st-johns": ZoneInfo("America/St_Johns"),  # -03:30 / -02:30
    "santiago": ZoneInfo("America/Santiago"),  # changes at midnight, 23:xx repeats
    "adelaide": ZoneInfo("Australia/Adelaide"),  # half-hour offset, southern DST
    "lord-howe": ZoneInfo("Australia/Lord_Howe"),  # DST moves the clock by 30 minutes
    "chatham": ZoneInfo("Pacific/Chatham"),  # +12:45 / +13:45, changes at 02:45 or 03:45
    "kolkata": ZoneInfo("Asia/Kolkata"),  # half-hour offset, no DST
    "tokyo": ZoneInfo("Asia/Tokyo"),  # no DST
}
NO_DST = {"kolkata", "tokyo"}


@dataclass(frozen=True)
class Variant:
    name: str
    settings: Settings


# Water every quarter hour of the day: from 06:00 until bed at 05:45 the next
# morning, so every quarter-hour time is a reminder time on every evening.
EVERY_QUARTER_HOUR = Variant(
    "every-quarter-hour",
    Settings(
        bedtime=BedtimeSettings(dt.time(5, 45)),
        stretch=StretchReminderSettings(minutes_before_bedtime=0),
        hydration=HydrationReminderSettings(
            first=dt.time(6, 0), every_minutes=15, stop_minutes_before_bedtime=0
        ),
    ),
)


def stretch_at(clock: dt.time) -> Variant:
    """Only a stretch reminder, at ``clock`` (bedtime then, no lead)."""
    return Variant(
        f"stretch-{clock:%H%M}",
        Settings(
            bedtime=BedtimeSettings(clock),
            stretch=StretchReminderSettings(minutes_before_bedtime=0),
            hydration=HydrationReminderSettings(enabled=False),
        ),
    )


QUARTER_HOURS = [dt.time(q // 4, q % 4 * 15) for q in range(96)]

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
        "hydration-only",
        Settings(
            bedtime=BedtimeSettings(dt.time(0, 30), {"tue": dt.time(21, 0)}),
            stretch=StretchReminderSettings(enabled=False),
            hydration=HydrationReminderSettings(
                first=dt.time(15, 10), every_minutes=35, stop_minutes_before_bedtime=45
            ),
        ),
    ),
    EVERY_QUARTER_HOUR,
]


# -- the planned wall times, from the settings alone --------------------------------------


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


def planned_evening(settings: Settings, evening: dt.date) -> Iterator[Planned]:
    if settings.hydration.enabled:
        at = dt.datetime.combine(evening, settings.hydration.first)
        step = dt.timedelta(minutes=settings.hydration.every_minutes)
        stop = dt.timedelta(minutes=settings.hydration.stop_minutes_before_bedtime)
        while at <= bedtime_wall(settings, evening) - stop:
            yield Planned(HYDRATION, at, evening)
            at += step
    stretch = settings.stretch
    if stretch.enabled and WEEKDAYS[evening.weekday()] in stretch.days:
        lead = dt.timedelta(minutes=stretch.minutes_before_bedtime)
        yield Planned(STRETCH, bedtime_wall(settings, evening) - lead, evening)


# -- the oracle: a zone as a list of offsets in force between clock changes ---------------


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


def offset_at(instant: dt.datetime, zone: ZoneInfo) -> dt.timedelta:
    offset = instant.astimezone(zone).utcoffset()
    assert offset is not None
    return offset


@functools.cache
def clock_changes(zone: ZoneInfo) -> tuple[ClockChange, ...]:
    """Every change of offset from a week before the first evening to a week
    after the last, found by reading the zone hour by hour in UTC and then
    quarter hour by quarter hour (every change in these zones falls on a
    quarter hour of UTC)."""
    changes = []
    moment = dt.datetime.combine(FIRST_EVENING - dt.timedelta(days=7), dt.time(), tzinfo=UTC)
    last = dt.datetime.combine(LAST_EVENING + dt.timedelta(days=7), dt.time(), tzinfo=UTC)
    offset = offset_at(moment, zone)
    while moment < last:
        moment += dt.timedelta(hours=1)
        if offset_at(moment, zone) == offset:
            continue
        at = moment - dt.timedelta(hours=1)
        while offset_at(at, zone) == offset:
            at += QUARTER
        changes.append(ClockChange(at, offset, offset_at(at, zone)))
        offset = changes[-1].after
    return tuple(changes)


@functools.cache
def oracle_periods(zone: ZoneInfo) -> tuple[tuple[dt.datetime, dt.datetime, dt.timedelta], ...]:
    """(start, end, offset) in UTC: the offset is in force from start until end."""
    changes = clock_changes(zone)
    first = dt.datetime.combine(FIRST_EVENING - dt.timedelta(days=7), dt.time(), tzinfo=UTC)
    last = dt.datetime.combine(LAST_EVENING + dt.timedelta(days=7), dt.time(), tzinfo=UTC)
    starts = [first, *(c.at for c in changes)]
    ends = [*(c.at for c in changes), last]
    offsets = [offset_at(first, zone), *(c.after for c in changes)]
    return tuple(zip(starts, ends, offsets, strict=True))


def expected_instant(wall: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """The first UTC instant at which the clock in ``zone`` shows ``wall`` or later.

    Within one period the clock is UTC plus a fixed offset, so there the
    answer is ``wall - offset`` (or the start of the period, if the clock
    already shows a later time then); the earliest over all periods wins.
    """
    naive_utc = wall.replace(tzinfo=UTC)
    candidates = []
    for start, end, offset in oracle_periods(zone):
        instant = max(start, naive_utc - offset)
        if instant < end:
            candidates.append(instant)
    return min(candidates)


# -- running the planner ------------------------------------------------------------------


def evening_start(evening: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(evening, DAY_STARTS, tzinfo=zone)


def change_evening(change: ClockChange) -> dt.date:
    """The evening whose night the change falls in."""
    return (change.wall_from - dt.timedelta(hours=DAY_STARTS.hour)).date()


@functools.cache
def sampled_windows(zone: ZoneInfo) -> tuple[tuple[dt.date, int], ...]:
    """(first evening, number of evenings): three around each change, and
    single ordinary evenings."""
    windows = {
        (change_evening(c) - dt.timedelta(days=1), 3)
        for c in clock_changes(zone)
        if FIRST_EVENING < change_evening(c) < LAST_EVENING
    }
    evening = FIRST_EVENING
    while evening <= LAST_EVENING:
        windows.add((evening, 1))
        evening += dt.timedelta(days=ORDINARY_EVERY)
    return tuple(sorted(windows))


def check_window(
    settings: Settings, zone: ZoneInfo, first: dt.date, evenings: int
) -> list[Reminder]:
    start = evening_start(first, zone)
    end = evening_start(first + dt.timedelta(days=evenings), zone)
    got = ReminderPlanner(settings, zone).upcoming(start, end)

    planned = [
        p for n in range(evenings) for p in planned_evening(settings, first + dt.timedelta(days=n))
    ]
    evenings_of: dict[tuple[ReminderKind, dt.datetime], set[dt.date]] = {}
    for p in planned:
        evenings_of.setdefault((p.kind, expected_instant(p.wall, zone)), set()).add(p.evening)

    # Every reminder once: one per kind and instant, at the instant the oracle gives.
    rows = [(r.kind, r.at.astimezone(UTC)) for r in got]
    assert sorted(rows, key=lambda row: (row[1], row[0].value)) == sorted(
        evenings_of, key=lambda row: (row[1], row[0].value)
    ), (zone, first, evenings)
    # Sorted by real time, given in the zone it was planned for, showing the
    # local time of that instant, and counted with the evening it belongs to.
    assert [at for _kind, at in rows] == sorted(at for _kind, at in rows)
    for reminder, (kind, instant) in zip(got, rows, strict=True):
        assert reminder.at.tzinfo is zone
        assert reminder.at.replace(tzinfo=None) == (instant + offset_at(instant, zone)).replace(
            tzinfo=None
        )
        assert reminder.evening in evenings_of[(kind, instant)], reminder
    return got


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_sampled_evenings_of_two_years(zone: ZoneInfo, variant: Variant) -> None:
    windows = sampled_windows(zone)
    assert len(windows) >= 730 // ORDINARY_EVERY
    for first, evenings in windows:
        check_window(variant.settings, zone, first, evenings)


@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_a_stretch_reminder_at_every_quarter_hour_across_every_clock_change(
    zone: ZoneInfo,
) -> None:
    windows = [(first, n) for first, n in sampled_windows(zone) if n == 3]
    for clock in QUARTER_HOURS:
        settings = stretch_at(clock).settings
        for first, evenings in windows:
            got = check_window(settings, zone, first, evenings)
            # One stretch reminder on every evening, whatever the clock did.
            assert [r.evening for r in got] == [
                first + dt.timedelta(days=n) for n in range(evenings)
            ]


@pytest.mark.parametrize("name", ZONES.keys())
def test_every_clock_change_of_two_years(name: str) -> None:
    zone = ZONES[name]
    changes = [c for c in clock_changes(zone) if FIRST_EVENING < change_evening(c) < LAST_EVENING]
    if name in NO_DST:
        assert changes == []
        return
    assert len(changes) == 4, changes
    shift = dt.timedelta(minutes=30 if name == "lord-howe" else 60)
    assert {abs(c.after - c.before) for c in changes} == {shift}

    settings = EVERY_QUARTER_HOUR.settings
    for change in changes:
        evening = change_evening(change)
        got = check_window(settings, zone, evening - dt.timedelta(days=1), 3)
        affected = [
            p
            for p in planned_evening(settings, evening)
            if change.wall_from <= p.wall < change.wall_to
        ]
        # Every quarter hour is a reminder time, so every change has some.
        assert len(affected) >= 2, change
        for p in affected:
            same_kind = [r for r in got if r.kind is p.kind]
            if change.forward:
                # Never shown by the clock: it comes at the jump, under the new offset.
                assert not [r for r in same_kind if r.at.replace(tzinfo=None) == p.wall]
                [at_jump] = [r for r in same_kind if r.at.astimezone(UTC) == change.at]
                assert at_jump.at.utcoffset() == change.after
                assert at_jump.at.replace(tzinfo=None) == change.wall_to
            else:
                # Shown twice by the clock: it comes once, the first time,
                # still under the old offset.
                same_wall = [r for r in same_kind if r.at.replace(tzinfo=None) == p.wall]
                assert len(same_wall) == 1, (p, same_wall)
                assert same_wall[0].at.utcoffset() == change.before
                assert same_wall[0].at.astimezone(UTC) < change.at


def test_the_oracle_knows_the_clock_changes() -> None:
    """Spot checks of the oracle itself against published clock changes."""

    def local(wall: dt.datetime, name: str) -> str:
        return expected_instant(wall, ZONES[name]).astimezone(ZONES[name]).isoformat()

    # New York: 02:30 does not exist on 8 March 2026; the clock jumps from 02:00
    # to 03:00. 00:15 that night is an ordinary time.
    assert local(dt.datetime(2026, 3, 8, 2, 30), "new-york") == "2026-03-08T03:00:00-04:00"
    assert local(dt.datetime(2026, 3, 9, 0, 15), "new-york") == "2026-03-09T00:15:00-04:00"
    # Berlin: 02:30 happens twice on 25 October 2026; the first has +02:00.
    assert local(dt.datetime(2026, 10, 25, 2, 30), "berlin") == "2026-10-25T02:30:00+02:00"
    # Lord Howe moves by half an hour: on 4 October 2026 the clock jumps from
    # 02:00 to 02:30, and on 5 April 2026 01:30 to 01:59 happen twice.
    assert local(dt.datetime(2026, 10, 4, 2, 15), "lord-howe") == "2026-10-04T02:30:00+11:00"
    assert local(dt.datetime(2026, 4, 5, 1, 45), "lord-howe") == "2026-04-05T01:45:00+11:00"
    # Santiago changes at midnight: 5 September 2026 00:30 does not exist,
    # and on 4 April 2026 the clock goes back from 24:00 to 23:00.
    assert local(dt.datetime(2026, 9, 6, 0, 30), "santiago") == "2026-09-06T01:00:00-03:00"
    assert local(dt.datetime(2026, 4, 4, 23, 30), "santiago") == "2026-04-04T23:30:00-03:00"
    # Chatham jumps from 02:45 to 03:45 on 27 September 2026.
    assert local(dt.datetime(2026, 9, 27, 3, 0), "chatham") == "2026-09-27T03:45:00+13:45"
    assert bedtime_wall(stretch_at(dt.time(2, 15)).settings, dt.date(2026, 3, 27)) == dt.datetime(
        2026, 3, 28, 2, 15
    )
