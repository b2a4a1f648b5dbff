"""The history database: sessions, hydration check-ins and the night-cramp diary.

This repository is the only code that speaks SQL. The file lives in the
user's data folder, private to them, in WAL mode so a crash never leaves a
half-written row behind; the schema is versioned with ``PRAGMA user_version``
and upgraded by explicit migration steps.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from stretch_coach.core.clock import evening_of
from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionRecord
from stretch_coach.services.paths import ensure_private_dir


class HistoryError(RuntimeError):
    """The history file cannot be used (with a message meant for the person)."""


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


# MIGRATIONS[n] brings a database from user_version n to n + 1.
MIGRATIONS: Sequence[Callable[[sqlite3.Connection], None]] = (_migration_1,)
SCHEMA_VERSION = len(MIGRATIONS)


class HistoryRepository:
    def __init__(self, path: Path, now: Callable[[], dt.datetime] | None = None) -> None:
        self.path = path
        self._now = now or (lambda: dt.datetime.now().astimezone())
        ensure_private_dir(path.parent)
        self._private_file()
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
            self._refuse_newer()
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise HistoryError(f"the history file {path} cannot be opened: {exc}") from exc

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

    def integrity_ok(self) -> bool:
        (result,) = self._db.execute("PRAGMA integrity_check").fetchone()
        return bool(result == "ok")

    # -- sessions -----------------------------------------------------------

    def add_session(self, record: SessionRecord) -> int:
        with self._transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (routine_id, routine_name, planned_seconds, actual_seconds,"
                " completed, started_at, ended_at, evening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.routine_id,
                    record.routine_name,
                    record.planned_seconds,
                    round(record.actual_seconds, 3),
                    int(record.completed),
                    _aware(record.started_at).isoformat(),
                    _aware(record.ended_at).isoformat(),
                    record.evening.isoformat(),
                ),
            )
            return int(cursor.lastrowid or 0)

    def sessions(self, since: dt.date | None = None) -> list[SessionRecord]:
        rows = self._db.execute(
            "SELECT id, routine_id, routine_name, planned_seconds, actual_seconds, completed,"
            " started_at, ended_at FROM sessions WHERE evening >= ? ORDER BY started_at, id",
            ((since or dt.date.min).isoformat(),),
        )
        return [
            SessionRecord(
                routine_id=row[1],
                routine_name=row[2],
                planned_seconds=row[3],
                actual_seconds=row[4],
                completed=bool(row[5]),
                started_at=dt.datetime.fromisoformat(row[6]),
                ended_at=dt.datetime.fromisoformat(row[7]),
                id=row[0],
            )
            for row in rows
        ]

    def completed_on_evening(self, evening: dt.date) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM sessions WHERE evening = ? AND completed = 1 LIMIT 1",
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
        rows = self._db.execute(
            "SELECT id, at FROM hydration WHERE evening >= ? ORDER BY at, id",
            ((since or dt.date.min).isoformat(),),
        )
        return [HydrationRecord(dt.datetime.fromisoformat(at), ident) for ident, at in rows]

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

    def diary(self, since: dt.date | None = None) -> list[DiaryEntry]:
        rows = self._db.execute(
            "SELECT night, cramps, severity, locations, note FROM diary"
            " WHERE night >= ? ORDER BY night",
            ((since or dt.date.min).isoformat(),),
        )
        return [
            DiaryEntry(
                night=dt.date.fromisoformat(night),
                cramps=cramps,
                severity=severity,
                where=tuple(json.loads(locations)),
                note=note,
            )
            for night, cramps, severity, locations, note in rows
        ]

    def diary_entry(self, night: dt.date) -> DiaryEntry | None:
        entries = [e for e in self.diary(night) if e.night == night]
        return entries[0] if entries else None

    def delete_diary(self, night: dt.date) -> bool:
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM diary WHERE night = ?", (night.isoformat(),))
            return cursor.rowcount > 0


def _aware(moment: dt.datetime) -> dt.datetime:
    """Times are stored with their UTC offset; a naive time is taken as local."""
    return moment if moment.tzinfo else moment.astimezone()
