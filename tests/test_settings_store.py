from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretch_coach.core.clock import Clocks, local_now
from stretch_coach.core.settings import (
    BedtimeSettings,
    Problem,
    Settings,
    SoundSettings,
    validate_settings,
)
from stretch_coach.flows.context import AppServices
from stretch_coach.services import settings_store
from stretch_coach.services.atomic import atomic_write_bytes, read_text_file
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.settings_store import (
    NotWritableReason,
    SettingsNotWritableError,
    SettingsStore,
)
from stretch_coach.ui.wording import settings_not_saved
from tests.test_settings import DOCUMENTED


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.toml"


def test_missing_file_gives_defaults_and_is_not_created(settings_file: Path) -> None:
    loaded = SettingsStore(settings_file).load()
    assert loaded.settings == Settings() and loaded.warnings == () and not loaded.exists
    assert not settings_file.exists()


def test_save_then_load_round_trips(settings_file: Path) -> None:
    store = SettingsStore(settings_file)
    changed = dataclasses.replace(
        Settings(),
        bedtime=BedtimeSettings(dt.time(23, 0), {"sat": dt.time(0, 15)}),
        sound=SoundSettings(enabled=False, voice=True),
    )
    assert store.save(changed) is None
    assert SettingsStore(settings_file).load().settings == changed
    if os.name == "posix":
        assert settings_file.stat().st_mode & 0o777 == 0o600
    # No temporary files are left behind.
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.toml"]


def test_saving_keeps_comments_unknown_keys_and_untouched_values(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(
        "# mine\nschema_version = 1\nmood = 'calm'  # not ours\n"
        '[bedtime]\ntime = "22:30"  # usual\n[bedtime.weekdays]\nfri = "23:30"\nsat = "23:45"\n'
        "[plugins.extra]\nx = 1\n"
    )
    store = SettingsStore(settings_file)
    loaded = store.load().settings
    store.save(
        dataclasses.replace(
            loaded, bedtime=BedtimeSettings(dt.time(22, 0), {"fri": dt.time(23, 0)})
        )
    )
    text = settings_file.read_text()
    assert "# mine" in text and "mood = 'calm'  # not ours" in text
    assert 'time = "22:00"  # usual' in text
    assert "sat = " not in text  # removed in the app, so removed from the file
    assert tomllib.loads(text)["plugins"] == {"extra": {"x": 1}}
    assert SettingsStore(settings_file).load().settings.bedtime.weekdays == {"fri": dt.time(23)}


def test_unreadable_file_is_copied_aside_byte_for_byte(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    garbage = b"\x00\xff[bedtime\ntime = 22:"
    settings_file.write_bytes(garbage)
    store = SettingsStore(settings_file)
    loaded = store.load()
    assert loaded.settings == Settings()
    assert loaded.broken_copy is not None and loaded.broken_copy.read_bytes() == garbage
    assert loaded.broken_copy.name.startswith("settings.toml.broken-")
    assert "not valid TOML" in str(loaded.warnings[0])
    assert settings_file.read_bytes() == garbage  # loading alone changes nothing
    # Loading again does not pile up copies of the same bytes.
    again = SettingsStore(settings_file).load()
    assert again.broken_copy == loaded.broken_copy
    store.save(Settings())
    assert loaded.broken_copy.read_bytes() == garbage
    assert SettingsStore(settings_file).load().warnings == ()


def test_truncated_and_oversized_files_are_unreadable(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text(DOCUMENTED[: len(DOCUMENTED) // 2] + '"\n[')
    assert SettingsStore(settings_file).load().broken_copy is not None
    settings_file.write_text("x = 1\n" * 100_000)
    loaded = SettingsStore(settings_file).load()
    assert loaded.broken_copy is not None and "too large" in str(loaded.warnings[0])


def test_newer_file_is_backed_up_before_the_first_save(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    original = b'schema_version = 2\nfuture = "yes"\n[sound]\nenabled = false\n'
    settings_file.write_bytes(original)
    store = SettingsStore(settings_file)
    loaded = store.load()
    assert loaded.settings.sound.enabled is False
    backup = store.save(dataclasses.replace(loaded.settings, sound=SoundSettings(voice=True)))
    assert backup is not None and backup.read_bytes() == original
    saved = tomllib.loads(settings_file.read_text())
    assert saved["schema_version"] == 2  # not lowered
    assert saved["future"] == "yes"
    assert store.save(loaded.settings) is None  # one backup is enough


def test_file_with_bad_values_is_backed_up_before_they_are_replaced(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_text('[bedtime]\ntime = "25:99"\n')
    store = SettingsStore(settings_file)
    assert store.load().warnings
    backup = store.save(Settings())
    assert backup is not None and '"25:99"' in backup.read_text()


def test_atomic_write_cleans_up_after_a_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "f.toml"
    target.write_bytes(b"old")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.toml"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(st.integers(0, len(DOCUMENTED) - 1), st.binary(max_size=4)), max_size=6),
    st.integers(0, len(DOCUMENTED)),
)
def test_any_damage_to_a_valid_file_loads_and_keeps_its_bytes(
    tmp_path_factory: pytest.TempPathFactory, edits: list[tuple[int, bytes]], cut: int
) -> None:
    data = bytearray(DOCUMENTED.encode())
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    data = data[: max(cut, 1)]
    path = tmp_path_factory.mktemp("fuzz") / "settings.toml"
    path.write_bytes(bytes(data))
    loaded = SettingsStore(path).load()  # must not raise
    assert isinstance(loaded.settings, Settings)
    assert path.read_bytes() == bytes(data)
    if loaded.broken_copy is not None:
        assert loaded.broken_copy.read_bytes() == bytes(data)
    else:
        # Readable: whatever survived validation came from the file (a byte
        # order mark at its start is allowed).
        text = bytes(data).decode("utf-8-sig")
        assert validate_settings(tomllib.loads(text)).settings == loaded.settings


WRITER = textwrap.dedent(
    """
    import dataclasses, datetime as dt, sys
    from pathlib import Path
    from stretch_coach.core.settings import BedtimeSettings, Settings
    from stretch_coach.services.settings_store import SettingsStore
    store = SettingsStore(Path(sys.argv[1]))
    store.load()
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        minute = i % 60
        store.save(dataclasses.replace(Settings(), bedtime=BedtimeSettings(dt.time(22, minute))))
    """
)


@pytest.mark.slow
def test_killing_a_writer_mid_save_never_leaves_a_torn_file(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    SettingsStore(settings_file).save(Settings())
    rng = random.Random(7)
    for _ in range(25):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(settings_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        loaded = SettingsStore(settings_file).load()
        assert loaded.warnings == (), loaded.warnings
        assert loaded.settings.bedtime.time.hour == 22
    leftovers = [p for p in settings_file.parent.iterdir() if p.name != "settings.toml"]
    # A kill between creating and renaming the temporary file may leave one
    # behind; it is a hidden dotfile and never read as settings.
    assert all(p.name.startswith(".settings.toml.") for p in leftovers)


# -- files that are not what they seem ----------------------------------------------

BOM = b"\xef\xbb\xbf"


def test_a_byte_order_mark_is_accepted(settings_file: Path) -> None:
    # Notepad and some other Windows editors put one at the start of UTF-8 files.
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(BOM + b'# mine\n[bedtime]\ntime = "23:15"\n')
    store = SettingsStore(settings_file)
    loaded = store.load()
    assert loaded.warnings == () and loaded.broken_copy is None
    assert loaded.settings.bedtime.time == dt.time(23, 15)
    store.save(dataclasses.replace(loaded.settings, sound=SoundSettings(voice=True)))
    again = SettingsStore(settings_file).load()
    assert again.warnings == () and again.settings.bedtime.time == dt.time(23, 15)
    assert "# mine" in settings_file.read_text(encoding="utf-8-sig")


CHILD_LOADER = textwrap.dedent(
    """
    import resource, sys
    # Reading an endless device whole would otherwise take the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    from stretch_coach.cli import main
    sys.exit(main(["reminders", "--days", "1", "--json"]))
    """
)


def special_file(kind: str, where: Path) -> Path:
    if kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("needs named pipes")
        fifo = where / "pipe"
        os.mkfifo(fifo)
        return fifo
    device = Path("/dev") / kind
    if not device.exists():
        pytest.skip(f"no {device} here")
    return device


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["fifo", "zero", "urandom"])
def test_a_link_to_a_pipe_or_an_endless_device_is_not_read(
    private_home: Path, tmp_path: Path, kind: str
) -> None:
    settings = private_home / ".config" / "stretch-coach" / "settings.toml"
    settings.parent.mkdir(parents=True)
    target = special_file(kind, tmp_path)
    try:
        settings.symlink_to(target)
    except OSError as exc:  # e.g. Windows without developer mode
        pytest.skip(f"cannot create symbolic links here: {exc}")
    done = subprocess.run(
        [sys.executable, "-c", CHILD_LOADER],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=60,  # the pipe used to block for ever
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "not a regular file" in done.stderr
    assert settings.is_symlink() and settings.readlink() == target
    assert sorted(p.name for p in settings.parent.iterdir()) == ["settings.toml"]


def test_a_folder_named_settings_toml_is_not_read(settings_file: Path) -> None:
    settings_file.mkdir(parents=True)
    loaded = SettingsStore(settings_file).load()
    assert loaded.settings == Settings() and loaded.broken_copy is None
    assert "not a regular file" in str(loaded.warnings[0])


# -- a file that could not be read is never saved over ------------------------------

MINE = b'# mine\n[bedtime]\ntime = "21:05"\n'


@pytest.fixture
def unreadable(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[bool], None]]:
    """settings.toml holding MINE, which cannot be read while the switch is on.

    Permission bits do not bind for root (and CI may run as root), so the
    refusal is made where the store reads; the real chmod case follows.
    """
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(MINE)
    locked = True

    def read(path: Path, max_bytes: int) -> str:
        if locked and path == settings_file:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return read_text_file(path, max_bytes)

    def switch(on: bool) -> None:
        nonlocal locked
        locked = on

    monkeypatch.setattr(settings_store, "read_text_file", read)
    yield switch


def test_a_file_that_could_not_be_read_is_not_replaced(
    settings_file: Path, unreadable: Callable[[bool], None]
) -> None:
    store = SettingsStore(settings_file)
    loaded = store.load()
    assert loaded.settings == Settings()
    assert loaded.warnings[0].problem is Problem.FILE_UNREADABLE
    with pytest.raises(SettingsNotWritableError) as refused:
        store.save(dataclasses.replace(loaded.settings, sound=SoundSettings(voice=True)))
    assert refused.value.reason is NotWritableReason.UNREADABLE
    assert refused.value.path == settings_file
    assert settings_file.read_bytes() == MINE
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.toml"]


def test_once_the_file_can_be_read_again_saving_keeps_a_backup_of_it(
    settings_file: Path, unreadable: Callable[[bool], None]
) -> None:
    store = SettingsStore(settings_file)
    choices = dataclasses.replace(store.load().settings, sound=SoundSettings(voice=True))
    unreadable(False)  # the person fixed the permissions
    backup = store.save(choices)
    assert backup is not None and backup.read_bytes() == MINE
    assert SettingsStore(settings_file).load().settings.sound.voice is True


def test_the_settings_can_be_saved_elsewhere_instead(
    settings_file: Path, unreadable: Callable[[bool], None], tmp_path: Path
) -> None:
    store = SettingsStore(settings_file)
    choices = dataclasses.replace(store.load().settings, sound=SoundSettings(voice=True))
    elsewhere = tmp_path / "saved" / "my-settings.toml"
    store.save_as(elsewhere, choices)
    assert SettingsStore(elsewhere).load().settings == choices
    assert settings_file.read_bytes() == MINE
    with pytest.raises(SettingsNotWritableError):
        store.save(choices)  # still the file the app could not read


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs file permissions that bind"
)
def test_a_file_without_read_permission_is_not_replaced(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    settings_file.write_bytes(MINE)
    settings_file.chmod(0)
    try:
        store = SettingsStore(settings_file)
        with pytest.raises(SettingsNotWritableError):
            store.save(store.load().settings)
    finally:
        settings_file.chmod(0o600)
    assert settings_file.read_bytes() == MINE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_in_place_of_the_file_is_not_replaced(settings_file: Path) -> None:
    settings_file.parent.mkdir(parents=True)
    os.mkfifo(settings_file)
    store = SettingsStore(settings_file)
    with pytest.raises(SettingsNotWritableError) as refused:
        store.save(store.load().settings)
    assert refused.value.reason is NotWritableReason.NOT_A_FILE
    assert stat.S_ISFIFO(settings_file.lstat().st_mode)


def test_the_app_says_why_it_did_not_save_and_what_to_do(
    settings_file: Path, unreadable: Callable[[bool], None], tmp_path: Path
) -> None:
    app_paths = AppPaths(settings_file.parent, tmp_path / "data", tmp_path / "log")
    assert app_paths.settings_file == settings_file
    services = AppServices.load(app_paths, Clocks(time.monotonic, local_now))
    try:
        choices = dataclasses.replace(services.settings, sound=SoundSettings(voice=True))
        failure = services.settings_owner.update(choices)
    finally:
        services.close()
    assert failure is not None and failure.refused is NotWritableReason.UNREADABLE
    message = settings_not_saved(failure)
    assert str(app_paths.settings_file) in message
    assert "could not read" in message and "not saved" in message
    assert "permission" in message and "save again" in message
    assert services.settings == choices  # still in use until the app closes
    assert app_paths.settings_file.read_bytes() == MINE


# -- a settings file that is a link (a dotfiles manager's) ---------------------------


def make_symlink(link: Path, target: Path) -> None:
    try:
        link.symlink_to(target)
    except OSError as exc:  # e.g. Windows without developer mode
        pytest.skip(f"cannot create symbolic links here: {exc}")


def test_saving_writes_through_a_link_and_the_link_stays(
    settings_file: Path, tmp_path: Path
) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "stretch-coach.toml"
    real.write_bytes(MINE)
    settings_file.parent.mkdir(parents=True)
    relative = Path("..") / "dotfiles" / "stretch-coach.toml"
    make_symlink(settings_file, relative)
    store = SettingsStore(settings_file)
    choices = dataclasses.replace(store.load().settings, sound=SoundSettings(voice=True))
    assert store.save(choices) is None
    assert settings_file.is_symlink() and settings_file.readlink() == relative
    assert "# mine" in real.read_text() and tomllib.loads(real.read_text())["sound"]["voice"]
    assert SettingsStore(settings_file).load().settings == choices
    # The temporary file went next to the target, and nothing is left over.
    assert [p.name for p in dotfiles.iterdir()] == ["stretch-coach.toml"]
    assert [p.name for p in settings_file.parent.iterdir()] == ["settings.toml"]


def test_a_chain_of_links_is_followed_to_the_end(settings_file: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.toml"
    real.write_bytes(MINE)
    middle = tmp_path / "middle.toml"
    make_symlink(middle, real)
    settings_file.parent.mkdir(parents=True)
    make_symlink(settings_file, middle)
    store = SettingsStore(settings_file)
    store.save(dataclasses.replace(store.load().settings, sound=SoundSettings(voice=True)))
    assert settings_file.is_symlink() and middle.is_symlink()
    assert SettingsStore(real).load().settings.sound.voice is True


def test_a_link_to_a_file_not_made_yet_is_written_through(
    settings_file: Path, tmp_path: Path
) -> None:
    real = tmp_path / "dotfiles" / "stretch-coach.toml"
    real.parent.mkdir()
    settings_file.parent.mkdir(parents=True)
    make_symlink(settings_file, real)
    store = SettingsStore(settings_file)
    assert store.load().settings == Settings()
    store.save(Settings())
    assert settings_file.is_symlink() and real.is_file()


def test_a_link_into_a_missing_folder_is_refused(settings_file: Path, tmp_path: Path) -> None:
    real = tmp_path / "unmounted" / "stretch-coach.toml"
    settings_file.parent.mkdir(parents=True)
    make_symlink(settings_file, real)
    store = SettingsStore(settings_file)
    with pytest.raises(SettingsNotWritableError) as refused:
        store.save(store.load().settings)
    assert refused.value.reason is NotWritableReason.LINK_TARGET_MISSING
    assert os.path.realpath(real) in str(refused.value)
    assert settings_file.is_symlink() and not real.parent.exists()


def test_the_app_names_where_a_link_leads_when_it_cannot_save_there(
    settings_file: Path, tmp_path: Path
) -> None:
    real = tmp_path / "unmounted" / "stretch-coach.toml"
    settings_file.parent.mkdir(parents=True)
    make_symlink(settings_file, real)
    paths = AppPaths(settings_file.parent, tmp_path / "data", tmp_path / "l")
    services = AppServices.load(paths, Clocks(time.monotonic, local_now))
    try:
        # Not the defaults, or there would be nothing to save.
        failure = services.settings_owner.update(Settings(sound=SoundSettings(voice=True)))
    finally:
        services.close()
    assert failure is not None and failure.refused is NotWritableReason.LINK_TARGET_MISSING
    message = settings_not_saved(failure)
    assert "not saved" in message
    assert f"{settings_file} is a link to {os.path.realpath(real)}" in message
    assert "does not exist" in message
