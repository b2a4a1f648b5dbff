"""tools/bundle_figures.py, run against stand-ins for the bundle and the venv
(small Python scripts), so it is checked without building the bundle."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from tools import bundle_figures as figures

pytestmark = pytest.mark.slow

# A stand-in launcher: refuses a home another run has used, answers the
# quick commands, and for `start quick` logs Qt's first paint after DELAY
# seconds and then keeps logging, as Qt does for every later paint, the
# closing ones too: more than a pipe holds.
LAUNCHER = """\
#!{python}
import os, signal, sys, time
used = os.path.join(os.environ["HOME"], "used")
if os.path.exists(used):
    sys.exit(9)
open(used, "w").close()
time.sleep({delay})
if sys.argv[1] in ("--version", "routines"):
    print("stretch-coach 0.1.0" if sys.argv[1] == "--version" else "quick  2 min")
    sys.exit(0)
if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
    sys.exit(8)
stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
paint = "qt.widgets.painting: Painting and flushing dirty top level QRegion()"
print("qt.widgets.painting: Syncing dirty widgets", file=sys.stderr, flush=True)
while not stop:
    print(paint, file=sys.stderr)
    time.sleep(0.01)
for _ in range(5000):  # closing repaints too
    print(paint, file=sys.stderr)
"""


def launcher(folder: Path, delay: float) -> Path:
    folder.mkdir(parents=True)
    path = folder / "stretch-coach"
    path.write_text(LAUNCHER.format(python=sys.executable, delay=delay))
    path.chmod(0o755)
    return path


def test_a_slow_bundle_misses_the_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = launcher(tmp_path / "bundle", 0.4).parent
    (bundle / "_internal").mkdir()
    (bundle / "_internal" / "lib.so").write_bytes(b"\0" * 3 * 2**20)
    venv = launcher(tmp_path / "venv" / "bin", 0)

    code = figures.main(
        ["--bundle", str(bundle), "--venv-launcher", str(venv), "--runs", "3", "--json"]
    )
    assert code == 1
    report = {row["metric"]: row for row in json.loads(capsys.readouterr().out)}
    assert report["bundle size"]["bundle"] >= 3
    for metric in ("--version", "routines", "first window (start quick, offscreen)"):
        row = report[metric]
        assert len(row["bundle_runs"]) == len(row["venv_runs"]) == 3
        assert row["bundle"] >= 400 and row["venv"] < 400
        assert row["met"] is False and row["ratio"] > figures.TARGET_RATIO

    assert (
        figures.main(
            ["--bundle", str(bundle), "--venv-launcher", str(venv), "--runs", "1", "--advisory"]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert "FAIL" in table and "<= 1.20x" in table


def test_the_window_is_ended_promptly_though_it_keeps_logging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(figures, "TIMEOUT", 20.0)
    started = time.monotonic()
    painted = figures.time_first_window(launcher(tmp_path / "bundle", 0))
    assert painted < 10
    assert time.monotonic() - started < 10


def test_the_ratio_and_the_verdict() -> None:
    fast = figures.Figure("--version", "ms", bundle=80, venv=70, target_ratio=1.2)
    slow = figures.Figure("--version", "ms", bundle=90, venv=70, target_ratio=1.2)
    size = figures.Figure("bundle size", "MiB", bundle=107)
    assert fast.ratio == pytest.approx(80 / 70) and fast.met is True
    assert slow.met is False
    assert size.ratio is None and size.met is None


def test_disk_use_counts_like_du(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 10_000)
    (tmp_path / "b").symlink_to(tmp_path / "a")
    (tmp_path / "c").hardlink_to(tmp_path / "a")  # counted once, as du does
    used = figures.disk_use(tmp_path)
    assert 10_000 <= used < 10_000 + 3 * 8192


def test_a_missing_launcher_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        figures.main(["--bundle", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "build_bundle.py" in capsys.readouterr().err
