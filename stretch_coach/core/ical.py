"""The reminder plan as an iCalendar file (RFC 5545), for a phone's or a desktop's calendar.

Pure: the caller gives the settings, the time zone, the moment of the export
(for DTSTAMP and where the file begins) and the words of each event; nothing
here reads a clock, a file or a language.

How the plan is said:

- One recurring event per job of the reminder plan (``ReminderPlanner.specs``):
  a kind of reminder at one clock time on the weekdays that share it, as
  ``DTSTART;TZID=...`` with ``RRULE:FREQ=WEEKLY;BYDAY=...``. Reminders after
  midnight fall on the weekday after their evening, as in the plan.
- On the nights the clocks change, calendars disagree about a time the clock
  skips (RFC 5545, 3.3.5 reads it with the offset from before the jump, so
  02:30 would come at 03:30 when the clock jumps from 02:00 to 03:00; others
  take the offset after it) and may disagree about a time that happens twice.
  The app rings at the jump, at the first of two, and once for reminders of
  one kind that fall together. So an occurrence at such a time is an
  ``EXDATE`` of its rule, and the instant the app rings at, unless a rule
  already gives it, is a one-off event at a time every calendar reads alike:
  the local time after the jump, or UTC for a time that happens twice. This is
  worked out for the covered years (the rest of this year and the next
  ``years - 1``); after them the weekly rules go on without it, which only
  matters on such nights.
- Every event has a ``VALARM`` (``ACTION:DISPLAY``) at its start.
- A ``VTIMEZONE`` says every change of offset in the covered years, found by
  asking the zone itself, so it serves ``ZoneInfo`` zones and POSIX TZ strings
  alike.
- Lines end in CRLF and are folded at 75 octets, never inside a character;
  text is escaped as RFC 5545, 3.3.11 asks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from stretch_coach import APP_DISPLAY_NAME, __version__
from stretch_coach.core.reminder_rules import ReminderKind
from stretch_coach.core.reminders import MINUTES_PER_DAY, ReminderPlanner, instant_of_wall_time
from stretch_coach.core.settings import WEEKDAYS, Settings

UTC = dt.UTC
COVERED_YEARS = 3  # the rest of this year and the two after it
UID_DOMAIN = "stretch-coach"
# How long each event lasts in the calendar; the stretch reminder lasts as
# long as the person's routine.
WATER_MINUTES = 5
MAX_LINE_OCTETS = 75
BYDAY = dict(zip(WEEKDAYS, ("MO", "TU", "WE", "TH", "FR", "SA", "SU"), strict=True))
# Zone changes are looked for at this step; real zones change at most once in two days.
ZONE_PROBE_STEP = dt.timedelta(hours=6)


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What an event is about, for the edge to put into words."""

    kind: ReminderKind
    # The bedtime of the evenings a stretch reminder belongs to (the same on
    # every one of its days); None for water reminders.
    bedtime: dt.time | None


@dataclass(frozen=True, slots=True)
class EventText:
    summary: str
    description: str


Wording = Callable[[EventFacts], EventText]


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One event: recurring on ``weekdays``, or once when there are none."""

    uid: str
    facts: EventFacts
    start: dt.datetime  # naive: the wall time in the zone
    weekdays: tuple[str, ...]
    minutes: int
    excluded: tuple[dt.datetime, ...] = ()  # naive wall times, as ``start``
    # A one-off at a wall time the clock shows twice is written in UTC instead.
    in_utc: bool = False


@dataclass(frozen=True, slots=True)
class ZoneChange:
    """The zone's offset, summer time and name in force from ``at`` (UTC) on."""

    at: dt.datetime
    offset_from: dt.timedelta
    offset_to: dt.timedelta
    summer: bool
    name: str


# -- the events ------------------------------------------------------------------------------

Ring = tuple[ReminderKind, dt.datetime]  # a kind of reminder at a UTC instant


def covered_days(now: dt.datetime, zone: dt.tzinfo, years: int) -> tuple[dt.date, dt.date]:
    """The first day of the file and the day after its last covered one."""
    first = now.astimezone(zone).date()
    return first, dt.date(first.year + years, 1, 1)


def _instant_if_unambiguous(wall: dt.datetime, zone: dt.tzinfo) -> dt.datetime | None:
    """The instant (UTC) at which the clock shows ``wall``, if it does so exactly
    once; None for a time the clock skips or shows twice (PEP 495: then fold=0
    and fold=1 read it as two different instants)."""
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    return first if first == second else None


def _days(first: dt.date, end: dt.date, weekdays: tuple[str, ...]) -> Iterator[dt.date]:
    day = first
    while day < end:
        if WEEKDAYS[day.weekday()] in weekdays:
            yield day
        day += dt.timedelta(days=1)


def reminder_events(
    settings: Settings, zone: dt.tzinfo, first: dt.date, end: dt.date
) -> list[CalendarEvent]:
    """The plan's reminders from ``first`` on as calendar events, exact up to ``end``."""
    # Every reminder the app gives in the covered days, each once (as the plan
    # lists them), with the wall time it rings at and what it is about.
    rings: dict[Ring, tuple[dt.datetime, EventFacts]] = {}
    # Each rule with its occurrences: wall time, and the instant every
    # calendar reads it as (None if calendars may differ).
    rules: list[tuple[CalendarEvent, list[tuple[dt.datetime, dt.datetime | None]]]] = []
    for spec in ReminderPlanner(settings, zone).specs():
        clock, days = spec.trigger.clock, spec.trigger.days
        facts = EventFacts(spec.kind, _bedtime(settings, spec.kind, clock))
        walls = [dt.datetime.combine(day, clock) for day in _days(first, end, days)]
        for wall in walls:
            rung = instant_of_wall_time(wall, zone)
            rings.setdefault((spec.kind, rung.astimezone(UTC)), (rung.replace(tzinfo=None), facts))
        # The first occurrence starts the rule, as RFC 5545 wants.
        start = dt.datetime.combine(next(_days(first, first + dt.timedelta(days=7), days)), clock)
        rule = CalendarEvent(
            f"{spec.job_id}@{UID_DOMAIN}",
            facts,
            start,
            days,
            _minutes(settings, spec.kind),
        )
        rules.append((rule, [(wall, _instant_if_unambiguous(wall, zone)) for wall in walls]))

    events = []
    given: set[Ring] = set()
    for rule, occurrences in rules:
        excluded = []
        for wall, read_as in occurrences:
            if read_as is None:  # a time calendars read differently
                excluded.append(wall)
            else:  # read by every calendar as the instant the app rings at
                given.add((rule.facts.kind, read_as))
        events.append(dataclasses.replace(rule, excluded=tuple(excluded)))
    for (kind, instant), (wall, facts) in sorted(rings.items()):
        if (kind, instant) in given:
            continue
        in_utc = _instant_if_unambiguous(wall, zone) != instant
        events.append(
            CalendarEvent(
                f"{kind.value}-{instant:%Y%m%dT%H%M%SZ}@{UID_DOMAIN}",
                facts,
                instant.replace(tzinfo=None) if in_utc else wall,
                (),
                _minutes(settings, kind),
                in_utc=in_utc,
            )
        )
    return events


def _minutes(settings: Settings, kind: ReminderKind) -> int:
    return settings.routine.minutes if kind is ReminderKind.STRETCH else WATER_MINUTES


def _bedtime(settings: Settings, kind: ReminderKind, clock: dt.time) -> dt.time | None:
    if kind is not ReminderKind.STRETCH:
        return None
    minutes = clock.hour * 60 + clock.minute + settings.stretch.minutes_before_bedtime
    return dt.time(*divmod(minutes % MINUTES_PER_DAY, 60))


# -- the zone --------------------------------------------------------------------------------


def _state(zone: dt.tzinfo, instant: dt.datetime) -> tuple[dt.timedelta, bool, str]:
    local = instant.astimezone(zone)
    return (
        local.utcoffset() or dt.timedelta(0),
        bool(local.dst()),
        local.tzname() or "",
    )


def zone_changes(zone: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[ZoneChange]:
    """The zone as it is at ``start`` (a change from itself to itself), then
    every change of offset, summer time or name until ``end``, to the second."""
    offset, summer, name = _state(zone, start)
    changes = [ZoneChange(start, offset, offset, summer, name)]
    low = start
    while low < end:
        high = min(low + ZONE_PROBE_STEP, end)
        before = _state(zone, low)
        if _state(zone, high) != before:
            # Narrow down to the first second of the new state.
            lo, hi = low, high
            while hi - lo > dt.timedelta(seconds=1):
                middle = lo + (hi - lo) // 2
                middle = middle.replace(microsecond=0)
                if _state(zone, middle) == before:
                    lo = middle
                else:
                    hi = middle
            offset_to, summer, name = _state(zone, hi)
            changes.append(ZoneChange(hi, before[0], offset_to, summer, name))
            high = hi
        low = high
    return changes


def zone_id(zone: dt.tzinfo) -> str:
    """The zone's name for TZID: its key (Europe/Berlin, or a POSIX TZ string)."""
    name = getattr(zone, "key", None) or str(zone)
    return _CONTROLS.sub("", str(name)).replace('"', "") or "Local"


# -- writing ---------------------------------------------------------------------------------


def reminder_calendar(
    settings: Settings,
    zone: dt.tzinfo,
    now: dt.datetime,
    wording: Wording,
    *,
    years: int = COVERED_YEARS,
) -> bytes:
    """The iCalendar file (UTF-8) of the reminders from the day of ``now`` on.

    ``now`` is aware and becomes the DTSTAMP; ``wording`` gives each event's
    summary and description in the person's language.
    """
    first, end = covered_days(now, zone, years)
    events = reminder_events(settings, zone, first, end)
    tzid = zone_id(zone)
    # From a year before: the part in force on the first day starts with its real onset.
    zone_start = _midnight(first, zone) - dt.timedelta(days=366)
    zone_end = _midnight(end, zone) + dt.timedelta(days=1)
    stamp = _utc_stamp(now)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{APP_DISPLAY_NAME}//{APP_DISPLAY_NAME} {__version__}//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{escape_text(APP_DISPLAY_NAME)}",
        *_timezone_lines(tzid, zone_changes(zone, zone_start, zone_end)),
    ]
    for event in events:
        lines += _event_lines(event, tzid, stamp, wording(event.facts))
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)


def _midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    return instant_of_wall_time(dt.datetime.combine(day, dt.time(0, 0)), zone).astimezone(UTC)


def _timezone_lines(tzid: str, changes: list[ZoneChange]) -> list[str]:
    lines = ["BEGIN:VTIMEZONE", f"TZID:{escape_text(tzid)}"]
    for change in changes:
        part = "DAYLIGHT" if change.summer else "STANDARD"
        onset = (change.at + change.offset_from).replace(tzinfo=None)
        lines += [
            f"BEGIN:{part}",
            f"DTSTART:{_local_stamp(onset)}",
            f"TZOFFSETFROM:{_offset(change.offset_from)}",
            f"TZOFFSETTO:{_offset(change.offset_to)}",
        ]
        if change.name:
            lines.append(f"TZNAME:{escape_text(change.name)}")
        lines.append(f"END:{part}")
    lines.append("END:VTIMEZONE")
    return lines


def _event_lines(event: CalendarEvent, tzid: str, stamp: str, text: EventText) -> list[str]:
    zone_param = f"TZID={param_value(tzid)}"
    if event.in_utc:
        start = f"DTSTART:{_local_stamp(event.start)}Z"
    else:
        start = f"DTSTART;{zone_param}:{_local_stamp(event.start)}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{stamp}",
        start,
        f"DURATION:PT{event.minutes}M",
    ]
    if event.weekdays:
        days = ",".join(BYDAY[day] for day in event.weekdays)
        lines.append(f"RRULE:FREQ=WEEKLY;BYDAY={days}")
    lines += [f"EXDATE;{zone_param}:{_local_stamp(wall)}" for wall in event.excluded]
    lines += [
        f"SUMMARY:{escape_text(text.summary)}",
        f"DESCRIPTION:{escape_text(text.description)}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(text.summary)}",
        "TRIGGER:PT0S",
        "END:VALARM",
        "END:VEVENT",
    ]
    return lines


def _local_stamp(moment: dt.datetime) -> str:
    return f"{moment:%Y%m%dT%H%M%S}"


def _utc_stamp(moment: dt.datetime) -> str:
    return f"{moment.astimezone(UTC):%Y%m%dT%H%M%S}Z"


def _offset(offset: dt.timedelta) -> str:
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{sign}{hours:02d}{minutes:02d}" + (f"{seconds:02d}" if seconds else "")


# Control characters other than the tab have no place in iCalendar text.
_CONTROLS = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def escape_text(text: str) -> str:
    """A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped,
    a line break as ``\\n``; other control characters are left out."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    lines = escaped.split("\n")
    return "\\n".join(_CONTROLS.sub("", line) for line in lines)


def param_value(value: str) -> str:
    """A parameter value (RFC 5545, 3.1), quoted when it holds ``:``, ``;`` or ``,``."""
    value = _CONTROLS.sub("", value).replace('"', "")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def fold(line: str) -> bytes:
    """One content line in UTF-8, folded at 75 octets (RFC 5545, 3.1) without
    splitting a character, each piece ending in CRLF."""
    data = line.encode("utf-8")
    pieces = []
    limit = MAX_LINE_OCTETS
    while len(data) > limit:
        cut = limit
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: not inside a character
            cut -= 1
        pieces.append(data[:cut])
        data = data[cut:]
        limit = MAX_LINE_OCTETS - 1  # the space that starts the next line counts
    pieces.append(data)
    return b"\r\n ".join(pieces) + b"\r\n"
