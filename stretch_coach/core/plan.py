"""Turning a routine into a flat, timed list of steps the engine can follow."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from stretch_coach.core.exercises import Catalogue, ExerciseKind, load_catalogue
from stretch_coach.core.routines import Routine, RoutineItem, Side

# Time to change legs in the same stretch, and to get into position for the
# next move (which may mean standing up or finding the wall).
SIDE_SWITCH_SECONDS = 5
EXERCISE_SWITCH_SECONDS = 10


class StepKind(StrEnum):
    PREPARE = "prepare"
    HOLD = "hold"
    REPS = "reps"
    REST = "rest"
    SWITCH = "switch"


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step.

    For prepare and switch steps ``exercise``/``side`` name what comes next, so
    the coach can say "Next: calf stretch, left leg"; for rest they name the
    move being rested from.
    """

    kind: StepKind
    exercise: str | None
    side: Side | None
    seconds: int
    reps: int | None
    starts_at: int
    set_number: int | None = None
    sets: int | None = None
    item: int | None = None  # which of the routine's items the step belongs to

    @property
    def ends_at(self) -> int:
        return self.starts_at + self.seconds

    @property
    def is_work(self) -> bool:
        return self.kind in (StepKind.HOLD, StepKind.REPS)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "exercise": self.exercise,
            "side": self.side.value if self.side else None,
            "seconds": self.seconds,
            "reps": self.reps,
            "starts_at": self.starts_at,
            "set": self.set_number,
            "sets": self.sets,
        }


@dataclass(frozen=True, slots=True)
class Plan:
    routine: Routine
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> int:
        return self.steps[-1].ends_at if self.steps else 0

    def __len__(self) -> int:
        return len(self.steps)

    def __iter__(self) -> Iterator[Step]:
        return iter(self.steps)

    def to_json(self) -> dict[str, Any]:
        return {
            "routine": self.routine.id,
            "name": self.routine.name,
            "total_seconds": self.total_seconds,
            "steps": [step.to_json() for step in self.steps],
        }


def item_sides(item: RoutineItem, catalogue: Catalogue) -> tuple[Side | None, ...]:
    """The legs the item's steps work, in order; (None,) for a two-leg move."""
    if not catalogue[item.exercise].per_side:
        return (None,)
    return item.sides


def work_seconds(item: RoutineItem, catalogue: Catalogue) -> int:
    """Seconds of one set of the item's work (a hold, or all reps of a set)."""
    exercise = catalogue[item.exercise]
    if exercise.kind is ExerciseKind.HOLD:
        return item.amount
    return item.amount * exercise.rep_seconds


def fixed_seconds(routine: Routine, catalogue: Catalogue) -> int:
    """Seconds that do not depend on the dose: preparing and switching."""
    total = routine.prepare_seconds
    for index, item in enumerate(routine.items):
        sides = len(item_sides(item, catalogue))
        total += (sides - 1) * SIDE_SWITCH_SECONDS
        if index:
            total += EXERCISE_SWITCH_SECONDS
    return total


def build_plan(routine: Routine) -> Plan:
    catalogue = load_catalogue()
    steps: list[Step] = []
    clock = 0

    def add(kind: StepKind, exercise: str, side: Side | None, seconds: int, **extra: Any) -> None:
        nonlocal clock
        if seconds <= 0:
            return
        steps.append(Step(kind, exercise, side, seconds, starts_at=clock, item=item, **extra))
        clock += seconds

    item = 0

    first = routine.items[0]
    add(
        StepKind.PREPARE,
        first.exercise,
        item_sides(first, catalogue)[0],
        routine.prepare_seconds,
        reps=None,
    )
    for index, entry in enumerate(routine.items):
        item = index
        exercise = catalogue[entry.exercise]
        kind = StepKind.HOLD if exercise.kind is ExerciseKind.HOLD else StepKind.REPS
        reps = entry.amount if kind is StepKind.REPS else None
        for side_index, side in enumerate(item_sides(entry, catalogue)):
            if side_index:
                add(StepKind.SWITCH, entry.exercise, side, SIDE_SWITCH_SECONDS, reps=None)
            elif index:
                add(StepKind.SWITCH, entry.exercise, side, EXERCISE_SWITCH_SECONDS, reps=None)
            for set_number in range(1, entry.sets + 1):
                if set_number > 1:
                    add(StepKind.REST, entry.exercise, side, entry.rest_seconds, reps=None)
                add(
                    kind,
                    entry.exercise,
                    side,
                    work_seconds(entry, catalogue),
                    reps=reps,
                    set_number=set_number,
                    sets=entry.sets,
                )
    return Plan(routine, tuple(steps))
