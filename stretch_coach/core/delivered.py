"""Which planned reminders have been shown, so that none is shown twice.

The scheduler can reach a reminder's time again: when the clock is set back
after it fired, or when times the clock skipped all come at the jump. The
stretch reminder comes once an evening; a water reminder, which comes
several times an evening, once for each time it was planned for. Snoozes
are not planned reminders and are not recorded.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from stretch_coach.core.reminder_rules import ReminderKind
from stretch_coach.core.settings import evening_of

# Evenings kept: tonight's and the one before, for a clock set back over 06:00.
KEEP_EVENINGS = 2


@dataclass(frozen=True, slots=True)
class Delivery:
    kind: ReminderKind
    evening: dt.date
    planned: dt.datetime | None  # in UTC, for water; None for the stretch reminder

    @classmethod
    def of(cls, kind: ReminderKind, planned: dt.datetime) -> Delivery:
        """The record of a reminder planned for ``planned`` (aware, local)."""
        evening = evening_of(planned)
        if kind is ReminderKind.STRETCH:
            return cls(kind, evening, None)
        return cls(kind, evening, planned.astimezone(dt.UTC))


@dataclass(frozen=True, slots=True)
class DeliveredReminders:
    deliveries: frozenset[Delivery] = frozenset()

    def __contains__(self, delivery: object) -> bool:
        return delivery in self.deliveries

    def add(self, delivery: Delivery) -> DeliveredReminders:
        """With ``delivery``, and without evenings too old to come again."""
        everything = self.deliveries | {delivery}
        newest = max(d.evening for d in everything)
        oldest = newest - dt.timedelta(days=KEEP_EVENINGS - 1)
        return dataclasses.replace(
            self, deliveries=frozenset(d for d in everything if d.evening >= oldest)
        )

    def to_data(self) -> list[dict[str, Any]]:
        ordered = sorted(self.deliveries, key=lambda d: (d.evening, d.kind.value, str(d.planned)))
        return [
            {
                "kind": d.kind.value,
                "evening": d.evening.isoformat(),
                "planned": d.planned.isoformat() if d.planned else None,
            }
            for d in ordered
        ]

    @classmethod
    def from_data(cls, data: object) -> DeliveredReminders:
        """Read leniently: an entry that makes no sense is forgotten (at worst
        a reminder comes once more)."""
        if not isinstance(data, list):
            return cls()
        found = set()
        for item in data:
            try:
                found.add(_delivery_from(item))
            except (TypeError, ValueError, KeyError):
                continue
        return cls(frozenset(found))


def _delivery_from(item: Any) -> Delivery:
    kind = ReminderKind(item["kind"])
    evening = dt.date.fromisoformat(item["evening"])
    planned = None if item["planned"] is None else dt.datetime.fromisoformat(item["planned"])
    if planned is not None and planned.tzinfo is None:
        raise ValueError("a planned time without a time zone")
    if (kind is ReminderKind.STRETCH) != (planned is None):
        raise ValueError("a stretch reminder has no planned time, a water reminder has one")
    return Delivery(kind, evening, None if planned is None else planned.astimezone(dt.UTC))
