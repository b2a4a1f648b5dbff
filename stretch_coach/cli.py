"""The command line: subcommands for people who like a terminal, and the GUI launcher.

Bad input exits with status 2 and one line on stderr that names the problem
and the valid choices; a traceback is never the answer to a typo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import re
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn

from stretch_coach import APP_NAME, __version__
from stretch_coach.core.diary_limits import (
    LOCATIONS,
    MAX_CRAMPS,
    MAX_NOTE_CHARS,
    MAX_SEVERITY,
    MIN_SEVERITY,
)
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.plan import Plan
from stretch_coach.core.routines import Routine, find_routine
from stretch_coach.core.scaling import (
    MAX_MINUTES,
    MIN_MINUTES,
    default_minutes,
    scaled_plan,
    tolerance_seconds,
)
from stretch_coach.languages import available_languages, language_code

if TYPE_CHECKING:
    from stretch_coach.core.records import DiaryEntry
    from stretch_coach.core.reminders import Reminder
    from stretch_coach.core.settings import Settings
    from stretch_coach.services.history import HistoryRepository

EXIT_FAILED = 1
EXIT_USAGE = 2
MIN_DAYS, MAX_DAYS = 1, 366  # up to a year, to compare with a year of the calendar file
MIN_YEAR, MAX_YEAR = 1900, 9997  # a year of days after the last still fits Python's dates
WRAP = 78

# [0-9] and fullmatch: \d would take other scripts' digits and $ a trailing newline.
_DATE_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_WHOLE_NUMBER = re.compile(r"[0-9]+")
# More digits than any bound needs; also keeps int() off huge strings.
_MAX_DIGITS = 9


# C0 controls, DEL and C1 controls, and the lone surrogates that stand for
# bytes that were not UTF-8 (in file names and arguments).
_UNSAFE_FOR_TERMINAL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def terminal_text(text: str) -> str:
    """Text from a person or a file made safe to print on a terminal.

    Control characters become visible escapes such as \\x1b, so a note, a
    routine name or a file name can never retitle the terminal, clear it,
    move the cursor or fake a line of output. A byte that was not UTF-8 is
    shown as \\xff rather than stopping the output with an encoding error.
    Apply it to each piece of such text, not to whole lines: the newlines
    the output format needs are the program's own.
    """
    return _UNSAFE_FOR_TERMINAL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # Python's stand-in for the undecodable byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFF:
        return f"\\u{code:04x}"
    return f"\\x{code:02x}"


class UsageError(Exception):
    """Bad input from the person at the terminal."""


class CommandError(Exception):
    """The command was understood but could not be carried out (exit status 1)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # The message may quote the arguments, which can hold anything.
        message = terminal_text(message)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {APP_NAME} --help)\n")


def bounded_int(text: str, what: str, low: int, high: int) -> int:
    """The one parser for every number option: ASCII digits only, within bounds.

    int() alone would also take "+3", " 3", "1_0", "3\n" and other scripts'
    digits such as "٣"; a number that long is out of range whatever it says.
    """
    plain = _WHOLE_NUMBER.fullmatch(text) is not None and len(text) <= _MAX_DIGITS
    value = int(text) if plain else None
    if value is None or not low <= value <= high:
        raise argparse.ArgumentTypeError(
            f"{what} must be a whole number from {low} to {high}, not {text!r}"
        )
    return value


def language_arg(text: str) -> str:
    """A language the app is shipped in, as its code ("de"; "de_DE" is taken too)."""
    available = sorted(available_languages())
    code = language_code(text)
    if code not in available:
        raise argparse.ArgumentTypeError(
            f"no language {text!r} (available: {', '.join(available)})"
        )
    return code


def minutes_arg(text: str) -> int:
    return bounded_int(text, "minutes", MIN_MINUTES, MAX_MINUTES)


def days_arg(text: str) -> int:
    return bounded_int(text, "days", MIN_DAYS, MAX_DAYS)


def moment_arg(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date-time (for example 2026-11-27T18:00)"
        ) from None
    # Near year 1 or 9999 a time-zone shift or the days after it leave the
    # range of Python's dates; no reminder that far away means anything anyway.
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside the years {MIN_YEAR} to {MAX_YEAR} "
            "that reminders can be listed for"
        )
    return moment


def local_now() -> dt.datetime:
    """The current local time; tests replace it to pin "today"."""
    return dt.datetime.now().astimezone()


def date_arg(text: str) -> dt.date:
    if not _DATE_PATTERN.fullmatch(text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date") from None


def night_arg(text: str) -> dt.date:
    """A diary night, named after the evening it began, that is over and not long past."""
    from stretch_coach.core import diary_rules
    from stretch_coach.core.settings import EVENING_ROLLOVER_HOUR

    night = date_arg(text)
    now = local_now()
    problem = diary_rules.night_problem(night, now)
    if problem is None:
        return night
    latest = diary_rules.latest_night(now).isoformat()
    if problem is diary_rules.NightProblem.NOT_BEGUN:
        why = f"has not begun yet (the latest night you can record is {latest})"
    elif problem is diary_rules.NightProblem.NOT_OVER:
        morning = night + dt.timedelta(days=1)
        why = (
            f"is not over yet; it can be recorded from {EVENING_ROLLOVER_HOUR:02d}:00 "
            f"on {morning.isoformat()} (the latest night you can record now is {latest})"
        )
    else:
        earliest = diary_rules.earliest_night(now).isoformat()
        why = (
            f"is more than {diary_rules.YEARS_BACK} years ago "
            f"(the earliest night you can record is {earliest})"
        )
    raise argparse.ArgumentTypeError(f"the night of {night.isoformat()} {why}")


def cramps_arg(text: str) -> int:
    return bounded_int(text, "cramps", 0, MAX_CRAMPS)


def severity_arg(text: str) -> int:
    return bounded_int(text, "severity", MIN_SEVERITY, MAX_SEVERITY)


def where_arg(text: str) -> str:
    if text not in LOCATIONS:
        raise argparse.ArgumentTypeError(
            f"unknown place {text!r} (choose from: {', '.join(LOCATIONS)})"
        )
    return text


def is_utf8(text: str) -> bool:
    """False for text holding bytes that were not UTF-8: Python passes them on from
    the command line as lone surrogates, which no file or database can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def note_arg(text: str) -> str:
    note = text.strip()
    if not is_utf8(note):
        raise argparse.ArgumentTypeError(
            "the note is not valid UTF-8 text (check the terminal's character encoding)"
        )
    if len(note) > MAX_NOTE_CHARS:
        raise argparse.ArgumentTypeError(
            f"the note is {len(note)} characters long; the limit is {MAX_NOTE_CHARS}"
        )
    return note


def folder_arg(text: str) -> Path:
    # Path("") means the current folder, which is never what an empty --csv meant.
    if not text.strip():
        raise argparse.ArgumentTypeError(
            f"the folder name is empty ({text!r}); give one, for example ~/cramp-export"
        )
    return Path(text)


def file_arg(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError(
            f"the file name is empty ({text!r}); give one, for example "
            "~/stretch-coach-reminders.ics"
        )
    return Path(text)


def format_duration(seconds: float) -> str:
    """4:05 for minutes, "45 s" below a minute."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    return f"{whole // 60}:{whole % 60:02d}"


def available_routines() -> list[Routine]:
    """Built-in and user routines; a user file that cannot be used is named on
    stderr and skipped, so one bad file never blocks the others."""
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.services.routine_store import all_routines

    loaded = all_routines(AppPaths.for_user())
    for problem in loaded.problems:
        print(f"stretch-coach: warning: {terminal_text(str(problem))}", file=sys.stderr)
    return loaded.routines


def resolve_routine(ident: str) -> Routine:
    routines = available_routines()
    routine = find_routine(routines, ident)
    if routine is None:
        choices = ", ".join(r.id for r in routines)
        raise UsageError(f"unknown routine {ident!r} (choose from: {choices})")
    return routine


# -- subcommands ---------------------------------------------------------------


def cmd_routines(args: argparse.Namespace, out: IO[str]) -> int:
    routines = available_routines()
    if args.json:
        data = [
            {
                "id": r.id,
                "name": r.name,
                "minutes": default_minutes(r),
                "exercises": [item.exercise for item in r.items],
                "builtin": r.builtin,
                "description": r.description,
            }
            for r in routines
        ]
        json.dump(data, out, indent=2)
        out.write("\n")
        return 0
    catalogue = load_catalogue()
    width = max(len(r.id) for r in routines)
    for r in routines:
        names = ", ".join(catalogue[item.exercise].name for item in r.items)
        name = terminal_text(r.name)
        out.write(f"{r.id:<{width}}  {default_minutes(r):>2} min  {name}: {terminal_text(names)}\n")
    return 0


def note_an_unreachable_length(plan: Plan, minutes: int) -> None:
    """Say so on stderr when the plan misses the length by more than the usual
    margin: then the routine cannot take that length at all (see core.scaling)."""
    target = minutes * 60
    if abs(plan.total_seconds - target) <= tolerance_seconds(target):
        return
    how = "short" if plan.total_seconds > target else "long"
    length = "1 minute" if minutes == 1 else f"{minutes} minutes"
    name = terminal_text(plan.routine.name)
    sys.stderr.write(
        f"{APP_NAME} plan: note: {name} cannot be made as {how} as {length}; "
        "this is as close as it gets\n"
    )


def write_plan_text(plan: Plan, out: IO[str]) -> None:
    from stretch_coach.step_wording import step_line

    catalogue = load_catalogue()
    out.write(f"{terminal_text(plan.routine.name)} — {format_duration(plan.total_seconds)}\n")
    lines = [terminal_text(step_line(step, catalogue)) for step in plan.steps]
    width = max([56, *(len(line) + 2 for line in lines)])
    for step, line in zip(plan.steps, lines, strict=True):
        out.write(
            f"  {format_duration(step.starts_at):>6}  {line:<{width}}"
            f"{format_duration(step.seconds):>6}\n"
        )
    out.write(f"  {format_duration(plan.total_seconds):>6}  Done\n")


def cmd_plan(args: argparse.Namespace, out: IO[str]) -> int:
    plan = scaled_plan(resolve_routine(args.routine), args.minutes)
    if args.minutes is not None:
        note_an_unreachable_length(plan, args.minutes)
    if args.json:
        json.dump(plan.to_json(), out, indent=2)
        out.write("\n")
    else:
        write_plan_text(plan, out)
    return 0


def load_settings() -> Settings:
    """The person's settings; problems are reported on stderr and never fatal."""
    from stretch_coach.phrasing import setting_problem
    from stretch_coach.services.logs import setup_logging
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.services.settings_store import SettingsStore

    paths = AppPaths.for_user()
    setup_logging(paths)
    loaded = SettingsStore(paths.settings_file).load()
    for warning in loaded.warnings:
        where = terminal_text(str(paths.settings_file))
        said = setting_problem(warning, by_key=True)
        if warning.detail:
            said += f" ({warning.detail})"
        sys.stderr.write(f"{APP_NAME}: warning: {where}: {terminal_text(said)}\n")
    return loaded.settings


# By the reminder kind's value ("stretch", "hydration"): the kinds' module
# is loaded only by the commands that plan reminders.
REMINDER_WORDS = {
    "stretch": "Stretch before bed",
    "hydration": "Drink some water",
}


def write_agenda(reminders: list[Reminder], settings: Settings, out: IO[str]) -> None:
    from stretch_coach.core.settings import format_clock

    if not reminders:
        out.write("No reminders in this period (they may be turned off in the settings).\n")
        return
    for evening, group in groupby(reminders, key=lambda r: r.evening):
        weekday = evening.strftime("%a").lower()[:3]
        bedtime = format_clock(settings.bedtime.for_evening(weekday))
        out.write(f"{evening:%A} {evening.day} {evening:%B}  (bedtime {bedtime})\n")
        for reminder in group:
            out.write(f"  {reminder.at:%H:%M}  {REMINDER_WORDS[reminder.kind]}\n")


def cmd_reminders(args: argparse.Namespace, out: IO[str]) -> int:
    # The planner brings APScheduler's triggers: loaded for this command only.
    from stretch_coach.core.reminders import ReminderPlanner
    from stretch_coach.core.time_zones import local_timezone

    settings = load_settings()
    zone = local_timezone()
    start = args.start or dt.datetime.now(zone)
    if start.tzinfo is None:
        start = start.replace(tzinfo=zone)
    planner = ReminderPlanner(settings, zone)
    reminders = planner.upcoming(start, start + dt.timedelta(days=args.days))
    if args.json:
        json.dump([r.to_json() for r in reminders], out, indent=2)
        out.write("\n")
    else:
        write_agenda(reminders, settings, out)
    return 0


def cmd_start(args: argparse.Namespace, out: IO[str]) -> int:
    if args.routine is not None:
        resolve_routine(args.routine)  # a typo is reported here, before any window opens
    return gui_main(args)


def cmd_paths(args: argparse.Namespace, out: IO[str]) -> int:
    from stretch_coach.services.paths import AppPaths

    paths = AppPaths.for_user()
    rows = {
        "settings": paths.settings_file,
        "routines": paths.routines_dir,
        "data": paths.data_dir,
        "history": paths.history_db,
        "log": paths.log_file,
    }
    if args.json:
        json.dump({key: str(value) for key, value in rows.items()}, out, indent=2)
        out.write("\n")
    else:
        for key, value in rows.items():
            out.write(f"{key + ':':<10} {terminal_text(str(value))}\n")
    return 0


@contextmanager
def open_history(*, read_only: bool = False) -> Iterator[HistoryRepository]:
    """The person's history database; a file that cannot be used ends the command cleanly.

    Commands that only read pass ``read_only``: they then work on a read-only
    file or mount, and a missing history reads as empty without being created.
    """
    # SQLite and the history store load only for the commands that use them:
    # --version, routines and plan start without them.
    import sqlite3

    from stretch_coach.services.history import HistoryError, HistoryRepository
    from stretch_coach.services.paths import AppPaths

    try:
        history = HistoryRepository(
            AppPaths.for_user().history_db, now=local_now, read_only=read_only
        )
    except (HistoryError, OSError) as exc:
        raise CommandError(str(exc)) from exc
    try:
        yield history
    except sqlite3.Error as exc:
        # Most likely the app holds a write lock for longer than SQLite waits.
        raise CommandError(f"the history could not be used: {exc}") from exc
    finally:
        history.close()
    report_skipped_rows(history)


def report_skipped_rows(history: HistoryRepository) -> None:
    """One line on stderr for each stored row that could not be read and was left out."""
    for problem in history.problems():
        sys.stderr.write(f"{APP_NAME}: warning: {problem}\n")


def describe_entry(entry: DiaryEntry) -> str:
    if entry.cramps == 0:
        parts = ["no cramps"]
    else:
        parts = ["1 cramp" if entry.cramps == 1 else f"{entry.cramps} cramps"]
    if entry.severity is not None:
        parts.append(f"worst {entry.severity}/10")
    if entry.where:
        parts.append(", ".join(entry.where))
    return "; ".join(parts)


def cmd_diary_add(args: argparse.Namespace, out: IO[str]) -> int:
    from stretch_coach.core import diary_rules
    from stretch_coach.core.records import DiaryEntry

    if diary_rules.details_without_cramps(args.cramps, args.severity, args.where or ()):
        raise UsageError(
            "with --cramps 0 there is no pain to rate and no place: "
            "leave out --where, and --severity or give it as 0"
        )
    entry = DiaryEntry(
        night=args.night,
        cramps=args.cramps,
        severity=args.severity,
        # Repeating a place by mistake should not record it twice.
        where=tuple(dict.fromkeys(args.where or ())),
        note=args.note or "",
    )
    with open_history() as history:
        # A row that cannot be read is replaced too, so it is not decoded here.
        replaced = history.has_diary_night(entry.night)
        history.put_diary(entry)
    verb = "Replaced" if replaced else "Recorded"
    night = entry.night
    out.write(f"{verb} the night of {night:%a} {night.isoformat()}: {describe_entry(entry)}\n")
    return 0


def _one_line(text: str, width: int) -> str:
    flat = terminal_text(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def write_diary_table(entries: Sequence[DiaryEntry], out: IO[str]) -> None:
    where_width = max([5, *(len(", ".join(e.where)) for e in entries)])
    out.write(f"{'night':<14}  {'cramps':>6}  {'worst':>5}  {'where':<{where_width}}  note\n")
    for e in entries:
        worst = "-" if e.severity is None else f"{e.severity}/10"
        where = ", ".join(e.where) or "-"
        line = (
            f"{e.night:%a} {e.night.isoformat()}  {e.cramps:>6}  {worst:>5}  "
            f"{where:<{where_width}}  {_one_line(e.note, 40)}"
        )
        out.write(line.rstrip() + "\n")


def cmd_diary(args: argparse.Namespace, out: IO[str]) -> int:
    from stretch_coach.core import health
    from stretch_coach.core.insights import doctor_suggestion
    from stretch_coach.core.settings import evening_of

    today = evening_of(local_now())
    with open_history(read_only=True) as history:
        entries = history.diary(args.since)
        recent = history.diary(today - dt.timedelta(days=15))
    if args.json:
        data = [
            {
                "night": e.night.isoformat(),
                "cramps": e.cramps,
                "severity": e.severity,
                "where": list(e.where),
                "note": e.note,
            }
            for e in entries
        ]
        json.dump(data, out, indent=2)
        out.write("\n")
        return 0
    if not entries:
        since = f" since {args.since.isoformat()}" if args.since else ""
        out.write(
            f"No nights in the diary{since}. Add one with: "
            f"{APP_NAME} diary add --night YYYY-MM-DD --cramps N\n"
        )
    else:
        write_diary_table(entries, out)
    if doctor_suggestion(recent, today):
        advice = f"{health.FREQUENT_CRAMPS.text} See '{APP_NAME} about' for when to see one."
        out.write("\n" + textwrap.fill(advice, WRAP) + "\n")
        medicines = (
            f"{health.ASK_ABOUT_MEDICINES.text} "
            f"'{APP_NAME} about' has more on supplements and medicines."
        )
        out.write(textwrap.fill(medicines, WRAP) + "\n")
    return 0


def cmd_export(args: argparse.Namespace, out: IO[str]) -> int:
    if args.folder is None and args.calendar is None:
        raise UsageError(
            "say what to export: --csv DIR for your history, --ics FILE for your reminders"
        )
    calendar: Path | None = args.calendar.expanduser() if args.calendar else None
    # Refused before anything is written, the CSV files included.
    if calendar is not None:
        check_calendar_target(calendar, force=args.force)
        data = reminder_calendar_data()
    written = export_history(args.folder.expanduser(), args.force) if args.folder else []
    if calendar is not None:
        written.append(write_calendar_file(calendar, data, args.force))
    for path in written:
        out.write(f"wrote {terminal_text(str(path))}\n")
    return 0


def export_history(folder: Path, force: bool) -> list[Path]:
    from stretch_coach.services.export import ExportExistsError, export_csv

    with open_history(read_only=True) as history:
        try:
            return export_csv(history, folder, force=force)
        except ExportExistsError as exc:
            raise CommandError(
                f"{exc.path.name} already exists in {folder}; "
                "use --force to replace the files there"
            ) from exc
        except OSError as exc:
            raise CommandError(f"cannot write to {folder}: {exc}") from exc


def _calendar_exists(path: Path) -> CommandError:
    return CommandError(f"{path} already exists; use --force to replace it")


def check_calendar_target(path: Path, *, force: bool) -> None:
    from stretch_coach.services.paths import CALENDAR_FILE_NAME

    if path.is_dir():
        example = path / CALENDAR_FILE_NAME
        raise CommandError(f"{path} is a folder; give a file name, such as {example}")
    if not force and os.path.lexists(path):
        raise _calendar_exists(path)


def reminder_calendar_data() -> bytes:
    """The reminders as an iCalendar file, from now on, in this computer's zone."""
    from stretch_coach.calendar_wording import calendar_wording
    from stretch_coach.core.ical import reminder_calendar
    from stretch_coach.core.reminders import ReminderPlanner
    from stretch_coach.core.time_zones import local_timezone

    settings = load_settings()
    zone = local_timezone()
    if not ReminderPlanner(settings, zone).specs():
        raise CommandError(
            "there are no reminders to export: the stretch and water reminders "
            "are both turned off in the settings"
        )
    # The file is read on the phone: in the language of the window, like the health guide.
    return reminder_calendar(settings, zone, local_now(), calendar_wording(about_translation()))


def write_calendar_file(path: Path, data: bytes, force: bool) -> Path:
    from stretch_coach.services.export import ExportExistsError, write_calendar

    try:
        return write_calendar(path, data, force=force)
    except ExportExistsError as exc:
        raise _calendar_exists(path) from exc
    except OSError as exc:
        raise CommandError(f"cannot write {path}: {exc}") from exc


def untranslated(text: str) -> str:
    return text


def write_about(out: IO[str], translate: Callable[[str], str] = untranslated) -> None:
    from stretch_coach.core import health

    facts = [fact for section in health.SECTIONS for fact in section.facts]
    sources = health.cited_sources(facts)
    number = {source.id: index for index, source in enumerate(sources, start=1)}
    out.write(translate("Night-time leg cramps: general information") + "\n")
    for section in health.SECTIONS:
        out.write(f"\n{translate(section.title)}\n")
        if section.intro:
            out.write(textwrap.fill(translate(section.intro), WRAP, initial_indent="  ") + "\n")
        for fact in section.facts:
            refs = "".join(f"[{number[ident]}]" for ident in fact.sources)
            # A no-break space (textwrap only breaks at ASCII spaces) keeps the
            # reference on the line of the word before it.
            text = textwrap.fill(
                f"{translate(fact.text)}\u00a0{refs}",
                WRAP,
                initial_indent="  - ",
                subsequent_indent="    ",
            )
            out.write(text.replace("\u00a0", " ") + "\n")
    out.write("\n" + translate("Sources") + "\n")
    for source in sources:
        out.write(
            textwrap.fill(
                f"[{number[source.id]}] {translate(source.citation)}",
                WRAP,
                initial_indent="  ",
                subsequent_indent="      ",
            )
            + "\n"
        )
    out.write("\n" + textwrap.fill(translate(health.DISCLAIMER), WRAP) + "\n")


def about_translation(language: str | None = None) -> Callable[[str], str]:
    """The health guide in the language the window would show (``--lang``, else
    the system locale's). The rest of the command line stays English; this one
    page is what a reader needs to understand fully, in their own language."""
    try:
        # Qt is imported only for this command, so the others start quickly.
        from PySide6.QtCore import QLocale

        from stretch_coach.ui.i18n import catalogue_translate
    except ImportError:  # Qt cannot load here: the English guide is still whole
        return untranslated
    locale = QLocale(language) if language is not None else None
    return catalogue_translate(locale) or untranslated


def cmd_about(args: argparse.Namespace, out: IO[str]) -> int:
    write_about(out, about_translation(getattr(args, "lang", None)))
    return 0


# -- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="A calm bedtime stretch coach. Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    languages = ", ".join(sorted(available_languages()))
    parser.add_argument(
        "--lang",
        type=language_arg,
        metavar="xx",
        help=f"language of the window, its voice and the health guide (about): {languages} "
        "(default: the system's)",
    )
    parser.add_argument(
        "--minimized", action="store_true", help="start in the system tray (used at login)"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("routines", help="list the routines")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_routines)

    p = sub.add_parser("plan", help="show the timed steps of a routine")
    p.add_argument("routine", help="routine id, e.g. bedtime")
    p.add_argument(
        "--minutes",
        type=minutes_arg,
        metavar="M",
        help=f"rescale to about M minutes ({MIN_MINUTES}-{MAX_MINUTES})",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser("start", help="open the app straight into a session")
    p.add_argument("routine", nargs="?", help="routine id (default: your default routine)")
    p.add_argument(
        "--minutes",
        type=minutes_arg,
        metavar="M",
        help=f"rescale to about M minutes ({MIN_MINUTES}-{MAX_MINUTES})",
    )
    p.set_defaults(handler=cmd_start)

    p = sub.add_parser("reminders", help="show the upcoming evening reminders")
    p.add_argument(
        "--from",
        dest="start",
        type=moment_arg,
        metavar="ISO",
        help="start of the period, ISO 8601 (a time without offset is local); default now",
    )
    p.add_argument(
        "--days",
        type=days_arg,
        default=7,
        metavar="N",
        help=f"length of the period in days ({MIN_DAYS}-{MAX_DAYS}, default 7)",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_reminders)

    p = sub.add_parser("paths", help="show where settings, history and logs are kept")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=cmd_paths)

    add_diary_parser(sub)

    p = sub.add_parser(
        "export",
        help="write your history as CSV files, or your reminders as a calendar file",
        description=(
            "Write your history as CSV files (--csv), your reminders as a calendar "
            "file for your phone or desktop calendar (--ics), or both."
        ),
    )
    p.add_argument(
        "--csv",
        dest="folder",
        type=folder_arg,
        metavar="DIR",
        help="folder for sessions.csv, hydration.csv and diary.csv (created if needed)",
    )
    p.add_argument(
        "--ics",
        dest="calendar",
        type=file_arg,
        metavar="FILE",
        help="iCalendar file of your reminders, to import into a calendar (see the README)",
    )
    p.add_argument("--force", action="store_true", help="replace files from an earlier export")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("about", help="what may help with night cramps, and when to see a doctor")
    p.set_defaults(handler=cmd_about)
    return parser


def add_diary_parser(sub: Any) -> None:
    p = sub.add_parser(
        "diary",
        help="list the nights in your cramp diary, or add one",
        # The action is optional, which argparse's own usage line does not show.
        usage=(
            f"{APP_NAME} diary [--json] [--since YYYY-MM-DD]\n"
            f"       {APP_NAME} diary add --night YYYY-MM-DD --cramps N\n"
            "                [--severity 0-10] [--where PLACE]... [--note TEXT]"
        ),
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument(
        "--since", type=date_arg, metavar="YYYY-MM-DD", help="only nights from this date on"
    )
    p.set_defaults(handler=cmd_diary)
    actions = p.add_subparsers(
        dest="diary_command",
        metavar="ACTION",
        parser_class=_Parser,
        # Without this the custom usage above would leak into the prog of "add".
        prog=f"{APP_NAME} diary",
    )

    a = actions.add_parser("add", help="record a night (a night recorded before is replaced)")
    a.add_argument(
        "--night",
        type=night_arg,
        required=True,
        metavar="YYYY-MM-DD",
        help="the evening the night began (a cramp at 3 am belongs to the evening before)",
    )
    a.add_argument(
        "--cramps",
        type=cramps_arg,
        required=True,
        metavar="N",
        help=f"how many cramps (0 to {MAX_CRAMPS})",
    )
    a.add_argument(
        "--severity",
        type=severity_arg,
        metavar="0-10",
        help="how bad the worst cramp was, 0 (none) to 10 (worst imaginable)",
    )
    a.add_argument(
        "--where",
        type=where_arg,
        action="append",
        metavar="PLACE",
        help=f"where a cramp was; may repeat ({', '.join(LOCATIONS)})",
    )
    a.add_argument(
        "--note", type=note_arg, metavar="TEXT", help=f"a short note (up to {MAX_NOTE_CHARS} chars)"
    )
    a.set_defaults(handler=cmd_diary_add)


def keep_log_records_off_the_terminal() -> None:
    """The commands report problems on stderr themselves; a log record with no
    handler would go to Python's last-resort handler and so print them twice."""
    logger = logging.getLogger("stretch_coach")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())


def use_a_known_time_zone() -> None:
    """Make TZ name a zone before anything reads the clock.

    A TZ that names no zone would leave the C library (and with it Python's
    and Qt's local time) on UTC while the reminders are planned elsewhere.
    It is dropped, with one warning, so all of them use the system's zone;
    surrounding white space is simply removed.
    """
    tz = os.environ.get("TZ")
    if not tz:
        return
    from stretch_coach.core.time_zones import local_timezone, usable_tz

    usable = usable_tz(tz)
    if usable == tz:
        return
    if usable is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = usable
    if hasattr(time, "tzset"):  # not on Windows
        time.tzset()
    if usable is None:
        zone = local_timezone()
        name = getattr(zone, "key", None) or str(zone)
        sys.stderr.write(
            f"{APP_NAME}: warning: TZ={tz!r} names no time zone this computer knows; "
            f"using the system time zone ({name})\n"
        )


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None) -> int:
    out = out or sys.stdout
    use_a_known_time_zone()
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, IO[str]], int] | None = getattr(args, "handler", None)
    if handler is None:
        return gui_main(args)
    keep_log_records_off_the_terminal()
    # "diary add", as argparse names it in its own messages.
    command = " ".join(filter(None, (args.command, getattr(args, "diary_command", None))))
    try:
        return handler(args, out)
    except UsageError as exc:
        sys.stderr.write(f"{APP_NAME} {command}: error: {terminal_text(str(exc))}\n")
        return EXIT_USAGE
    except CommandError as exc:
        sys.stderr.write(f"{APP_NAME} {command}: error: {terminal_text(str(exc))}\n")
        return EXIT_FAILED
    except BrokenPipeError:
        # `stretch-coach plan bedtime | head` closes the pipe early; that is fine.
        return 0


def gui_main(args: Any = None) -> int:
    # Qt is imported only here, so the terminal commands start quickly.
    from stretch_coach.launch import run_gui

    use_a_known_time_zone()  # also the entry point of stretch-coach-gui

    if args is None:
        args = build_parser().parse_args([])
    return run_gui(args)
