"""Export the history as CSV files a spreadsheet (or a doctor) can open.

Three files, one row per record, UTF-8 with a header row and ISO 8601 dates:
``sessions.csv``, ``hydration.csv`` and ``diary.csv``. Each is written
atomically and readable by its owner alone, since it is health information.
Nothing is overwritten unless asked: an export folder may hold an earlier
export the person wants to keep.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from stretch_coach.core.settings import evening_of
from stretch_coach.services.atomic import atomic_write_bytes
from stretch_coach.services.history import (
    DiaryEntry,
    HistoryRepository,
    HydrationRecord,
    SessionRecord,
)
from stretch_coach.services.paths import make_private_dirs

SESSIONS_FILE = "sessions.csv"
HYDRATION_FILE = "hydration.csv"
DIARY_FILE = "diary.csv"
EXPORT_FILES = (SESSIONS_FILE, HYDRATION_FILE, DIARY_FILE)

SESSION_COLUMNS = (
    "evening",
    "started_at",
    "ended_at",
    "routine_id",
    "routine_name",
    "planned_seconds",
    "actual_seconds",
    "completed",
)
HYDRATION_COLUMNS = ("evening", "at")
DIARY_COLUMNS = ("night", "cramps", "severity", "where", "note")
# Joins the places in one cell; no place name contains it.
WHERE_SEPARATOR = ";"


class ExportExistsError(FileExistsError):
    """An export file is already there and overwriting was not allowed."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists (use --force to replace it)")
        self.path = path


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def session_rows(records: Iterable[SessionRecord]) -> list[list[object]]:
    return [
        [
            r.evening.isoformat(),
            r.started_at.isoformat(),
            r.ended_at.isoformat(),
            r.routine_id,
            r.routine_name,
            r.planned_seconds,
            round(r.actual_seconds, 3),
            "yes" if r.completed else "no",
        ]
        for r in records
    ]


def hydration_rows(records: Iterable[HydrationRecord]) -> list[list[object]]:
    # The same small-hours rule the database files check-ins by.
    return [[evening_of(r.at).isoformat(), r.at.isoformat()] for r in records]


def diary_rows(entries: Iterable[DiaryEntry]) -> list[list[object]]:
    return [
        [
            e.night.isoformat(),
            e.cramps,
            "" if e.severity is None else e.severity,
            WHERE_SEPARATOR.join(e.where),
            e.note,
        ]
        for e in entries
    ]


def export_targets(folder: Path) -> list[Path]:
    return [folder / name for name in EXPORT_FILES]


def check_targets(folder: Path, *, force: bool = False) -> None:
    """Refuse up front, before anything is written, so a refused export writes nothing."""
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists and is not a folder")
    if force:
        return
    for path in export_targets(folder):
        if path.exists():
            raise ExportExistsError(path)


def export_sessions(history: HistoryRepository, folder: Path) -> Path:
    path = folder / SESSIONS_FILE
    atomic_write_bytes(path, csv_bytes(SESSION_COLUMNS, session_rows(history.sessions())))
    return path


def export_hydration(history: HistoryRepository, folder: Path) -> Path:
    path = folder / HYDRATION_FILE
    atomic_write_bytes(path, csv_bytes(HYDRATION_COLUMNS, hydration_rows(history.hydration())))
    return path


def export_diary(history: HistoryRepository, folder: Path) -> Path:
    path = folder / DIARY_FILE
    atomic_write_bytes(path, csv_bytes(DIARY_COLUMNS, diary_rows(history.diary())))
    return path


def export_csv(history: HistoryRepository, folder: Path, *, force: bool = False) -> list[Path]:
    """Write all three CSV files into ``folder`` (created if needed); returns their paths.

    Raises ``ExportExistsError`` naming the first file already there unless
    ``force`` is true, and ``NotADirectoryError`` if ``folder`` is a file.
    """
    check_targets(folder, force=force)
    if not folder.exists():
        # A new folder is private like the data it holds; an existing one is left as it is.
        make_private_dirs(folder)
    return [
        export_sessions(history, folder),
        export_hydration(history, folder),
        export_diary(history, folder),
    ]
