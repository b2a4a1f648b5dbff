"""`stretch-coach export --ics FILE`: the calendar file from the command line.

The file, expanded by independent libraries over the next year, must give
exactly what `stretch-coach reminders --days 366 --json` prints for the same
moment: the same kinds at the same instants.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from stretch_coach import cli
from stretch_coach.cli import main
from tests.conftest import REPO_ROOT
from tests.ical_check import expand, field, from_json, planned
from tests.test_cli import write_settings

YEAR = dt.timedelta(days=366)
# The English summaries say which kind an event is, as they say it to the person.
KINDS = {"Time to stretch": "stretch", "Time for a glass of water": "hydration"}
GERMAN_KINDS = {"Zeit zum Dehnen": "stretch", "Zeit für ein Glas Wasser": "hydration"}

# Bedtimes that differ by weekday, two of them after midnight and in the hours
# the clocks change (02:00 to 03:00 in Europe, North America and Sydney), and
# water every 20 minutes until bed.
SETTINGS = """\
[bedtime]
time = "22:45"
[bedtime.weekdays]
fri = "00:30"
sat = "02:50"
sun = "21:30"
[reminders.stretch]
minutes_before_bedtime = 25
days = ["mon", "tue", "thu", "fri", "sat", "sun"]
[reminders.hydration]
first = "15:40"
every_minutes = 20
stop_minutes_before_bedtime = 0
"""

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "America/St_Johns",
]


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def export_at(moment: dt.datetime, path: Path, *extra: str) -> tuple[int, str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "local_now", lambda: moment)
        return run("export", "--ics", str(path), *extra)


@pytest.mark.parametrize("zone", ZONES)
def test_a_year_of_the_file_is_what_reminders_json_prints(
    zone: str, private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", zone)
    write_settings(private_home, SETTINGS)
    # Exported in the afternoon of 2 March 2027: the year ahead holds every
    # clock change of these zones, northern and southern.
    moment = dt.datetime(2027, 3, 2, 14, 20, 11, tzinfo=ZoneInfo(zone))
    target = tmp_path / "reminders.ics"
    code, out = export_at(moment, target)
    assert code == 0
    assert out == f"wrote {target}\n"
    code, out = run("reminders", "--from", moment.isoformat(), "--days", "366", "--json")
    assert code == 0
    printed = from_json(json.loads(out))
    assert len(printed) > 366 * 20  # a year of evenings, with water every 20 minutes
    data = target.read_bytes()
    assert expand(data, moment, moment + YEAR, KINDS) == printed
    # The nights the clocks change were worked on (Kolkata has none).
    assert (b"\r\nEXDATE;TZID=" in data) == (zone != "Asia/Kolkata")


def test_the_file_starts_with_the_evening_it_is_exported_on(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    zone = ZoneInfo("Europe/Berlin")
    moment = dt.datetime(2026, 11, 27, 21, 50, tzinfo=zone)  # a Friday, before the stretch reminder
    target = tmp_path / "reminders.ics"
    assert export_at(moment, target)[0] == 0
    data = target.read_bytes()
    evening = expand(data, moment, dt.datetime(2026, 11, 28, 6, 0, tzinfo=zone), KINDS)
    assert evening == [("stretch", dt.datetime(2026, 11, 27, 21, 0, tzinfo=dt.UTC))]
    stamps = set(re.findall(rb"DTSTAMP:(\S+)\r\n", data))
    assert stamps == {b"20261127T205000Z"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "tz",
    [
        "Australia/Sydney",
        # A POSIX TZ string, which zoneinfo cannot read: the zone the C library
        # follows, written out in the file's VTIMEZONE under that name.
        "EST5EDT,M3.2.0,M11.1.0",
    ],
)
def test_real_processes_agree_for_a_year(tz: str, private_home: Path, tmp_path: Path) -> None:
    write_settings(private_home, SETTINGS)
    env = {**os.environ, "TZ": tz, "PYTHONIOENCODING": "utf-8", "LANGUAGE": "en"}
    target = tmp_path / "phone.ics"

    def stretch_coach(*argv: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "stretch_coach", *argv],
            capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    assert stretch_coach("export", "--ics", str(target)) == f"wrote {target}\n"
    data = target.read_bytes()
    # The moment of the export, as the file says it.
    (stamp,) = set(re.findall(rb"DTSTAMP:(\d{8}T\d{6})Z\r\n", data))
    moment = dt.datetime.strptime(stamp.decode(), "%Y%m%dT%H%M%S").replace(tzinfo=dt.UTC)
    printed = json.loads(
        stretch_coach("reminders", "--from", moment.isoformat(), "--days", "366", "--json")
    )
    assert expand(data, moment, moment + YEAR, KINDS) == from_json(printed)
    zone_name = tz if "," not in tz else f'"{tz}"'
    assert f"DTSTART;TZID={zone_name}:".encode() in data


@pytest.mark.slow
def test_the_file_speaks_the_language_of_the_window(private_home: Path, tmp_path: Path) -> None:
    env = {**os.environ, "TZ": "Europe/Berlin", "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}
    target = tmp_path / "telefon.ics"
    done = subprocess.run(
        [sys.executable, "-m", "stretch_coach", "export", "--ics", str(target)],
        capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    import icalendar

    summaries = {
        str(field(e, "SUMMARY"))
        for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    assert summaries == set(GERMAN_KINDS)


# -- replacing, refusing, and what to export -------------------------------------------------


def test_an_existing_file_is_left_alone_without_force(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    target = tmp_path / "reminders.ics"
    target.write_bytes(b"my own calendar\n")
    os.utime(target, (1_000_000_000, 1_000_000_000))
    moment = dt.datetime(2026, 11, 27, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    code, out = export_at(moment, target)
    assert (code, out) == (1, "")
    err = capsys.readouterr().err
    assert (
        err == f"stretch-coach export: error: {target} already exists; use --force to replace it\n"
    )
    assert target.read_bytes() == b"my own calendar\n"
    assert target.stat().st_mtime == 1_000_000_000
    assert [p.name for p in tmp_path.iterdir()] == ["reminders.ics"]  # no temporary file left

    code, out = export_at(moment, target, "--force")
    assert (code, out) == (0, f"wrote {target}\n")
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert [p.name for p in tmp_path.iterdir()] == ["reminders.ics"]


def test_a_refused_calendar_writes_no_csv_either_and_the_other_way_round(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target, folder = tmp_path / "reminders.ics", tmp_path / "csv"
    target.write_text("keep")
    assert run("export", "--csv", str(folder), "--ics", str(target))[0] == 1
    assert not folder.exists()
    assert "reminders.ics already exists" in capsys.readouterr().err

    target.unlink()
    folder.mkdir()
    (folder / "sessions.csv").write_text("keep")
    assert run("export", "--csv", str(folder), "--ics", str(target))[0] == 1
    assert "sessions.csv already exists" in capsys.readouterr().err
    assert not target.exists()
    assert sorted(p.name for p in folder.iterdir()) == ["sessions.csv"]


def test_csv_and_ics_together(tmp_path: Path) -> None:
    target, folder = tmp_path / "reminders.ics", tmp_path / "csv"
    code, out = run("export", "--ics", str(target), "--csv", str(folder))
    assert code == 0
    assert out.splitlines() == [
        f"wrote {folder / name}" for name in ("sessions.csv", "hydration.csv", "diary.csv")
    ] + [f"wrote {target}"]
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_export_needs_csv_or_ics(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export")[0] == 2
    err = capsys.readouterr().err
    assert err == (
        "stretch-coach export: error: say what to export: "
        "--csv DIR for your history, --ics FILE for your reminders\n"
    )


@pytest.mark.parametrize("name", ["", "  "])
def test_an_empty_file_name_exits_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "--ics", name], out=io.StringIO())
    assert info.value.code == 2
    assert "the file name is empty" in capsys.readouterr().err


def test_a_folder_is_not_a_file_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "--ics", str(tmp_path), "--force")[0] == 1
    err = capsys.readouterr().err
    assert (
        f"{tmp_path} is a folder; give a file name, such as {tmp_path}/stretch-coach-reminders.ics"
        in err
    )
    assert list(tmp_path.iterdir()) == []


def test_no_reminders_no_file(
    private_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_settings(
        private_home,
        "[reminders.stretch]\nenabled = false\n[reminders.hydration]\nenabled = false\n",
    )
    target = tmp_path / "reminders.ics"
    assert run("export", "--ics", str(target))[0] == 1
    assert "no reminders to export" in capsys.readouterr().err
    assert not target.exists()


def test_a_missing_folder_is_created_privately(tmp_path: Path) -> None:
    target = tmp_path / "new" / "reminders.ics"
    assert run("export", "--ics", str(target))[0] == 0
    assert target.is_file()
    assert (target.parent.stat().st_mode & 0o777, target.stat().st_mode & 0o777) == (0o700, 0o600)


def test_the_file_is_the_plan_of_the_settings_file(
    private_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Compared through the function `reminders` calls, with the settings as loaded.
    from stretch_coach.core.reminders import ReminderPlanner

    monkeypatch.setenv("TZ", "Australia/Sydney")
    write_settings(private_home, SETTINGS)
    zone = ZoneInfo("Australia/Sydney")
    moment = dt.datetime(2026, 9, 30, 8, 0, tzinfo=zone)
    target = tmp_path / "reminders.ics"
    assert export_at(moment, target)[0] == 0
    plan = ReminderPlanner(cli.load_settings(), zone).upcoming(moment, moment + YEAR)
    assert expand(target.read_bytes(), moment, moment + YEAR, KINDS) == planned(plan)
