"""Export the history as CSV files a spreadsheet (or a doctor) can open, and
the reminders as a calendar file for a phone.

Three files, one row per record, UTF-8 with a header row and ISO 8601 dates:
``sessions.csv``, ``hydration.csv`` and ``diary.csv``. Text that a spreadsheet
would take for a formula gets a leading ``'`` (see ``spreadsheet_safe``). An
export writes all three files or none, and they are readable by their owner
alone, since they hold health information.
Nothing is overwritten unless asked: an export folder may hold an earlier
export the person wants to keep.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionRecord
from stretch_coach.core.settings import evening_of
from stretch_coach.services.atomic import (
    NameTakenError,
    atomic_create_bytes,
    atomic_write_bytes,
    fsync_folder,
)
from stretch_coach.services.history import HistoryRepository
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
    "completed",  # yes only for a completed session, as before "status" came
    "status",  # completed, partial or stopped
    "stretching_planned_seconds",
    "stretching_done_seconds",
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


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP,
# "CSV Injection"): a note such as "=HYPERLINK(...)" must stay a note.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """Text that a spreadsheet would run gets a leading ``'``, as OWASP advises;
    numbers (never text here) and all other text are written as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
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
            r.outcome.value,
            "" if r.work_planned_seconds is None else r.work_planned_seconds,
            "" if r.work_done_seconds is None else round(r.work_done_seconds, 3),
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


def sessions_csv(history: HistoryRepository) -> bytes:
    return csv_bytes(SESSION_COLUMNS, session_rows(history.sessions()))


def hydration_csv(history: HistoryRepository) -> bytes:
    return csv_bytes(HYDRATION_COLUMNS, hydration_rows(history.hydration()))


def diary_csv(history: HistoryRepository) -> bytes:
    return csv_bytes(DIARY_COLUMNS, diary_rows(history.diary()))


def write_temporary(target: Path, data: bytes) -> Path:
    """Write ``data`` to a new hidden file beside ``target``, flushed to disk.

    The file is created owner-only (``mkstemp`` uses mode 0600) and removed
    again if the write fails, e.g. on a full disk.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    temporary = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def write_all_or_none(files: Mapping[Path, bytes]) -> list[Path]:
    """Write every file or, if any write fails, none of them.

    Each file first goes to a temporary name in its target folder; only when
    all are on disk are they renamed into place. On a failure the temporary
    files are removed, and so are files the renames had already created, so a
    retry finds the folder as it was. (A file replaced under ``--force`` cannot
    be brought back, but the renames are the step least likely to fail.)
    """
    written: list[tuple[Path, Path]] = []
    created: list[Path] = []
    try:
        for target, data in files.items():
            written.append((write_temporary(target, data), target))
        for temporary, target in written:
            existed = target.exists()
            temporary.replace(target)
            if not existed:
                created.append(target)
    except BaseException:
        for temporary, _ in written:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)
        for target in created:
            with contextlib.suppress(OSError):
                target.unlink()
        raise
    for folder in dict.fromkeys(target.parent for target in files):
        fsync_folder(folder)
    return list(files)


def export_csv(history: HistoryRepository, folder: Path, *, force: bool = False) -> list[Path]:
    """Write all three CSV files into ``folder`` (created if needed); returns their paths.

    All three are written or none is: a full disk never leaves part of an
    export behind. Raises ``ExportExistsError`` naming the first file already
    there unless ``force`` is true, and ``NotADirectoryError`` if ``folder`` is
    a file.
    """
    check_targets(folder, force=force)
    # Everything is read before anything is written.
    files = {
        folder / SESSIONS_FILE: sessions_csv(history),
        folder / HYDRATION_FILE: hydration_csv(history),
        folder / DIARY_FILE: diary_csv(history),
    }
    if not folder.exists():
        # A new folder is private like the data it holds; an existing one is left as it is.
        make_private_dirs(folder)
    return write_all_or_none(files)


def write_calendar(path: Path, data: bytes, *, force: bool = False) -> Path:
    """Write the calendar file ``data`` at ``path`` (its folder created if
    needed), so that a crash leaves the old file or the new one, never a mix.

    Without ``force`` a file already there is left as it is and
    ``ExportExistsError`` raised, also for one that appears while this
    writes. A folder at ``path`` raises IsADirectoryError, ``force`` or not.
    """
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if force:
        atomic_write_bytes(path, data)
        return path
    if os.path.lexists(path):  # refused before anything is written
        raise ExportExistsError(path)
    try:
        atomic_create_bytes(path, data)
    except NameTakenError:
        raise ExportExistsError(path) from None
    return path
