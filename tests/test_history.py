from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretch_coach.core.clock import local_now
from stretch_coach.core.records import DiaryEntry, SessionOutcome, SessionRecord
from stretch_coach.services import history as history_module
from stretch_coach.services.history import (
    SCHEMA_VERSION,
    HistoryError,
    HistoryRepository,
    RowProblem,
)
from tests.fakes import integrity_ok

TZ = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[HistoryRepository]:
    repository = HistoryRepository(tmp_path / "data" / "history.sqlite3", now=local_now)
    yield repository
    repository.close()


def session(start: dt.datetime, completed: bool = True, seconds: float = 290.0) -> SessionRecord:
    return SessionRecord(
        routine_id="bedtime",
        routine_name="Bedtime stretch",
        planned_seconds=290,
        actual_seconds=seconds,
        outcome=SessionOutcome.COMPLETED if completed else SessionOutcome.STOPPED,
        started_at=start,
        ended_at=start + dt.timedelta(seconds=seconds),
    )


def test_new_database_is_private_versioned_and_in_wal_mode(repo: HistoryRepository) -> None:
    assert repo.schema_version == SCHEMA_VERSION
    assert integrity_ok(repo.path)
    (mode,) = sqlite3.connect(repo.path).execute("PRAGMA journal_mode").fetchone()
    assert mode == "wal"
    if os.name == "posix":
        assert repo.path.parent.stat().st_mode & 0o777 == 0o700
        assert repo.path.stat().st_mode & 0o777 == 0o600


def test_sessions_round_trip_with_offsets(repo: HistoryRepository) -> None:
    start = dt.datetime(2026, 11, 27, 22, 5, tzinfo=TZ)
    ident = repo.add_session(session(start))
    abandoned = repo.add_session(session(start + dt.timedelta(minutes=10), False, 40.5))
    got = repo.sessions()
    assert [s.id for s in got] == [ident, abandoned]
    assert got[0].started_at == start and got[0].started_at.utcoffset() == dt.timedelta(hours=1)
    assert got[1].completed is False and got[1].actual_seconds == 40.5


def test_completed_on_evening_counts_small_hours_with_the_evening(repo: HistoryRepository) -> None:
    repo.add_session(session(dt.datetime(2026, 11, 28, 0, 40, tzinfo=TZ)))
    repo.add_session(session(dt.datetime(2026, 11, 28, 22, 0, tzinfo=TZ), completed=False))
    assert repo.completed_on_evening(dt.date(2026, 11, 27))
    assert not repo.completed_on_evening(dt.date(2026, 11, 28))
    assert [s.evening for s in repo.sessions(since=dt.date(2026, 11, 28))] == [
        dt.date(2026, 11, 28)
    ]


def test_hydration_check_ins(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 27, 17, 0, tzinfo=TZ)
    with HistoryRepository(tmp_path / "h.sqlite3", now=lambda: now) as repo:
        repo.add_hydration()
        repo.add_hydration(now + dt.timedelta(hours=1))
        assert [h.at for h in repo.hydration()] == [now, now + dt.timedelta(hours=1)]


def test_diary_adds_replaces_and_deletes(repo: HistoryRepository) -> None:
    night = dt.date(2026, 11, 26)
    repo.put_diary(DiaryEntry(night, 2, 6, ("calf-left",), "woke twice"))
    repo.put_diary(DiaryEntry(night, 1, None, ("foot-right", "calf-left")))
    repo.put_diary(DiaryEntry(dt.date(2026, 11, 27), 0))
    entries = repo.diary()
    assert entries[0] == DiaryEntry(night, 1, None, ("foot-right", "calf-left"), "")
    assert len(entries) == 2
    assert repo.diary_entry(dt.date(2026, 11, 27)) == DiaryEntry(dt.date(2026, 11, 27), 0)
    assert repo.delete_diary(night) and not repo.delete_diary(night)
    assert repo.diary_entry(night) is None


def test_diary_since_includes_that_night_and_sorts_by_night(repo: HistoryRepository) -> None:
    # The diary and export commands list nights with this query.
    for day in (28, 26, 27):
        repo.put_diary(DiaryEntry(dt.date(2026, 11, day), day - 26))
    assert [e.night.day for e in repo.diary()] == [26, 27, 28]
    assert [e.night.day for e in repo.diary(since=dt.date(2026, 11, 27))] == [27, 28]
    assert repo.diary(since=dt.date(2026, 11, 29)) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cramps": -1}, "from 0 to 99"),
        ({"cramps": 100}, "from 0 to 99"),
        ({"cramps": 1, "severity": 11}, "0 to 10"),
        ({"cramps": 1, "where": ("knee-left",)}, "knee-left"),
    ],
)
def test_diary_entries_are_validated(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DiaryEntry(dt.date(2026, 1, 1), **kwargs)  # type: ignore[arg-type]


def test_database_checks_reject_bad_rows_too(repo: HistoryRepository) -> None:
    db = sqlite3.connect(repo.path)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO diary (night, cramps, severity, recorded_at) VALUES ('x', 1, 12, 'x')"
        )


def insert_raw(path: Path, sql: str, *params: object) -> None:
    """A row as an outside edit or an old bug might have left it: no app checks."""
    db = sqlite3.connect(path)
    with db:
        db.execute(sql, params)
    db.close()


RECORDED = "2026-11-28T08:00:00+01:00"
# (night, places as stored, words the report must contain)
BAD_DIARY_ROWS = [
    ("2026-11-25", '["calf-left"', "not valid JSON"),
    ("2026-02-30", "[]", "'2026-02-30'"),
    ("2026-11-24", '["knee-left"]', "unknown place(s): knee-left"),
    ("2026-11-23", '"calf-left"', "not a list"),
    ("2026-11-22", "[3]", "not a list of place names"),
]


def test_a_malformed_diary_row_is_skipped_and_reported_once(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    seen: list[RowProblem] = []
    with HistoryRepository(path, on_problem=seen.append, now=local_now) as repo:
        repo.put_diary(DiaryEntry(dt.date(2026, 11, 21), 1))
        repo.put_diary(DiaryEntry(dt.date(2026, 11, 27), 2, 5, ("calf-right",)))
        for night, places, _ in BAD_DIARY_ROWS:
            insert_raw(
                path,
                "INSERT INTO diary (night, cramps, locations, recorded_at) VALUES (?, 1, ?, ?)",
                night,
                places,
                RECORDED,
            )
        for _ in range(2):  # read twice: still one report per row
            assert [e.night.day for e in repo.diary()] == [21, 27]
        assert repo.diary_entry(dt.date(2026, 11, 27)) == DiaryEntry(
            dt.date(2026, 11, 27), 2, 5, ("calf-right",)
        )
        assert repo.diary_entry(dt.date(2026, 11, 25)) is None
        problems = repo.problems()
    assert seen == problems
    by_night = {p.night: p for p in problems}
    assert sorted(by_night) == sorted(night for night, _, _ in BAD_DIARY_ROWS)
    for night, _, words in BAD_DIARY_ROWS:
        problem = by_night[night]
        assert problem.table == "diary" and isinstance(problem.row_id, int)
        assert night in str(problem) and words in str(problem), str(problem)


def test_malformed_session_and_hydration_rows_are_skipped_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    good = dt.datetime(2026, 11, 27, 22, 0, tzinfo=TZ)
    with HistoryRepository(path, now=local_now) as repo:
        kept = repo.add_session(session(good))
        repo.add_hydration(good)
        columns = (
            "INSERT INTO sessions (routine_id, routine_name, planned_seconds, actual_seconds,"
            " completed, started_at, ended_at, evening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        )
        end = good.isoformat()
        insert_raw(path, columns, "b", "B", 300, 1.0, 1, "yesterday", end, "2026-11-26")
        insert_raw(path, columns, "b", "B", 300, 1.0, 1, "2026-11-27T22:00", end, "2026-11-27")
        insert_raw(path, columns, "b", "B", "lots", 1.0, 1, end, end, "2026-11-27")
        insert_raw(path, columns, "b", b"\xff", 300, 1.0, 1, end, end, "2026-11-27")
        insert_raw(path, "INSERT INTO hydration (at, evening) VALUES (?, ?)", "17h", "2026-11-27")
        assert [s.id for s in repo.sessions()] == [kept]
        assert [h.at for h in repo.hydration()] == [good]
        reasons = [(p.table, p.reason) for p in repo.problems()]
    assert len(reasons) == 5
    text = " | ".join(f"{table}: {reason}" for table, reason in reasons)
    for words in ("'yesterday'", "no UTC offset", "'lots'", "routine_name", "hydration: at '17h'"):
        assert words in text, text


def filled_history(path: Path) -> None:
    with HistoryRepository(path, now=local_now) as repo:
        repo.add_session(session(dt.datetime(2026, 11, 27, 22, tzinfo=TZ)))
        repo.put_diary(DiaryEntry(dt.date(2026, 11, 27), 2, 5, ("calf-left",)))


def file_state(path: Path) -> tuple[bytes, int, int]:
    info = path.stat()
    return path.read_bytes(), info.st_mtime_ns, info.st_mode


def sidecars(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def test_reading_opens_the_file_read_only(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    filled_history(path)
    path.chmod(0o400)
    before = file_state(path)
    with HistoryRepository(path, read_only=True, now=local_now) as repo:
        assert repo.read_only
        assert [e.cramps for e in repo.diary()] == [2] and len(repo.sessions()) == 1
        # SQLite itself refuses a write through this connection (root included).
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            repo.put_diary(DiaryEntry(dt.date(2026, 11, 28), 1))
    # Not chmod-ed, migrated, checkpointed or touched in any way.
    assert file_state(path) == before


def test_reading_a_missing_history_reads_as_empty_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "data" / "h.sqlite3"
    with HistoryRepository(path, read_only=True, now=local_now) as repo:
        assert repo.sessions() == [] and repo.hydration() == [] and repo.diary() == []
        assert repo.diary_entry(dt.date(2026, 11, 27)) is None and repo.problems() == []
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            repo.put_diary(DiaryEntry(dt.date(2026, 11, 28), 1))
    assert list(tmp_path.iterdir()) == []


def test_reading_an_older_file_does_not_upgrade_it(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE other (x)")  # a file from before the first migration
    db.close()
    before = file_state(path)
    with HistoryRepository(path, read_only=True, now=local_now) as repo:
        assert repo.diary() == [] and repo.schema_version == SCHEMA_VERSION
    assert file_state(path) == before
    (version,) = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()
    assert version == 0


def test_reading_a_newer_or_broken_file_still_refuses(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(HistoryError, match="newer"):
        HistoryRepository(newer, read_only=True, now=local_now)
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="cannot be opened"):
        HistoryRepository(broken, read_only=True, now=local_now)


def test_a_history_we_cannot_write_is_read_without_creating_files_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a read-only mount or a 0400 file looks like to a normal user (root
    # may write anything, so the check is stood in for here).
    path = tmp_path / "h.sqlite3"
    filled_history(path)
    assert sidecars(path) == []  # closed cleanly: no -wal or -shm file
    monkeypatch.setattr(history_module, "can_write", lambda _path: False)
    before = file_state(path)
    with HistoryRepository(path, read_only=True, now=local_now) as repo:
        assert [e.cramps for e in repo.diary()] == [2]
    # A -shm file created here would be read-only too and block the app later.
    assert sidecars(path) == [] and file_state(path) == before


def test_reading_sees_rows_still_in_the_write_ahead_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryRepository(path, now=local_now) as writer:
        writer.put_diary(DiaryEntry(dt.date(2026, 11, 27), 3))  # in the -wal file, not yet in path
        monkeypatch.setattr(history_module, "can_write", lambda _path: False)
        with HistoryRepository(path, read_only=True, now=local_now) as reader:
            assert [e.cramps for e in reader.diary()] == [3]


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="root may write a 0400 file and a 0500 folder"
)
def test_a_read_only_file_in_a_read_only_folder_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    path = folder / "h.sqlite3"
    filled_history(path)
    path.chmod(0o400)
    folder.chmod(0o500)
    try:
        with HistoryRepository(path, read_only=True, now=local_now) as repo:
            assert [e.cramps for e in repo.diary()] == [2]
        assert sidecars(path) == []
    finally:
        folder.chmod(0o700)


def test_reopening_keeps_data_and_does_not_migrate_again(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    with HistoryRepository(path, now=local_now) as repo:
        repo.add_session(session(dt.datetime(2026, 11, 27, 22, tzinfo=TZ)))
    with HistoryRepository(path, now=local_now) as repo:
        assert len(repo.sessions()) == 1


def test_a_newer_database_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(HistoryError, match="newer"):
        HistoryRepository(path, now=local_now)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="cannot be opened"):
        HistoryRepository(path, now=local_now)
    assert path.read_bytes() == b"this is not sqlite" * 100


WRITER = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from stretch_coach.core.clock import local_now
    from stretch_coach.services.history import HistoryRepository
    from stretch_coach.core.records import SessionOutcome, SessionRecord
    repo = HistoryRepository(Path(sys.argv[1]), now=local_now)
    start = dt.datetime(2026, 11, 27, 22, 0).astimezone()
    print("ready", flush=True)
    while True:
        done = SessionOutcome.COMPLETED
        record = SessionRecord("bedtime", "Bedtime", 290, 290.0, done, start, start)
        ident = repo.add_session(record)
        print(ident, flush=True)
    """
)


@pytest.mark.slow
def test_killing_a_writer_never_loses_a_committed_row(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    committed: set[int] = set()
    for round_number in range(8):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 0.05 + round_number * 0.02
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if line.strip().isdigit():
                committed.add(int(line))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        # Rows acknowledged before the kill were committed and must be there.
        with HistoryRepository(path, now=local_now) as repo:
            assert integrity_ok(repo.path)
            stored = {s.id for s in repo.sessions()}
        assert committed <= stored
    assert committed


def test_a_history_from_before_outcomes_is_migrated_honestly(tmp_path: Path) -> None:
    """A schema-1 file, as the app wrote it before sessions had an outcome."""
    path = tmp_path / "history.sqlite3"
    old = sqlite3.connect(path)
    history_module.MIGRATIONS[0](old)
    old.execute("PRAGMA user_version = 1")
    start = "2026-11-27T22:00:00+01:00"
    rows = [
        ("bedtime", 290, 290.0, 1),  # run to its end: completed
        ("trial-protocol", 230, 47.0, 1),  # "completed" after pressing N through it
        ("quick", 120, 30.0, 0),  # stopped
    ]
    for routine, planned, actual, completed in rows:
        old.execute(
            "INSERT INTO sessions (routine_id, routine_name, planned_seconds, actual_seconds,"
            " completed, started_at, ended_at, evening) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (routine, routine, planned, actual, completed, start, start, "2026-11-27"),
        )
    old.commit()
    old.close()

    with HistoryRepository(path, now=local_now) as repo:
        assert repo.schema_version == SCHEMA_VERSION
        outcomes = [(s.routine_id, s.outcome) for s in repo.sessions()]
        assert outcomes == [
            ("bedtime", SessionOutcome.COMPLETED),
            ("trial-protocol", SessionOutcome.PARTIAL),
            ("quick", SessionOutcome.STOPPED),
        ]
        assert all(s.work_done_seconds is None for s in repo.sessions())  # not known then
        assert repo.completed_on_evening(dt.date(2026, 11, 27))
    (completed,) = (
        sqlite3.connect(path)
        .execute("SELECT completed FROM sessions WHERE routine_id = 'trial-protocol'")
        .fetchone()
    )
    assert completed == 0  # the old column now means completed, too
