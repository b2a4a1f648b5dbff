"""The export flow: the history as CSV files in a folder the person chose."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from stretch_coach.flows.context import AppServices
from stretch_coach.services.history import HistoryError

log = logging.getLogger(__name__)


class ExportOutcome(StrEnum):
    SAVED = "saved"
    REFUSED = "refused"  # a file was already there; nothing was written
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ExportResult:
    outcome: ExportOutcome
    folder: Path
    written: list[Path] = field(default_factory=list)
    detail: str = ""  # the technical reason when it did not work


class ExportFlow:
    def __init__(self, services: AppServices) -> None:
        self._services = services

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
