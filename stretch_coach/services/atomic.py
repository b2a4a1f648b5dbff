"""Crash-safe file writing."""

from __future__ import annotations

import contextlib
import glob
import os
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
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


# A temporary file this old was left by a write that was killed before its
# rename; no write still in progress is anywhere near this slow.
STALE_TEMPORARY_SECONDS = 600


def _remove_stale_temporaries(path: Path) -> None:
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()


def _fsync_folder(folder: Path) -> None:
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
