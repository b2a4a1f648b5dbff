"""The history database: sessions, hydration check-ins and the night-cramp diary.

This repository is the only code that speaks SQL. The file lives in the
user's data folder, private to them, in WAL mode so a crash never leaves a
half-written row behind; the schema is versioned with ``PRAGMA user_version``
and upgraded by explicit migration steps.

Commands that only read open the file read-only (see ``read_only``): they
work on a read-only file or mount and never create, upgrade or touch it.

A stored row that cannot be read back (edited by hand, written by a bug) is
left out of every result and reported once as a ``RowProblem``: one bad night
never hides the others.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from stretch_coach.core.clock import evening_of
from stretch_coach.core.records import (
    COMPLETION_SHARE,
    DiaryEntry,
    HydrationRecord,
    SessionOutcome,
    SessionRecord,
)
from stretch_coach.services.paths import ensure_private_dir


class HistoryError(RuntimeError):
    """The history file cannot be used (with a message meant for the person)."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A stored row that could not be read back, and so was skipped."""

    table: str  # "sessions", "hydration" or "diary"
    row_id: int
    night: str  # the evening or night the row is filed under, as stored
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.table} row {self.row_id} (night {_shown(self.night)}): {self.reason}"


def _shown(value: object, limit: int = 60) -> str:
    """A stored value quoted for a one-line report, however long or odd it is."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- decoding rows into records ------------------------------------------------
# Each helper checks one column and says what is wrong with it; the record
# classes are built through their constructors only, which check the rest.


def _text(row: sqlite3.Row, column: str) -> str:
    value = row[column]
    if not isinstance(value, str):
        raise ValueError(f"{column} {_shown(value)} is not text")
    return value


def _whole(row: sqlite3.Row, column: str) -> int:
    value = row[column]
    # SQLite keeps text that does not look like a number as text, even in an INTEGER column.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{column} {_shown(value)} is not a whole number")
    return value


def _number(row: sqlite3.Row, column: str) -> float:
    value = row[column]
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"{column} {_shown(value)} is not a number")
    return float(value)


def _outcome(row: sqlite3.Row, column: str) -> SessionOutcome:
    text = _text(row, column)
    try:
        return SessionOutcome(text)
    except ValueError:
        raise ValueError(f"{column} {_shown(text)} is not how a session ends") from None


def _moment(row: sqlite3.Row, column: str) -> dt.datetime:
    text = _text(row, column)
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column} {_shown(text)} is not an ISO 8601 date and time") from None
    if moment.tzinfo is None:
        # Every time is stored with its offset; without one it cannot be placed.
        raise ValueError(f"{column} {_shown(text)} has no UTC offset")
    return moment


def _date(row: sqlite3.Row, column: str) -> dt.date:
    text = _text(row, column)
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError(f"{column} {_shown(text)} is not a real date ({exc})") from None


def _places(row: sqlite3.Row, column: str) -> tuple[str, ...]:
    text = _text(row, column)
    try:
        places = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{column} {_shown(text)} is not valid JSON ({exc})") from None
    if not isinstance(places, list):
        raise ValueError(f"{column} {_shown(text)} is not a list")
    if not all(isinstance(place, str) for place in places):
        raise ValueError(f"{column} {_shown(text)} is not a list of place names")
    return tuple(places)


def session_from_row(row: sqlite3.Row) -> SessionRecord:
    return SessionRecord(
        routine_id=_text(row, "routine_id"),
        routine_name=_text(row, "routine_name"),
        planned_seconds=_whole(row, "planned_seconds"),
        actual_seconds=_number(row, "actual_seconds"),
        outcome=_outcome(row, "status"),
        started_at=_moment(row, "started_at"),
        ended_at=_moment(row, "ended_at"),
        work_planned_seconds=None if row["work_planned"] is None else _whole(row, "work_planned"),
        work_done_seconds=None if row["work_done"] is None else _number(row, "work_done"),
        id=_whole(row, "id"),
    )


def hydration_from_row(row: sqlite3.Row) -> HydrationRecord:
    return HydrationRecord(at=_moment(row, "at"), id=_whole(row, "id"))


def diary_entry_from_row(row: sqlite3.Row) -> DiaryEntry:
    return DiaryEntry(
        night=_date(row, "night"),
        cramps=_whole(row, "cramps"),
        severity=None if row["severity"] is None else _whole(row, "severity"),
        where=_places(row, "locations"),
        note=_text(row, "note"),
    )


_Record = TypeVar("_Record")


def _migration_1(db: sqlite3.Connection) -> None:
    # One statement at a time: executescript() would commit the open
    # transaction and so break the all-or-nothing migration.
    statements = [
        """CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            routine_id TEXT NOT NULL,
            routine_name TEXT NOT NULL,
            planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
            actual_seconds REAL NOT NULL CHECK (actual_seconds >= 0),
            completed INTEGER NOT NULL CHECK (completed IN (0, 1)),
            started_at TEXT NOT NULL,
            ended_at TEXT NOT NULL,
            evening TEXT NOT NULL
        )""",
        "CREATE INDEX sessions_evening ON sessions (evening)",
        """CREATE TABLE hydration (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            evening TEXT NOT NULL
        )""",
        "CREATE INDEX hydration_evening ON hydration (evening)",
        """CREATE TABLE diary (
            night TEXT PRIMARY KEY,
            cramps INTEGER NOT NULL CHECK (cramps >= 0),
            severity INTEGER CHECK (severity BETWEEN 0 AND 10),
            locations TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""",
    ]
    for statement in statements:
        db.execute(statement)


def _migration_2(db: sqlite3.Connection) -> None:
    """How a session ended (completed, partial, stopped) and the stretching in it.

    Sessions recorded before this kept only "completed", which was also set
    when every step had been skipped. For them the whole session's time
    stands in for the stretching: reached the end with at least 80 % of the
    plan's time spent is completed, less is partial; not reached is stopped.
    """
    statements = [
        "ALTER TABLE sessions ADD COLUMN status TEXT NOT NULL DEFAULT 'stopped'"
        " CHECK (status IN ('completed', 'partial', 'stopped'))",
        "ALTER TABLE sessions ADD COLUMN work_planned INTEGER CHECK (work_planned >= 0)",
        "ALTER TABLE sessions ADD COLUMN work_done REAL CHECK (work_done >= 0)",
        f"UPDATE sessions SET status = CASE WHEN completed = 0 THEN 'stopped'"
        f" WHEN actual_seconds >= {COMPLETION_SHARE} * planned_seconds THEN 'completed'"
        " ELSE 'partial' END",
        # "completed" stays, for older exports' sake, and now means completed only.
        "UPDATE sessions SET completed = (status = 'completed')",
    ]
    for statement in statements:
        db.execute(statement)


# MIGRATIONS[n] brings a database from user_version n to n + 1.
MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_migration_1, _migration_2)
SCHEMA_VERSION = len(MIGRATIONS)


def can_write(path: Path) -> bool:
    """Whether we may change ``path`` and create files beside it (a read-only
    mount, a 0400 file or a 0500 folder all say no)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _wal_has_data(path: Path) -> bool:
    try:
        return path.with_name(f"{path.name}-wal").stat().st_size > 0
    except FileNotFoundError:
        return False


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection through which SQLite cannot change ``path`` (``mode=ro``).

    A missing file is not created: an empty database in memory stands in.
    """
    if not path.exists():
        return sqlite3.connect(":memory:", isolation_level=None)
    uri = f"{path.absolute().as_uri()}?mode=ro"
    if not can_write(path) and not _wal_has_data(path):
        # SQLite would want to create a -shm file beside the database: on a
        # read-only mount it cannot (and the read fails), beside a 0400 file it
        # creates one that blocks the app later. As no write is pending in a
        # -wal file, the file can be read as the fixed file it is, creating nothing.
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def _copy_in_memory(db: sqlite3.Connection) -> sqlite3.Connection:
    memory = sqlite3.connect(":memory:", isolation_level=None)
    db.backup(memory)
    db.close()
    return memory


class HistoryRepository:
    def __init__(
        self,
        path: Path,
        *,
        now: Callable[[], dt.datetime],
        read_only: bool = False,
        on_problem: Callable[[RowProblem], None] | None = None,
    ) -> None:
        """``read_only`` is for commands that only read: the file (and its folder)
        is neither created nor changed, and every write is refused.
        ``on_problem`` hears of each unreadable row once, when it is first skipped.
        ``now`` is the wall clock, for the time a diary night was recorded."""
        self.path = path
        self.read_only = read_only
        self._now = now
        self._on_problem = on_problem
        self._problems: dict[tuple[str, int], RowProblem] = {}
        if not read_only:
            ensure_private_dir(path.parent)
            self._private_file()
        try:
            if read_only:
                self._open_for_reading()
            else:
                self._open_for_writing()
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"the history file {path} cannot be opened: {exc}") from exc

    def _open_for_writing(self) -> None:
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._refuse_newer()
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._migrate()

    def _open_for_reading(self) -> None:
        self._db = connect_read_only(self.path)
        self._refuse_newer()
        if self.schema_version < SCHEMA_VERSION:
            # Reading must not upgrade the file: an upgraded copy in memory is read instead.
            self._db = _copy_in_memory(self._db)
            self._migrate()
            # Like the file, the copy refuses writes, so none is silently lost.
            self._db.execute("PRAGMA query_only = ON")

    def _private_file(self) -> None:
        if os.name != "posix":
            return
        # Create the file ourselves with owner-only access; SQLite gives its
        # -wal and -shm files the same permissions.
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        os.close(fd)
        self.path.chmod(0o600)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> HistoryRepository:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def _refuse_newer(self) -> None:
        # Checked before anything (even the journal mode) touches the file.
        version = self.schema_version
        if version > SCHEMA_VERSION:
            self._db.close()
            raise HistoryError(
                f"the history file {self.path} was written by a newer Stretch Coach "
                f"(schema {version}); it was left untouched"
            )

    def _migrate(self) -> None:
        version = self.schema_version
        for step in range(version, SCHEMA_VERSION):
            with self._transaction() as db:
                MIGRATIONS[step](db)
                db.execute(f"PRAGMA user_version = {step + 1}")

    @property
    def schema_version(self) -> int:
        (version,) = self._db.execute("PRAGMA user_version").fetchone()
        return int(version)

    # -- reading --------------------------------------------------------------

    def problems(self) -> list[RowProblem]:
        """The rows skipped so far because they could not be read, each once."""
        return list(self._problems.values())

    def _read(
        self,
        table: str,
        query: str,
        params: Sequence[object],
        decode: Callable[[sqlite3.Row], _Record],
    ) -> list[_Record]:
        """Decode the rows of ``query`` (which selects ``id`` and ``night`` among
        its columns); a row that fails is skipped and recorded as a problem."""
        cursor = self._db.cursor()
        cursor.row_factory = sqlite3.Row
        records = []
        for row in cursor.execute(query, params):
            try:
                records.append(decode(row))
            except (ValueError, TypeError) as exc:
                night = row["night"]
                self._skipped(
                    RowProblem(
                        table,
                        row["id"],
                        night if isinstance(night, str) else repr(night),
                        " ".join(str(exc).split()),  # one line, whatever the message
                    )
                )
        return records

    def _skipped(self, problem: RowProblem) -> None:
        key = (problem.table, problem.row_id)
        if key in self._problems:
            return
        self._problems[key] = problem
        if self._on_problem is not None:
            self._on_problem(problem)

    # -- sessions -----------------------------------------------------------

    def add_session(self, record: SessionRecord) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, planned_seconds, actual_seconds,"
                " completed, status, work_planned, work_done, started_at, ended_at, evening)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.routine_id,
                    record.routine_name,
                    record.planned_seconds,
                    round(record.actual_seconds, 3),
                    int(record.completed),
                    record.outcome.value,
                    record.work_planned_seconds,
                    None
                    if record.work_done_seconds is None
                    else round(record.work_done_seconds, 3),
                    _aware(record.started_at).isoformat(),
                    _aware(record.ended_at).isoformat(),
                    record.evening.isoformat(),
                ),
            )
            return int(cursor.lastrowid or 0)

    def sessions(self, since: dt.date | None = None) -> list[SessionRecord]:
        return self._read(
            "sessions",
            "SELECT id, evening AS night, routine_id, routine_name, planned_seconds,"
            " actual_seconds, status, work_planned, work_done, started_at, ended_at"
            " FROM sessions"
            " WHERE evening >= ? ORDER BY started_at, id",
            ((since or dt.date.min).isoformat(),),
            session_from_row,
        )

    def completed_on_evening(self, evening: dt.date) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sessions WHERE evening = ? AND status = 'completed' LIMIT 1",
            (evening.isoformat(),),
        ).fetchone()
        return row is not None

    # -- hydration ------------------------------------------------------------

    def add_hydration(self, at: dt.datetime | None = None) -> int:
        moment = _aware(at or self._now())
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO hydration (at, evening) VALUES (?, ?)",
                (moment.isoformat(), evening_of(moment).isoformat()),
            )
            return int(cursor.lastrowid or 0)

    def hydration(self, since: dt.date | None = None) -> list[HydrationRecord]:
        return self._read(
            "hydration",
            "SELECT id, evening AS night, at FROM hydration WHERE evening >= ? ORDER BY at, id",
            ((since or dt.date.min).isoformat(),),
            hydration_from_row,
        )

    # -- diary ----------------------------------------------------------------

    def put_diary(self, entry: DiaryEntry) -> None:
        """Record a night; a night recorded before is replaced."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO diary (night, cramps, severity, locations, note, recorded_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (night) DO UPDATE SET"
                " cramps = excluded.cramps, severity = excluded.severity,"
                " locations = excluded.locations, note = excluded.note,"
                " recorded_at = excluded.recorded_at",
                (
                    entry.night.isoformat(),
                    entry.cramps,
                    entry.severity,
                    json.dumps(list(entry.where)),
                    entry.note,
                    self._now().isoformat(),
                ),
            )

    _DIARY_COLUMNS = "rowid AS id, night, cramps, severity, locations, note"

    def diary(self, since: dt.date | None = None) -> list[DiaryEntry]:
        return self._read(
            "diary",
            f"SELECT {self._DIARY_COLUMNS} FROM diary WHERE night >= ? ORDER BY night",
            ((since or dt.date.min).isoformat(),),
            diary_entry_from_row,
        )

    def diary_entry(self, night: dt.date) -> DiaryEntry | None:
        """That night's entry; None if there is none or it cannot be read.

        Only that night's row is read, so a bad row on another night is no obstacle.
        """
        entries = self._read(
            "diary",
            f"SELECT {self._DIARY_COLUMNS} FROM diary WHERE night = ?",
            (night.isoformat(),),
            diary_entry_from_row,
        )
        return entries[0] if entries else None

    def has_diary_night(self, night: dt.date) -> bool:
        """Whether a row is stored for that night, readable or not."""
        row = self._db.execute(
            "SELECT 1 FROM diary WHERE night = ? LIMIT 1", (night.isoformat(),)
        ).fetchone()
        return row is not None

    def delete_diary(self, night: dt.date) -> bool:
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM diary WHERE night = ?", (night.isoformat(),))
            return cursor.rowcount > 0


def _aware(moment: dt.datetime) -> dt.datetime:
    """Times are stored with their UTC offset; a naive time is taken as local."""
    return moment if moment.tzinfo else moment.astimezone()
