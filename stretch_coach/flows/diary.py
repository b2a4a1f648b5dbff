"""The diary flow: when to offer the morning check-in, saving a night, and
when the frequent-cramps advice is due."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from stretch_coach.core.clock import evening_of
from stretch_coach.core.diary_rules import earliest_night, latest_night
from stretch_coach.core.records import DiaryEntry
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.journal import Journal
from stretch_coach.flows.state import StateOwner

# The morning check-in is offered when the app opens between these hours.
MORNING_HOURS = (6, 14)


@dataclass(frozen=True, slots=True)
class DiarySaved:
    failure: str | None = None  # why it could not be saved
    suggest_doctor: bool = False  # cramps came often: offer the advice (once)


class DiaryFlow:
    def __init__(self, services: AppServices, state: StateOwner, journal: Journal) -> None:
        self._services = services
        self._state = state
        self._journal = journal

    def night_to_ask(self) -> dt.date:
        """The latest night that is over (at 01:00 not the one under way)."""
        return latest_night(self._services.wall_clock())

    def earliest_night(self) -> dt.date:
        return earliest_night(self._services.wall_clock())

    def due(self) -> bool:
        """Offer the morning check-in once a morning, if the person keeps a
        diary and last night has no entry yet."""
        now = self._services.wall_clock()
        hints = self._state.hints
        if not hints.diary_prompts or hints.diary_prompted_on == now.date():
            return False
        if not MORNING_HOURS[0] <= now.hour < MORNING_HOURS[1]:
            return False
        return self._journal.diary_entry(latest_night(now)) is None

    def mark_prompted(self) -> None:
        today = self._services.wall_clock().date()
        self._state.set_hints(dataclasses.replace(self._state.hints, diary_prompted_on=today))

    def set_prompts(self, wanted: bool) -> None:
        self._state.set_hints(dataclasses.replace(self._state.hints, diary_prompts=wanted))

    def entry(self, night: dt.date) -> DiaryEntry | None:
        return self._journal.diary_entry(night)

    def save(self, entry: DiaryEntry) -> DiarySaved:
        # Loaded when a night is saved, not at start-up.
        from stretch_coach.core.insights import doctor_suggestion

        diary, failure = self._journal.put_diary(entry)
        if failure is not None:
            return DiarySaved(failure)
        hints = self._state.hints
        evening = evening_of(self._services.wall_clock())
        if hints.doctor_suggested or not doctor_suggestion(diary, evening):
            return DiarySaved()
        self._state.set_hints(dataclasses.replace(hints, doctor_suggested=True))
        return DiarySaved(suggest_doctor=True)

    def delete(self, night: dt.date) -> str | None:
        """Remove that night from the diary: None once it is gone (also when it
        was never there), or why it could not be deleted."""
        return self._journal.delete_diary(night)
