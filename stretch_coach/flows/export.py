"""The export flows: the history as CSV files in a folder the person chose, and
the reminders as a calendar file for their phone."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from stretch_coach.core.settings import Settings
from stretch_coach.core.time_zones import local_timezone
from stretch_coach.flows.context import AppServices
from stretch_coach.services.history import HistoryError

if TYPE_CHECKING:
    from stretch_coach.core.ical import Wording

log = logging.getLogger(__name__)


class ExportOutcome(StrEnum):
    SAVED = "saved"
    REFUSED = "refused"  # a file was already there; nothing was written
    FAILED = "failed"
    NOTHING = "nothing"  # no reminders to put in a calendar; nothing was written


@dataclass(frozen=True, slots=True)
class ExportResult:
    outcome: ExportOutcome
    folder: Path
    written: list[Path] = field(default_factory=list)
    detail: str = ""  # the technical reason when it did not work


class ExportFlow:
    def __init__(
        self, services: AppServices, timezone: Callable[[], dt.tzinfo] = local_timezone
    ) -> None:
        self._services = services
        self._timezone = timezone

    def export_csv(self, folder: Path) -> ExportResult:
        # Loaded when the person exports, not at start-up.
        from stretch_coach.services.export import ExportExistsError, export_csv

        try:
            written = export_csv(self._services.history(), folder)
        except ExportExistsError as exc:
            result = ExportResult(ExportOutcome.REFUSED, folder, detail=str(exc))
        except (HistoryError, OSError) as exc:
            result = ExportResult(ExportOutcome.FAILED, folder, detail=str(exc))
        else:
            result = ExportResult(ExportOutcome.SAVED, folder, written)
        log.info("export to %s: %s %s", folder, result.outcome.value, result.detail)
        return result

    @staticmethod
    def has_reminders(settings: Settings) -> bool:
        """Whether ``settings`` give any reminder to put in a calendar."""
        from stretch_coach.core.reminders import ReminderPlanner

        return bool(ReminderPlanner(settings, dt.UTC).specs())

    def export_calendar(
        self, path: Path, settings: Settings, wording: Wording, *, replace: bool = False
    ) -> ExportResult:
        """The reminders of ``settings`` from now on as an iCalendar file at
        ``path``, in the computer's time zone; an existing file is replaced
        only when ``replace`` says so."""
        from stretch_coach.core.ical import reminder_calendar
        from stretch_coach.services.export import ExportExistsError, write_calendar

        folder = path.parent
        if not self.has_reminders(settings):
            result = ExportResult(ExportOutcome.NOTHING, folder)
        else:
            data = reminder_calendar(
                settings, self._timezone(), self._services.wall_clock(), wording
            )
            try:
                written = write_calendar(path, data, force=replace)
            except ExportExistsError as exc:
                result = ExportResult(ExportOutcome.REFUSED, folder, detail=str(exc))
            except OSError as exc:
                result = ExportResult(ExportOutcome.FAILED, folder, detail=str(exc))
            else:
                result = ExportResult(ExportOutcome.SAVED, folder, [written])
        log.info("calendar export to %s: %s %s", path, result.outcome.value, result.detail)
        return result
