from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from stretch_coach import __version__
from stretch_coach.cli import format_duration, main
from stretch_coach.core.routines import BUILTIN_ORDER


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"stretch-coach {__version__}"


def test_routines_json_lists_builtins_with_lengths() -> None:
    code, out = run("routines", "--json")
    assert code == 0
    data = json.loads(out)
    assert [r["id"] for r in data] == list(BUILTIN_ORDER)
    bedtime = data[0]
    assert bedtime["minutes"] == 5
    assert bedtime["exercises"] == ["toe-curl", "heel-raise", "calf-stretch"]
    assert all({"id", "name", "minutes", "exercises"} <= set(r) for r in data)


def test_routines_text_is_one_line_each() -> None:
    code, out = run("routines")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == len(BUILTIN_ORDER)
    assert lines[0].startswith("bedtime") and "5 min" in lines[0]


def test_plan_json_adds_up() -> None:
    code, out = run("plan", "bedtime", "--minutes", "8", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["routine"] == "bedtime"
    assert sum(s["seconds"] for s in plan["steps"]) == plan["total_seconds"]
    assert abs(plan["total_seconds"] - 480) <= 24
    for step in plan["steps"]:
        assert set(step) >= {"kind", "exercise", "side", "seconds", "reps", "starts_at"}


def test_plan_text_is_a_timeline() -> None:
    code, out = run("plan", "trial-protocol")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Research protocol")
    assert "Calf stretch at the wall (left leg): hold, set 1 of 3" in out
    assert lines[-1].strip().endswith("Done")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["plan", "nope"], "unknown routine 'nope' (choose from: bedtime, trial-protocol"),
        (["plan", "bedtime", "--minutes", "abc"], "from 1 to 60, not 'abc'"),
        (["plan", "bedtime", "--minutes", "0"], "from 1 to 60, not '0'"),
        (["plan", "bedtime", "--minutes", "61"], "from 1 to 60"),
        (["plan"], "the following arguments are required: routine"),
        (["--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["dance"], "invalid choice: 'dance'"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = main(argv, out=io.StringIO())
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_format_duration() -> None:
    assert format_duration(0) == "0 s"
    assert format_duration(59.4) == "59 s"
    assert format_duration(60) == "1:00"
    assert format_duration(3725) == "62:05"


@pytest.mark.slow
def test_module_entry_point_runs_in_a_real_process() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, "-m", "stretch_coach", "plan", "quick", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["routine"] == "quick"
    bad = subprocess.run(
        [sys.executable, "-m", "stretch_coach", "plan", "quick", "--minutes", "x"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


@pytest.mark.slow
def test_terminal_commands_do_not_load_qt() -> None:
    code = (
        "import sys; from stretch_coach.cli import main; import io;"
        "main(['plan', 'bedtime', '--json'], out=io.StringIO());"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
