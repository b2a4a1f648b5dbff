"""Killing the app mid-write must never cost the person their settings or history.

Each test starts a real child Python process that writes in a tight loop and
kills it (SIGKILL on POSIX: no clean-up code runs) at a random moment, many
times over, then checks what is on disk. The child finds its files the way
the app does, through the XDG/HOME variables pointed at a temporary home.

The kill moment is random but seeded, so a failure can be replayed; nothing
here asserts how long anything takes.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from stretch_coach.core.clock import local_now
from stretch_coach.core.records import DiaryEntry
from stretch_coach.core.settings import BedtimeSettings, Settings, SoundSettings
from stretch_coach.services.export import EXPORT_FILES
from stretch_coach.services.history import HistoryRepository
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.settings_store import SettingsStore
from tests.fakes import integrity_ok

pytestmark = pytest.mark.slow  # dozens of child processes

REPO_ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 25
SEED = 20260101
# Long enough to cover several complete writes of either kind, short enough
# that most kills land in the middle of one.
MAX_DELAY_SECONDS = 0.03

HAND_WRITTEN = """\
# my settings, edited by hand
schema_version = 1
mood = "calm"  # not the app's

[bedtime]
time = "22:30"  # usual

[sound]
enabled = true

[plugins.extra]
x = 1
"""


def written_settings(base: Settings) -> list[Settings]:
    """The two sets of values SETTINGS_WRITER saves in turn, stated again here
    (importing this module would make every child load pytest)."""
    return [
        dataclasses.replace(
            base, bedtime=BedtimeSettings(dt.time(21, 15)), sound=SoundSettings(enabled=False)
        ),
        dataclasses.replace(
            base,
            bedtime=BedtimeSettings(dt.time(23, 45), {"fri": dt.time(0, 30)}),
            sound=SoundSettings(enabled=True, voice=True),
        ),
    ]


SETTINGS_WRITER = textwrap.dedent(
    """
    import dataclasses
    import datetime as dt
    from stretch_coach.core.settings import BedtimeSettings, SoundSettings
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.services.settings_store import SettingsStore

    store = SettingsStore(AppPaths.for_user().settings_file)
    base = store.load().settings
    values = [
        dataclasses.replace(
            base, bedtime=BedtimeSettings(dt.time(21, 15)), sound=SoundSettings(enabled=False)
        ),
        dataclasses.replace(
            base,
            bedtime=BedtimeSettings(dt.time(23, 45), {"fri": dt.time(0, 30)}),
            sound=SoundSettings(enabled=True, voice=True),
        ),
    ]
    i = 0
    while True:
        store.save(values[i % 2])
        i += 1
        if i == 1:
            print("saved", flush=True)
    """
)

HISTORY_WRITER = textwrap.dedent(
    """
    import datetime as dt
    from stretch_coach.core.clock import local_now
    from stretch_coach.services.history import HistoryRepository
    from stretch_coach.core.records import SessionOutcome, SessionRecord
    from stretch_coach.services.paths import AppPaths

    repo = HistoryRepository(AppPaths.for_user().history_db, now=local_now)
    start = dt.datetime(2026, 11, 27, 22, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    record = SessionRecord(
        "bedtime", "Bedtime stretch", 290, 287.5, SessionOutcome.COMPLETED, start,
        start + dt.timedelta(minutes=5)
    )
    while True:
        ident = repo.add_session(record)
        # Only now is the row committed; the parent trusts exactly these ids.
        print(ident, flush=True)
    """
)


@pytest.fixture
def child_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment of a child that keeps all its files under tmp_path;
    this process is pointed at the same folders to check them."""
    home = tmp_path / "home"
    folders = {
        "HOME": home,
        "XDG_CONFIG_HOME": home / "config",
        "XDG_DATA_HOME": home / "data",
        "XDG_STATE_HOME": home / "state",
        "XDG_CACHE_HOME": home / "cache",
    }
    for name, folder in folders.items():
        monkeypatch.setenv(name, str(folder))
    paths = AppPaths.for_user()
    for path in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert path.is_relative_to(tmp_path), path  # never the real home
    return {**os.environ, **{name: str(folder) for name, folder in folders.items()}}


@contextlib.contextmanager
def running(script: str, env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """A child running ``script``; whatever happens in the test, it does not outlive it."""
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.communicate(timeout=60)


def first_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:  # the child died before it got going
        assert child.stderr is not None
        child.wait(timeout=60)
        pytest.fail(f"child exited with {child.returncode}: {child.stderr.read()}")
    return line


def kill_after(child: subprocess.Popen[str], delay: float) -> tuple[str, str]:
    """SIGKILL (TerminateProcess on Windows) after ``delay``; the rest of its output."""
    time.sleep(delay)
    child.kill()
    out, err = child.communicate(timeout=60)
    return out, err


def stray_temp_files(folder: Path, name: str) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(f".{name}.")]


def test_killing_a_settings_writer_never_tears_the_file(child_env: dict[str, str]) -> None:
    path = AppPaths.for_user().settings_file
    path.parent.mkdir(parents=True)
    path.write_text(HAND_WRITTEN, encoding="utf-8")
    if os.name == "posix":
        path.chmod(0o600)
    original = SettingsStore(path).load().settings
    expected = written_settings(original)
    rng = random.Random(SEED)

    for round_number in range(1, ROUNDS + 1):
        with running(SETTINGS_WRITER, child_env) as child:
            assert first_line(child) == "saved\n"
            kill_after(child, rng.uniform(0, MAX_DELAY_SECONDS))

        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)  # never torn
        loaded = SettingsStore(path).load()
        assert loaded.warnings == () and loaded.broken_copy is None, loaded.warnings
        # At least one save finished before the kill, so the file holds one
        # of the two written sets of values, whole.
        assert loaded.settings in expected, (round_number, text)
        # What the person wrote that the app does not manage is still there.
        assert text.startswith("# my settings, edited by hand\n")
        assert data["mood"] == "calm" and data["plugins"] == {"extra": {"x": 1}}
        if os.name == "posix":
            assert path.stat().st_mode & 0o777 == 0o600

        # A kill between creating a temporary file and renaming it may leave
        # that one file behind, never more than one per kill; and nothing
        # else (no backups, no broken copies) appears.
        strays = stray_temp_files(path.parent, path.name)
        assert len(strays) <= round_number, strays
        assert all(p.suffix == ".tmp" for p in strays), strays
        others = {p.name for p in path.parent.iterdir()} - {p.name for p in strays}
        assert others == {path.name}, others


def test_killing_a_history_writer_loses_no_committed_session(
    child_env: dict[str, str],
) -> None:
    db = AppPaths.for_user().history_db
    committed: list[int] = []
    rng = random.Random(SEED + 1)

    for round_number in range(1, ROUNDS + 1):
        with running(HISTORY_WRITER, child_env) as child:
            # Wait for the first commit, so every round really writes.
            first = first_line(child)
            out, err = kill_after(child, rng.uniform(0, MAX_DELAY_SECONDS))
        lines = (first + out).split("\n")
        # A line is only trusted once its newline arrived: a kill in the middle
        # of printing may cut the last one short.
        reported = [int(line) for line in lines[:-1]]
        assert reported, err
        committed += reported

        with HistoryRepository(db, now=local_now) as repo:
            assert integrity_ok(repo.path), round_number
            stored = [s.id for s in repo.sessions()]
        assert len(stored) == len(set(stored))
        missing = set(committed) - set(stored)
        assert not missing, f"round {round_number}: committed ids {sorted(missing)} are gone"
        # Ids never repeat, so no committed row was rolled back and reused.
        assert len(committed) == len(set(committed))
        if os.name == "posix":
            for part in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                if part.exists():
                    assert part.stat().st_mode & 0o077 == 0, part

    assert len(committed) >= ROUNDS


def test_temporary_files_left_by_killed_saves_do_not_pile_up(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    SettingsStore(path).save(Settings())
    # What killed saves leave: hidden files named the way atomic_write_bytes names
    # its temporary files, written an hour ago, long before this start.
    an_hour_ago = time.time() - 3600
    for name in ("k3j_x9aa", "q0w8e7rr", "zz_1abc2"):
        stray = path.with_name(f".{path.name}.{name}.tmp")
        stray.write_bytes(b'schema_version = 1\n[bedtime]\ntime = "2')
        os.utime(stray, (an_hour_ago, an_hour_ago))
    store = SettingsStore(path)
    store.save(dataclasses.replace(store.load().settings, sound=SoundSettings(voice=True)))
    assert stray_temp_files(path.parent, path.name) == []


# The child may not write a file larger than this: the SQLite files it reads
# (a 32 KiB -shm) fit, sessions.csv and hydration.csv fit, diary.csv does not.
FILE_SIZE_LIMIT = 64 * 1024


def _limit_file_size() -> None:  # pragma: no cover - runs in the child before exec
    import resource

    # Ignored, SIGXFSZ does not kill the child; the write fails with EFBIG, the
    # way a write to a full disk fails with ENOSPC.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, hard))


@pytest.mark.skipif(os.name != "posix", reason="file size limits are POSIX")
def test_an_export_that_cannot_write_its_third_file_writes_none(
    child_env: dict[str, str], tmp_path: Path
) -> None:
    with HistoryRepository(AppPaths.for_user().history_db, now=local_now) as repo:
        for day in range(1, 91):
            night = dt.date(2026, 8, 1) + dt.timedelta(days=day)
            repo.put_diary(DiaryEntry(night, 1, 5, ("calf-left",), "a long note " * 80))
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    command = [sys.executable, "-m", "stretch_coach", "export", "--csv", str(folder)]

    failed = subprocess.run(
        command,
        cwd=REPO_ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_file_size,
    )
    assert failed.returncode == 1, failed.stderr
    assert "cannot write" in failed.stderr and "Traceback" not in failed.stderr
    # All or none: no CSV and no temporary file is left beside the person's own file.
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]

    # Without the limit, the same command (no --force) now succeeds.
    retried = subprocess.run(
        command, cwd=REPO_ROOT, env=child_env, capture_output=True, text=True, timeout=120
    )
    assert retried.returncode == 0, retried.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted([*EXPORT_FILES, "keep.txt"])


@pytest.mark.skipif(os.name != "posix", reason="Windows needs extra rights to make a link")
def test_killing_a_writer_through_a_link_never_tears_the_target_nor_the_link(
    child_env: dict[str, str], tmp_path: Path
) -> None:
    # A dotfiles manager keeps the real file elsewhere and links it into place.
    path = AppPaths.for_user().settings_file
    real = tmp_path / "dotfiles" / "stretch-coach.toml"
    real.parent.mkdir()
    real.write_text(HAND_WRITTEN, encoding="utf-8")
    path.parent.mkdir(parents=True)
    path.symlink_to(real)
    expected = written_settings(SettingsStore(path).load().settings)
    rng = random.Random(SEED + 2)

    for round_number in range(1, ROUNDS // 3 + 1):
        with running(SETTINGS_WRITER, child_env) as child:
            assert first_line(child) == "saved\n"
            kill_after(child, rng.uniform(0, MAX_DELAY_SECONDS))

        assert path.is_symlink() and path.readlink() == real, round_number
        text = real.read_text(encoding="utf-8")
        loaded = SettingsStore(path).load()
        assert loaded.warnings == () and loaded.settings in expected, (round_number, text)
        assert text.startswith("# my settings, edited by hand\n")
        # Temporary files go next to the real file; the link's folder stays clean.
        assert [p.name for p in path.parent.iterdir()] == [path.name]
        strays = stray_temp_files(real.parent, real.name)
        assert {p.name for p in real.parent.iterdir()} - {p.name for p in strays} == {real.name}
