"""What the history keeps: sessions, glasses of water and diary nights.

The records and their limits live here, in the core, so that the SQL
repository, the insights, the CLI and the windows all share one definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stretch_coach.core.clock import Evening, evening_of

# Where a cramp can be, as stored and exported.
LOCATIONS = tuple(
    f"{part}-{side}" for part in ("foot", "calf", "thigh") for side in ("left", "right")
)

# Diary limits: the trial rated severity on a 0-10 scale; the cramp count and
# note length are only bounds against typos and pasted-in text.
MAX_CRAMPS = 99
MIN_SEVERITY, MAX_SEVERITY = 0, 10
MAX_NOTE_CHARS = 1000


@dataclass(frozen=True, slots=True)
class SessionRecord:
    routine_id: str
    routine_name: str
    planned_seconds: int
    actual_seconds: float
    completed: bool
    started_at: dt.datetime  # aware, local offset
    ended_at: dt.datetime
    id: int | None = None

    @property
    def evening(self) -> Evening:
        return evening_of(self.started_at)


@dataclass(frozen=True, slots=True)
class HydrationRecord:
    at: dt.datetime
    id: int | None = None


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    night: dt.date  # the evening the night began
    cramps: int
    severity: int | None = None  # worst, MIN_SEVERITY..MAX_SEVERITY
    where: tuple[str, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.cramps <= MAX_CRAMPS:
            raise ValueError(f"the number of cramps must be from 0 to {MAX_CRAMPS}")
        if self.severity is not None and not MIN_SEVERITY <= self.severity <= MAX_SEVERITY:
            raise ValueError(f"severity must be from {MIN_SEVERITY} to {MAX_SEVERITY}")
        unknown = set(self.where) - set(LOCATIONS)
        if unknown:
            raise ValueError(f"unknown place(s): {', '.join(sorted(unknown))}")
        if len(self.note) > MAX_NOTE_CHARS:
            raise ValueError(f"the note is longer than {MAX_NOTE_CHARS} characters")
