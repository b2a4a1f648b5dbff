"""What the benchmark children measure inside themselves, shared by the app and the bare window.

Both children go through the same code here, so whatever this costs (an
event filter, a timer, a few reads of /proc) is paid equally by the app and
its baseline and cancels out of the ratios.

A child reports by printing one line per result, ``BENCH {json}``, on
stdout; everything else it prints is ignored by run.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from benchmarks import REPORT_PREFIX


def report(event: str, **fields: Any) -> None:
    print(REPORT_PREFIX + json.dumps({"event": event, **fields}), flush=True)


def child_parser(description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--settle",
        type=float,
        default=3.0,
        metavar="S",
        help="seconds to stay idle after the first paint (or start) before measuring",
    )
    parser.add_argument(
        "--idle",
        type=float,
        default=0.0,
        metavar="S",
        help="count timer events for S seconds with the window minimized (0: start-up mode)",
    )
    return parser


# -- memory -----------------------------------------------------------------------


def memory_kib() -> dict[str, int]:
    """Peak and current resident memory of this process, in KiB."""
    status = _proc_status()
    peak = status.get("VmHWM")
    if peak is None:
        # Linux reports ru_maxrss in KiB, macOS in bytes.
        raw = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        peak = raw // 1024 if sys.platform == "darwin" else raw
    return {"peak_rss_kib": peak, "rss_kib": status.get("VmRSS", 0)}


def _proc_status(path: Path = Path("/proc/self/status")) -> dict[str, int]:
    values: dict[str, int] = {}
    try:
        text = path.read_text()
    except OSError:
        return values
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            values[key] = int(parts[0])
    return values


def thread_switches() -> dict[str, int]:
    """Voluntary context switches per thread (name:tid): each is one block and wake-up.

    Timer events only show the GUI thread; this also catches a worker thread
    that polls on its own (an audio back end, a scheduler thread).
    """
    result: dict[str, int] = {}
    tasks = Path("/proc/self/task")
    if not tasks.is_dir():
        return result
    for task in tasks.iterdir():
        try:
            name = (task / "comm").read_text().strip()
        except OSError:
            continue
        status = _proc_status(task / "status")
        result[f"{name}:{task.name}"] = status.get("voluntary_ctxt_switches", 0)
    return result


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# -- start-up ------------------------------------------------------------------------


class FirstPaint(QObject):
    """Application-wide event filter that notices the main window's first paint.

    The first QEvent.Paint to any widget of a QMainWindow starts the window's
    first paint pass; ``on_painted`` runs from a zero timer, i.e. only after
    the event loop has finished that whole pass (children included) and put
    it on screen. The filter removes itself at once, so it costs nothing
    later on.
    """

    def __init__(self, app: QApplication, on_painted: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._on_painted = on_painted
        self._seen = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._seen = True
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self._on_painted)
        return False


class StartupProbe(QObject):
    """Reports the first paint, stays idle ``settle`` seconds, reports memory and quits.

    ``start`` is the monotonic time of the child's first statement; run.py
    measures its own, longer span from before it launched the process. The
    application owns the probe, so it lives as long as the app runs.
    """

    def __init__(
        self,
        app: QApplication,
        start: float,
        settle: float,
        extra: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__(app)
        self._app = app
        self._start = start
        self._settle = settle
        self._extra = extra
        self._paint = FirstPaint(app, self._painted)

    def _painted(self) -> None:
        report("first_paint", in_process_ms=(time.monotonic() - self._start) * 1000)
        QTimer.singleShot(round(self._settle * 1000), self._settled)

    def _settled(self) -> None:
        try:
            report("memory", **memory_kib(), **self._extra())
        finally:
            self._app.quit()


# -- idle ---------------------------------------------------------------------------------


class TimerCounter(QObject):
    """Counts timer events and event-loop wake-ups on the GUI thread while active.

    Every QTimer timeout, single-shot ones included, is delivered as a
    QEvent.Timer to some object, so an application-wide filter sees them
    all; the event dispatcher's ``awake`` signal adds wake-ups that are not
    timers (sockets, posted events). The benchmark's own timer is left out.
    """

    def __init__(self, app: QApplication, own_timer: QTimer) -> None:
        super().__init__(app)
        self.active = False
        self.timers: Counter[str] = Counter()
        self.qtimer_timeouts = 0
        self.wakes = 0
        self._own = own_timer
        app.installEventFilter(self)
        dispatcher = QAbstractEventDispatcher.instance()
        if dispatcher is not None:
            dispatcher.awake.connect(self._awake)

    def _awake(self) -> None:
        if self.active:
            self.wakes += 1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if self.active and event.type() == QEvent.Type.Timer and watched is not self._own:
            name = watched.objectName()
            label = type(watched).__name__ + (f"({name})" if name else "")
            self.timers[label] += 1
            if isinstance(watched, QTimer):
                self.qtimer_timeouts += 1
        return False


class IdleProbe(QObject):
    """Waits ``settle`` seconds, counts for ``seconds``, reports and quits.

    One reusable single-shot timer drives it and the counter ignores it, so
    the measurement adds no timer events of its own. The application owns
    the probe, so it lives as long as the app runs.
    """

    def __init__(
        self,
        app: QApplication,
        settle: float,
        seconds: float,
        extra: Callable[[], dict[str, Any]],
    ) -> None:
        super().__init__(app)
        self._app = app
        self._seconds = seconds
        self._extra = extra
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._begin)
        self.counter = TimerCounter(app, self._timer)
        self._began_at = 0.0
        self._began_cpu = 0.0
        self._began_switches: dict[str, int] = {}
        self._began_state: dict[str, Any] = {}
        self._began_wall = ""
        self._settle_ms = round(settle * 1000)
        # Settling is counted from when the event loop runs, i.e. after the
        # app has built its window, however long that took on a busy machine.
        QTimer.singleShot(0, self._arm)

    def _arm(self) -> None:
        self._timer.start(self._settle_ms)

    def _begin(self) -> None:
        # Read before counting starts: what was due next when the window opened.
        self._began_state = self._extra()
        self._began_wall = dt.datetime.now().astimezone().isoformat()
        self._began_at = time.monotonic()
        self._began_cpu = cpu_seconds()
        self._began_switches = thread_switches()
        self.counter.active = True
        self._timer.timeout.disconnect(self._begin)
        self._timer.timeout.connect(self._end)
        self._timer.start(round(self._seconds * 1000))

    def _end(self) -> None:
        try:
            self._report()
        finally:
            # Quit even if reporting failed, so run.py is never left waiting.
            self._app.quit()

    def _report(self) -> None:
        self.counter.active = False
        elapsed = time.monotonic() - self._began_at
        cpu = cpu_seconds() - self._began_cpu
        after = thread_switches()
        woke = {key: n - self._began_switches.get(key, 0) for key, n in after.items()}
        # The GUI thread's last wake-up is the probe's own, as for loop_wakes.
        gui = next((key for key in woke if key.endswith(f":{os.getpid()}")), None)
        if gui is not None:
            woke[gui] = max(0, woke[gui] - 1)
        report(
            "idle",
            seconds=elapsed,
            began=self._began_wall,
            next_reminder_at_start=self._began_state.get("next_reminder"),
            timer_events=sum(self.counter.timers.values()),
            qtimer_timeouts=self.counter.qtimer_timeouts,
            timers=dict(self.counter.timers),
            # The last wake-up is the probe's own timer ending the window.
            loop_wakes=max(0, self.counter.wakes - 1),
            thread_wakes={key: n for key, n in woke.items() if n > 0},
            cpu_seconds=cpu,
            threads=len(after),
            **self._extra(),
        )
