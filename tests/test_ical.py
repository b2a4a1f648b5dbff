"""The reminder plan as an iCalendar file: expanded by independent libraries over
a year, it gives exactly the plan's reminders, in every kind of time zone."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from zoneinfo import ZoneInfo

import icalendar
import pytest

from stretch_coach.core.ical import (
    EventFacts,
    EventText,
    escape_text,
    fold,
    reminder_calendar,
    reminder_events,
)
from stretch_coach.core.reminders import ReminderKind, ReminderPlanner
from stretch_coach.core.settings import (
    BedtimeSettings,
    HydrationReminderSettings,
    RoutineSettings,
    Settings,
    StretchReminderSettings,
)
from tests.ical_check import expand, field, planned, renamed_zone

STRETCH, HYDRATION = ReminderKind.STRETCH, ReminderKind.HYDRATION
YEAR = dt.timedelta(days=366)
# Summaries with the characters text must escape, so every test checks that too.
SUMMARIES = {STRETCH: "Stretch, then bed; now", HYDRATION: "Water \\ a glass"}
KINDS = {text: kind.value for kind, text in SUMMARIES.items()}


def wording(facts: EventFacts) -> EventText:
    bedtime = "" if facts.bedtime is None else f" Bedtime {facts.bedtime:%H:%M}."
    return EventText(SUMMARIES[facts.kind], f"About {facts.kind.value}.{bedtime}")


ZONES = {
    "berlin": "Europe/Berlin",
    "new-york": "America/New_York",
    "sydney": "Australia/Sydney",  # southern hemisphere: summer time over new year
    "kolkata": "Asia/Kolkata",  # +05:30, no summer time
    "st-johns": "America/St_Johns",  # -03:30 / -02:30
    "lord-howe": "Australia/Lord_Howe",  # summer time moves the clock by 30 minutes
}

WEEKDAY_BEDTIMES = Settings(
    bedtime=BedtimeSettings(
        dt.time(22, 30),
        # Friday's and Saturday's bedtimes are after midnight: their reminders
        # fall on Saturday and Sunday, the night clocks change in these zones.
        {"fri": dt.time(0, 30), "sat": dt.time(2, 45), "sun": dt.time(21, 15)},
    ),
    stretch=StretchReminderSettings(
        minutes_before_bedtime=20, days=("mon", "tue", "wed", "fri", "sat", "sun")
    ),
    hydration=HydrationReminderSettings(
        first=dt.time(16, 10), every_minutes=25, stop_minutes_before_bedtime=0
    ),
)
# A reminder at every quarter hour of the day: every time the clock skips or
# shows twice is a reminder time on every night the clocks change.
EVERY_QUARTER_HOUR = Settings(
    bedtime=BedtimeSettings(dt.time(5, 45)),
    stretch=StretchReminderSettings(minutes_before_bedtime=0),
    hydration=HydrationReminderSettings(
        first=dt.time(6, 0), every_minutes=15, stop_minutes_before_bedtime=0
    ),
)


def export_moment(zone: str) -> dt.datetime:
    return dt.datetime(2026, 11, 27, 13, 7, 30, tzinfo=ZoneInfo(zone))


def assert_same_reminders(
    got: list[tuple[str, dt.datetime]], want: list[tuple[str, dt.datetime]]
) -> None:
    extra, missing = Counter(got) - Counter(want), Counter(want) - Counter(got)
    assert not extra and not missing, (sorted(extra.elements())[:5], sorted(missing.elements())[:5])
    assert got == want


def year_from(settings: Settings, now: dt.datetime, *, rename: str | None = None) -> None:
    zone = now.tzinfo
    assert zone is not None
    data = reminder_calendar(settings, zone, now, wording)
    if rename is not None:
        data = renamed_zone(data, rename)
    end = now + YEAR
    want = planned(ReminderPlanner(settings, zone).upcoming(now, end))
    assert want, "the settings plan reminders"
    assert_same_reminders(expand(data, now, end, KINDS), want)


# -- a year of reminders ----------------------------------------------------------------------


@pytest.mark.parametrize("settings", [Settings(), WEEKDAY_BEDTIMES], ids=["defaults", "weekdays"])
@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_a_year_of_the_file_is_the_plan(zone: str, settings: Settings) -> None:
    year_from(settings, export_moment(zone))


@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_read_by_its_own_vtimezone_the_file_is_still_the_plan(zone: str) -> None:
    # A zone name the libraries do not know: they build the zone from the file.
    year_from(WEEKDAY_BEDTIMES, export_moment(zone), rename=f"Stretch-Coach-Test-{zone}")


@pytest.mark.slow
@pytest.mark.parametrize("zone", ZONES.values(), ids=ZONES.keys())
def test_every_quarter_hour_of_a_year_is_the_plan(zone: str) -> None:
    year_from(EVERY_QUARTER_HOUR, export_moment(zone))
    if zone in ("Europe/Berlin", "Australia/Sydney"):
        year_from(EVERY_QUARTER_HOUR, export_moment(zone), rename=f"Quarter-Hours-{zone}")


@pytest.mark.parametrize(
    ("zone", "moment"),
    [
        # Exported in the skipped hour's night and in the repeated hour itself.
        ("Europe/Berlin", dt.datetime(2027, 3, 28, 1, 30)),
        ("America/New_York", dt.datetime(2026, 11, 1, 1, 30, fold=1)),
        ("Australia/Sydney", dt.datetime(2027, 10, 3, 3, 0)),
    ],
)
def test_a_file_made_on_the_night_of_a_clock_change_is_the_plan(
    zone: str, moment: dt.datetime
) -> None:
    year_from(EVERY_QUARTER_HOUR, moment.replace(tzinfo=ZoneInfo(zone)))


def test_a_fixed_offset_zone_works_too() -> None:
    year_from(
        WEEKDAY_BEDTIMES, dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    )


# -- how the file says it -------------------------------------------------------------------


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def events(data: bytes) -> list[icalendar.Component]:
    return list(parse(data).walk("VEVENT"))


def test_weekdays_that_share_a_time_share_one_weekly_rule() -> None:
    zone = ZoneInfo("Asia/Kolkata")  # no clock changes: rules alone, nothing to correct
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(22, 30), {"fri": dt.time(0, 30), "sat": dt.time(23, 30)}),
        stretch=StretchReminderSettings(minutes_before_bedtime=30),
        hydration=HydrationReminderSettings(enabled=False),
    )
    data = reminder_calendar(settings, zone, export_moment("Asia/Kolkata"), wording)
    rules = {
        (
            str(field(e, "DTSTART").dt.time()),
            tuple(field(e, "RRULE")["BYDAY"]),
            field(e, "RRULE")["FREQ"][0],
        )
        for e in events(data)
    }
    # Friday's 00:30 bedtime puts its reminder at 00:00 on Saturday.
    assert rules == {
        ("22:00:00", ("MO", "TU", "WE", "TH", "SU"), "WEEKLY"),
        ("00:00:00", ("SA",), "WEEKLY"),
        ("23:00:00", ("SA",), "WEEKLY"),
    }
    for event in events(data):
        start = field(event, "DTSTART").dt
        assert start.tzinfo is not None and str(start.tzinfo) == "Asia/Kolkata"
        assert field(event, "DTSTART").params["TZID"] == "Asia/Kolkata"
        # The rule starts with its first occurrence, on the day of the export or after.
        assert dt.date(2026, 11, 27) <= start.date() < dt.date(2026, 12, 4)
        assert start.strftime("%a")[:2].upper() in field(event, "RRULE")["BYDAY"]
        assert "EXDATE" not in event
    descriptions = {
        str(field(e, "DTSTART").dt.time()): str(field(e, "DESCRIPTION")) for e in events(data)
    }
    assert descriptions == {
        "22:00:00": "About stretch. Bedtime 22:30.",
        "00:00:00": "About stretch. Bedtime 00:30.",
        "23:00:00": "About stretch. Bedtime 23:30.",
    }


def test_a_skipped_time_is_excluded_and_given_at_the_jump() -> None:
    zone = ZoneInfo("Europe/Berlin")
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(22, 30), {"sat": dt.time(3, 0)}),
        hydration=HydrationReminderSettings(enabled=False),
    )
    data = reminder_calendar(settings, zone, export_moment("Europe/Berlin"), wording)
    (rule,) = [e for e in events(data) if "RRULE" in e and field(e, "DTSTART").dt.hour == 2]
    assert field(rule, "DTSTART").dt.replace(tzinfo=None) == dt.datetime(2026, 11, 29, 2, 30)
    excluded = (
        field(rule, "EXDATE")
        if isinstance(field(rule, "EXDATE"), list)
        else [field(rule, "EXDATE")]
    )
    # 02:30 does not happen on the last Sunday of March, and happens twice on
    # the last Sunday of October.
    assert [d.dt.replace(tzinfo=None) for ex in excluded for d in ex.dts] == [
        dt.datetime(2027, 3, 28, 2, 30),
        dt.datetime(2027, 10, 31, 2, 30),
        dt.datetime(2028, 3, 26, 2, 30),
        dt.datetime(2028, 10, 29, 2, 30),
    ]
    once = [e for e in events(data) if "RRULE" not in e]
    # Given as the app gives it: at 03:00, when the clock jumps past 02:30, and
    # at the first 02:30 (CEST, 00:30 UTC), written in UTC.
    assert [field(e, "DTSTART").dt for e in once] == [
        dt.datetime(2027, 3, 28, 3, 0, tzinfo=zone),
        dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC),
        dt.datetime(2028, 3, 26, 3, 0, tzinfo=zone),
        dt.datetime(2028, 10, 29, 0, 30, tzinfo=dt.UTC),
    ]
    assert all(field(e, "SUMMARY") == SUMMARIES[STRETCH] for e in once)
    assert all(field(e, "DESCRIPTION") == "About stretch. Bedtime 03:00." for e in once)


def test_a_time_that_happens_twice_is_given_once_the_first_time_in_utc() -> None:
    zone = ZoneInfo("America/New_York")
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(22, 30), {"sat": dt.time(1, 30)}),
        stretch=StretchReminderSettings(minutes_before_bedtime=0),
        hydration=HydrationReminderSettings(enabled=False),
    )
    data = reminder_calendar(settings, zone, export_moment("America/New_York"), wording)
    once = [field(e, "DTSTART") for e in events(data) if "RRULE" not in e]
    # 01:30 on 7 November 2027 and 5 November 2028 comes twice; the first is
    # 01:30 EDT (05:30 UTC), written in UTC so no calendar can take the second.
    assert [d.dt for d in once] == [
        dt.datetime(2027, 11, 7, 5, 30, tzinfo=dt.UTC),
        dt.datetime(2028, 11, 5, 5, 30, tzinfo=dt.UTC),
    ]
    assert all("TZID" not in d.params for d in once)


def test_reminders_of_one_kind_that_fall_together_come_once() -> None:
    zone = ZoneInfo("Europe/Berlin")
    # Water at 02:00, 02:15, 02:30 and 02:45 and 03:00 on Sunday mornings: on the
    # night the clock jumps from 02:00 to 03:00 they all fall at that moment.
    settings = Settings(
        bedtime=BedtimeSettings(dt.time(22, 30), {"sat": dt.time(3, 0)}),
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(
            first=dt.time(17, 0), every_minutes=15, stop_minutes_before_bedtime=0
        ),
    )
    now = export_moment("Europe/Berlin")
    data = reminder_calendar(settings, zone, now, wording)
    jump = dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.UTC)
    half_hour = dt.timedelta(minutes=30)
    night = expand(data, jump - half_hour, jump + half_hour, KINDS)
    # 01:30 and 01:45, then everything from 02:00 to 03:00 once, at the jump.
    assert night == [
        ("hydration", jump - half_hour),
        ("hydration", jump - half_hour / 2),
        ("hydration", jump),
    ]


def test_every_event_rings_at_its_start() -> None:
    zone = ZoneInfo("Europe/Berlin")
    data = reminder_calendar(EVERY_QUARTER_HOUR, zone, export_moment("Europe/Berlin"), wording)
    found = events(data)
    assert len(found) > 96
    for event in found:
        (alarm,) = event.subcomponents
        assert alarm.name == "VALARM"
        assert field(alarm, "ACTION") == "DISPLAY"
        assert field(alarm, "TRIGGER").dt == dt.timedelta(0)
        assert field(alarm, "DESCRIPTION") == field(event, "SUMMARY")
        assert field(event, "TRANSP") == "TRANSPARENT"


def test_events_last_as_long_as_the_routine_or_a_glass() -> None:
    settings = Settings(routine=RoutineSettings(minutes=12))
    data = reminder_calendar(settings, dt.UTC, dt.datetime(2026, 6, 1, tzinfo=dt.UTC), wording)
    lengths = {str(field(e, "SUMMARY")): field(e, "DURATION").dt for e in events(data)}
    assert lengths == {
        SUMMARIES[STRETCH]: dt.timedelta(minutes=12),
        SUMMARIES[HYDRATION]: dt.timedelta(minutes=5),
    }


def test_dtstamp_is_the_moment_given_and_uids_are_unique_and_stable() -> None:
    zone = ZoneInfo("Australia/Sydney")
    first = reminder_calendar(WEEKDAY_BEDTIMES, zone, export_moment("Australia/Sydney"), wording)
    later = dt.datetime(2026, 12, 24, 20, 0, tzinfo=zone)
    second = reminder_calendar(WEEKDAY_BEDTIMES, zone, later, wording)
    uids = [str(field(e, "UID")) for e in events(first)]
    assert len(uids) == len(set(uids))
    assert all(uid.endswith("@stretch-coach") for uid in uids)
    # The same plan exported again keeps its rules' UIDs, so a calendar that
    # imports it again can recognise them.
    rules = {str(field(e, "UID")) for e in events(first) if "RRULE" in e}
    assert rules == {str(field(e, "UID")) for e in events(second) if "RRULE" in e}
    assert {field(e, "DTSTAMP").dt for e in events(first)} == {
        dt.datetime(2026, 11, 27, 2, 7, 30, tzinfo=dt.UTC)
    }
    assert {field(e, "DTSTAMP").dt for e in events(second)} == {
        dt.datetime(2026, 12, 24, 9, 0, tzinfo=dt.UTC)
    }


def test_the_vtimezone_has_every_change_of_the_covered_years() -> None:
    zone = ZoneInfo("Australia/Sydney")
    data = reminder_calendar(Settings(), zone, export_moment("Australia/Sydney"), wording)
    (vtimezone,) = parse(data).walk("VTIMEZONE")
    assert isinstance(vtimezone, icalendar.Timezone)
    assert field(vtimezone, "TZID") == "Australia/Sydney"
    built = vtimezone.to_tz(lookup_tzid=False)
    # Every hour from the day of the export to the end of the covered years.
    instant = dt.datetime(2026, 11, 26, 13, tzinfo=dt.UTC)
    changes = 0
    while instant < dt.datetime(2029, 1, 1, tzinfo=dt.UTC) - dt.timedelta(hours=11):
        assert instant.astimezone(built).utcoffset() == instant.astimezone(zone).utcoffset(), (
            instant
        )
        changes += (
            instant.astimezone(zone).utcoffset()
            != (instant - dt.timedelta(hours=1)).astimezone(zone).utcoffset()
        )
        instant += dt.timedelta(hours=1)
    assert changes == 4
    summer, winter = dt.timedelta(hours=11), dt.timedelta(hours=10)
    parts = [
        (
            p.name,
            field(p, "DTSTART").dt,
            field(p, "TZOFFSETFROM").td,
            field(p, "TZOFFSETTO").td,
            str(field(p, "TZNAME")),
        )
        for p in vtimezone.subcomponents
    ]
    # What was in force a year before the export, then every change since,
    # each at its local time before the change.
    assert parts == [
        ("DAYLIGHT", dt.datetime(2025, 11, 26, 0, 0), summer, summer, "AEDT"),
        ("STANDARD", dt.datetime(2026, 4, 5, 3, 0), summer, winter, "AEST"),
        ("DAYLIGHT", dt.datetime(2026, 10, 4, 2, 0), winter, summer, "AEDT"),
        ("STANDARD", dt.datetime(2027, 4, 4, 3, 0), summer, winter, "AEST"),
        ("DAYLIGHT", dt.datetime(2027, 10, 3, 2, 0), winter, summer, "AEDT"),
        ("STANDARD", dt.datetime(2028, 4, 2, 3, 0), summer, winter, "AEST"),
        ("DAYLIGHT", dt.datetime(2028, 10, 1, 2, 0), winter, summer, "AEDT"),
    ]


def test_a_half_hour_zone_without_summer_time_has_one_standard_part() -> None:
    data = reminder_calendar(
        Settings(), ZoneInfo("Asia/Kolkata"), export_moment("Asia/Kolkata"), wording
    )
    (vtimezone,) = parse(data).walk("VTIMEZONE")
    ((name, offset),) = {(p.name, field(p, "TZOFFSETTO").td) for p in vtimezone.subcomponents}
    assert (name, offset) == ("STANDARD", dt.timedelta(hours=5, minutes=30))
    assert b"TZOFFSETTO:+0530\r\n" in data


def test_no_reminders_no_events() -> None:
    settings = Settings(
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(enabled=False),
    )
    assert reminder_events(settings, dt.UTC, dt.date(2026, 1, 1), dt.date(2027, 1, 1)) == []


# -- the text of the file -----------------------------------------------------------------


LONG = "Zeit für ein Glas Wasser; danach, bitte: \\ ein Schluck 🥛 — " * 4 + "\nZweite Zeile."


def test_lines_end_in_crlf_and_fold_at_75_octets_within_characters() -> None:
    def long_words(facts: EventFacts) -> EventText:
        return EventText(f"{facts.kind.value} {LONG}", LONG)

    data = reminder_calendar(
        WEEKDAY_BEDTIMES, ZoneInfo("Europe/Berlin"), export_moment("Europe/Berlin"), long_words
    )
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") and data.count(b"\r") == data.count(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) == 75  # folded, and folded as late as allowed
    for line in lines:
        assert len(line) <= 75
        line.decode("utf-8")  # never cut inside a character
    for event in events(data):
        assert field(event, "SUMMARY").startswith(("stretch ", "hydration "))
        assert str(field(event, "SUMMARY")).split(" ", 1)[1] == LONG
        assert str(field(event, "DESCRIPTION")) == LONG


def test_fold_cuts_before_a_character_that_would_cross_the_limit() -> None:
    line = "X" * 74 + "é" + "abc"  # é is two octets: the 75th and 76th
    assert fold(line) == ("X" * 74 + "\r\n é" + "abc" + "\r\n").encode()
    assert fold("A" * 75) == b"A" * 75 + b"\r\n"
    assert fold("A" * 76) == b"A" * 75 + b"\r\n A\r\n"
    assert fold("B" * 150) == b"B" * 75 + b"\r\n " + b"B" * 74 + b"\r\n B\r\n"


def test_text_is_escaped() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bell\x07 and tab\t") == "bell and tab\t"
