from __future__ import annotations

import csv
import datetime as dt
import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from stretch_coach.core.clock import local_now
from stretch_coach.core.records import DiaryEntry, SessionOutcome, SessionRecord
from stretch_coach.services import export
from stretch_coach.services.export import (
    DIARY_COLUMNS,
    EXPORT_FILES,
    HYDRATION_COLUMNS,
    SESSION_COLUMNS,
    ExportExistsError,
    csv_bytes,
    export_csv,
)
from stretch_coach.services.history import HistoryRepository

TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 11, 28, 0, 40, tzinfo=TZ)  # the small hours: evening of the 27th


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[HistoryRepository]:
    repository = HistoryRepository(tmp_path / "data" / "history.sqlite3", now=local_now)
    yield repository
    repository.close()


def read(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def fill(repo: HistoryRepository) -> None:
    repo.add_session(
        SessionRecord(
            "bedtime", "Bedtime stretch", 300, 300.25, SessionOutcome.COMPLETED, START, START
        )
    )
    repo.add_session(
        SessionRecord(
            "quick",
            'Quick, "short" stretch',
            120,
            40.5,
            SessionOutcome.STOPPED,
            START,
            START + dt.timedelta(1),
        )
    )
    repo.add_hydration(dt.datetime(2026, 11, 27, 16, 0, tzinfo=TZ))
    repo.put_diary(
        DiaryEntry(
            dt.date(2026, 11, 27),
            2,
            7,
            ("calf-left", "foot-right"),
            'woke at 3, "ouch", then\nslept; crampe au mollet ✓',
        )
    )
    repo.put_diary(DiaryEntry(dt.date(2026, 11, 26), 0))


def test_round_trip_through_the_csv_module(repo: HistoryRepository, tmp_path: Path) -> None:
    fill(repo)
    folder = tmp_path / "out" / "nested"
    written = export_csv(repo, folder)
    assert [p.name for p in written] == list(EXPORT_FILES)

    header, sessions = read(folder / "sessions.csv")
    assert header == list(SESSION_COLUMNS)
    assert len(sessions) == 2
    first, second = sessions
    assert first["evening"] == "2026-11-27"
    assert dt.datetime.fromisoformat(first["started_at"]) == START
    assert first["started_at"].endswith("+01:00")
    assert float(first["actual_seconds"]) == 300.25 and first["completed"] == "yes"
    assert second["routine_name"] == 'Quick, "short" stretch' and second["completed"] == "no"
    assert (first["status"], second["status"]) == ("completed", "stopped")

    header, hydration = read(folder / "hydration.csv")
    assert header == list(HYDRATION_COLUMNS)
    assert hydration == [{"evening": "2026-11-27", "at": "2026-11-27T16:00:00+01:00"}]

    header, diary = read(folder / "diary.csv")
    assert header == list(DIARY_COLUMNS)
    assert [row["night"] for row in diary] == ["2026-11-26", "2026-11-27"]
    quiet, busy = diary
    assert quiet == {"night": "2026-11-26", "cramps": "0", "severity": "", "where": "", "note": ""}
    assert busy["where"].split(";") == ["calf-left", "foot-right"]
    rebuilt = DiaryEntry(
        dt.date.fromisoformat(busy["night"]),
        int(busy["cramps"]),
        int(busy["severity"]),
        tuple(busy["where"].split(";")),
        busy["note"],
    )
    assert rebuilt == repo.diary_entry(dt.date(2026, 11, 27))


def test_an_empty_history_gives_header_only_files(repo: HistoryRepository, tmp_path: Path) -> None:
    written = export_csv(repo, tmp_path)
    for path in written:
        header, rows = read(path)
        assert header and rows == []
    assert (tmp_path / "diary.csv").read_bytes() == b"night,cramps,severity,where,note\r\n"


def test_files_are_private_and_no_temporary_files_are_left(
    repo: HistoryRepository, tmp_path: Path
) -> None:
    folder = tmp_path / "new"
    export_csv(repo, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(EXPORT_FILES)
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700
        for name in EXPORT_FILES:
            assert (folder / name).stat().st_mode & 0o777 == 0o600


def test_existing_files_are_kept_unless_forced(repo: HistoryRepository, tmp_path: Path) -> None:
    (tmp_path / "diary.csv").write_text("mine\n", encoding="utf-8")
    with pytest.raises(ExportExistsError) as info:
        export_csv(repo, tmp_path)
    assert info.value.path == tmp_path / "diary.csv"
    assert "diary.csv" in str(info.value)
    # Refused before writing anything: no partial export beside the kept file.
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".csv") == ["diary.csv"]
    assert (tmp_path / "diary.csv").read_text(encoding="utf-8") == "mine\n"

    fill(repo)
    export_csv(repo, tmp_path, force=True)
    _, diary = read(tmp_path / "diary.csv")
    assert len(diary) == 2


def test_a_file_in_place_of_the_folder_is_refused(repo: HistoryRepository, tmp_path: Path) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("x", encoding="utf-8")
    with pytest.raises(NotADirectoryError):
        export_csv(repo, target, force=True)


# Each starts a formula (or a DDE command) in Excel, LibreOffice or Google Sheets.
FORMULA_STARTS = ["=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", FORMULA_STARTS)
def test_text_that_a_spreadsheet_would_run_gets_a_leading_quote(
    repo: HistoryRepository, tmp_path: Path, text: str
) -> None:
    repo.add_session(SessionRecord(text, text, 300, 300.0, SessionOutcome.COMPLETED, START, START))
    repo.put_diary(DiaryEntry(dt.date(2026, 11, 27), 1, 3, ("calf-left",), text))
    export_csv(repo, tmp_path)
    _, (session,) = read(tmp_path / "sessions.csv")
    _, (night,) = read(tmp_path / "diary.csv")
    assert session["routine_id"] == session["routine_name"] == "'" + text
    assert night["note"] == "'" + text
    # Numbers and the app's own text are written as they are.
    assert session["planned_seconds"] == "300" and session["actual_seconds"] == "300.0"
    assert night["cramps"] == "1" and night["severity"] == "3"
    assert night["where"] == "calf-left" and night["night"] == "2026-11-27"


def test_harmless_text_is_written_as_it_is(repo: HistoryRepository, tmp_path: Path) -> None:
    notes = ["a=b", "calf 2+3", " =1+1", "'quoted", "1-2 cramps", ""]
    for day, note in enumerate(notes, start=1):
        repo.put_diary(DiaryEntry(dt.date(2026, 11, day), 0, note=note))
    export_csv(repo, tmp_path)
    _, rows = read(tmp_path / "diary.csv")
    assert [row["note"] for row in rows] == notes


def test_csv_bytes_leaves_numbers_alone_even_when_negative() -> None:
    # No value the app writes today is negative, but a number is never text to neutralise.
    data = csv_bytes(("a", "b", "c"), [[-3, -0.5, "-x"]])
    assert data == b"a,b,c\r\n-3,-0.5,'-x\r\n"


def fail_on_call(number: int, real: Callable[..., Path]) -> Callable[..., Path]:
    """``real``, except that call ``number`` fails the way a full disk does."""
    calls = 0

    def writer(*args: Any) -> Path:
        nonlocal calls
        calls += 1
        if calls == number:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    return writer


def test_a_full_disk_on_the_third_file_leaves_nothing_behind(
    repo: HistoryRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(repo)
    (tmp_path / "keep.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(export, "write_temporary", fail_on_call(3, export.write_temporary))
    with pytest.raises(OSError, match="No space left"):
        export_csv(repo, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "keep.txt"]

    monkeypatch.undo()
    # Nothing of the failed export is in the way: no --force is needed.
    assert [p.name for p in export_csv(repo, tmp_path)] == list(EXPORT_FILES)
    assert len(read(tmp_path / "diary.csv")[1]) == 2


def test_a_failed_rename_takes_back_the_files_it_had_created(
    repo: HistoryRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    monkeypatch.setattr(Path, "replace", fail_on_call(3, Path.replace))
    with pytest.raises(OSError, match="No space left"):
        export_csv(repo, folder)
    assert list(folder.iterdir()) == []


def test_a_failed_forced_export_keeps_the_earlier_files_whole(
    repo: HistoryRepository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_csv(repo, tmp_path / "out")
    before = {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}
    fill(repo)
    monkeypatch.setattr(export, "write_temporary", fail_on_call(3, export.write_temporary))
    with pytest.raises(OSError):
        export_csv(repo, tmp_path / "out", force=True)
    assert {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()} == before


# -- the calendar file --------------------------------------------------------------------


def test_a_calendar_is_written_new_or_refused(tmp_path: Path) -> None:
    target = tmp_path / "reminders.ics"
    assert export.write_calendar(target, b"first") == target
    assert target.read_bytes() == b"first"
    with pytest.raises(ExportExistsError) as info:
        export.write_calendar(target, b"second")
    assert info.value.path == target
    assert target.read_bytes() == b"first"
    export.write_calendar(target, b"third", force=True)
    assert target.read_bytes() == b"third"
    assert [p.name for p in tmp_path.iterdir()] == ["reminders.ics"]
    with pytest.raises(IsADirectoryError):
        export.write_calendar(tmp_path, b"x", force=True)
    # A file where the folder should be is no reason to say the name is taken.
    with pytest.raises(FileExistsError) as error:
        export.write_calendar(target / "reminders.ics", b"x")
    assert not isinstance(error.value, ExportExistsError)


def test_a_calendar_file_that_appears_after_the_checks_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "reminders.ics"
    target.write_bytes(b"theirs")
    # Every look says the name is free, as if the other program wrote just after it.
    monkeypatch.setattr(os.path, "lexists", lambda _path: False)
    with pytest.raises(ExportExistsError):
        export.write_calendar(target, b"ours")
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["reminders.ics"]


@pytest.mark.parametrize("taken", [False, True])
def test_without_hard_links_the_name_is_checked_before_the_rename(
    taken: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stretch_coach.services import atomic

    def no_links(_source: object, _target: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")  # as FAT answers

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "reminders.ics"
    if taken:
        target.write_bytes(b"theirs")
        with pytest.raises(atomic.NameTakenError):
            atomic.atomic_create_bytes(target, b"ours")
        assert target.read_bytes() == b"theirs"
    else:
        atomic.atomic_create_bytes(target, b"ours")
        assert target.read_bytes() == b"ours"
    assert [p.name for p in tmp_path.iterdir()] == ["reminders.ics"]
