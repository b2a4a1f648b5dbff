"""The command line: subcommands for people who like a terminal, and the GUI launcher.

Bad input exits with status 2 and one line on stderr that names the problem
and the valid choices; a traceback is never the answer to a typo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import IO, Any, NoReturn

from stretch_coach import APP_NAME, __version__
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.plan import Plan, Step, StepKind
from stretch_coach.core.reminders import Reminder, ReminderKind, ReminderPlanner, local_timezone
from stretch_coach.core.routines import Routine, builtin_routines, find_routine
from stretch_coach.core.scaling import MAX_MINUTES, MIN_MINUTES, default_minutes, scaled_plan
from stretch_coach.core.settings import Settings, format_clock

EXIT_USAGE = 2
MIN_DAYS, MAX_DAYS = 1, 60


class UsageError(Exception):
    """Bad input from the person at the terminal."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {APP_NAME} --help)\n")


def minutes_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not MIN_MINUTES <= value <= MAX_MINUTES:
        raise argparse.ArgumentTypeError(
            f"minutes must be a whole number from {MIN_MINUTES} to {MAX_MINUTES}, not {text!r}"
        )
    return value


def days_arg(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or not MIN_DAYS <= value <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            f"days must be a whole number from {MIN_DAYS} to {MAX_DAYS}, not {text!r}"
        )
    return value


def moment_arg(text: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO 8601 date-time (for example 2026-11-27T18:00)"
        ) from None


def format_duration(seconds: float) -> str:
    """4:05 for minutes, "45 s" below a minute."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    return f"{whole // 60}:{whole % 60:02d}"


def available_routines() -> list[Routine]:
    return list(builtin_routines())


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
        out.write(f"{r.id:<{width}}  {default_minutes(r):>2} min  {r.name}: {names}\n")
    return 0


def describe_step(step: Step) -> str:
    catalogue = load_catalogue()
    name = catalogue[step.exercise].name if step.exercise else ""
    side = f" ({step.side.value} leg)" if step.side else ""
    sets = f", set {step.set_number} of {step.sets}" if step.sets and step.sets > 1 else ""
    match step.kind:
        case StepKind.PREPARE:
            return f"Get ready: {name}{side}"
        case StepKind.SWITCH:
            return f"Next: {name}{side}"
        case StepKind.REST:
            return f"Relax{side}"
        case StepKind.HOLD:
            return f"{name}{side}: hold{sets}"
        case StepKind.REPS:
            return f"{name}{side}: {step.reps} reps{sets}"
    raise AssertionError(step.kind)  # pragma: no cover


def write_plan_text(plan: Plan, out: IO[str]) -> None:
    out.write(f"{plan.routine.name} — {format_duration(plan.total_seconds)}\n")
    for step in plan.steps:
        out.write(
            f"  {format_duration(step.starts_at):>6}  {describe_step(step):<56}"
            f"{format_duration(step.seconds):>6}\n"
        )
    out.write(f"  {format_duration(plan.total_seconds):>6}  Done\n")


def cmd_plan(args: argparse.Namespace, out: IO[str]) -> int:
    plan = scaled_plan(resolve_routine(args.routine), args.minutes)
    if args.json:
        json.dump(plan.to_json(), out, indent=2)
        out.write("\n")
    else:
        write_plan_text(plan, out)
    return 0


def load_settings() -> Settings:
    """The person's settings; problems are reported on stderr and never fatal."""
    from stretch_coach.services.logs import setup_logging
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.services.settings_store import SettingsStore

    paths = AppPaths.for_user()
    setup_logging(paths)
    loaded = SettingsStore(paths.settings_file).load()
    for warning in loaded.warnings:
        sys.stderr.write(f"{APP_NAME}: warning: {paths.settings_file}: {warning}\n")
    return loaded.settings


REMINDER_WORDS = {
    ReminderKind.STRETCH: "Stretch before bed",
    ReminderKind.HYDRATION: "Drink some water",
}


def write_agenda(reminders: list[Reminder], settings: Settings, out: IO[str]) -> None:
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
            out.write(f"{key + ':':<10} {value}\n")
    return 0


# -- parser --------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description="A calm bedtime stretch coach. Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
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
    return parser


def main(argv: Sequence[str] | None = None, out: IO[str] | None = None) -> int:
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace, IO[str]], int] | None = getattr(args, "handler", None)
    if handler is None:
        return gui_main(args)
    try:
        return handler(args, out)
    except UsageError as exc:
        sys.stderr.write(f"{APP_NAME} {args.command}: error: {exc}\n")
        return EXIT_USAGE
    except BrokenPipeError:
        # `stretch-coach plan bedtime | head` closes the pipe early; that is fine.
        return 0


def gui_main(args: Any = None) -> int:
    # Qt is imported only here, so the terminal commands start quickly.
    from stretch_coach.app import run_gui

    if args is None:
        args = build_parser().parse_args([])
    return run_gui(args)
