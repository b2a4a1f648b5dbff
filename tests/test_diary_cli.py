from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from stretch_coach import cli
from stretch_coach.cli import main
from stretch_coach.core import health
from stretch_coach.core.diary_limits import LOCATIONS, MAX_NOTE_CHARS
from stretch_coach.services.export import EXPORT_FILES
from stretch_coach.services.paths import AppPaths
from tests.conftest import REPO_ROOT
from tests.test_health import unsourced_in_cli

TZ = dt.timezone(dt.timedelta(hours=1))
NOW = dt.datetime(2026, 11, 28, 8, 0, tzinfo=TZ)  # Saturday morning


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "local_now", lambda: NOW)


# `about` follows the locale like the window. Qt reads the locale once per
# process, so these tests pin English here and try other languages explicitly
# or in a fresh process.
SYSTEM_ABOUT_TRANSLATION = cli.about_translation


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "about_translation", lambda language=None: cli.untranslated)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def run_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv, out=io.StringIO())
    except SystemExit as exc:
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    return code, err


def diary_json(*extra: str) -> list[dict[str, object]]:
    code, out = run("diary", "--json", *extra)
    assert code == 0
    data: list[dict[str, object]] = json.loads(out)
    return data


def test_add_then_list_as_json() -> None:
    code, out = run(
        "diary",
        "add",
        "--night",
        "2026-11-27",
        "--cramps",
        "2",
        "--severity",
        "6",
        "--where",
        "calf-left",
        "--where",
        "foot-right",
        "--where",
        "calf-left",
        "--note",
        "  woke twice  ",
    )
    assert code == 0
    assert (
        out == "Recorded the night of Fri 2026-11-27: 2 cramps; worst 6/10; calf-left, foot-right\n"
    )
    run("diary", "add", "--night", "2026-11-20", "--cramps", "0")
    assert diary_json() == [
        {"night": "2026-11-20", "cramps": 0, "severity": None, "where": [], "note": ""},
        {
            "night": "2026-11-27",
            "cramps": 2,
            "severity": 6,
            "where": ["calf-left", "foot-right"],
            "note": "woke twice",
        },
    ]
    assert [e["night"] for e in diary_json("--since", "2026-11-21")] == ["2026-11-27"]


def test_adding_a_night_again_replaces_it() -> None:
    run("diary", "add", "--night", "2026-11-27", "--cramps", "3", "--severity", "8")
    code, out = run("diary", "add", "--night", "2026-11-27", "--cramps", "1")
    assert code == 0 and out.startswith("Replaced the night of Fri 2026-11-27: 1 cramp")
    assert diary_json() == [
        {"night": "2026-11-27", "cramps": 1, "severity": None, "where": [], "note": ""}
    ]


def test_list_as_a_table() -> None:
    code, out = run("diary")
    assert code == 0 and out.startswith("No nights in the diary.")
    run(
        "diary",
        "add",
        "--night",
        "2026-11-26",
        "--cramps",
        "1",
        "--severity",
        "4",
        "--where",
        "thigh-right",
        "--note",
        "after a long walk\nand a late tea",
    )
    run("diary", "add", "--night", "2026-11-27", "--cramps", "0")
    code, out = run("diary")
    header, first, second = out.splitlines()
    assert header.split() == ["night", "cramps", "worst", "where", "note"]
    assert first.split() == [
        "Thu",
        "2026-11-26",
        "1",
        "4/10",
        "thigh-right",
        "after",
        "a",
        "long",
        "walk",
        "and",
        "a",
        "late",
        "tea",
    ]
    assert second.split() == ["Fri", "2026-11-27", "0", "-", "-"]
    code, out = run("diary", "--since", "2026-12-01")
    assert out.startswith("No nights in the diary since 2026-12-01.")


def test_a_note_of_exactly_the_limit_is_kept() -> None:
    note = "x" * MAX_NOTE_CHARS
    assert run("diary", "add", "--night", "2026-11-27", "--cramps", "1", "--note", note)[0] == 0
    assert diary_json()[0]["note"] == note


def test_every_place_is_accepted() -> None:
    where = [arg for place in LOCATIONS for arg in ("--where", place)]
    assert run("diary", "add", "--night", "2026-11-27", "--cramps", "1", *where)[0] == 0
    assert diary_json()[0]["where"] == list(LOCATIONS)


def assert_refused(argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`diary add` with ``argv`` exits 2 with one line naming ``needle``, and
    records nothing."""
    code, err = run_error(["diary", "add", *argv], capsys)
    assert code == 2
    assert needle in err and err.startswith("stretch-coach diary add: error:")
    assert diary_json() == []


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["--night", "2026-02-30", "--cramps", "1"], "'2026-02-30' is not a real date"),
        (["--night", "27/11/2026", "--cramps", "1"], "not a date in the form YYYY-MM-DD"),
        (["--night", "20261127", "--cramps", "1"], "not a date in the form YYYY-MM-DD"),
        (["--night", "2026-11-27", "--cramps", "-1"], "from 0 to 99, not '-1'"),
        (["--night", "2026-11-27", "--cramps", "two"], "cramps must be a whole number"),
        (["--night", "2026-11-27", "--cramps", "1_0"], "not '1_0'"),
        (["--night", "2026-11-27", "--cramps", "1", "--severity", "11"], "from 0 to 10"),
        (["--night", "2026-11-27", "--cramps", "1", "--severity", "-2"], "from 0 to 10"),
        (["--night", "2026-11-27", "--cramps", "1", "--severity", "5.5"], "not '5.5'"),
        (["--night", "2026-11-27", "--cramps", "1", "--where", "knee"], "unknown place 'knee'"),
        (["--night", "2026-11-29", "--cramps", "1"], "the night of 2026-11-29 has not begun"),
        (
            ["--night", "2026-11-27", "--cramps", "1", "--note", "y" * 1001],
            "the note is 1001 characters long; the limit is 1000",
        ),
        (["--cramps", "1"], "required: --night"),
        (["--night", "2026-11-27"], "required: --cramps"),
    ],
)
def test_bad_diary_input_exits_2_with_one_line(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_refused(argv, needle, capsys)


def test_bad_since_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_error(["diary", "--since", "2026-13-01"], capsys)
    assert code == 2 and "'2026-13-01' is not a real date" in err


def test_the_night_under_way_can_be_recorded_once_it_is_morning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # At 01:00 on Saturday, Friday night (named after Friday evening) is under way.
    monkeypatch.setattr(cli, "local_now", lambda: dt.datetime(2026, 11, 28, 1, 0, tzinfo=TZ))
    code, err = run_error(["diary", "add", "--night", "2026-11-27", "--cramps", "1"], capsys)
    assert code == 2
    assert "the night of 2026-11-27 is not over yet; it can be recorded from 06:00" in err
    code, err = run_error(["diary", "add", "--night", "2026-11-28", "--cramps", "1"], capsys)
    assert code == 2 and "the night of 2026-11-28 has not begun yet" in err
    assert run("diary", "add", "--night", "2026-11-26", "--cramps", "1")[0] == 0
    monkeypatch.setattr(cli, "local_now", lambda: dt.datetime(2026, 11, 28, 6, 0, tzinfo=TZ))
    assert run("diary", "add", "--night", "2026-11-27", "--cramps", "1")[0] == 0
    assert [e["night"] for e in diary_json()] == ["2026-11-26", "2026-11-27"]


def test_frequent_cramps_bring_the_doctor_note() -> None:
    for days_back in (1, 2, 3, 4, 8, 9, 10, 11):
        night = (NOW.date() - dt.timedelta(days=days_back)).isoformat()
        run("diary", "add", "--night", night, "--cramps", "1")
    code, out = run("diary")
    assert code == 0
    assert "NHS guidance lists frequent cramps" in " ".join(out.split())
    code, out = run("diary", "--json")
    assert code == 0 and "NHS" not in out  # JSON stays pure data


def test_the_doctor_note_asks_about_medicines() -> None:
    for days_back in (1, 2, 3, 4, 8, 9, 10, 11):
        night = (NOW.date() - dt.timedelta(days=days_back)).isoformat()
        run("diary", "add", "--night", night, "--cramps", "1")
    flat = " ".join(run("diary")[1].split())
    assert health.ASK_ABOUT_MEDICINES.text in flat
    assert "'stretch-coach about' has more on supplements and medicines" in flat


def test_no_doctor_note_for_occasional_cramps() -> None:
    run("diary", "add", "--night", "2026-11-27", "--cramps", "3")
    assert "doctor" not in run("diary")[1]


def test_an_unusable_history_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    path = AppPaths.for_user().history_db
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database at all " * 50)
    code, err = run_error(["diary"], capsys)
    assert code == 1 and err.startswith("stretch-coach diary: error:")
    assert "cannot be opened" in err


def add_bad_diary_row(night: str, places: str = '["calf-left"') -> None:
    """A diary row as a hand edit might leave it (here: JSON cut short)."""
    db = sqlite3.connect(AppPaths.for_user().history_db)
    with db:
        db.execute(
            "INSERT INTO diary (night, cramps, locations, recorded_at) VALUES (?, 1, ?, ?)",
            (night, places, NOW.isoformat()),
        )
    db.close()


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("stretch-coach: warning:")]


def test_a_bad_diary_row_is_named_once_and_the_rest_is_listed(
    capsys: pytest.CaptureFixture[str],
) -> None:
    run("diary", "add", "--night", "2026-11-20", "--cramps", "0")
    run("diary", "add", "--night", "2026-11-27", "--cramps", "2")
    add_bad_diary_row("2026-11-25")  # within the fortnight the doctor check also reads
    add_bad_diary_row("2026-11-31", "[]")
    capsys.readouterr()

    code, out = run("diary")
    err = capsys.readouterr().err
    assert code == 0
    assert [line.split()[1] for line in out.splitlines()[1:]] == ["2026-11-20", "2026-11-27"]
    assert len(warnings(err)) == 2 and len(err.splitlines()) == 2, err
    assert "'2026-11-25'" in err and "not valid JSON" in err
    assert "'2026-11-31'" in err and "not a real date" in err

    assert [e["night"] for e in diary_json()] == ["2026-11-20", "2026-11-27"]
    assert len(warnings(capsys.readouterr().err)) == 2


def test_a_bad_row_does_not_stop_diary_add(capsys: pytest.CaptureFixture[str]) -> None:
    run("diary", "add", "--night", "2026-11-20", "--cramps", "0")
    add_bad_diary_row("2026-11-27")
    code, out = run("diary", "add", "--night", "2026-11-21", "--cramps", "1")
    assert code == 0 and out.startswith("Recorded the night of Sat 2026-11-21")
    # Recording the bad night again replaces the row that could not be read.
    code, out = run("diary", "add", "--night", "2026-11-27", "--cramps", "3")
    assert code == 0 and out.startswith("Replaced the night of Fri 2026-11-27: 3 cramps")
    capsys.readouterr()
    assert [e["cramps"] for e in diary_json()] == [0, 1, 3]
    assert capsys.readouterr().err == ""


def test_export_leaves_out_a_bad_row_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run("diary", "add", "--night", "2026-11-20", "--cramps", "0")
    add_bad_diary_row("2026-11-25")
    capsys.readouterr()
    folder = tmp_path / "export"
    code, out = run("export", "--csv", str(folder))
    assert code == 0 and len(out.splitlines()) == len(EXPORT_FILES)
    (warning,) = warnings(capsys.readouterr().err)
    assert "diary" in warning and "'2026-11-25'" in warning and "skipped" in warning
    with (folder / "diary.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["night"] for row in csv.DictReader(handle)] == ["2026-11-20"]


def test_a_read_only_history_is_listed_and_exported_untouched(tmp_path: Path) -> None:
    run("diary", "add", "--night", "2026-11-27", "--cramps", "2")
    path = AppPaths.for_user().history_db
    path.chmod(0o400)
    before = (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode)
    assert [e["cramps"] for e in diary_json()] == [2]
    assert run("diary")[0] == 0
    code, _ = run("export", "--csv", str(tmp_path / "export"))
    assert code == 0 and (tmp_path / "export" / "diary.csv").exists()
    assert (path.read_bytes(), path.stat().st_mtime_ns, path.stat().st_mode) == before


def test_reading_commands_do_not_create_a_history(tmp_path: Path) -> None:
    data_dir = AppPaths.for_user().data_dir
    code, out = run("diary")
    assert code == 0 and out.startswith("No nights in the diary.")
    assert diary_json() == []
    assert run("export", "--csv", str(tmp_path / "export"))[0] == 0
    assert (tmp_path / "export" / "diary.csv").read_text() == "night,cramps,severity,where,note\n"
    assert not data_dir.exists()


def test_export_writes_csv_and_refuses_to_overwrite(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(
        "diary",
        "add",
        "--night",
        "2026-11-27",
        "--cramps",
        "2",
        "--where",
        "calf-left",
        "--where",
        "calf-right",
    )
    folder = tmp_path / "export"
    code, out = run("export", "--csv", str(folder))
    assert code == 0
    assert out.splitlines() == [f"wrote {folder / name}" for name in EXPORT_FILES]
    with (folder / "diary.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows == [
        {
            "night": "2026-11-27",
            "cramps": "2",
            "severity": "",
            "where": "calf-left;calf-right",
            "note": "",
        }
    ]

    code, err = run_error(["export", "--csv", str(folder)], capsys)
    assert code == 1
    assert "sessions.csv already exists" in err and "--force" in err
    assert run("export", "--csv", str(folder), "--force")[0] == 0


def test_export_needs_a_folder(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_error(["export"], capsys)
    assert code == 2 and "--csv" in err


@pytest.mark.parametrize("folder", ["", "   "])
def test_export_to_an_empty_folder_name_exits_2_and_writes_nothing(
    folder: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Path("") is the current folder: the files would land wherever the shell happens to be.
    monkeypatch.chdir(tmp_path)
    code, err = run_error(["export", "--csv", folder], capsys)
    assert code == 2
    assert err.startswith("stretch-coach export: error:") and "empty" in err
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "file"
    target.write_text("x", encoding="utf-8")
    code, err = run_error(["export", "--csv", str(target)], capsys)
    assert code == 1 and "not a folder" in err


def test_about_shows_every_section_with_sources() -> None:
    code, out = run("about")
    assert code == 0
    flat = " ".join(out.split())
    for section in health.SECTIONS:
        assert section.title in out
    assert "may help" in flat
    assert "Hallegraeff" in flat and "Cochrane" in flat
    assert " ".join(health.DISCLAIMER.split()) in flat
    assert "[1]" in out and "Sources" in out
    assert max(len(line) for line in out.splitlines()) <= cli.WRAP


def medicines_block_and_sources(out: str, title: str, sources: str) -> tuple[str, str]:
    block = out.split(f"\n{title}\n")[1].split("\n\n")[0]
    return block, out.split(f"\n{sources}\n")[1]


def test_about_has_supplements_and_medicines_with_numbered_sources() -> None:
    code, out = run("about")
    assert code == 0
    block, sources = medicines_block_and_sources(out, "Supplements and medicines", "Sources")
    numbers = re.findall(r"\[(\d+)\]", block)
    assert len(numbers) == len(health.section("medicines").facts)
    cited = {line.split("]")[0] + "]" for line in sources.splitlines() if "[" in line[:4]}
    assert {f"  [{n}]" for n in numbers} <= cited
    for needle in ("Garrison", "CD009402", "MHRA", "NICE"):
        assert needle in sources
    flat = " ".join(block.split())
    assert "Never stop a prescribed medicine on your own" in flat
    assert "magnesium did not help" in flat and "quinine" in flat
    assert unsourced_in_cli(out) == []


def test_about_in_german() -> None:
    from PySide6.QtCore import QLocale

    from stretch_coach.ui.i18n import catalogue_translate

    german = catalogue_translate(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert german is not None
    buffer = io.StringIO()
    cli.write_about(buffer, german)
    out = buffer.getvalue()
    block, sources = medicines_block_and_sources(
        out, "Nahrungsergänzungsmittel und Medikamente", "Quellen"
    )
    flat = " ".join(block.split())
    assert "Setzen Sie ein verordnetes Medikament nie eigenmächtig ab." in flat
    assert "Garrison SR" in sources and "Arzneimittelbehörde" in sources
    assert out.startswith("Nächtliche Beinkrämpfe: allgemeine Informationen\n")
    assert "keine medizinische Beratung" in " ".join(out.split())
    assert unsourced_in_cli(out, "Quellen") == []
    assert max(len(line) for line in out.splitlines()) <= cli.WRAP


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "title"),
    [("de", "Nahrungsergänzungsmittel und Medikamente"), ("en", "Supplements and medicines")],
)
def test_about_follows_the_locale_like_the_window(language: str, title: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    done = subprocess.run(
        [sys.executable, "-m", "stretch_coach", "about"],
        env={**env, "LANG": "C.UTF-8", "LANGUAGE": language},
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=True,
    )
    assert f"\n{title}\n" in done.stdout


@pytest.mark.parametrize(
    ("language", "title"),
    [("de", "Nächtliche Beinkrämpfe: allgemeine Informationen"),
     ("en", "Night-time leg cramps: general information")],
)  # fmt: skip
def test_lang_chooses_the_language_of_about(
    language: str, title: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "about_translation", SYSTEM_ABOUT_TRANSLATION)
    code, out = run("--lang", language, "about")
    assert code == 0
    assert out.startswith(title + "\n")


def test_about_stays_english_when_the_translations_cannot_load(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "stretch_coach.ui.i18n", None)  # import fails
    assert SYSTEM_ABOUT_TRANSLATION() is cli.untranslated


@pytest.mark.parametrize(
    ("option", "text"),
    [
        ("--cramps", "٣"),
        ("--cramps", "3\n"),
        ("--cramps", " 3"),
        ("--cramps", "+3"),
        ("--cramps", "1" * 5000),
        ("--severity", "٥"),
        ("--severity", "5\n"),
    ],
)
def test_diary_numbers_are_plain_ascii_digits(
    option: str, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["diary", "add", "--night", "2026-11-27", "--cramps", "1", option, text]
    code, err = run_error(argv, capsys)
    assert code == 2 and "must be a whole number" in err
    assert diary_json() == []


@pytest.mark.parametrize("text", ["2026-11-27\n", "٢٠٢٦-١١-٢٧", " 2026-11-27"])
def test_dates_are_plain_ascii_digits(text: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run_error(["diary", "add", "--night", text, "--cramps", "1"], capsys)
    assert code == 2 and "is not a date in the form YYYY-MM-DD" in err


def test_a_note_that_is_not_utf8_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    # Python hands undecodable bytes from the command line over as lone
    # surrogates ("\udcff" for the byte 0xff), which no text file can hold.
    argv = ["diary", "add", "--night", "2026-11-27", "--cramps", "1", "--note", "bad\udcffbytes"]
    code, err = run_error(argv, capsys)
    assert code == 2 and "the note is not valid UTF-8 text" in err
    assert diary_json() == []


def test_a_hostile_note_cannot_drive_the_terminal() -> None:
    hostile = "\x1b]0;PWNED\x07 \x9b2J \r fake\x00"
    assert run("diary", "add", "--night", "2026-11-27", "--cramps", "1", "--note", hostile)[0] == 0
    code, out = run("diary")
    assert code == 0
    assert "\\x1b]0;PWNED\\x07 \\x9b2J" in out
    assert not [c for c in out if (ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F]
    assert diary_json()[0]["note"] == hostile.strip()  # JSON escapes it, and keeps it all


TEN_YEARS_BACK = NOW.date().replace(year=NOW.year - 10)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        # Saturday 08:00: tonight's night is not over (it has not even begun).
        (["--night", "2026-11-28", "--cramps", "1"], "the night of 2026-11-28 is not over yet"),
        (["--night", "0001-01-01", "--cramps", "1"], "more than 10 years ago"),
        (
            ["--night", (TEN_YEARS_BACK - dt.timedelta(days=1)).isoformat(), "--cramps", "1"],
            f"the earliest night you can record is {TEN_YEARS_BACK.isoformat()}",
        ),
        (
            ["--night", "2026-11-27", "--cramps", "0", "--severity", "10", "--where", "calf-left"],
            "with --cramps 0 there is no pain to rate and no place",
        ),
        (["--night", "2026-11-27", "--cramps", "0", "--severity", "3"], "with --cramps 0"),
        (["--night", "2026-11-27", "--cramps", "0", "--where", "foot-left"], "with --cramps 0"),
    ],
)
def test_implausible_nights_exit_2(
    argv: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert_refused(argv, needle, capsys)


def test_the_plausible_edges_are_accepted() -> None:
    night = TEN_YEARS_BACK.isoformat()
    assert run("diary", "add", "--night", night, "--cramps", "0", "--severity", "0")[0] == 0
    assert run("diary", "add", "--night", "2026-11-27", "--cramps", "1")[0] == 0
    assert [e["night"] for e in diary_json()] == [night, "2026-11-27"]
