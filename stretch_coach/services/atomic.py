"""Crash-safe file writing, and careful reading of files a person may have edited."""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
import time
from pathlib import Path

from stretch_coach.services.paths import make_private_dirs


def atomic_write_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves
    either the old file or the new one, never a mix.

    The data goes to a temporary file in the same folder (so the final rename
    cannot cross file systems), is flushed to disk, and then renamed over the
    target; the folder is synced too so the rename itself survives power loss.
    """
    tmp = _finished_temporary(path, data, mode)
    try:
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(path.parent)


class NameTakenError(FileExistsError):
    """A new file was to get a name that is taken (not some other path in the way)."""


def atomic_create_bytes(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``path`` as :func:`atomic_write_bytes` does, but only as a new file:
    NameTakenError if the name is taken, also when another program takes it
    while the data is being written.

    The finished temporary file is linked to the name, which fails if the
    name exists. On a file system without hard links (FAT on a memory stick)
    the name is looked at just before the rename instead.
    """
    tmp = _finished_temporary(path, data, mode)
    try:
        linked = _link(tmp, path)
        if not linked:  # no hard links here
            if os.path.lexists(path):
                raise NameTakenError(errno.EEXIST, "the file exists", str(path))
            tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if linked:
        with contextlib.suppress(OSError):  # a leftover is removed by a later write
            tmp.unlink()
    fsync_folder(path.parent)


def _link(source: Path, target: Path) -> bool:
    """Give ``source`` the name ``target`` as well, unless it is taken
    (NameTakenError); False if the file system cannot link."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise NameTakenError(errno.EEXIST, "the file exists", str(target)) from None
    except (OSError, NotImplementedError):
        return False
    return True


def _finished_temporary(path: Path, data: bytes, mode: int) -> Path:
    """``data`` in a new temporary file beside ``path``, on disk, with ``mode``."""
    folder = path.parent
    # New folders are private: they may hold health data. Existing ones keep
    # the mode their owner gave them.
    make_private_dirs(folder)
    _remove_stale_temporaries(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            tmp.chmod(mode)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


# A temporary file this old was left by a write that was killed before its
# rename; no write still in progress is anywhere near this slow.
STALE_TEMPORARY_SECONDS = 600


def _remove_stale_temporaries(path: Path) -> None:
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for syncing; the rename is durable there.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_aside(path: Path, label: str, stamp: str) -> Path:
    """Copy ``path`` byte for byte next to itself as ``<name>.<label>-<stamp>``.

    An identical earlier copy is reused, so starting the app again and again
    with the same broken file does not pile up copies.
    """
    data = path.read_bytes()
    for existing in sorted(path.parent.glob(f"{path.name}.{label}-*")):
        with contextlib.suppress(OSError):
            if existing.read_bytes() == data:
                return existing
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    atomic_write_bytes(target, data)
    return target


def move_aside(path: Path, label: str, stamp: str) -> Path:
    """Rename ``path`` to ``<name>.<label>-<stamp>`` beside itself, never over
    an earlier one.

    For a file that must not be read even to copy it (a pipe, a folder, a
    file so deeply nested that reading it crashes the parser): renaming reads
    nothing, and the next start finds the name free.
    """
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    counter = 1
    while os.path.lexists(target):
        counter += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{counter}")
    path.rename(target)
    return target


class NotRegularFileError(OSError):
    """The path leads to a pipe, a device or a socket, which is never read:
    a pipe would block for ever, ``/dev/zero`` would never end."""


class FileTooLargeError(ValueError):
    """The file is larger than anything of its kind could be."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(f"{path} is {size} bytes, more than the {limit} allowed")
        self.path = path
        self.size = size
        self.limit = limit


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` (links followed) if it is a regular file of at most
    ``max_bytes``.

    Raises IsADirectoryError for a folder, NotRegularFileError for anything
    else that is not a regular file, FileTooLargeError, or the OSError of the
    failed look (FileNotFoundError, PermissionError...).
    """
    # Looked at before opening: opening a pipe waits for a writer, and opening
    # a device can have effects of its own.
    _check_regular(path, path.stat())
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as handle:
        # Looked at again on what was opened: the path may have been swapped.
        info = os.fstat(handle.fileno())
        _check_regular(path, info)
        if info.st_size > max_bytes:
            raise FileTooLargeError(path, info.st_size, max_bytes)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # it grew while being read
        raise FileTooLargeError(path, len(data), max_bytes)
    return data


def read_text_file(path: Path, max_bytes: int) -> str:
    """A UTF-8 text file read as ``read_regular_file`` does.

    A byte order mark at the start (Notepad writes one) is dropped; the TOML
    reader would otherwise reject the whole file. Raises UnicodeDecodeError
    (a ValueError) for text that is not UTF-8.
    """
    return read_regular_file(path, max_bytes).decode("utf-8-sig")


def _check_regular(path: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder, not a file", str(path))
    if not stat.S_ISREG(info.st_mode):
        raise NotRegularFileError(errno.EINVAL, "it is not a regular file", str(path))
