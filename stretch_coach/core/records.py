"""What the history keeps: sessions, glasses of water and diary nights.

The records and their limits live here, in the core, so that the SQL
repository, the insights, the CLI and the windows all share one definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from stretch_coach.core.clock import Evening, evening_of
from stretch_coach.core.diary_limits import (
    LOCATIONS,
    MAX_CRAMPS,
    MAX_NOTE_CHARS,
    MAX_SEVERITY,
    MIN_SEVERITY,
)

# A session counts as done only if at least this share of its stretching
# (the time planned for hold and repetition steps) was really spent at it.
COMPLETION_SHARE = 0.8


class SessionOutcome(StrEnum):
    """How a session ended, as the history keeps it."""

    COMPLETED = "completed"  # the end was reached, with enough of the stretching done
    PARTIAL = "partial"  # the end was reached, but much of it was skipped
    STOPPED = "stopped"  # ended before the end


def session_outcome(reached_end: bool, work_done: float, work_planned: float) -> SessionOutcome:
    """Completed only when the end was reached and at least COMPLETION_SHARE of
    the planned stretching was done; skipped time does not count."""
    if not reached_end:
        return SessionOutcome.STOPPED
    if work_done >= COMPLETION_SHARE * work_planned:
        return SessionOutcome.COMPLETED
    return SessionOutcome.PARTIAL


@dataclass(frozen=True, slots=True)
class SessionRecord:
    routine_id: str
    routine_name: str
    planned_seconds: int  # the whole plan, with getting ready, rests and switches
    actual_seconds: float  # time the session ran, pauses left out
    outcome: SessionOutcome
    started_at: dt.datetime  # aware, local offset
    ended_at: dt.datetime
    # The stretching itself (hold and repetition steps): planned, and really
    # done. None for sessions recorded before these were kept.
    work_planned_seconds: int | None = None
    work_done_seconds: float | None = None
    id: int | None = None

    @property
    def completed(self) -> bool:
        """Counts as done: for the streak, "Is it helping?" and the reminders."""
        return self.outcome is SessionOutcome.COMPLETED

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
