"""Reading a calendar file the way a phone would: expanded by independent libraries.

icalendar parses the file and recurring-ical-events expands its rules,
EXDATEs and one-off events into instants; neither knows the app's planner.
A TZID that names a zone the libraries know is read from their zone
database; ``renamed_zone`` gives the file's zone a name nobody knows, so
that the file's own VTIMEZONE is what the libraries go by.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

import icalendar
import recurring_ical_events  # type: ignore[import-untyped]  # untyped library

from stretch_coach.core.reminders import Reminder

Instant = tuple[str, dt.datetime]  # a reminder's kind and its UTC instant


def expand(
    data: bytes, start: dt.datetime, end: dt.datetime, kinds: Mapping[str, str]
) -> list[Instant]:
    """Every event in [start, end) as (kind, UTC instant), sorted; ``kinds``
    tells the kind by the event's summary, as the person reading it would."""
    calendar = icalendar.Calendar.from_ical(data)
    found = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        at = event["DTSTART"].dt
        assert isinstance(at, dt.datetime) and at.tzinfo is not None, at
        if start <= at < end:  # between() also gives events that only end inside
            found.append((kinds[str(event["SUMMARY"])], at.astimezone(dt.UTC)))
    return sorted(found)


def field(component: icalendar.Component, name: str) -> Any:
    """A property of a component (icalendar types it as any of its value classes)."""
    return component[name]


def planned(reminders: Iterable[Reminder]) -> list[Instant]:
    return sorted((r.kind.value, r.at.astimezone(dt.UTC)) for r in reminders)


def from_json(rows: Iterable[Mapping[str, str]]) -> list[Instant]:
    """The rows of ``reminders --json``."""
    return sorted((r["kind"], dt.datetime.fromisoformat(r["at"]).astimezone(dt.UTC)) for r in rows)


def renamed_zone(data: bytes, new_name: str) -> bytes:
    """The file with its zone called ``new_name`` everywhere (TZID property and parameters)."""
    text = data.decode("utf-8")
    names = set(re.findall(r"^TZID:(.*)\r$", text, flags=re.MULTILINE))
    assert len(names) == 1, names
    (old,) = names
    quoted = f'"{old}"' if any(c in old for c in ":;,") else old
    text = text.replace(f"TZID:{old}\r\n", f"TZID:{new_name}\r\n")
    return text.replace(f"TZID={quoted}:", f"TZID={new_name}:").encode("utf-8")
