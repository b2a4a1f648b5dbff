"""Routines: an ordered list of exercises with their dose, read from TOML.

Built-in routines ship as TOML files in the package and are read by the same
validating parser that reads a user's routine files, so both obey one set of
rules and one error style.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from types import MappingProxyType
from typing import Any

from stretch_coach.core.exercises import DATA_DIR, Catalogue, ExerciseKind, load_catalogue

# \Z, not $: "$" would also accept an id followed by a newline.
ROUTINE_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")

# Bounds for what a routine file may ask for. They keep a hand-written or
# foreign file from producing a plan nobody should follow (a 10-minute hold)
# or one that could not be shown (thousands of steps).
MAX_ID_LENGTH = 64
MAX_NAME_LENGTH = 80
MAX_DESCRIPTION_LENGTH = 400
MAX_EXERCISES = 30
# Each field within its bounds can still add up to days (30 exercises of 20
# sets of 2-minute holds on each leg); a bedtime routine never needs more
# than an hour, the longest length it can be rescaled to.
MAX_ROUTINE_MINUTES = 60
LIMITS: dict[str, tuple[int, int]] = {
    "hold_seconds": (1, 120),
    "reps": (1, 50),
    "sets": (1, 20),
    "rest_seconds": (0, 120),
    "prepare_seconds": (0, 60),
}
DEFAULT_REST_SECONDS = 10
DEFAULT_PREPARE_SECONDS = 5


class Side(StrEnum):
    """A leg: the one a step works, or one a routine item covers."""

    LEFT = "left"
    RIGHT = "right"


BOTH_LEGS: tuple[Side, ...] = (Side.LEFT, Side.RIGHT)
# The legs a routine item covers, as its file spells them (in this order).
LEG_CHOICES: Mapping[str, tuple[Side, ...]] = MappingProxyType(
    {"both": BOTH_LEGS, "left": (Side.LEFT,), "right": (Side.RIGHT,)}
)


def legs_name(legs: tuple[Side, ...]) -> str:
    """The file's word for the legs an item covers: both, left or right."""
    return next(name for name, choice in LEG_CHOICES.items() if choice == legs)


class RoutineFailure(StrEnum):
    """What kind of problem a RoutineError is, for the front ends to word."""

    INVALID = "invalid"  # a value the app cannot use (the message says which)
    TOO_LONG = "too-long"  # longer than MAX_ROUTINE_MINUTES as written
    UNREADABLE = "unreadable"  # the file cannot be read as a routine at all
    BUILTIN = "builtin"  # a built-in routine cannot be changed or deleted
    ID_TAKEN = "id-taken"  # the id belongs to another routine
    NOT_SAVED = "not-saved"  # it would not read back as written


class RoutineError(ValueError):
    """A routine that cannot be used or stored.

    ``failure`` says what kind of problem it is; the message is the technical
    detail (which field, which value), in English, for logs and details.
    """

    def __init__(
        self,
        message: str,
        failure: RoutineFailure = RoutineFailure.INVALID,
        *,
        minutes: int | None = None,
        file: str = "",
    ) -> None:
        super().__init__(message)
        self.failure = failure
        self.minutes = minutes  # TOO_LONG: about how long it would take
        self.file = file  # the file it came from, where there is one


@dataclass(frozen=True, slots=True)
class RoutineItem:
    """One exercise in a routine with its dose.

    ``amount`` is the hold in seconds for a hold move and the repetitions per
    set for a reps move; one number keeps scaling uniform across both kinds.
    """

    exercise: str
    amount: int
    sets: int = 1
    rest_seconds: int = DEFAULT_REST_SECONDS
    sides: tuple[Side, ...] = BOTH_LEGS  # LEFT then RIGHT, or one of them


@dataclass(frozen=True, slots=True)
class Routine:
    id: str
    name: str
    items: tuple[RoutineItem, ...]
    description: str = ""
    prepare_seconds: int = DEFAULT_PREPARE_SECONDS
    builtin: bool = field(default=False, compare=False)


def _int_field(raw: Mapping[str, Any], key: str, default: int, where: str) -> int:
    value = raw.get(key, default)
    # bool is an int in Python; "true" as a number of seconds is a mistake.
    if isinstance(value, bool) or not isinstance(value, int):
        raise RoutineError(f"{where}: {key} must be a whole number, not {value!r}")
    low, high = LIMITS[key]
    if not low <= value <= high:
        raise RoutineError(f"{where}: {key} must be from {low} to {high}, not {value}")
    return value


def _parse_item(raw: Any, index: int, catalogue: Catalogue) -> RoutineItem:
    where = f"exercise {index}"
    if not isinstance(raw, dict):
        raise RoutineError(f"{where}: must be a table with an id")
    ident = raw.get("id")
    if not isinstance(ident, str) or ident not in catalogue:
        known = ", ".join(catalogue)
        raise RoutineError(f"{where}: unknown exercise {ident!r} (known: {known})")
    exercise = catalogue[ident]
    where = f"exercise {index} ({ident})"
    unknown = set(raw) - {"id", "sides", "hold_seconds", "reps", "sets", "rest_seconds"}
    if unknown:
        raise RoutineError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")

    if exercise.kind is ExerciseKind.HOLD:
        if "reps" in raw:
            raise RoutineError(f"{where}: a held stretch takes hold_seconds, not reps")
        amount = _int_field(raw, "hold_seconds", exercise.hold_seconds or 0, where)
    else:
        if "hold_seconds" in raw:
            raise RoutineError(f"{where}: a repeated move takes reps, not hold_seconds")
        amount = _int_field(raw, "reps", exercise.reps or 0, where)

    sides_raw = raw.get("sides", "both")
    sides = LEG_CHOICES.get(sides_raw) if isinstance(sides_raw, str) else None
    if sides is None:
        raise RoutineError(f"{where}: sides must be left, right or both, not {sides_raw!r}")
    if not exercise.per_side and sides != BOTH_LEGS:
        raise RoutineError(f"{where}: this move uses both legs together, so sides cannot be set")

    return RoutineItem(
        exercise=ident,
        amount=amount,
        sets=_int_field(raw, "sets", 1, where),
        rest_seconds=_int_field(raw, "rest_seconds", DEFAULT_REST_SECONDS, where),
        sides=sides,
    )


def parse_routine(
    raw: Mapping[str, Any],
    *,
    default_id: str | None = None,
    builtin: bool = False,
) -> Routine:
    """Validate a routine read from TOML; raise RoutineError naming the problem."""
    catalogue = load_catalogue()
    ident = raw.get("id", default_id)
    if not isinstance(ident, str) or not ROUTINE_ID_PATTERN.match(ident):
        raise RoutineError(
            f"id {ident!r} is not valid: use lower-case letters, digits and single dashes"
        )
    if len(ident) > MAX_ID_LENGTH:
        raise RoutineError(f"id is longer than {MAX_ID_LENGTH} characters")
    name = raw.get("name", ident)
    if not isinstance(name, str) or not name.strip() or len(name) > MAX_NAME_LENGTH:
        raise RoutineError(f"name must be text of 1 to {MAX_NAME_LENGTH} characters")
    description = raw.get("description", "")
    if not isinstance(description, str) or len(description) > MAX_DESCRIPTION_LENGTH:
        raise RoutineError(
            f"description must be text of at most {MAX_DESCRIPTION_LENGTH} characters"
        )
    items_raw = raw.get("exercises")
    if not isinstance(items_raw, list) or not items_raw:
        raise RoutineError("a routine needs at least one [[exercises]] entry")
    if len(items_raw) > MAX_EXERCISES:
        raise RoutineError(f"a routine can have at most {MAX_EXERCISES} exercises")
    items = tuple(_parse_item(item, i, catalogue) for i, item in enumerate(items_raw, 1))
    prepare = _int_field(raw, "prepare_seconds", DEFAULT_PREPARE_SECONDS, "routine")
    routine = Routine(
        id=ident,
        name=name.strip(),
        items=items,
        description=description.strip(),
        prepare_seconds=prepare,
        builtin=builtin,
    )
    _check_length(routine)
    return routine


def _check_length(routine: Routine) -> None:
    """Refuse a routine that takes longer than MAX_ROUTINE_MINUTES as written."""
    # Imported here because the plan module builds on this one.
    from stretch_coach.core.plan import build_plan

    seconds = build_plan(routine).total_seconds
    if seconds <= MAX_ROUTINE_MINUTES * 60:
        return
    minutes = math.ceil(seconds / 60)
    length = f"about {round(seconds / 3600)} hours" if minutes > 120 else f"about {minutes} minutes"
    raise RoutineError(
        f"as written it would take {length}; a routine can take at most "
        f"{MAX_ROUTINE_MINUTES} minutes (use fewer exercises or sets, or shorter holds and rests)",
        RoutineFailure.TOO_LONG,
        minutes=minutes,
    )


def routine_to_toml_data(routine: Routine) -> dict[str, Any]:
    """The routine as plain data in the documented file shape (for saving/exporting)."""
    catalogue = load_catalogue()
    data: dict[str, Any] = {"id": routine.id, "name": routine.name}
    if routine.description:
        data["description"] = routine.description
    if routine.prepare_seconds != DEFAULT_PREPARE_SECONDS:
        data["prepare_seconds"] = routine.prepare_seconds
    entries = []
    for item in routine.items:
        exercise = catalogue[item.exercise]
        entry: dict[str, Any] = {"id": item.exercise}
        if exercise.per_side:
            entry["sides"] = legs_name(item.sides)
        key = "hold_seconds" if exercise.kind is ExerciseKind.HOLD else "reps"
        entry[key] = item.amount
        entry["sets"] = item.sets
        entry["rest_seconds"] = item.rest_seconds
        entries.append(entry)
    data["exercises"] = entries
    return data


BUILTIN_ORDER = ("bedtime", "trial-protocol", "quick", "seated", "cramp-relief")


@cache
def builtin_routines() -> tuple[Routine, ...]:
    """The routines that ship with the app, in the order they are offered."""
    folder = DATA_DIR / "routines"
    routines = []
    for ident in BUILTIN_ORDER:
        raw = tomllib.loads(folder.joinpath(f"{ident}.toml").read_text("utf-8"))
        routines.append(parse_routine(raw, default_id=ident, builtin=True))
    return tuple(routines)


def find_routine(routines: tuple[Routine, ...] | list[Routine], ident: str) -> Routine | None:
    return next((r for r in routines if r.id == ident), None)
