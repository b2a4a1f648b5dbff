from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stretch_coach import __version__
from stretch_coach.cli import build_parser, format_duration, main
from stretch_coach.core.routines import BUILTIN_ORDER

# The languages as the shipped catalogues name them (English is the source).
SHIPPED = sorted(
    {"en"}
    | {
        path.stem.removeprefix("stretch_coach_")
        for path in (Path(__file__).resolve().parent.parent / "stretch_coach" / "i18n").glob(
            "stretch_coach_*.qm"
        )
    }
)


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
    assert "Calf stretch at the wall · Left leg · hold 10 s · set 1 of 3" in out
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
        (["--lang", "xx", "routines"], f"no language 'xx' (available: {', '.join(SHIPPED)})"),
        (["--lang", "", "about"], "no language ''"),
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


def test_help_lists_the_shipped_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(SHIPPED) >= 8  # English, German and at least six more
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert "--lang xx language of the window, its voice and the health guide (about): " in (
        help_text
    )
    assert ", ".join(SHIPPED) in help_text


@pytest.mark.parametrize(("given", "code"), [("de", "de"), ("pt_PT", "pt"), ("PL", "pl")])
def test_lang_takes_a_language_or_a_locale_name(given: str, code: str) -> None:
    assert build_parser().parse_args(["--lang", given, "routines"]).lang == code
    assert build_parser().parse_args(["routines"]).lang is None


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


def write_settings(home: Path, text: str) -> Path:
    path = home / ".config" / "stretch-coach" / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_reminders_json_in_local_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    code, out = run("reminders", "--from", "2026-10-24T12:00", "--days", "2", "--json")
    assert code == 0
    data = json.loads(out)
    stretch = [r["at"] for r in data if r["kind"] == "stretch"]
    assert stretch == ["2026-10-24T22:00:00+02:00", "2026-10-25T22:00:00+01:00"]
    assert [r["at"] for r in data] == sorted(r["at"] for r in data)
    assert {r["kind"] for r in data} == {"stretch", "hydration"}


def test_reminders_text_is_an_agenda_by_evening(
    monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    write_settings(private_home, '[bedtime.weekdays]\nfri = "00:30"\n')
    code, out = run("reminders", "--from", "2026-11-27", "--days", "2")
    assert code == 0
    friday, saturday = out.split("Saturday 28 November")
    assert friday.splitlines()[0] == "Friday 27 November  (bedtime 00:30)"
    # Friday's stretch reminder is at midnight, still part of Friday evening.
    assert friday.splitlines()[-1] == "  00:00  Stretch before bed"
    assert saturday.startswith("  (bedtime 22:30)")


def test_reminders_text_keeps_the_evening_after_spring_forward(
    monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    write_settings(
        private_home, '[bedtime]\ntime = "00:45"\n[reminders.hydration]\nenabled = false\n'
    )
    code, out = run("reminders", "--from", "2026-03-07T12:00", "--days", "4")
    assert code == 0
    assert out.splitlines() == [
        line
        for day in ("Saturday 7", "Sunday 8", "Monday 9", "Tuesday 10")
        for line in (f"{day} March  (bedtime 00:45)", "  00:15  Stretch before bed")
    ]


def test_reminders_json_on_lord_howe_lists_each_reminder_once(
    monkeypatch: pytest.MonkeyPatch, private_home: Path
) -> None:
    monkeypatch.setenv("TZ", "Australia/Lord_Howe")
    write_settings(
        private_home,
        '[bedtime]\ntime = "02:45"\n'
        "[reminders.hydration]\nevery_minutes = 15\nstop_minutes_before_bedtime = 0\n",
    )
    code, out = run("reminders", "--from", "2026-10-03T23:00", "--days", "2", "--json")
    assert code == 0
    rows = [(r["kind"], r["at"]) for r in json.loads(out)]
    assert len(rows) == len(set(rows))
    # The clock jumps from 02:00 to 02:30 on 4 October: what was planned for
    # 02:00 and 02:15 comes then, together with 02:30's own water reminder.
    jump = [r for r in rows if "2026-10-04T02" in r[1]]
    assert jump == [
        ("hydration", "2026-10-04T02:30:00+11:00"),
        ("stretch", "2026-10-04T02:30:00+11:00"),
        ("hydration", "2026-10-04T02:45:00+11:00"),
    ]
    # The night after is whole again.
    assert ("hydration", "2026-10-05T00:00:00+11:00") in rows
    assert ("hydration", "2026-10-05T00:15:00+11:00") in rows


def test_bad_settings_warn_but_reminders_still_work(
    monkeypatch: pytest.MonkeyPatch, private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", "UTC")
    write_settings(private_home, '[bedtime]\ntime = "25:99"\n')
    code, out = run("reminders", "--from", "2026-11-27T12:00", "--days", "1", "--json")
    assert code == 0
    assert json.loads(out)[-1]["at"] == "2026-11-27T22:00:00+00:00"
    err = capsys.readouterr().err
    assert "warning" in err and "bedtime.time" in err and "'25:99'" in err


def test_garbage_settings_file_is_kept_and_reported(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings(private_home, "\x00\x01 not toml [[[")
    code, _ = run("reminders", "--days", "1")
    assert code == 0
    assert "not valid TOML" in capsys.readouterr().err
    copies = list(path.parent.glob("settings.toml.broken-*"))
    assert len(copies) == 1 and copies[0].read_text() == "\x00\x01 not toml [[["


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["reminders", "--days", "367"], "from 1 to 366, not '367'"),
        (["reminders", "--days", "x"], "days must be a whole number"),
        (["reminders", "--from", "tomorrow"], "'tomorrow' is not an ISO 8601 date-time"),
    ],
)
def test_bad_reminder_options_exit_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv, out=io.StringIO())
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1


def test_paths_are_the_platform_folders(private_home: Path) -> None:
    code, out = run("paths", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["settings"] == str(private_home / ".config" / "stretch-coach" / "settings.toml")
    assert data["history"].startswith(str(private_home / ".local" / "share" / "stretch-coach"))
    assert "stretch-coach" in data["log"]
    code, text = run("paths")
    assert text.splitlines()[0].startswith("settings:")


def test_user_routines_are_listed_and_bad_files_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stretch_coach.services.paths import AppPaths

    folder = AppPaths.for_user().routines_dir
    folder.mkdir(parents=True)
    (folder / "my-evening.toml").write_text(
        'name = "My evening"\n[[exercises]]\nid = "calf-stretch"\nhold_seconds = 20\n'
    )
    (folder / "broken.toml").write_text("not = [toml")
    assert main(["routines"]) == 0
    captured = capsys.readouterr()
    assert "my-evening" in captured.out
    assert "broken.toml" in captured.err
    assert main(["plan", "my-evening"]) == 0
    assert "Calf stretch at the wall" in capsys.readouterr().out


def write_user_routine(name: str, text: str) -> Path:
    from stretch_coach.services.paths import AppPaths

    folder = AppPaths.for_user().routines_dir
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("argv", [["routines"], ["plan", "bedtime"]])
def test_a_bad_routine_file_is_reported_once(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import logging

    # As in a real process: no handler on the root logger (pytest adds its own),
    # so a log record without a handler would reach the terminal too.
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    write_user_routine("broken.toml", "not = [toml")
    assert main(argv, out=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert err.count("broken.toml") == 1, err
    assert err.startswith("stretch-coach: warning: broken.toml was skipped")


@pytest.mark.parametrize(
    "text", ["5_0", " 5", "5 ", "+5", "٥", "5\n", "0x10", "5.0", "", "9" * 5000]
)
@pytest.mark.parametrize(
    "option", [["plan", "bedtime", "--minutes"], ["start", "--minutes"], ["reminders", "--days"]]
)
def test_numbers_are_plain_ascii_digits(
    option: list[str],
    text: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stretch_coach import cli

    # "start" with a number it took would open the app window.
    monkeypatch.setattr(cli, "gui_main", lambda args: pytest.fail(f"accepted {text!r}"))
    with pytest.raises(SystemExit) as info:
        main([*option, text], out=io.StringIO())
    assert info.value.code == 2
    err = capsys.readouterr().err
    most = 366 if option[0] == "reminders" else 60  # days of a year, minutes of an hour
    assert f"must be a whole number from 1 to {most}, not" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_leading_zeros_are_still_a_number() -> None:
    code, out = run("plan", "quick", "--minutes", "03", "--json")
    assert code == 0 and abs(json.loads(out)["total_seconds"] - 180) <= 15


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "9999-12-31"],
        ["--from", "9998-01-01"],
        ["--from", "9999-12-31T23:59", "--days", "60"],
        ["--from", "0001-01-01T00:00+14:00"],
        ["--from", "0001-01-01"],
        ["--from", "1899-12-31T23:59"],
    ],
)
@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_reminders_far_outside_any_lifetime_exit_2(
    argv: list[str], zone: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", zone)
    with pytest.raises(SystemExit) as info:
        main(["reminders", *argv], out=io.StringIO())
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "outside the years 1900 to 9997" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "9997-12-31T23:59", "--days", "366"],
        ["--from", "9997-12-31T23:59-12:00", "--days", "366"],
        ["--from", "1900-01-01T00:00+14:00"],
        ["--from", "1900-01-01"],
    ],
)
@pytest.mark.parametrize("zone", ["UTC", "Pacific/Kiritimati", "Etc/GMT+12"])
def test_reminders_at_the_ends_of_the_range_still_work(
    argv: list[str], zone: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", zone)
    code, out = run("reminders", *argv, "--json")
    assert code == 0
    assert all(r["kind"] in {"stretch", "hydration"} for r in json.loads(out))


# Escape sequences a hostile note, routine or file name could carry: a new
# terminal title (OSC ... BEL), a C1 "CSI" that clears the screen, a carriage
# return that overwrites the line, and the byte 0xff that is not UTF-8.
HOSTILE = "\x1b]0;PWNED\x07 \x9b2J \r fake"


def assert_terminal_safe(text: str) -> None:
    unsafe = [c for c in text if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F]
    assert not unsafe, text
    text.encode("utf-8")  # no lone surrogates, which a terminal could not even be sent


def test_terminal_text_escapes_control_characters() -> None:
    from stretch_coach.cli import terminal_text

    assert terminal_text(HOSTILE) == "\\x1b]0;PWNED\\x07 \\x9b2J \\x0d fake"
    assert terminal_text("tab\tand\nnew line\x7f") == "tab\\x09and\\x0anew line\\x7f"
    assert terminal_text("not UTF-8: \udcff") == "not UTF-8: \\xff"
    assert terminal_text("Café – “quoted” 東京") == "Café – “quoted” 東京"


def test_hostile_routine_names_are_escaped_on_the_terminal_but_not_in_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    name = json.dumps(HOSTILE)  # a TOML basic string takes the same escapes
    write_user_routine(
        "evil.toml", f'name = {name}\n[[exercises]]\nid = "calf-stretch"\nhold_seconds = 20\n'
    )
    for argv in (["routines"], ["plan", "evil"], ["plan", "evil", "--minutes", "3"]):
        code, out = run(*argv)
        assert code == 0
        assert "PWNED" in out
        assert_terminal_safe(out)
    code, out = run("routines", "--json")
    assert json.loads(out)[-1]["name"] == HOSTILE
    assert_terminal_safe(capsys.readouterr().err)


def test_hostile_file_names_in_problems_are_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    write_user_routine("\x1b]0;PWNED\x07.toml", "not = [toml")
    assert main(["routines"], out=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert "\\x1b]0;PWNED\\x07.toml was skipped" in err
    assert_terminal_safe(err)


def test_hostile_arguments_are_escaped_in_error_messages(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["routines", HOSTILE], out=io.StringIO())
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err and "PWNED" in err
    assert_terminal_safe(err)
    assert len(err.strip().splitlines()) == 1


def test_hostile_paths_are_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out\x1b]0;PWNED\x07-\udcff"
    code, out = run("export", "--csv", str(folder))
    assert code == 0 and len(out.splitlines()) == 3
    assert_terminal_safe(out)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "\x1b[2J"))
    code, out = run("paths")
    assert code == 0 and "\\x1b[2J" in out
    assert_terminal_safe(out)
    code, _ = run("export", "--csv", str(folder))  # the files exist now
    err = capsys.readouterr().err
    assert code == 1 and "already exists" in err
    assert_terminal_safe(err)


def test_plan_says_when_a_routine_cannot_take_the_length_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    entry = '[[exercises]]\nid = "calf-stretch"\nhold_seconds = 20\n'
    write_user_routine("many.toml", 'name = "Many"\n' + entry * 10)  # 10 stretches on each leg
    code, out = run("plan", "many", "--minutes", "1")
    assert code == 0 and out.startswith("Many — 5:45")  # one 10 s hold of each, per leg
    err = capsys.readouterr().err
    assert err == (
        "stretch-coach plan: note: Many cannot be made as short as 1 minute; "
        "this is as close as it gets\n"
    )
    assert run("plan", "many", "--minutes", "10")[0] == 0
    assert run("plan", "bedtime", "--minutes", "1")[0] == 0
    assert capsys.readouterr().err == ""
