"""Measure the real Stretch Coach command against truly bare PySide6 programs.

    uv run python benchmarks/run.py [--quick] [--rounds N] [--json FILE] [--advisory NAME ...]

Everything runs on a private desktop the benchmark starts itself (Xvfb,
openbox when installed, a private session bus and the trayer tray host;
see benchmarks/xsession.py). Every launch gets a fresh home, so no one's
settings or history are touched. What is measured, all from outside the
measured process:

1. start: from launching ``stretch-coach`` to its main window's first paint,
   and ``stretch-coach --minimized`` to its tray icon's first paint (X DAMAGE
   events seen by a separate X client), against a bare QWidget window and a
   bare QSystemTrayIcon (benchmarks/baselines/); rounds interleaved, the
   order alternating, ratios paired per round;
2. memory: peak resident memory (VmHWM) and private memory (RssAnon) after
   a few seconds idle with tonight's reminders scheduled, against the "bare
   stack": a bare window plus the APScheduler QtScheduler the design
   prescribes, running one cron job;
3. idle: minimised in the tray with no reminder due within the hour,
   wake-ups (voluntary context switches of every thread), CPU time and,
   with strace installed, system calls — file-system calls among them;
4. a real session: CPU while the real window shows a rep move and a hold,
   and the countdown's end error taken from the history row the app wrote
   (``ended_at - started_at`` against the plan);
5. reminder latency: how late a snoozed reminder reaches the GUI thread of
   the app's own reminder service;
6. the command line: ``--version``, ``routines`` and ``plan`` against
   ``python -c pass``;
7. the runtime install (``uv sync --no-dev``) in MiB;
8. Safe Eyes and Workrave, when installed, as extra columns for start,
   memory and idle.

The exit status is 1 when a judged target is missed (names given with
--advisory are reported, not judged) and 2 when the benchmark could not run.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import procfs  # noqa: E402 - needs the path set above
from benchmarks.table import (  # noqa: E402
    Row,
    Target,
    all_met,
    format_table,
    paired_ratios,
    per_minute,
    spread_row,
)

BASELINES = REPO / "benchmarks" / "baselines"
# Not a baseline: the home page's widgets in plain PySide6 (see its script),
# the floor under the app's start and memory on this stack.
HOME_PAGE_WIDGETS = "home page widgets"
# The command a person runs: the console script installed beside this Python.
APP_COMMAND = Path(sys.executable).parent / "stretch-coach"

START_RATIO_LIMIT = 1.3
MEMORY_RATIO_LIMIT = 1.1  # against the bare stack (window + scheduler)
# What CI holds start and memory to: the targets plus a margin that the
# noise of a shared two-core machine cannot break (rounds swing by ±10 %).
START_GATE = 1.45
MEMORY_GATE = 1.2
COUNTDOWN_ERROR_LIMIT_MS = 20.0
REMINDER_LATENCY_LIMIT_MS = 1000.0
SESSION_CPU_LIMIT_PERCENT = 5.0
# "At most one wake-up per ten minutes" idle.
IDLE_WAKEUPS_PER_10_MIN = 1.0
INSTALL_LIMIT_MIB = 260.0
# The bundle may be at most this much slower or larger than the venv.
BUNDLE_RATIO_LIMIT = 1.2
CLI_LIMIT_MS = 70.0
SNOOZE_LEAD_SECONDS = 2.0
# A child that has not painted or finished by then is stuck.
CHILD_TIMEOUT_SECONDS = 60.0
# System calls that read the file system: an idle app making any is polling.
FILE_SYSTEM_CALLS = frozenset(
    {
        "stat",
        "lstat",
        "fstat",
        "newfstatat",
        "statx",
        "access",
        "faccessat",
        "faccessat2",
        "open",
        "openat",
        "openat2",
        "readlink",
        "readlinkat",
        "getdents64",
        "inotify_add_watch",
    }
)


class BenchmarkError(RuntimeError):
    """The benchmark itself failed (not a missed target)."""


# -- what is launched ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Program:
    """One thing to launch and how its first paint shows."""

    name: str
    command: tuple[str, ...]
    in_tray: bool = False  # its first paint is a tray icon, not a window
    settings_toml: str | None = None  # the app's settings file in the fresh home
    state_json: str | None = None  # the app's remembered state in the fresh home
    routine_toml: tuple[str, str] | None = None  # (file name, text) in the routines folder
    ours: bool = True  # a Python traceback in its output fails the run (not a peer's)


def bare(script: str, name: str, *, in_tray: bool = False) -> Program:
    return Program(name, (sys.executable, str(BASELINES / script)), in_tray)


def app(
    name: str, *args: str, settings_toml: str, state_json: str | None = None, in_tray: bool = False
) -> Program:
    return Program(name, (str(APP_COMMAND), *args), in_tray, settings_toml, state_json)


def quiet_settings_toml(now: dt.datetime) -> str:
    """Settings under which no reminder falls due in the next hour and a half.

    The idle measurement must not be disturbed by a reminder that happens to
    fall due while it counts, yet the scheduler must still hold its jobs.
    Hydration reminders come every four hours from two hours on, so every
    one of them falls on now + 2 h modulo 4 h, whichever evening a small-hours
    bedtime assigns them to; the stretch reminder comes half an hour before a
    bedtime six hours on. A settings file also means this is not a first
    start, so no welcome opens: the app starts as it does every evening.
    """

    def clock(hours: int) -> str:
        moment = now + dt.timedelta(hours=hours)
        return f"{moment.hour:02d}:{moment.minute - moment.minute % 5:02d}"

    return (
        "# Written by benchmarks/run.py for one measurement.\n"
        f'[bedtime]\ntime = "{clock(6)}"\n'
        "[reminders.stretch]\nminutes_before_bedtime = 30\n"
        f'[reminders.hydration]\nfirst = "{clock(2)}"\nevery_minutes = 240\n'
    )


def evening_state_json(now: dt.datetime) -> str:
    """The app's state with this morning's diary check-in already offered.

    Between 06:00 and 14:00 a start offers the check-in for last night, a
    dialog of its own: without this, a run in the morning measured a start
    with one window more (4 MiB) than a run in the evening.
    """
    return json.dumps({"diary_prompted_on": now.date().isoformat()}) + "\n"


def countdown_routine_raw(seconds: int, rep_seconds: int) -> dict[str, Any]:
    """A routine, as a routine file gives it, whose plan lasts exactly ``seconds``:
    a repetition move (so the figure animates), then a stretch held on each leg."""
    from stretch_coach.core.plan import EXERCISE_SWITCH_SECONDS, SIDE_SWITCH_SECONDS

    reps = 4
    moves = reps * rep_seconds + EXERCISE_SWITCH_SECONDS
    for_holds = seconds - moves - SIDE_SWITCH_SECONDS  # what is left for preparing and holds
    prepare = 5 if for_holds >= 12 else 1
    hold, odd = divmod(for_holds - prepare, 2)
    if hold < 1:
        raise ValueError(f"no countdown plan fits in {seconds} s")
    return {
        "id": "benchmark-countdown",
        "name": f"Benchmark countdown {seconds} s",
        # An odd second goes to preparing, as both holds must be equal.
        "prepare_seconds": prepare + odd,
        "exercises": [
            {"id": "toe-curl", "reps": reps},
            {"id": "calf-stretch", "hold_seconds": hold, "sides": "both"},
        ],
    }


def countdown_routine(seconds: int) -> tuple[dict[str, Any], int]:
    """The countdown routine and its plan's length, checked to be ``seconds``."""
    from stretch_coach.core.exercises import load_catalogue
    from stretch_coach.core.plan import build_plan
    from stretch_coach.core.routines import parse_routine

    raw = countdown_routine_raw(seconds, load_catalogue()["toe-curl"].rep_seconds)
    total = build_plan(parse_routine(raw)).total_seconds
    if total != seconds:
        raise BenchmarkError(f"the countdown plan lasts {total} s, not {seconds} s")
    return raw, total


def routine_toml(raw: dict[str, Any]) -> str:
    """The routine's file, written as the app writes a person's routine."""
    from stretch_coach.core.routines import parse_routine
    from stretch_coach.services.routine_store import routine_file_text

    return routine_file_text(parse_routine(raw))


# -- launching on the private desktop --------------------------------------------------------


def config_dir(home: Path) -> Path:
    return home / ".config" / "stretch-coach"


def data_dir(home: Path) -> Path:
    return home / ".local" / "share" / "stretch-coach"


class Launched:
    """One program running on the private desktop, in a fresh home of its own."""

    def __init__(self, program: Program, env: dict[str, str]) -> None:
        self.program = program
        self.home = Path(tempfile.mkdtemp(prefix="stretch-coach-bench-"))
        env = dict(env)
        env["HOME"] = str(self.home)
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env.pop(name, None)
        runtime = self.home / ".runtime"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        if program.settings_toml is not None:
            config_dir(self.home).mkdir(parents=True)
            (config_dir(self.home) / "settings.toml").write_text(program.settings_toml)
        if program.state_json is not None:
            data_dir(self.home).mkdir(parents=True, exist_ok=True)
            (data_dir(self.home) / "state.json").write_text(program.state_json)
        if program.routine_toml is not None:
            folder = config_dir(self.home) / "routines"
            folder.mkdir(parents=True)
            (folder / program.routine_toml[0]).write_text(program.routine_toml[1])
        self._stderr = (self.home / "stderr.txt").open("w+", encoding="utf-8")
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            program.command,
            env=env,
            cwd=self.home,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def stderr_tail(self, lines: int = 20) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        return "".join(self._stderr.readlines()[-lines:])

    def alive(self) -> None:
        if self.process.poll() is not None:
            raise BenchmarkError(
                f"{self.program.name} exited with {self.process.returncode}:\n" + self.stderr_tail()
            )

    def stop(self) -> None:
        """Ask it to quit as a desktop logout would (SIGTERM); kill it if it will not."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        problem = self.program.ours and "Traceback" in self.stderr_tail(200)
        tail = self.stderr_tail() if problem else ""
        self._stderr.close()
        shutil.rmtree(self.home, ignore_errors=True)
        if problem:
            raise BenchmarkError(f"{self.program.name} raised an error:\n{tail}")


@dataclass(frozen=True, slots=True)
class StartSample:
    first_paint_ms: float
    peak_rss_mib: float
    anonymous_mib: float


@dataclass(frozen=True, slots=True)
class IdleSample:
    seconds: float
    wakeups: int
    cpu_ms: float
    syscalls: dict[str, int]


class Desktop:
    """The private desktop plus the paint watcher, for launching programs on it."""

    def __init__(self) -> None:
        from benchmarks.xsession import PaintWatcher, XSession

        self.session = XSession().__enter__()
        try:
            self.watcher = PaintWatcher(self.session.display)
        except BaseException:
            self.session.close()
            raise
        self.env = self.session.env(dict(os.environ))
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)

    def close(self) -> None:
        self.watcher.close()
        self.session.close()

    def launch(self, program: Program) -> tuple[Launched, float]:
        """Start ``program``; return it and its first paint in ms after launch."""
        self.watcher.drain()
        launched = Launched(program, self.env)
        try:
            paint = self.watcher.first_paint(
                launched.pid, CHILD_TIMEOUT_SECONDS, in_tray=program.in_tray
            )
        except Exception as exc:
            launched.alive()
            launched.stop()
            raise BenchmarkError(f"{program.name}: {exc}") from exc
        return launched, (paint.at - launched.started) * 1000

    def start_once(self, program: Program, settle: float) -> StartSample:
        launched, painted_ms = self.launch(program)
        try:
            time.sleep(settle)
            launched.alive()
            memory = procfs.memory(launched.pid)
        finally:
            launched.stop()
        return StartSample(painted_ms, memory.peak_rss_mib, memory.anonymous_mib)

    def idle_together(
        self, programs: Sequence[Program], settle: float, window: float
    ) -> dict[str, IdleSample]:
        """Start ``programs`` side by side, let them settle, then count over one window.

        They idle together because nothing may happen on the desktop while
        they are counted: a tray icon added later would move the others'
        icons and make them paint. Qt's pixmap cache trims itself on a
        30-second timer until it is empty, about a minute and a half after
        start, so the settling must outlast that to see the steady state.
        """
        running: list[Launched] = []
        tracers: list[Tracer] = []
        try:
            for program in programs:
                running.append(self.launch(program)[0])
            time.sleep(settle)
            for launched in running:
                launched.alive()
            if shutil.which("strace"):
                tracers = [Tracer(launched.pid) for launched in running]
                # Attaching wakes every thread once (restart_syscall); that
                # must be over before the count begins.
                time.sleep(1.0)
            before = [(procfs.wakeups(x.pid), procfs.cpu_ns(x.pid)) for x in running]
            began = time.monotonic()
            time.sleep(window)
            after = [(procfs.wakeups(x.pid), procfs.cpu_ns(x.pid)) for x in running]
            seconds = time.monotonic() - began
            calls = [tracer.stop() for tracer in tracers] or [{} for _ in running]
            for launched in running:
                launched.alive()
        finally:
            for tracer in tracers:
                tracer.stop()
            for launched in running:
                launched.stop()
        return {
            program.name: IdleSample(
                seconds,
                procfs.wakeups_between(was[0], now[0]),
                (now[1] - was[1]) / 1e6,
                traced,
            )
            for program, was, now, traced in zip(programs, before, after, calls, strict=True)
        }


class Tracer:
    """``strace -f -c`` attached to a running process until stopped."""

    def __init__(self, pid: int) -> None:
        self._out = tempfile.NamedTemporaryFile("r", suffix=".strace")  # noqa: SIM115 - closed in stop
        self._process = subprocess.Popen(
            ["strace", "-f", "-c", "-qq", "-o", self._out.name, "-p", str(pid)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._calls: dict[str, int] | None = None

    def stop(self) -> dict[str, int]:
        """The system calls seen, by name (stopping twice gives the same)."""
        if self._calls is None:
            self._process.send_signal(signal.SIGINT)
            self._process.wait(10)
            self._calls = parse_strace_summary(Path(self._out.name).read_text(encoding="utf-8"))
            self._out.close()
            # Attaching interrupts the call each thread sleeps in, and the
            # kernel resumes it with restart_syscall: strace's doing.
            self._calls.pop("restart_syscall", None)
        return self._calls


def parse_strace_summary(text: str) -> dict[str, int]:
    """Calls per system call from the table ``strace -c`` writes."""
    counts: dict[str, int] = {}
    for line in text.splitlines():
        parts = line.split()
        # "% time  seconds  usecs/call  calls  [errors]  syscall"
        is_row = len(parts) >= 5 and parts[0][0].isdigit() and parts[3].isdigit()
        if is_row and parts[-1] != "total":
            counts[parts[-1]] = int(parts[3])
    return counts


# -- the real session -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionSample:
    cpu_percent: float  # of one core, while the window shows a rep move and a hold
    end_error_ms: float  # (ended_at - started_at) from the history row, minus the plan


def history_row(home: Path) -> tuple[str, str, int, int] | None:
    """(started_at, ended_at, planned_seconds, completed) of the first session, if written."""
    path = data_dir(home) / "history.sqlite3"
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            row = db.execute(
                "SELECT started_at, ended_at, planned_seconds, completed FROM sessions"
            ).fetchone()
    except sqlite3.Error:
        return None  # still being created
    return None if row is None else (str(row[0]), str(row[1]), int(row[2]), int(row[3]))


def end_error_ms(started_at: str, ended_at: str, planned_seconds: int) -> float:
    took = dt.datetime.fromisoformat(ended_at) - dt.datetime.fromisoformat(started_at)
    return (took.total_seconds() - planned_seconds) * 1000


def session_once(desktop: Desktop, program: Program, plan_seconds: int) -> SessionSample:
    launched, _ = desktop.launch(program)
    try:
        # CPU from the second second of the session to a few before its end:
        # the rep move animates, then the hold counts down.
        time.sleep(1.0)
        window = plan_seconds - 4.0
        cpu_before, began = procfs.cpu_ns(launched.pid), time.monotonic()
        time.sleep(window)
        cpu_percent = (
            (procfs.cpu_ns(launched.pid) - cpu_before) / 1e9 / (time.monotonic() - began) * 100
        )
        deadline = time.monotonic() + 30
        row = history_row(launched.home)
        while row is None:
            if time.monotonic() > deadline:
                raise BenchmarkError("the session wrote no history row")
            launched.alive()
            time.sleep(0.2)
            row = history_row(launched.home)
        started_at, ended_at, planned, completed = row
        if not completed or planned != plan_seconds:
            raise BenchmarkError(f"the history row is not the completed plan: {row}")
    finally:
        launched.stop()
    return SessionSample(cpu_percent, end_error_ms(started_at, ended_at, planned))


# -- in this process: the reminder service ------------------------------------------------------


def reminder_latencies(runs: int, lead: float = SNOOZE_LEAD_SECONDS) -> list[float]:
    """Snooze a reminder ``lead`` seconds ahead ``runs`` times; how late each fired, in ms.

    A snooze takes whole minutes, so the service is given a wall clock that
    runs a minute minus ``lead`` behind: a one-minute snooze then falls due
    ``lead`` real seconds from now, while the scheduler itself keeps to the
    real clock. Lateness is taken when ``fired`` reaches the GUI thread, as
    the app would see it.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
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


# -- the command line and the install -------------------------------------------------------


def time_command(command: Sequence[str], runs: int) -> list[float]:
    """Wall time of ``command`` in ms, ``runs`` times after one warm-up."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times = []
    for index in range(runs + 1):
        began = time.monotonic()
        done = subprocess.run(command, env=env, capture_output=True, check=False)
        took = (time.monotonic() - began) * 1000
        if done.returncode != 0:
            raise BenchmarkError(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
        if index:
            times.append(took)
    return times


def folder_mib(path: Path) -> float:
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += (Path(folder) / name).lstat().st_size
            except OSError:
                continue
    return total / 2**20


def runtime_install_mib() -> float | None:
    """Size of the runtime environment ``uv sync --no-dev`` makes (None without uv)."""
    uv = shutil.which("uv")
    if uv is None:
        return None
    with tempfile.TemporaryDirectory(prefix="stretch-coach-bench-venv-") as folder:
        env = dict(os.environ, UV_PROJECT_ENVIRONMENT=folder)
        done = subprocess.run(
            [uv, "sync", "--no-dev", "--frozen", "--quiet"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise BenchmarkError(f"uv sync --no-dev failed: {done.stderr[-500:]}")
        return folder_mib(Path(folder))


# -- peers -----------------------------------------------------------------------------------

# Other break and stretch reminders, measured the same way when installed.
PEERS = {
    "Safe Eyes": Program("Safe Eyes", ("safeeyes",), in_tray=True, ours=False),
    "Workrave": Program("Workrave", ("workrave",), ours=False),
}


def installed_peers() -> list[Program]:
    return [peer for peer in PEERS.values() if shutil.which(peer.command[0])]


# -- settings of a run ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RunSettings:
    rounds: int
    quick: bool
    settle_seconds: float  # idle time before memory is read
    idle_settle_seconds: float
    idle_seconds: float  # the window wake-ups and CPU are counted in
    session_seconds: int  # length of the real session's plan
    sessions: int
    cli_runs: int

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> RunSettings:
        rounds = args.rounds if args.rounds is not None else (5 if args.quick else 7)
        return cls(
            rounds=rounds,
            quick=args.quick,
            settle_seconds=3.0,
            idle_settle_seconds=120.0,
            idle_seconds=30.0 if args.quick else 120.0,
            session_seconds=40 if args.quick else 60,
            sessions=1 if args.quick else 3,
            cli_runs=10 if args.quick else 20,
        )

    def describe(self) -> str:
        mode = "quick" if self.quick else "full"
        return (
            f"{mode}: {self.rounds} interleaved rounds, memory read after "
            f"{self.settle_seconds:g} s; idle counted over {self.idle_seconds:g} s after "
            f"{self.idle_settle_seconds:g} s; {self.sessions} real session(s) of "
            f"{self.session_seconds} s; {self.cli_runs} runs per command"
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
    parser.add_argument("--quick", action="store_true", help="fewer rounds, shorter windows")
    parser.add_argument(
        "--rounds", type=positive_int, metavar="N", help="start rounds (default 7; 5 quick)"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    parser.add_argument(
        "--advisory",
        action="append",
        default=[],
        metavar="METRIC",
        help="report a metric (by the start of its name) without failing on it; repeatable",
    )
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="DIR",
        help="also measure a built bundle (tools/build_bundle.py) beside the venv",
    )
    parser.add_argument(
        "--gate",
        action="store_true",
        help="judge start and memory by CI's margins (median <= "
        f"{START_GATE}x and {MEMORY_GATE}x) instead of the targets",
    )
    return parser


def machine_info() -> dict[str, str]:
    import PySide6
    from PySide6.QtCore import qVersion

    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        cpuinfo = ""
    cpu = cpu_model(cpuinfo)
    return {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
        "cpu": f"{cpu or platform.processor() or platform.machine()} ({os.cpu_count()} cores)",
        "platform": platform.platform(),
        "desktop": "Xvfb, openbox, trayer, private session bus",
        # Other work on the machine slows start-up most; this shows how busy it was.
        "load": " ".join(f"{n:.2f}" for n in os.getloadavg()) + " (1, 5, 15 min averages)",
    }


def cpu_model(cpuinfo: str) -> str | None:
    """The processor's name from the text of /proc/cpuinfo (x86 and most ARM boards)."""
    for line in cpuinfo.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("model name", "Model", "Hardware") and value.strip():
            return value.strip()
    return None


# -- the whole run ----------------------------------------------------------------------------


def start_rows(samples: dict[str, list[StartSample]], gate: bool) -> list[Row]:
    """Each program's spread, then the judged ratios, paired round by round."""
    start_limit, memory_limit = (
        (START_GATE, MEMORY_GATE)
        if gate
        else (
            START_RATIO_LIMIT,
            MEMORY_RATIO_LIMIT,
        )
    )
    rows = []
    for name, group in samples.items():
        rows.append(spread_row(f"first paint: {name}", [s.first_paint_ms for s in group], "ms"))
    for name, group in samples.items():
        rows.append(spread_row(f"peak RSS: {name}", [s.peak_rss_mib for s in group], "MiB"))
    for name, group in samples.items():
        rows.append(spread_row(f"private memory: {name}", [s.anonymous_mib for s in group], "MiB"))

    def paired(
        metric: str, app_name: str, bare_name: str, pick: str, limit: float | None = None
    ) -> Row:
        """Judged against ``limit``; without one, shown for information."""
        ratios = paired_ratios(
            [getattr(s, pick) for s in samples[app_name]],
            [getattr(s, pick) for s in samples[bare_name]],
        )
        return spread_row(metric, ratios, "x", None if limit is None else Target("<=", limit, "x"))

    references = []
    if HOME_PAGE_WIDGETS in samples:
        # What no program showing this page on this stack can save.
        references = [
            paired(
                "start ratio: home page widgets vs bare window (reference)",
                HOME_PAGE_WIDGETS,
                "bare window",
                "first_paint_ms",
            ),
            paired(
                "memory ratio: home page widgets vs bare stack (reference)",
                HOME_PAGE_WIDGETS,
                "bare stack",
                "peak_rss_mib",
            ),
        ]
    return [
        *rows,
        paired("start ratio: window", "app", "bare window", "first_paint_ms", start_limit),
        paired("start ratio: tray", "app --minimized", "bare tray", "first_paint_ms", start_limit),
        paired("memory ratio: peak RSS", "app", "bare stack", "peak_rss_mib", memory_limit),
        paired("memory ratio: vs bare window (info)", "app", "bare window", "peak_rss_mib"),
        *references,
    ]


def idle_rows(samples: dict[str, list[IdleSample]]) -> list[Row]:
    rows = []
    for name, group in samples.items():
        judged = name == "app --minimized"
        per_10_min = [s.wakeups * 600 / s.seconds for s in group]
        rows.append(
            spread_row(
                f"idle wake-ups per 10 min: {name}",
                per_10_min,
                "",
                Target("<=", IDLE_WAKEUPS_PER_10_MIN, "") if judged else None,
            )
        )
        rows.append(
            spread_row(
                f"idle CPU per min: {name}", [per_minute(s.cpu_ms, s.seconds) for s in group], "ms"
            )
        )
        if any(s.syscalls for s in group) or shutil.which("strace"):
            calls = [per_minute(sum(s.syscalls.values()), s.seconds) for s in group]
            polling = [
                per_minute(
                    sum(n for c, n in s.syscalls.items() if c in FILE_SYSTEM_CALLS), s.seconds
                )
                for s in group
            ]
            rows.append(spread_row(f"idle system calls per min: {name}", calls, ""))
            rows.append(
                spread_row(
                    f"idle file-system calls per min: {name}",
                    polling,
                    "",
                    Target("<=", 0, "") if judged else None,
                )
            )
    return rows


def bundle_rows(
    starts: dict[str, list[StartSample]],
    cli: dict[str, list[float]],
    size_mib: float,
    install_mib: float | None,
) -> list[Row]:
    """The bundle against the venv: first paint paired per round, the
    commands paired run by run, and its folder against the runtime install."""
    limit = Target("<=", BUNDLE_RATIO_LIMIT, "x")
    rows = [
        spread_row(
            "bundle ratio: first paint vs venv",
            paired_ratios(
                [s.first_paint_ms for s in starts["bundle"]],
                [s.first_paint_ms for s in starts["app"]],
            ),
            "x",
            limit,
        ),
    ]
    for command in ("--version", "routines"):
        rows.append(
            spread_row(
                f"bundle ratio: {command} vs venv",
                paired_ratios(cli[f"bundle {command}"], cli[command]),
                "x",
                limit,
            )
        )
    if install_mib is None:
        rows.append(Row("bundle size", size_mib, "MiB"))
    else:
        rows.append(
            Row(
                "bundle size vs runtime install",
                size_mib,
                "MiB",
                baseline=install_mib,
                target=limit,
                by_ratio=True,
            )
        )
    return rows


def run(
    settings: RunSettings, gate: bool, log: Callable[[str], None], bundle: Path | None = None
) -> tuple[list[Row], list[str], dict[str, Any]]:
    now = dt.datetime.now().astimezone()
    evening = quiet_settings_toml(now)
    remembered = evening_state_json(now)
    # Start and memory: tonight's reminders scheduled (the quiet settings keep
    # them out of the measured seconds), not a first start.
    programs = [
        bare("bare_window.py", "bare window"),
        app("app", settings_toml=evening, state_json=remembered),
        bare("bare_tray.py", "bare tray", in_tray=True),
        app(
            "app --minimized",
            "--minimized",
            settings_toml=evening,
            state_json=remembered,
            in_tray=True,
        ),
        bare("bare_stack.py", "bare stack"),
        bare("home_page_widgets.py", HOME_PAGE_WIDGETS),
    ]
    bundled = None if bundle is None else bundle / "stretch-coach"
    if bundled is not None:
        if not bundled.exists():
            raise BenchmarkError(f"no bundle launcher at {bundled} (tools/build_bundle.py)")
        # Interleaved with the rest, so its ratio to the venv's app is paired too.
        programs.insert(
            2,
            Program("bundle", (str(bundled),), settings_toml=evening, state_json=remembered),
        )
    peers = installed_peers()
    raw_countdown, plan_seconds = countdown_routine(settings.session_seconds)
    session_program = dataclasses.replace(
        app(
            "session", "start", "benchmark-countdown", settings_toml=evening, state_json=remembered
        ),
        routine_toml=("benchmark-countdown.toml", routine_toml(raw_countdown)),
    )
    notes: list[str] = []
    desktop = Desktop()
    try:
        if not desktop.session.window_manager:
            notes.append("openbox is not installed: windows were measured without a window manager")
        log("warming up (bytecode, file cache)...")
        for program in programs:
            desktop.start_once(program, 0)
        for peer in list(peers):
            try:
                desktop.start_once(peer, 0)
            except BenchmarkError as exc:
                # A peer that cannot show itself here is left out, not fatal.
                peers.remove(peer)
                notes.append(f"{peer.name} is installed but was left out: {exc}".splitlines()[0])
        starts: dict[str, list[StartSample]] = {p.name: [] for p in programs + peers}
        for index in range(settings.rounds):
            # Alternate the order, so a slow drift of the machine hits all alike.
            order = programs if index % 2 == 0 else programs[::-1]
            for program in [*order, *peers]:
                sample = desktop.start_once(program, settings.settle_seconds)
                starts[program.name].append(sample)
                log(
                    f"  round {index + 1}/{settings.rounds} {program.name}: "
                    f"{sample.first_paint_ms:.0f} ms, {sample.peak_rss_mib:.1f} MiB"
                )
        log(
            f"idling side by side: {settings.idle_settle_seconds:g} s to settle, "
            f"{settings.idle_seconds:g} s counted..."
        )
        by_name = {program.name: program for program in programs}
        idle_programs = [by_name["app --minimized"], by_name["bare tray"], *peers]
        idle = {
            name: [resting]
            for name, resting in desktop.idle_together(
                idle_programs, settings.idle_settle_seconds, settings.idle_seconds
            ).items()
        }
        for name, group in idle.items():
            log(f"  idle {name}: {group[0].wakeups} wake-ups, {group[0].cpu_ms:.1f} ms CPU")
        log(f"running {settings.sessions} real session(s) of {plan_seconds} s...")
        sessions = []
        for _ in range(settings.sessions):
            sample_session = session_once(desktop, session_program, plan_seconds)
            sessions.append(sample_session)
            log(
                f"  session: {sample_session.cpu_percent:.1f} % CPU, end error "
                f"{sample_session.end_error_ms:.1f} ms"
            )
    finally:
        desktop.close()
    log("timing reminders and commands...")
    latencies = reminder_latencies(settings.rounds)
    cli = {
        "python -c pass": time_command([sys.executable, "-c", "pass"], settings.cli_runs),
        "--version": time_command([str(APP_COMMAND), "--version"], settings.cli_runs),
        "routines": time_command([str(APP_COMMAND), "routines"], settings.cli_runs),
        "plan": time_command([str(APP_COMMAND), "plan", "bedtime"], settings.cli_runs),
    }
    if bundled is not None:
        cli["bundle --version"] = time_command([str(bundled), "--version"], settings.cli_runs)
        cli["bundle routines"] = time_command([str(bundled), "routines"], settings.cli_runs)
    log("measuring the runtime install...")
    install = runtime_install_mib()

    rows = [
        *start_rows(starts, gate),
        *idle_rows(idle),
        spread_row(
            "session CPU (rep move and hold)",
            [s.cpu_percent for s in sessions],
            "%",
            Target("<=", SESSION_CPU_LIMIT_PERCENT, "%"),
        ),
        spread_row(
            "countdown end error (history row)",
            [abs(s.end_error_ms) for s in sessions],
            "ms",
            Target("<", COUNTDOWN_ERROR_LIMIT_MS, "ms"),
        ),
        spread_row(
            "reminder latency",
            latencies,
            "ms",
            Target("<", REMINDER_LATENCY_LIMIT_MS, "ms"),
        ),
    ]
    for name, times in cli.items():
        judged = name != "python -c pass" and not name.startswith("bundle")
        rows.append(
            spread_row(
                f"command line: {name}",
                times,
                "ms",
                Target("<=", CLI_LIMIT_MS, "ms") if judged else None,
            )
        )
    if install is None:
        notes.append("uv is not installed: the runtime install was not measured")
    else:
        rows.append(
            Row(
                "runtime install (uv sync --no-dev)",
                install,
                "MiB",
                target=Target("<=", INSTALL_LIMIT_MIB, "MiB"),
            )
        )
    if bundled is not None and bundle is not None:
        rows += bundle_rows(starts, cli, folder_mib(bundle), install)
    if not installed_peers():
        notes.append("Safe Eyes and Workrave are not installed: no peer columns")
    if not shutil.which("strace"):
        notes.append("strace is not installed: idle system calls were not counted")
    busiest = Counter[str]()
    for app_idle in idle.get("app --minimized", []):
        busiest.update(app_idle.syscalls)
    if busiest:
        notes.append(
            "idle app system calls: "
            + ", ".join(f"{name} x{count}" for name, count in busiest.most_common(6))
        )
    raw = {
        "start": {k: [dataclasses.asdict(s) for s in v] for k, v in starts.items()},
        "idle": {k: [dataclasses.asdict(s) for s in v] for k, v in idle.items()},
        "sessions": [dataclasses.asdict(s) for s in sessions],
        "reminder_latency_ms": latencies,
        "cli_ms": cli,
        "install_mib": install,
    }
    return rows, notes, raw


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = RunSettings.from_args(args)
    began = time.monotonic()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    from benchmarks.xsession import missing_tools

    missing = missing_tools()
    if missing:
        log(f"benchmark cannot run: not installed: {', '.join(missing)}")
        return 2
    if not APP_COMMAND.exists():
        log(f"benchmark cannot run: no {APP_COMMAND} (run uv sync first)")
        return 2
    machine = machine_info()
    try:
        rows, notes, raw = run(settings, args.gate, log, args.bundle)
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
    met = all_met(rows, args.advisory)
    missed = [row.metric for row in rows if row.passed is False]
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
            "settings": dataclasses.asdict(settings),
            "elapsed_seconds": elapsed,
            "rows": [row.to_json() for row in rows],
            "notes": notes,
            "all_met": met,
            "raw": raw,
        }
        args.json.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
