"""What the platform says about the clock, so the reminders need not poll it.

Qt's timers run on the monotonic clock, which stands still while the
computer sleeps and does not follow a clock that is set. Without help, the
scheduler would have to wake often to notice either. On Linux the kernel
tells instead:

- ``WallClockAlarm`` is a timerfd on the wall clock (CLOCK_REALTIME) set to
  an absolute time. It rings at that time on the wall clock, also right after
  a resume from sleep, and, armed with TFD_TIMER_CANCEL_ON_SET, it rings at
  once when the clock is set, saying so.
- ``ZoneWatch`` watches /etc/localtime (inotify, through Qt), so the time
  zone is read again only when it changed, not at every wake-up.

Elsewhere neither is available and the scheduler keeps its short safety net.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime as dt
import errno
import logging
import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

# From <sys/timerfd.h> and <time.h> (the same on every Linux architecture).
CLOCK_REALTIME = 0
TFD_NONBLOCK = os.O_NONBLOCK
TFD_CLOEXEC = os.O_CLOEXEC
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    return libc if hasattr(libc, "timerfd_create") else None


class WallClockAlarm(QObject):
    """One alarm on the wall clock; ``rang`` at the time (or after a resume
    past it), ``clock_set`` when someone sets the clock. Linux only: build it
    with ``create()``, which gives None elsewhere."""

    rang = Signal()
    clock_set = Signal()

    def __init__(self, libc: ctypes.CDLL, fd: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._libc = libc
        self._fd = fd
        self._at: float | None = None
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._ready)

    @classmethod
    def create(cls, parent: QObject | None = None) -> WallClockAlarm | None:
        libc = _libc()
        if libc is None:
            return None
        fd = libc.timerfd_create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC)
        if fd < 0:
            log.info("no wall-clock alarm: %s", os.strerror(ctypes.get_errno()))
            return None
        return cls(libc, fd, parent)

    def arm(self, at: dt.datetime | None) -> None:
        """Ring at ``at`` (an aware time); None: never."""
        self._at = at.timestamp() if at is not None else None
        self._set()

    def _set(self) -> None:
        spec = _Itimerspec()
        if self._at is not None:
            # Zero would disarm: a time already past rings at once instead.
            seconds = max(self._at, 1e-9)
            spec.it_value.tv_sec = int(seconds)
            spec.it_value.tv_nsec = max(1, int((seconds % 1) * 1e9))
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            log.warning(
                "the wall-clock alarm could not be set: %s", os.strerror(ctypes.get_errno())
            )

    def _ready(self) -> None:
        try:
            data = os.read(self._fd, 8)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno != errno.ECANCELED:
                log.warning("the wall-clock alarm failed: %s", exc)
                return
            # The clock was set: the alarm must be armed again to hear the
            # next change (and still ring at its time).
            self._set()
            self.clock_set.emit()
            return
        if struct.unpack("=Q", data)[0]:
            self._at = None
            self.rang.emit()

    def close(self) -> None:
        self._notifier.setEnabled(False)
        os.close(self._fd)


LOCALTIME = Path("/etc/localtime")


class ZoneWatch(QObject):
    """Says when /etc/localtime changes (a new time zone); Linux only."""

    changed = Signal()

    def __init__(self, path: Path = LOCALTIME, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        # The file and its folder: setting a zone replaces the link, which
        # ends a watch on the file itself.
        self._watcher = QFileSystemWatcher([str(path), str(path.parent)], self)
        self._watcher.fileChanged.connect(self._seen)
        self._watcher.directoryChanged.connect(self._seen)

    @classmethod
    def create(cls, parent: QObject | None = None) -> ZoneWatch | None:
        if not sys.platform.startswith("linux") or not LOCALTIME.parent.is_dir():
            return None
        return cls(parent=parent)

    def _seen(self, _path: str) -> None:
        if str(self._path) not in self._watcher.files() and self._path.exists():
            self._watcher.addPath(str(self._path))
        self.changed.emit()
