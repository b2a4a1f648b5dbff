from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
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

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ADELAIDE = ZoneInfo("Australia/Adelaide")  # half-hour offset with DST
KOLKATA = ZoneInfo("Asia/Kolkata")  # half-hour offset, no DST
STRETCH, HYDRATION = ReminderKind.STRETCH, ReminderKind.HYDRATION


def next_reminder(
    planner: ReminderPlanner, now: dt.datetime, kind: ReminderKind | None = None
) -> Reminder | None:
    """The first reminder (of ``kind``) in the week after ``now``."""
    for reminder in planner.upcoming(now, now + dt.timedelta(days=8)):
        if kind is None or reminder.kind is kind:
            return reminder
    return None


def wall(zone: dt.tzinfo, y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime:
    """An independent expectation: that wall-clock time in the zone, as a real instant."""
    return dt.datetime(y, m, d, hh, mm, tzinfo=zone).astimezone(zone)


def upcoming(settings: Settings, zone: dt.tzinfo, start: dt.datetime, days: int) -> list[Reminder]:
    return ReminderPlanner(settings, zone).upcoming(start, start + dt.timedelta(days=days))


def stretch_only(**bedtime: object) -> Settings:
    return Settings(
        bedtime=BedtimeSettings(**bedtime),  # type: ignore[arg-type]
        hydration=HydrationReminderSettings(enabled=False),
    )


def test_a_default_evening() -> None:
    start = wall(BERLIN, 2026, 11, 27, 12, 0)
    got = [(r.kind, r.at) for r in upcoming(Settings(), BERLIN, start, 1)]
    assert got == [
        (HYDRATION, wall(BERLIN, 2026, 11, 27, 16, 0)),
        (HYDRATION, wall(BERLIN, 2026, 11, 27, 17, 0)),
        (HYDRATION, wall(BERLIN, 2026, 11, 27, 18, 0)),
        (HYDRATION, wall(BERLIN, 2026, 11, 27, 19, 0)),
        (HYDRATION, wall(BERLIN, 2026, 11, 27, 20, 0)),
        (STRETCH, wall(BERLIN, 2026, 11, 27, 22, 0)),
    ]


def test_window_is_half_open() -> None:
    at = wall(BERLIN, 2026, 11, 27, 22, 0)
    planner = ReminderPlanner(stretch_only(), BERLIN)
    assert [r.at for r in planner.upcoming(at, at + dt.timedelta(days=1))] == [at]
    assert planner.upcoming(at - dt.timedelta(days=1), at) == [
        Reminder(wall(BERLIN, 2026, 11, 26, 22, 0), STRETCH)
    ]


def test_hydration_stops_before_bed_and_last_may_land_on_the_cutoff() -> None:
    settings = Settings(
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(first=dt.time(16, 0), every_minutes=45),
        bedtime=BedtimeSettings(dt.time(22, 30)),
    )
    start = wall(KOLKATA, 2026, 11, 27, 6, 0)
    times = [r.at.strftime("%H:%M") for r in upcoming(settings, KOLKATA, start, 1)]
    assert times == ["16:00", "16:45", "17:30", "18:15", "19:00", "19:45", "20:30"]


def test_no_hydration_when_the_first_reminder_is_after_the_cutoff() -> None:
    settings = Settings(
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(first=dt.time(21, 0)),
    )
    assert upcoming(settings, BERLIN, wall(BERLIN, 2026, 11, 27, 0, 0), 7) == []


def test_weekday_overrides_move_the_stretch_and_the_hydration_cutoff() -> None:
    settings = Settings(bedtime=BedtimeSettings(dt.time(22, 30), {"fri": dt.time(23, 30)}))
    start = wall(BERLIN, 2026, 11, 26, 12, 0)  # a Thursday
    by_evening: dict[dt.date, list[str]] = {}
    for r in upcoming(settings, BERLIN, start, 2):
        by_evening.setdefault(r.evening, []).append(f"{r.kind.value[0]}{r.at:%H%M}")
    assert by_evening == {
        dt.date(2026, 11, 26): ["h1600", "h1700", "h1800", "h1900", "h2000", "s2200"],
        dt.date(2026, 11, 27): ["h1600", "h1700", "h1800", "h1900", "h2000", "h2100", "s2300"],
    }


@pytest.mark.parametrize(
    ("lead", "expected"),
    [(30, (2026, 11, 28, 0, 0)), (60, (2026, 11, 27, 23, 30)), (0, (2026, 11, 28, 0, 30))],
)
def test_after_midnight_bedtime_belongs_to_the_evening_before(
    lead: int, expected: tuple[int, int, int, int, int]
) -> None:
    settings = dataclasses.replace(
        stretch_only(time=dt.time(22, 30), weekdays={"fri": dt.time(0, 30)}),
        stretch=StretchReminderSettings(minutes_before_bedtime=lead, days=("fri",)),
    )
    got = upcoming(settings, BERLIN, wall(BERLIN, 2026, 11, 23, 12, 0), 7)
    assert [r.at for r in got] == [wall(BERLIN, *expected)]
    assert got[0].evening == dt.date(2026, 11, 27)  # Friday's evening


def test_only_the_chosen_days_get_a_stretch_reminder() -> None:
    settings = dataclasses.replace(
        stretch_only(), stretch=StretchReminderSettings(days=("mon", "wed"))
    )
    got = upcoming(settings, BERLIN, wall(BERLIN, 2026, 11, 23, 0, 0), 14)
    assert {r.at.strftime("%a") for r in got} == {"Mon", "Wed"}
    assert len(got) == 4


def test_disabled_reminders_plan_nothing() -> None:
    settings = Settings(
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(enabled=False),
    )
    planner = ReminderPlanner(settings, BERLIN)
    assert planner.specs() == []
    assert next_reminder(planner, wall(BERLIN, 2026, 1, 1, 0, 0)) is None


@pytest.mark.parametrize(
    ("zone", "day_before", "day_after"),
    [
        (BERLIN, (2026, 3, 28), (2026, 3, 29)),  # clocks go forward
        (BERLIN, (2026, 10, 24), (2026, 10, 25)),  # clocks go back
        (NEW_YORK, (2026, 3, 7), (2026, 3, 8)),
        (NEW_YORK, (2026, 10, 31), (2026, 11, 1)),
        (ADELAIDE, (2026, 4, 4), (2026, 4, 5)),
        (ADELAIDE, (2026, 10, 3), (2026, 10, 4)),
    ],
)
def test_wall_clock_times_survive_daylight_saving_changes(
    zone: ZoneInfo, day_before: tuple[int, int, int], day_after: tuple[int, int, int]
) -> None:
    start = wall(zone, *day_before, 12, 0)
    got = upcoming(stretch_only(), zone, start, 2)
    assert [r.at for r in got] == [wall(zone, *day_before, 22, 0), wall(zone, *day_after, 22, 0)]
    assert [r.at.strftime("%H:%M") for r in got] == ["22:00", "22:00"]
    assert got[0].at.utcoffset() != got[1].at.utcoffset()


def test_a_reminder_in_a_repeated_hour_comes_once() -> None:
    settings = dataclasses.replace(
        stretch_only(time=dt.time(3, 0)),
        stretch=StretchReminderSettings(minutes_before_bedtime=30),
    )
    got = upcoming(settings, BERLIN, wall(BERLIN, 2026, 10, 24, 12, 0), 2)
    # 02:30 happens twice on 25 October; the reminder comes at the first.
    assert [r.at.isoformat() for r in got] == [
        "2026-10-25T02:30:00+02:00",
        "2026-10-26T02:30:00+01:00",
    ]


def test_a_reminder_in_a_skipped_hour_comes_once_when_the_clock_has_moved() -> None:
    settings = dataclasses.replace(
        stretch_only(time=dt.time(3, 0)),
        stretch=StretchReminderSettings(minutes_before_bedtime=30),
    )
    got = upcoming(settings, BERLIN, wall(BERLIN, 2026, 3, 28, 12, 0), 2)
    # 02:30 does not exist on 29 March; it comes once, when the clock jumps
    # from 02:00 to 03:00.
    assert [r.at.isoformat() for r in got] == [
        "2026-03-29T03:00:00+02:00",
        "2026-03-30T02:30:00+02:00",
    ]


def test_jobs_have_unique_stable_ids() -> None:
    settings = Settings(bedtime=BedtimeSettings(dt.time(22, 30), {"fri": dt.time(0, 30)}))
    first = [s.job_id for s in ReminderPlanner(settings, BERLIN).specs()]
    again = [s.job_id for s in ReminderPlanner(settings, BERLIN).specs()]
    assert first == again and len(set(first)) == len(first)
    assert "stretch-0000-sat" in first


def test_next_reminder_of_a_kind() -> None:
    planner = ReminderPlanner(Settings(), BERLIN)
    now = wall(BERLIN, 2026, 11, 27, 20, 30)
    nxt = next_reminder(planner, now, STRETCH)
    assert nxt == Reminder(wall(BERLIN, 2026, 11, 27, 22, 0), STRETCH)
    nxt = next_reminder(planner, now, HYDRATION)
    assert nxt == Reminder(wall(BERLIN, 2026, 11, 28, 16, 0), HYDRATION)


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, ADELAIDE, KOLKATA], ids=str)
def test_a_year_of_evenings_matches_an_independent_calculation(zone: ZoneInfo) -> None:
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(22, 45), {"fri": dt.time(0, 15), "sat": dt.time(23, 30)}),
        stretch=StretchReminderSettings(
            minutes_before_bedtime=20, days=("mon", "wed", "fri", "sat")
        ),
        hydration=HydrationReminderSettings(first=dt.time(17, 30), every_minutes=50),
    )
    start = wall(zone, 2026, 1, 1, 12, 0)
    got = upcoming(settings, zone, start, 365)
    expected: list[Reminder] = []
    day = dt.date(2026, 1, 1)
    while day < dt.date(2027, 1, 1):
        weekday = WEEKDAYS[day.weekday()]
        bed = {"fri": dt.time(0, 15), "sat": dt.time(23, 30)}.get(weekday, dt.time(22, 45))
        bed_at = dt.datetime.combine(
            day + dt.timedelta(days=1 if bed.hour < 6 else 0), bed
        )  # naive wall clock
        cutoff = bed_at - dt.timedelta(minutes=120)
        hydration = dt.datetime.combine(day, dt.time(17, 30))
        while hydration <= cutoff:
            expected.append(Reminder(_instant(hydration, zone), HYDRATION))
            hydration += dt.timedelta(minutes=50)
        if weekday in ("mon", "wed", "fri", "sat"):
            expected.append(Reminder(_instant(bed_at - dt.timedelta(minutes=20), zone), STRETCH))
        day += dt.timedelta(days=1)
    expected = [r for r in expected if start <= r.at < start + dt.timedelta(days=365)]
    assert Counter(got) == Counter(expected)
    assert got == sorted(got)


def _instant(naive: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    return naive.replace(tzinfo=zone).astimezone(zone)


LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # the clocks move by half an hour


@pytest.mark.parametrize(
    ("zone", "first_evening"),
    [(NEW_YORK, dt.date(2026, 3, 7)), (BERLIN, dt.date(2026, 3, 28))],
    ids=["new-york", "berlin"],
)
def test_the_night_after_spring_forward_keeps_its_small_hours_reminder(
    zone: ZoneInfo, first_evening: dt.date
) -> None:
    # Bedtime 00:45 puts the stretch reminder at 00:15, between midnight and
    # the clock change of the same night; the evening after it once got none.
    settings = stretch_only(time=dt.time(0, 45))
    start = dt.datetime.combine(first_evening, dt.time(12, 0), tzinfo=zone)
    got = upcoming(settings, zone, start, 4)
    evenings = [first_evening + dt.timedelta(days=n) for n in range(4)]
    assert [r.evening for r in got] == evenings
    mornings = [e + dt.timedelta(days=1) for e in evenings]
    assert [r.at for r in got] == [wall(zone, d.year, d.month, d.day, 0, 15) for d in mornings]


def test_the_live_trigger_steps_from_night_to_night_across_spring_forward() -> None:
    # What the scheduler does: each next time is asked for from the one before.
    [spec] = ReminderPlanner(stretch_only(time=dt.time(0, 45)), NEW_YORK).specs()
    fire = spec.trigger.get_next_fire_time(None, wall(NEW_YORK, 2026, 3, 7, 12, 0))
    fires = []
    for _ in range(4):
        assert fire is not None
        fires.append(fire.isoformat())
        fire = spec.trigger.get_next_fire_time(fire, fire)
    assert fires == [
        "2026-03-08T00:15:00-05:00",
        "2026-03-09T00:15:00-04:00",
        "2026-03-10T00:15:00-04:00",
        "2026-03-11T00:15:00-04:00",
    ]


def test_lord_howe_half_hour_spring_forward_every_reminder_once() -> None:
    # Bedtime 02:45 with water every quarter hour up to bed. On 4 October 2026
    # the clock jumps from 02:00 to 02:30, so 02:00 and 02:15 never show.
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(2, 45)),
        hydration=HydrationReminderSettings(every_minutes=15, stop_minutes_before_bedtime=0),
    )
    start = dt.datetime(2026, 10, 3, 23, 0, tzinfo=LORD_HOWE)
    got = upcoming(settings, LORD_HOWE, start, 2)
    small_hours = [
        f"{r.kind.value} {r.at.isoformat()}" for r in got if r.at.astimezone(LORD_HOWE).hour < 3
    ]
    quarters = [f"{hh:02d}:{mm:02d}" for hh in (0, 1, 2) for mm in (0, 15, 30, 45)]
    first_night = [f"hydration 2026-10-04T{q}:00+10:30" for q in quarters[:8]]
    second_night = [f"hydration 2026-10-05T{q}:00+11:00" for q in quarters]
    second_night.insert(10, "stretch 2026-10-05T02:15:00+11:00")
    assert small_hours == [
        *first_night,
        # 02:00, 02:15 (water and the stretch) and 02:30 come once, at the jump.
        "hydration 2026-10-04T02:30:00+11:00",
        "stretch 2026-10-04T02:30:00+11:00",
        "hydration 2026-10-04T02:45:00+11:00",
        *second_night,
    ]
