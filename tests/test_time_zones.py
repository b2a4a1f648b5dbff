"""Whatever TZ says, the app starts: POSIX TZ strings work, unknown zones fall back.

TZ is read by the C library once per process, so these tests run the app in
subprocesses with TZ set, never by changing this process's time zone.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stretch_coach.core.time_zones import usable_tz
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.single_instance import instance_name
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow  # subprocesses

POSIX_NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"  # New York's rules, spelled the POSIX way
UNKNOWN = ["Foo/Bar", "garbage", ":"]


def run_app(tz: str | None, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "TZ"}
    if tz is not None:
        env["TZ"] = tz
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "stretch_coach", *argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=60,
        check=False,
    )


def reminders_json(tz: str | None) -> tuple[list[str], str]:
    # New York's spring-forward night and the two after it, with the stretch
    # reminder at 02:30, a time the clock skips on the first night.
    done = run_app(tz, "reminders", "--from", "2026-03-07T12:00", "--days", "3", "--json")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return [r["at"] for r in json.loads(done.stdout) if r["kind"] == "stretch"], done.stderr


@pytest.fixture(autouse=True)
def stretch_at_half_past_two(private_home: Path) -> None:
    settings = private_home / ".config" / "stretch-coach" / "settings.toml"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('[bedtime]\ntime = "03:00"\n[reminders.hydration]\nenabled = false\n')


def test_a_posix_tz_string_plans_like_the_zone_it_describes() -> None:
    posix, err = reminders_json(POSIX_NEW_YORK)
    assert err == ""
    assert posix == [
        "2026-03-08T03:00:00-04:00",  # 02:30 is skipped: it comes at the jump
        "2026-03-09T02:30:00-04:00",
        "2026-03-10T02:30:00-04:00",
    ]
    assert posix == reminders_json("America/New_York")[0]


def test_a_posix_tz_string_with_a_fixed_offset() -> None:
    # POSIX counts west of Greenwich as positive: UTC+5 is five hours behind UTC.
    times, err = reminders_json("UTC+5")
    assert err == ""
    assert times == [
        "2026-03-08T02:30:00-05:00",
        "2026-03-09T02:30:00-05:00",
        "2026-03-10T02:30:00-05:00",
    ]


@pytest.mark.parametrize("tz", UNKNOWN)
def test_an_unknown_zone_falls_back_to_the_system_zone_with_one_warning(tz: str) -> None:
    times, err = reminders_json(tz)
    assert times == reminders_json(None)[0]
    [line] = err.splitlines()
    assert line.startswith("stretch-coach: warning: TZ=") and repr(tz) in line
    assert "system" in line


def test_white_space_around_a_zone_name_is_forgiven() -> None:
    times, err = reminders_json("Europe/Berlin\n")
    assert err == ""
    assert times == reminders_json("Europe/Berlin")[0]


@pytest.mark.parametrize("argv", [["paths"], ["diary"], ["plan", "quick"]])
def test_every_command_copes_with_an_unknown_zone(argv: list[str]) -> None:
    done = run_app("Foo/Bar", *argv)
    assert done.returncode == 0, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr


def test_the_c_library_zone_matches_zoneinfo_for_every_quarter_hour() -> None:
    """The tzinfo used for POSIX strings, checked against zoneinfo's New York:
    wall times to offsets (both folds) and instants to wall times, for every
    quarter hour of 2026."""
    code = """
import datetime as dt
from zoneinfo import ZoneInfo
from stretch_coach.core.time_zones import local_timezone

posix, iana = local_timezone(), ZoneInfo("America/New_York")
assert not isinstance(posix, ZoneInfo), posix
step, checked = dt.timedelta(minutes=15), 0
wall = dt.datetime(2026, 1, 1)
while wall.year == 2026:
    for fold in (0, 1):
        a, b = wall.replace(tzinfo=posix, fold=fold), wall.replace(tzinfo=iana, fold=fold)
        assert a.utcoffset() == b.utcoffset(), (a, fold)
        assert a.tzname() == b.tzname() and a.dst() == b.dst(), (a, fold)
        checked += 1
    wall += step
instant = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
while instant.year == 2026:
    a, b = instant.astimezone(posix), instant.astimezone(iana)
    assert a.replace(tzinfo=None) == b.replace(tzinfo=None) and a.fold == b.fold, instant
    checked += 1
    instant += step
print(checked)
"""
    env = dict(os.environ, TZ=POSIX_NEW_YORK)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) == 3 * 365 * 96


@pytest.mark.parametrize(
    ("tz", "usable"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        (":Europe/Berlin", ":Europe/Berlin"),
        (" Europe/Berlin\n", "Europe/Berlin"),
        (POSIX_NEW_YORK, POSIX_NEW_YORK),
        ("UTC+5", "UTC+5"),
        ("<+0530>-5:30", "<+0530>-5:30"),
        ("CET-1CEST", "CET-1CEST"),
        ("Foo/Bar", None),
        ("garbage", None),
        (":", None),
        ("EST5EDT,M3.2.0", None),
    ],
)
def test_which_tz_values_are_usable(tz: str, usable: str | None) -> None:
    assert usable_tz(tz) == usable


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="POSIX signals")
@pytest.mark.parametrize("tz", ["Foo/Bar", POSIX_NEW_YORK])
def test_the_app_starts_whatever_tz_says(app_paths: AppPaths, tmp_path: Path, tz: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TZ=tz)
    errors = tmp_path / "stderr.txt"
    socket_file = Path(instance_name(app_paths))
    with errors.open("w") as stderr:
        app = subprocess.Popen(
            [sys.executable, "-m", "stretch_coach", "start", "quick"],
            cwd=REPO_ROOT,
            env=env,
            stderr=stderr,
        )
        try:
            deadline = time.monotonic() + 30
            while not socket_file.exists():  # up and listening, reminders planned
                assert app.poll() is None, errors.read_text()
                assert time.monotonic() < deadline, "the app did not start"
                time.sleep(0.1)
            time.sleep(1.0)
            app.send_signal(signal.SIGTERM)
            assert app.wait(timeout=20) == 0
        finally:
            if app.poll() is None:
                app.kill()
    text = errors.read_text()
    assert "Traceback" not in text
    assert text.count("warning: TZ=") == (1 if tz == "Foo/Bar" else 0), text
