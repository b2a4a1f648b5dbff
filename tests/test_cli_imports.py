"""The quick commands start without the heavy parts of the app.

`--version`, `--help` (which lists the languages), `--lang`, `routines` and
`plan` answer in a terminal: they must not load Qt, the scheduler or SQLite,
which would make each of them several times slower.
Run in a fresh interpreter each, so nothing another test imported counts.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("PySide6", "shiboken6", "apscheduler", "sqlite3", "_sqlite3")
# Nor the diary's records or the time zones, which none of them needs (the
# help states the diary's bounds from stretch_coach.core.diary_limits).
NOT_NEEDED = ("stretch_coach.core.records", "stretch_coach.core.time_zones", "zoneinfo")

PROBE = """
import contextlib, io, json, sys
command, watched = json.loads(sys.argv[1]), set(json.loads(sys.argv[2]))
sys.argv = ["stretch-coach", *command]
from stretch_coach.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main()
    except SystemExit as stop:
        code = stop.code
heavy = sorted(n for n in sys.modules if n in watched or n.split(".")[0] in watched)
print(json.dumps({"code": code, "heavy": heavy}))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [["--version"], ["--help"], ["--lang", "de", "routines"], ["routines"], ["plan", "quick"]],
    ids=" ".join,
)
def test_quick_commands_load_neither_qt_nor_the_scheduler_nor_sqlite(command: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(command), json.dumps(HEAVY + NOT_NEEDED)],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["code"] in (0, None)
    assert result["heavy"] == []
