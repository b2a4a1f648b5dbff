"""The bundle's size and start-up times next to the venv's, for the benchmark.

    uv run python tools/build_bundle.py                 # first: dist/stretch-coach/
    uv run python tools/bundle_figures.py               # a table; exit 1 if a target is missed
    uv run python tools/bundle_figures.py --json --runs 7 --advisory

Times are medians of ``--runs`` wall-clock runs of the bundle's
`stretch-coach` and the venv's (.venv/bin/stretch-coach), taken in turns
(each round starts both, in alternating order), every run in a fresh
temporary home:

- `--version` and `routines`: from start to exit;
- first window: `start quick` offscreen, from start until Qt first paints the
  window (Qt's own "qt.widgets.painting" log says so; the app is not
  changed), then the app is ended.

The target (issue 17) is that the bundle takes at most 1.2 times as long as
the venv. The size is the bundle folder's disk use, as `du` counts it.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = REPO / "dist" / "stretch-coach"
DEFAULT_VENV_LAUNCHER = REPO / ".venv" / "bin" / "stretch-coach"
TARGET_RATIO = 1.2
DEFAULT_RUNS = 7
TIMEOUT = 60.0
# Qt prints this when it paints a top-level window for the first time.
PAINT_RULES = "qt.widgets.painting=true"
PAINTED = "Painting and flushing dirty top level"


@dataclass(frozen=True, slots=True)
class Figure:
    metric: str
    unit: str
    bundle: float
    venv: float | None = None  # None: nothing to compare with
    target_ratio: float | None = None
    bundle_runs: tuple[float, ...] = ()
    venv_runs: tuple[float, ...] = ()

    @property
    def ratio(self) -> float | None:
        return None if self.venv is None or self.venv <= 0 else self.bundle / self.venv

    @property
    def met(self) -> bool | None:
        ratio = self.ratio
        if self.target_ratio is None or ratio is None:
            return None
        return ratio <= self.target_ratio


def disk_use(folder: Path) -> int:
    """Bytes the folder takes on disk, counted as `du` does (each file once)."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        if (info.st_dev, info.st_ino) not in seen:
            seen.add((info.st_dev, info.st_ino))
            total += info.st_blocks * 512
    return total


@contextmanager
def fresh_home() -> Iterator[dict[str, str]]:
    """An environment whose home, runtime folder and settings are new and empty."""
    with tempfile.TemporaryDirectory(prefix="bundle-figures-") as folder:
        home, runtime = Path(folder, "home"), Path(folder, "run")
        home.mkdir()
        runtime.mkdir(mode=0o700)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("XDG_", "QT_")) and key != "LANGUAGE"
        }
        env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), LANG="C.UTF-8")
        yield env


def time_command(launcher: Path, args: Sequence[str]) -> float:
    """Seconds from starting the command to its exit."""
    command = [str(launcher), *args]
    with fresh_home() as env:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        # A wait with a timeout polls, at intervals that grow to 50 ms, and
        # would round every time up to the next poll; this one blocks until
        # the exit, and a watchdog ends a command that hangs.
        watchdog = threading.Timer(TIMEOUT, process.kill)
        watchdog.start()
        try:
            code = process.wait()
        finally:
            watchdog.cancel()
        ended = time.perf_counter()
    if code != 0:
        raise RuntimeError(f"{' '.join(command)} failed (exit status {code})")
    return ended - started


def time_first_window(launcher: Path) -> float:
    """Seconds from starting `start quick` offscreen to the window's first paint."""
    with fresh_home() as env:
        env.update(QT_QPA_PLATFORM="offscreen", QT_LOGGING_RULES=PAINT_RULES)
        started = time.perf_counter()
        app = subprocess.Popen(
            [str(launcher), "start", "quick"], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True, errors="replace",
        )  # fmt: skip
        try:
            assert app.stderr is not None
            for line in app.stderr:
                if PAINTED in line:
                    return time.perf_counter() - started
            raise RuntimeError(f"{launcher} start quick ended without painting a window")
        finally:
            # Qt goes on logging every paint: with nobody reading, the app
            # would block on a full pipe and never see the signal to end.
            if app.stderr is not None:
                app.stderr.close()
            app.terminate()
            try:
                app.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def paired_medians(
    measure: Callable[[Path], float], bundle: Path, venv: Path, runs: int
) -> tuple[list[float], list[float]]:
    """Samples of both, one of each per round, the order alternating."""
    samples: dict[Path, list[float]] = {bundle: [], venv: []}
    for round_number in range(runs):
        order = (bundle, venv) if round_number % 2 == 0 else (venv, bundle)
        for launcher in order:
            samples[launcher].append(measure(launcher))
    return samples[bundle], samples[venv]


def measure(bundle: Path, venv_launcher: Path, runs: int = DEFAULT_RUNS) -> list[Figure]:
    """The bundle folder's size and its start-up times next to the venv's."""
    launcher = bundle / "stretch-coach"
    figures = [Figure("bundle size", "MiB", disk_use(bundle) / 2**20)]
    timings: list[tuple[str, Callable[[Path], float]]] = [
        ("--version", lambda path: time_command(path, ["--version"])),
        ("routines", lambda path: time_command(path, ["routines"])),
        ("first window (start quick, offscreen)", time_first_window),
    ]
    for metric, timing in timings:
        ours, theirs = paired_medians(timing, launcher, venv_launcher, runs)
        ours_ms, theirs_ms = tuple(t * 1000 for t in ours), tuple(t * 1000 for t in theirs)
        figures.append(
            Figure(
                metric,
                "ms",
                bundle=statistics.median(ours_ms),
                venv=statistics.median(theirs_ms),
                target_ratio=TARGET_RATIO,
                bundle_runs=ours_ms,
                venv_runs=theirs_ms,
            )
        )
    return figures


def format_table(figures: Sequence[Figure]) -> str:
    rows = [("metric", "bundle", "venv", "ratio", "target", "result")]
    for f in figures:
        venv = "-" if f.venv is None else f"{f.venv:.0f} {f.unit}"
        ratio = "-" if f.ratio is None else f"{f.ratio:.2f}x"
        target = "-" if f.target_ratio is None else f"<= {f.target_ratio:.2f}x"
        result = {None: "info", True: "pass", False: "FAIL"}[f.met]
        rows.append((f.metric, f"{f.bundle:.0f} {f.unit}", venv, ratio, target, result))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )


def as_json(figures: Sequence[Figure]) -> list[Mapping[str, object]]:
    return [{**asdict(f), "ratio": f.ratio, "met": f.met} for f in figures]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE, help="the bundle folder")
    parser.add_argument(
        "--venv-launcher", type=Path, default=DEFAULT_VENV_LAUNCHER, help="the venv's launcher"
    )
    parser.add_argument("--runs", type=int, default=DEFAULT_RUNS, help="runs of each (median)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--advisory", action="store_true", help="exit 0 even if a target is missed")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    for path in (args.bundle / "stretch-coach", args.venv_launcher):
        if not path.is_file():
            parser.error(f"{path} does not exist (build the bundle with tools/build_bundle.py)")
    figures = measure(args.bundle, args.venv_launcher, args.runs)
    if args.json:
        print(json.dumps(as_json(figures), indent=2))
    else:
        print(format_table(figures))
    missed = any(f.met is False for f in figures)
    return 1 if missed and not args.advisory else 0


if __name__ == "__main__":
    sys.exit(main())
