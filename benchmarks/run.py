"""Measure Stretch Coach against a bare PySide6 window and against its own timing targets.

    uv run python benchmarks/run.py [--quick] [--runs N] [--json FILE] [--display]

Six things are measured in one run and printed as one table:

1. cold start: from launching the process to the main window's first
   finished paint, the app (benchmarks/launch_app.py) against an empty
   QMainWindow (benchmarks/bare_window.py) launched the same way;
2. peak resident memory a few seconds after start, idle, reminders scheduled;
3. timer events per minute while the app idles minimized;
4. how far the SessionEnded time of a countdown lands from the ideal end,
   on the real clock and on a fake clock moved in irregular steps;
5. how late a snoozed reminder fires;
6. the CPU a running session's moving figure costs (benchmarks/animation.py).

Every launch gets a fresh temporary home, so each is a first start and no
one's settings or history are touched. Qt runs offscreen unless --display
is given. Values are medians over --runs repeats; the exit status is 1 when
a target is missed and 2 when the benchmark itself could not run.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import REPORT_PREFIX  # noqa: E402 - needs the path set above

if TYPE_CHECKING:
    from stretch_coach.core.engine import Clock
    from stretch_coach.core.plan import Plan

APP_SCRIPT = REPO / "benchmarks" / "launch_app.py"
BARE_SCRIPT = REPO / "benchmarks" / "bare_window.py"
ANIMATION_SCRIPT = REPO / "benchmarks" / "animation.py"
# A running session's moving figure may cost at most this share of one core.
ANIMATION_CPU_LIMIT_PERCENT = 5.0

START_RATIO_LIMIT = 1.3
MEMORY_RATIO_LIMIT = 1.3
COUNTDOWN_ERROR_LIMIT_MS = 20.0
REMINDER_LATENCY_LIMIT_MS = 1000.0
# The reminder scheduler never sleeps longer than a minute (MAX_SLEEP_SECONDS
# in services/scheduler.py), so idling it should wake about once a
# minute. See idle_limit_per_minute for why the pass mark is two.
SCHEDULER_WAKE_SECONDS = 60.0
SNOOZE_LEAD_SECONDS = 2.0
# A child that has not finished by then is stuck; it is killed and reported.
CHILD_TIMEOUT_SECONDS = 120.0


class BenchmarkError(RuntimeError):
    """The benchmark itself failed (not a missed target)."""


# -- pure helpers: statistics, targets and the table --------------------------------------


def median_of(values: Iterable[float]) -> float:
    data = list(values)
    if not data:
        raise ValueError("no values to take the median of")
    return float(statistics.median(data))


def ratio(measured: float, baseline: float) -> float:
    if baseline <= 0:
        raise ValueError(f"a baseline must be positive, not {baseline}")
    return measured / baseline


def per_minute(count: float, seconds: float) -> float:
    if seconds <= 0:
        raise ValueError(f"an interval must be positive, not {seconds}")
    return count * 60.0 / seconds


def idle_limit_per_minute(window_seconds: float) -> float:
    """The most timer events per minute an idle app may show in a window this long.

    A timer that fires once a minute fires floor(W/60) + 1 times at most in
    any W-second window: once per whole minute, plus one more when the
    window happens to open just as it fires. Over a 60 s window that is 2
    per minute; a shorter window allows more per minute, because a single
    wake-up in 10 s already counts as 6 per minute.
    """
    if window_seconds <= 0:
        raise ValueError(f"a window must be positive, not {window_seconds}")
    allowed = math.floor(window_seconds / SCHEDULER_WAKE_SECONDS + 1e-9) + 1
    return per_minute(allowed, window_seconds)


def format_value(value: float, unit: str) -> str:
    """A number with its unit, with as many decimals as the size of it needs."""
    if math.isnan(value):
        return "n/a"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        size = abs(value)
        digits = 0 if size >= 100 else 1 if size >= 1 else 3
        return f"{value:.{digits}f} ms"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "/min":
        return f"{value:.1f}/min"
    if unit == "%":
        return f"{value:.1f} %"
    return f"{value:g} {unit}".rstrip()


@dataclass(frozen=True, slots=True)
class Target:
    """A pass mark: the value must be below (``<``) or at most (``<=``) ``limit``."""

    op: str
    limit: float
    unit: str

    def __post_init__(self) -> None:
        if self.op not in ("<", "<="):
            raise ValueError(f"unknown comparison {self.op!r}")

    def met(self, value: float) -> bool:
        if math.isnan(value):
            return False
        return value < self.limit if self.op == "<" else value <= self.limit

    def describe(self) -> str:
        return f"{self.op} {format_value(self.limit, self.unit)}"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table.

    The judged value is either the measured value itself or, for a
    comparison with the bare window, the ratio measured/baseline. A row
    without a target is shown for information only and never fails the run.
    """

    metric: str
    measured: float
    unit: str
    baseline: float | None = None
    target: Target | None = None
    by_ratio: bool = False  # judge (and show) measured/baseline rather than measured
    worst: float | None = None  # the worst of the samples, shown next to the median
    samples: tuple[float, ...] = ()
    least: float | None = None  # the best of the samples, shown with the worst

    def __post_init__(self) -> None:
        if self.by_ratio and self.baseline is None:
            raise ValueError(f"{self.metric}: a ratio needs a baseline")

    @property
    def value(self) -> float:
        if not self.by_ratio or self.baseline is None:
            return self.measured
        # A zero baseline has no meaningful ratio; NaN shows as n/a and fails a target.
        return ratio(self.measured, self.baseline) if self.baseline > 0 else math.nan

    @property
    def value_unit(self) -> str:
        return "x" if self.by_ratio else self.unit

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.target.met(self.value)

    @property
    def result(self) -> str:
        return {None: "info", True: "pass", False: "FAIL"}[self.passed]

    def cells(self) -> tuple[str, ...]:
        measured = format_value(self.measured, self.unit)
        if self.worst is not None and self.least is not None:
            low, high = format_value(self.least, self.unit), format_value(self.worst, self.unit)
            measured += f" (min {low}, max {high})"
        elif self.worst is not None:
            measured += f" (max {format_value(self.worst, self.unit)})"
        baseline = "-" if self.baseline is None else format_value(self.baseline, self.unit)
        return (
            self.metric,
            measured,
            baseline,
            format_value(self.value, self.value_unit),
            "-" if self.target is None else self.target.describe(),
            self.result,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "measured": self.measured,
            "unit": self.unit,
            "baseline": self.baseline,
            "value": self.value,
            "value_unit": self.value_unit,
            "worst": self.worst,
            "target": None if self.target is None else self.target.describe(),
            "result": self.result,
            "samples": list(self.samples),
        }


TABLE_HEADER = ("metric", "measured", "baseline", "ratio/value", "target", "result")


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table, padded so it also reads well in a terminal."""
    lines = [TABLE_HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(TABLE_HEADER))]

    def join(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([join(lines[0]), rule, *(join(line) for line in lines[1:])])


# The two ratio metrics compare whole processes and swing with whatever else
# the machine runs (2x to 3.5x on a shared CI box); --advisory-ratios reports
# them without letting them decide the exit status.
RATIO_METRICS = ("cold start to first paint", "peak RSS")


def all_met(rows: Iterable[Row], *, advisory_ratios: bool = False) -> bool:
    return all(
        row.passed is not False
        or (advisory_ratios and row.metric.strip().startswith(RATIO_METRICS))
        for row in rows
    )


def cpu_model(cpuinfo: str) -> str | None:
    """The processor's name from the text of /proc/cpuinfo (x86 and most ARM boards)."""
    for key in ("model name", "Hardware", "Processor", "cpu model"):
        for line in cpuinfo.splitlines():
            name, sep, value = line.partition(":")
            if sep and name.strip() == key and value.strip():
                return value.strip()
    return None


def parse_reports(lines: Iterable[str]) -> list[dict[str, Any]]:
    """The result lines a benchmark child printed; anything else on stdout is ignored."""
    reports = []
    for line in lines:
        if line.startswith(REPORT_PREFIX):
            data = json.loads(line[len(REPORT_PREFIX) :])
            if isinstance(data, dict):
                reports.append(data)
    return reports


def quiet_settings_toml(now: dt.datetime) -> str:
    """A settings file under which no reminder falls due in the next hour and a half.

    The idle measurement must not be disturbed by a reminder that happens to
    fall due while it counts, yet the scheduler must still hold its jobs.
    Hydration reminders come every four hours from two hours on, so every
    one of them falls on now + 2 h modulo 4 h, whichever evening a small-hours
    bedtime assigns them to; the stretch reminder comes half an hour before a
    bedtime six hours on.
    """

    def clock(hours: int) -> str:
        moment = now + dt.timedelta(hours=hours)
        return f"{moment.hour:02d}:{moment.minute - moment.minute % 5:02d}"

    return (
        "# Written by benchmarks/run.py for one idle measurement.\n"
        f'[bedtime]\ntime = "{clock(6)}"\n'
        "[reminders.stretch]\nminutes_before_bedtime = 30\n"
        f'[reminders.hydration]\nfirst = "{clock(2)}"\nevery_minutes = 240\n'
    )


def reminder_in_window(began: str, seconds: float, next_due: str | None) -> bool:
    """Whether a reminder due at ``next_due`` fell inside a window (ISO 8601 times)."""
    if next_due is None:
        return False
    start = dt.datetime.fromisoformat(began)
    due = dt.datetime.fromisoformat(next_due)
    return start <= due <= start + dt.timedelta(seconds=seconds)


def config_dir(home: Path) -> Path:
    """Where the app looks for its settings inside a benchmark home (see child_env)."""
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "stretch-coach"
    return home / ".config" / "stretch-coach"


# -- settings of a run --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunSettings:
    runs: int
    quick: bool
    display: bool
    settle_seconds: float  # idle time before memory is read
    idle_settle_seconds: float  # idle time before timer events are counted
    idle_seconds: float  # the window in which timer events are counted
    idle_runs: int  # app instances (and bare windows) idling side by side
    countdown_seconds: int  # length of the real countdown plan
    simulated_minutes: int  # length of the fake-clock plan
    bytecode_dir: Path | None = None  # the children's private bytecode cache

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> RunSettings:
        runs = args.runs if args.runs is not None else (3 if args.quick else 5)
        return cls(
            runs=runs,
            quick=args.quick,
            display=args.display,
            settle_seconds=1.5 if args.quick else 3.0,
            idle_settle_seconds=2.0 if args.quick else 5.0,
            idle_seconds=10.0 if args.quick else 60.0,
            # Idle instances run side by side, so repeats cost no extra time;
            # three keep the burst of start-ups small on a small machine.
            idle_runs=min(runs, 3),
            countdown_seconds=10 if args.quick else 60,
            simulated_minutes=30,
        )

    def describe(self) -> str:
        mode = "quick" if self.quick else "normal"
        return (
            f"{mode} mode: {self.runs} runs; memory read after {self.settle_seconds:g} s idle; "
            f"idle counted over {self.idle_seconds:g} s in {self.idle_runs} instances; "
            f"real countdown {self.countdown_seconds} s; bytecode compiled by one warm-up launch"
        )


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="benchmarks/run.py",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument(
        "--quick", action="store_true", help="fewer runs and shorter intervals (for CI)"
    )
    parser.add_argument(
        "--runs",
        type=positive_int,
        metavar="N",
        help="repeats per measurement (default 5; 3 quick)",
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--advisory-ratios",
        action="store_true",
        help="report the start-up and memory ratios without failing on them (shared CI machines)",
    )
    parser.add_argument(
        "--display",
        action="store_true",
        help="use the real display instead of Qt's offscreen platform",
    )
    return parser


# -- benchmark children -----------------------------------------------------------------


def child_env(home: Path, display: bool, bytecode_dir: Path | None = None) -> dict[str, str]:
    """The environment of one launch: everything per-user points into ``home``."""
    env = dict(os.environ)
    env["HOME"] = str(home)
    if bytecode_dir is not None:
        # An installed app runs from compiled bytecode (pip compiles on
        # install, Python caches on first import). Where writing bytecode is
        # turned off, every launch would compile the app's modules again and
        # measure the compiler; a private cache, filled by the warm-up launch,
        # keeps that out without writing into the source tree.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode_dir)
    folders = {
        "XDG_CONFIG_HOME": home / ".config",
        "XDG_DATA_HOME": home / ".local" / "share",
        "XDG_STATE_HOME": home / ".local" / "state",
        "XDG_CACHE_HOME": home / ".cache",
    }
    if not display:
        # A real display needs the session's runtime folder (its sockets are
        # there); offscreen, a private one keeps Qt from sharing /tmp/runtime-*.
        folders["XDG_RUNTIME_DIR"] = home / ".runtime"
        env["QT_QPA_PLATFORM"] = "offscreen"
    for name, path in folders.items():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[name] = str(path)
    return env


class Child:
    """One launched benchmark child, its reports, and when each report arrived."""

    def __init__(
        self,
        script: Path,
        options: Sequence[str],
        settings: RunSettings,
        settings_toml: str | None = None,
    ) -> None:
        self.script = script
        self.options = list(options)
        self.home = Path(tempfile.mkdtemp(prefix="stretch-coach-bench-"))
        env = child_env(self.home, settings.display, settings.bytecode_dir)
        if settings_toml is not None:
            folder = config_dir(self.home)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            (folder / "settings.toml").write_text(settings_toml, encoding="utf-8")
        self._stderr = (self.home / "stderr.txt").open("w+", encoding="utf-8")
        # The clock starts just before the launch, so interpreter start-up and
        # every import count, the same for the app and the bare window.
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, str(script), *self.options],
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            env=env,
            cwd=self.home,
            text=True,
        )

    def collect(
        self, required: Sequence[str], timeout: float = CHILD_TIMEOUT_SECONDS
    ) -> dict[str, tuple[float, dict[str, Any]]]:
        """Read the child's reports until it exits: event -> (seconds since launch, report).

        A child that fails, hangs or leaves out a ``required`` report is an
        error that carries the end of its stderr.
        """
        watchdog = threading.Timer(timeout, self.process.kill)
        watchdog.start()
        reports: dict[str, tuple[float, dict[str, Any]]] = {}
        try:
            for line in self.process.stdout or ():
                arrived = time.monotonic() - self.started
                for report in parse_reports([line]):
                    reports[str(report["event"])] = (arrived, report)
            code = self.process.wait()
        finally:
            watchdog.cancel()
        missing = [event for event in required if event not in reports]
        if code != 0 or missing:
            problem = f"exited with {code}" if code != 0 else f"never reported {missing}"
            command = " ".join([self.script.name, *self.options])
            raise BenchmarkError(f"{command} {problem}:\n" + self._stderr_tail())
        self._cleanup()
        return reports

    def _stderr_tail(self, lines: int = 20) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        return "".join(self._stderr.readlines()[-lines:])

    def _cleanup(self) -> None:
        self._stderr.close()
        shutil.rmtree(self.home, ignore_errors=True)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._cleanup()


@dataclass
class StartSample:
    start_ms: float  # launch to first finished paint, seen from outside
    in_process_ms: float  # first statement to first finished paint
    peak_rss_mib: float
    state: dict[str, Any]


def start_once(script: Path, settings: RunSettings, settle: float) -> StartSample:
    child = Child(script, ["--settle", str(settle)], settings)
    try:
        reports = child.collect(["first_paint", "memory"])
    except BaseException:
        child.kill()
        raise
    arrived, paint = reports["first_paint"]
    memory = reports["memory"][1]
    return StartSample(
        start_ms=arrived * 1000,
        in_process_ms=float(paint["in_process_ms"]),
        peak_rss_mib=float(memory["peak_rss_kib"]) / 1024,
        state=memory,
    )


def measure_start(
    settings: RunSettings, log: Callable[[str], None]
) -> dict[str, list[StartSample]]:
    # One unrecorded launch of each first: byte-compiles anything not yet
    # compiled and warms the file cache, so every recorded run starts alike.
    start_once(APP_SCRIPT, settings, 0)
    start_once(BARE_SCRIPT, settings, 0)
    samples: dict[str, list[StartSample]] = {"app": [], "bare": []}
    scripts = {"app": APP_SCRIPT, "bare": BARE_SCRIPT}
    for run in range(settings.runs):
        # Alternate which goes first, so a slow drift of the machine hits both.
        order = ("app", "bare") if run % 2 == 0 else ("bare", "app")
        for name in order:
            sample = start_once(scripts[name], settings, settings.settle_seconds)
            samples[name].append(sample)
            log(
                f"  start {run + 1}/{settings.runs} {name}: {sample.start_ms:.0f} ms, "
                f"{sample.peak_rss_mib:.1f} MiB"
            )
    return samples


def launch_idle(settings: RunSettings) -> dict[str, list[Child]]:
    options = ["--settle", str(settings.idle_settle_seconds), "--idle", str(settings.idle_seconds)]
    quiet = quiet_settings_toml(dt.datetime.now().astimezone())
    return {
        "app": [Child(APP_SCRIPT, options, settings, quiet) for _ in range(settings.idle_runs)],
        "bare": [Child(BARE_SCRIPT, options, settings) for _ in range(settings.idle_runs)],
    }


def collect_idle(children: dict[str, list[Child]]) -> dict[str, list[dict[str, Any]]]:
    results: dict[str, list[dict[str, Any]]] = {}
    try:
        for name, group in children.items():
            results[name] = [child.collect(["idle"])["idle"][1] for child in group]
    except BaseException:
        for group in children.values():
            for child in group:
                child.kill()
        raise
    return results


# -- countdown accuracy --------------------------------------------------------------------


def countdown_routine_raw(seconds: int, rep_seconds: int) -> dict[str, Any]:
    """A routine, as a routine file would give it, whose plan lasts exactly ``seconds``.

    Plans of a minute or more get a repetition move (so rep phases change
    too) before a stretch held on each leg; shorter ones only the stretch.
    """
    from stretch_coach.core.plan import EXERCISE_SWITCH_SECONDS, SIDE_SWITCH_SECONDS

    reps = 4 if seconds >= 60 else 0
    moves = reps * rep_seconds + EXERCISE_SWITCH_SECONDS if reps else 0
    for_holds = seconds - moves - SIDE_SWITCH_SECONDS  # what is left for preparing and holds
    prepare = 5 if for_holds >= 12 else 1
    hold, odd = divmod(for_holds - prepare, 2)
    if hold < 1:
        raise ValueError(f"no countdown plan fits in {seconds} s")
    exercises: list[dict[str, Any]] = []
    if reps:
        exercises.append({"id": "toe-curl", "reps": reps})
    exercises.append({"id": "calf-stretch", "hold_seconds": hold, "sides": "both"})
    return {
        "id": "benchmark-countdown",
        "name": f"Benchmark countdown {seconds} s",
        # An odd second goes to preparing, as both holds must be equal.
        "prepare_seconds": prepare + odd,
        "exercises": exercises,
    }


def countdown_plan(seconds: int) -> Plan:
    from stretch_coach.core.exercises import load_catalogue
    from stretch_coach.core.plan import build_plan
    from stretch_coach.core.routines import parse_routine

    catalogue = load_catalogue()
    raw = countdown_routine_raw(seconds, catalogue["toe-curl"].rep_seconds)
    plan = build_plan(parse_routine(raw))
    if plan.total_seconds != seconds:
        raise BenchmarkError(f"the countdown plan lasts {plan.total_seconds} s, not {seconds} s")
    return plan


class FirstReadClock:
    """Passes a clock through and remembers its first reading.

    The engine reads the clock first in ``start()``, so that reading is the
    exact moment the session began, and the ideal end is that plus the plan.
    """

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.first: float | None = None

    def __call__(self) -> float:
        now = self._clock()
        if self.first is None:
            self.first = now
        return now


@dataclass(frozen=True, slots=True)
class CountdownResult:
    end_error_ms: float  # SessionEnded.at minus the ideal end
    noticed_late_ms: float  # when the polling loop saw the end, minus the ideal end
    worst_step_late_ms: float  # the latest any StepStarted was handed over
    # The end was crossed between poll() and seconds_until_next_change(): the
    # latter said "nothing moves" while SessionEnded waited, unpolled.
    end_left_queued: bool


def run_real_countdown(
    plan: Plan,
    clock: Clock = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> CountdownResult:
    """Run the plan on the real clock, waking like SessionController does.

    Each round is the controller's refresh: poll() and handle the events,
    ask seconds_until_next_change(), then poll() once more (reading the
    clock may have crossed a boundary) and handle what that found before
    sleeping the wait, rounded as its QTimer is. Where the controller would
    stop its timer for good (no next change) this loop polls once more, so
    the benchmark can still finish and report that the end would have been
    left unhandled.
    """
    from stretch_coach.core.engine import SessionEnded, SessionEngine, StepStarted
    from stretch_coach.flows.session_controller import FRAME_SECONDS

    first = FirstReadClock(clock)
    engine = SessionEngine(plan, first)
    engine.start()
    assert first.first is not None
    began = first.first
    worst_step = 0.0
    timer_stopped = False
    pending = engine.poll()
    while True:
        for event in pending:
            if isinstance(event, StepStarted):
                worst_step = max(worst_step, clock() - (began + event.step.starts_at))
            elif isinstance(event, SessionEnded):
                ideal = began + plan.total_seconds
                return CountdownResult(
                    end_error_ms=(event.at - ideal) * 1000,
                    noticed_late_ms=(clock() - ideal) * 1000,
                    worst_step_late_ms=worst_step * 1000,
                    end_left_queued=timer_stopped,
                )
        if timer_stopped:
            raise BenchmarkError(f"the engine stopped moving while {engine.status}")
        wait = engine.seconds_until_next_change()
        pending = engine.poll()
        if pending:
            continue
        if wait is None:
            timer_stopped = True
            pending = engine.poll()
            continue
        # The same rounding as SessionController._schedule's QTimer interval.
        sleep(max(1, round(min(wait, FRAME_SECONDS) * 1000)) / 1000)
        pending = engine.poll()


class SteppedClock:
    """A fake monotonic clock, moved only by the benchmark."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def run_simulated_countdown(plan: Plan, rng: random.Random) -> float:
    """Run the plan on a fake clock moved in irregular steps; the end error in ms.

    The steps mimic what a real machine does to a UI timer: mostly on time
    or a little late, sometimes many seconds late (a busy or sleeping
    computer), with tiny steps and pauses of random length in between.
    """
    from stretch_coach.core.engine import SessionEnded, SessionEngine, SessionStatus

    start = 1000.0 + rng.random()
    clock = SteppedClock(start)
    engine = SessionEngine(plan, clock)
    engine.start()
    paused = 0.0
    while True:
        roll = rng.random()
        if roll < 0.01 and engine.status is SessionStatus.RUNNING:
            engine.pause()
            pause = rng.uniform(0.5, 120.0)
            clock.now += pause
            paused += pause
            engine.resume()
            continue
        wait = engine.seconds_until_next_change() or 0.0
        if roll < 0.05:
            step = rng.uniform(1.0, 20.0)
        elif roll < 0.6:
            step = wait * rng.uniform(1.0, 1.08)
        else:
            step = rng.uniform(0.0001, 0.7)
        clock.now += step
        for event in engine.poll():
            if isinstance(event, SessionEnded):
                return (event.at - (start + plan.total_seconds + paused)) * 1000


def simulated_plan(minutes: int) -> Plan:
    from stretch_coach.core.routines import builtin_routines, find_routine
    from stretch_coach.core.scaling import scaled_plan

    routine = find_routine(builtin_routines(), "bedtime")
    if routine is None:
        raise BenchmarkError("the built-in bedtime routine is missing")
    return scaled_plan(routine, minutes)


# -- reminder latency -------------------------------------------------------------------------


def reminder_latencies(runs: int, lead: float = SNOOZE_LEAD_SECONDS) -> list[float]:
    """Snooze a reminder ``lead`` seconds ahead ``runs`` times; how late each fired, in ms.

    A snooze takes whole minutes, so the service is given a wall clock that
    runs a minute minus ``lead`` behind: a one-minute snooze then falls due
    ``lead`` real seconds from now, while the scheduler itself keeps to the
    real clock. Lateness is taken when ``fired`` reaches the GUI thread, as
    the app would see it.
    """
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from stretch_coach.core.reminders import ReminderKind
    from stretch_coach.core.settings import Settings as AppSettings
    from stretch_coach.services.scheduler import DueReminder, ReminderService

    # Qt timers and queued signals need an application object alive meanwhile.
    _app = QCoreApplication.instance() or QCoreApplication([])
    shift = dt.timedelta(minutes=1) - dt.timedelta(seconds=lead)

    def behind() -> dt.datetime:
        return dt.datetime.now(dt.UTC) - shift

    service = ReminderService(
        AppSettings(), timezone=lambda: dt.UTC, wall_clock=behind, monotonic=time.monotonic
    )
    arrivals: list[dt.datetime] = []
    loop = QEventLoop()

    def fired(due: object) -> None:
        if isinstance(due, DueReminder) and due.snoozed:
            arrivals.append(dt.datetime.now(dt.UTC))
            loop.quit()

    service.fired.connect(fired)
    # One guard timer, restarted for every snooze: a fresh single-shot each
    # time would linger and cut a later wait short.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    service.start()
    latencies = []
    try:
        for _ in range(runs):
            arrivals.clear()
            due_at = service.snooze(ReminderKind.STRETCH, 1)
            guard.start(round((lead + 5) * 1000))  # never wait forever
            loop.exec()
            guard.stop()
            if not arrivals:
                raise BenchmarkError("a snoozed reminder did not fire within 5 s of its time")
            latencies.append((arrivals[0] - due_at).total_seconds() * 1000)
    finally:
        service.shutdown()
    return latencies


# -- the whole run ----------------------------------------------------------------------------


def measure_animation(settings: RunSettings) -> list[float]:
    """Per run: CPU time over wall time (% of one core) of a session view showing
    a rep move on the real clock, in a child process (benchmarks/animation.py)."""
    seconds = 3.0 if settings.quick else 10.0
    samples = []
    for _ in range(settings.runs):
        with tempfile.TemporaryDirectory() as home:
            done = subprocess.run(
                [sys.executable, str(ANIMATION_SCRIPT), str(seconds)],
                env=child_env(Path(home), settings.display),
                capture_output=True,
                text=True,
                timeout=CHILD_TIMEOUT_SECONDS,
                check=False,
            )
        if done.returncode != 0:
            raise BenchmarkError(f"the animation benchmark failed: {done.stderr[-2000:]}")
        samples.append(float(done.stdout.strip().splitlines()[-1]))
    return samples


def machine_info(display: bool) -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    try:
        cpu = cpu_model(Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        cpu = None
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        "cpu": f"{cpu or platform.processor() or platform.machine()} ({os.cpu_count()} cores)",
        "platform": platform.platform(),
        "qt_platform": "display" if display else "offscreen",
        # Other work on the machine slows start-up most; this shows how busy it was.
        "load": " ".join(f"{n:.2f}" for n in os.getloadavg()) + " (1, 5, 15 min averages)",
    }


def start_rows(samples: dict[str, list[StartSample]]) -> list[Row]:
    """Medians of each, for information, and the judged ratio: app / bare
    paired round by round (each round launches both, in alternating order,
    so a drift of the machine hits a pair alike), the median of the pairs."""
    app, bare = samples["app"], samples["bare"]
    jobs = round(median_of(s.state.get("reminder_jobs", 0) for s in app))

    def medians(metric: str, pick: Callable[[StartSample], float], unit: str) -> Row:
        values = tuple(pick(s) for s in app)
        return Row(
            metric,
            median_of(values),
            unit,
            baseline=median_of(pick(s) for s in bare),
            by_ratio=True,
            samples=values,
        )

    def paired(metric: str, pick: Callable[[StartSample], float], limit: float) -> Row:
        pairs = tuple(
            ratio(pick(a), pick(b)) for a, b in zip(app, bare, strict=False) if pick(b) > 0
        )
        return Row(
            metric,
            median_of(pairs) if pairs else math.nan,
            "x",
            target=Target("<=", limit, "x"),
            least=min(pairs, default=None),
            worst=max(pairs, default=None),
            samples=pairs,
        )

    memory = f"peak RSS, idle, {jobs} reminder jobs"
    return [
        paired("cold start to first paint, paired per round", lambda s: s.start_ms,
               START_RATIO_LIMIT),
        medians("  cold start, medians", lambda s: s.start_ms, "ms"),
        medians("  same, from the first statement", lambda s: s.in_process_ms, "ms"),
        paired(f"{memory}, paired per round", lambda s: s.peak_rss_mib, MEMORY_RATIO_LIMIT),
        medians("  peak RSS, medians", lambda s: s.peak_rss_mib, "MiB"),
    ]  # fmt: skip


def idle_rows(results: dict[str, list[dict[str, Any]]], window: float) -> list[Row]:
    """Timer events are judged; loop and thread wake-ups are shown to explain them."""

    def rates(key: str, name: str) -> tuple[float, ...]:
        return tuple(per_minute(_count(r[key]), float(r["seconds"])) for r in results[name])

    timers = rates("timer_events", "app")
    return [
        Row(
            f"idle timer events, minimized, {window:g} s",
            median_of(timers),
            "/min",
            baseline=median_of(rates("timer_events", "bare")),
            target=Target("<=", idle_limit_per_minute(window), "/min"),
            worst=max(timers),
            samples=timers,
        ),
        Row(
            "  event-loop wake-ups",
            median_of(rates("loop_wakes", "app")),
            "/min",
            baseline=median_of(rates("loop_wakes", "bare")),
        ),
        Row(
            "  wake-ups of all threads",
            median_of(rates("thread_wakes", "app")),
            "/min",
            baseline=median_of(rates("thread_wakes", "bare")),
        ),
    ]


def _count(value: Any) -> float:
    # Per-thread wake-ups come as a mapping of thread to count.
    return float(sum(value.values())) if isinstance(value, dict) else float(value)


def countdown_rows(
    real: list[CountdownResult], simulated: list[float], settings: RunSettings, total: int
) -> list[Row]:
    limit = Target("<", COUNTDOWN_ERROR_LIMIT_MS, "ms")
    end_errors = tuple(abs(r.end_error_ms) for r in real)
    noticed = tuple(r.noticed_late_ms for r in real)
    steps = tuple(r.worst_step_late_ms for r in real)
    sims = tuple(abs(e) for e in simulated)
    quick = " (quick)" if settings.quick else ""
    return [
        Row(
            f"countdown end error, real {settings.countdown_seconds} s plan{quick}",
            median_of(end_errors),
            "ms",
            target=limit,
            worst=max(end_errors),
            samples=end_errors,
        ),
        Row(
            f"  runs whose end a UI-style loop leaves unhandled (of {len(real)})",
            float(sum(r.end_left_queued for r in real)),
            "runs",
            samples=tuple(float(r.end_left_queued) for r in real),
        ),
        Row(
            "  end seen by the polling loop, late by",
            median_of(noticed),
            "ms",
            worst=max(noticed),
            samples=noticed,
        ),
        Row(
            "  StepStarted handed over late by (worst)",
            median_of(steps),
            "ms",
            worst=max(steps),
            samples=steps,
        ),
        Row(
            f"countdown end error, fake clock, {total // 60}:{total % 60:02d} plan",
            median_of(sims),
            "ms",
            target=limit,
            worst=max(sims),
            samples=sims,
        ),
    ]


def reminder_rows(latencies: list[float]) -> list[Row]:
    return [
        Row(
            f"reminder latency, snooze {SNOOZE_LEAD_SECONDS:g} s ahead",
            median_of(latencies),
            "ms",
            target=Target("<=", REMINDER_LATENCY_LIMIT_MS, "ms"),
            worst=max(latencies),
            samples=tuple(latencies),
        )
    ]


def idle_notes(results: dict[str, list[dict[str, Any]]]) -> list[str]:
    """What woke the idle app, and whether a reminder spoilt a window."""
    receivers: Counter[str] = Counter()
    for report in results["app"]:
        receivers.update(report.get("timers", {}))
    runs = len(results["app"])
    woke = ", ".join(f"{name} x{count}" for name, count in receivers.most_common()) or "nothing"
    intervals = sorted({int(r.get("scheduler_timer_ms", -1)) for r in results["app"]})
    jobs = sorted({int(r.get("reminder_jobs", 0)) for r in results["app"]})
    notes = [
        f"idle app timer events by receiver, {runs} runs together: {woke}",
        f"idle app: {', '.join(map(str, jobs))} reminder jobs scheduled, the scheduler's timer "
        f"set to {', '.join(map(str, intervals))} ms",
    ]
    for report in results["app"]:
        if reminder_in_window(
            str(report["began"]), float(report["seconds"]), report.get("next_reminder_at_start")
        ):
            notes.append(
                f"a reminder fell due during an idle window ({report['next_reminder_at_start']}); "
                "the timer events it caused are counted"
            )
    return notes


def run(
    settings: RunSettings, log: Callable[[str], None]
) -> tuple[list[Row], list[str], dict[str, Any]]:
    log("measuring cold start and memory...")
    starts = measure_start(settings, log)

    log(f"idling {settings.idle_runs} apps and bare windows for {settings.idle_seconds:g} s...")
    idle_children = launch_idle(settings)
    idle_began = time.monotonic()
    try:
        sim_plan = simulated_plan(settings.simulated_minutes)
        rng = random.Random(20261127)
        simulated = [run_simulated_countdown(sim_plan, rng) for _ in range(settings.runs)]

        # Everything timed from here waits for the idle children to settle,
        # away from the busy start-up of several processes at once.
        time.sleep(max(0.0, settings.idle_settle_seconds + 1 - (time.monotonic() - idle_began)))
        log("timing countdowns and reminders...")
        # The real countdowns run side by side, each in its own thread; they
        # only sleep, so neither they nor the idle children slow the others.
        plan = countdown_plan(settings.countdown_seconds)
        real: list[CountdownResult] = []
        failures: list[BaseException] = []

        def one_countdown() -> None:
            try:
                real.append(run_real_countdown(plan))
            except BaseException as exc:  # handed to the main thread below
                failures.append(exc)

        threads = [threading.Thread(target=one_countdown) for _ in range(settings.runs)]
        for thread in threads:
            thread.start()
            time.sleep(0.037)  # so the sessions do not all wake at the same instant
        latencies = reminder_latencies(settings.runs)
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]
        idle = collect_idle(idle_children)
    except BaseException:
        for group in idle_children.values():
            for child in group:
                child.kill()
        raise

    animation = measure_animation(settings)
    rows = [
        *start_rows(starts),
        *idle_rows(idle, settings.idle_seconds),
        *countdown_rows(real, simulated, settings, sim_plan.total_seconds),
        *reminder_rows(latencies),
        Row(
            "animation CPU, running rep move",
            median_of(animation),
            "%",
            target=Target("<=", ANIMATION_CPU_LIMIT_PERCENT, "%"),
            worst=max(animation),
            samples=tuple(animation),
        ),
    ]
    notes = idle_notes(idle)
    if any(r.end_left_queued or r.worst_step_late_ms > 50 for r in real):
        notes.append(
            "a step boundary was crossed between poll() and seconds_until_next_change() (or "
            "snapshot()): the events this queued waited for the next wake-up, and when it was "
            "the end, nothing moves any more, so a loop like SessionController.refresh stops "
            "its timer with SessionEnded never handled"
        )
    if settings.quick:
        notes.append(
            f"quick mode: real countdown plan of {settings.countdown_seconds} s, idle window of "
            f"{settings.idle_seconds:g} s (a single scheduler wake-up already reads as "
            f"{per_minute(1, settings.idle_seconds):g}/min)"
        )
    raw = {
        "start": {name: [dataclasses.asdict(s) for s in group] for name, group in starts.items()},
        "idle": idle,
        "countdown_real": [dataclasses.asdict(r) for r in real],
        "countdown_simulated_ms": simulated,
        "reminder_latency_ms": latencies,
        "animation_cpu_percent": animation,
    }
    return rows, notes, raw


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = RunSettings.from_args(args)
    began = time.monotonic()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    if not args.display:
        # The reminder timing below runs Qt in this process too.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    machine = machine_info(args.display)
    with tempfile.TemporaryDirectory(prefix="stretch-coach-bench-bytecode-") as bytecode:
        settings = dataclasses.replace(settings, bytecode_dir=Path(bytecode))
        try:
            rows, notes, raw = run(settings, log)
        except BenchmarkError as exc:
            log(f"benchmark failed: {exc}")
            return 2
    elapsed = time.monotonic() - began

    print("Stretch Coach benchmarks")
    for key, value in machine.items():
        print(f"{key + ':':<12} {value}")
    print(f"{'settings:':<12} {settings.describe()} (the whole run took {elapsed:.0f} s)")
    print()
    print(format_table(rows))
    print()
    for note in notes:
        print(f"- {note}")
    met = all_met(rows, advisory_ratios=args.advisory_ratios)
    missed = [row.metric.strip() for row in rows if row.passed is False]
    print()
    if not missed:
        print("all targets met")
    elif met:
        print("missed (advisory, not failing this run): " + "; ".join(missed))
    else:
        print("missed: " + "; ".join(missed))
    if args.json:
        document = {
            "machine": machine,
            # The bytecode folder was temporary and is gone by now.
            "settings": {**dataclasses.asdict(settings), "bytecode_dir": None},
            "elapsed_seconds": elapsed,
            "rows": [row.to_json() for row in rows],
            "notes": notes,
            "all_met": met,
            "raw": raw,
        }
        text = json.dumps(document, indent=2, default=str)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
