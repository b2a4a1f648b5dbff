"""The history as the flows use it: each read or write either works or says why not.

The SQL lives in ``services.history``; this keeps its errors from reaching
the windows as exceptions, and is the only way the flows touch it.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field

from stretch_coach.core.clock import Evening
from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionRecord
from stretch_coach.flows.context import AppServices
from stretch_coach.services.history import HistoryError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Everything:
    sessions: list[SessionRecord] = field(default_factory=list)
    hydration: list[HydrationRecord] = field(default_factory=list)
    diary: list[DiaryEntry] = field(default_factory=list)
    failure: str | None = None  # why the history could not be read


class Journal:
    def __init__(self, services: AppServices) -> None:
        self._services = services

    def stretched_on(self, evening: Evening) -> bool:
        try:
            return self._services.history().completed_on_evening(evening)
        except (HistoryError, OSError) as exc:
            # Better one reminder too many than none because the disk failed.
            log.warning("cannot read the history: %s", exc)
            return False

    def add_water(self, at: dt.datetime) -> None:
        try:
            self._services.history().add_hydration(at)
        except (HistoryError, OSError) as exc:
            log.error("cannot record the glass of water: %s", exc)

    def diary_entry(self, night: dt.date) -> DiaryEntry | None:
        try:
            return self._services.history().diary_entry(night)
        except (HistoryError, OSError) as exc:
            log.error("cannot read the diary: %s", exc)
            return None

    def put_diary(self, entry: DiaryEntry) -> tuple[list[DiaryEntry], str | None]:
        """Save the entry; the whole diary afterwards, or why it failed."""
        try:
            history = self._services.history()
            history.put_diary(entry)
            return history.diary(), None
        except (HistoryError, OSError) as exc:
            log.error("cannot save the diary entry: %s", exc)
            return [], str(exc)

    def delete_diary(self, night: dt.date) -> str | None:
        """Delete that night's entry; None once it is gone, or why it could not be deleted."""
        # A locked or read-only file fails inside SQLite: said in the window, not raised.
        try:
            self._services.history().delete_diary(night)
        except (HistoryError, OSError, sqlite3.Error) as exc:
            log.error("cannot delete the diary entry: %s", exc)
            return str(exc)
        return None

    def everything(self) -> Everything:
        try:
            history = self._services.history()
            return Everything(history.sessions(), history.hydration(), history.diary())
        except (HistoryError, OSError) as exc:
            log.error("cannot read the history: %s", exc)
            return Everything(failure=str(exc))
