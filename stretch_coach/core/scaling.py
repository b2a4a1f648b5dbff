"""Rescaling a routine to a length the person picks, in whole minutes.

The dose of every exercise moves along a ladder: a chain of variants of the
routine whose total length strictly increases, from the smallest sensible dose
(one short set of everything) through the routine as written to long sessions
with more sets. A target picks the rung closest to it. Because the chain only
ever grows, asking for more minutes can never give a shorter plan.

Each rung differs from the one before by a small change to one exercise,
chosen so that all exercises grow evenly: a few more seconds of hold or one
more rep until the per-set dose reaches a safe ceiling (holds grow to at most
one and a half times the written hold and never past 60 s), then one more set,
with the per-set dose lowered just enough that the total still only grows a
little.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from stretch_coach.core.exercises import Catalogue, ExerciseKind, load_catalogue
from stretch_coach.core.plan import Plan, build_plan, fixed_seconds, item_sides
from stretch_coach.core.routines import Routine, RoutineItem

MIN_MINUTES = 1
MAX_MINUTES = 60
HOLD_STEP_SECONDS = 5
MIN_HOLD_SECONDS = 10
MAX_HOLD_SECONDS = 60
MIN_REPS = 2
MAX_REPS = 20
MAX_SETS = 30


def tolerance_seconds(target_seconds: int) -> float:
    """How far a scaled plan may land from the target: 15 s or 5 %, the larger."""
    return max(15.0, 0.05 * target_seconds)


def default_minutes(routine: Routine, catalogue: Catalogue | None = None) -> int:
    """The routine's own length as written, in whole minutes (at least one)."""
    total = build_plan(routine, catalogue).total_seconds
    return max(MIN_MINUTES, round(total / 60))


@dataclass(frozen=True, slots=True)
class _Dose:
    """Where one exercise stands on the ladder: sets and an index into its amounts."""

    sets: int
    level: int


class _ItemLadder:
    """The allowed per-set amounts of one exercise and the time a dose takes."""

    def __init__(self, item: RoutineItem, catalogue: Catalogue) -> None:
        exercise = catalogue[item.exercise]
        base = item.amount
        if exercise.kind is ExerciseKind.HOLD:
            low = min(base, MIN_HOLD_SECONDS)
            high = max(base, 2 * low, min(MAX_HOLD_SECONDS, _round_up(base * 3 // 2)))
            grid = {low, base, high} | set(range(_round_up(low), high, HOLD_STEP_SECONDS))
            self.unit_seconds = 1
        else:
            low = min(base, MIN_REPS)
            high = max(base, 2 * low, min(MAX_REPS, 2 * base))
            grid = set(range(low, high + 1))
            self.unit_seconds = exercise.rep_seconds
        self.amounts = sorted(grid)
        self.item = item
        self.sides = len(item_sides(item, catalogue))
        self.base = _Dose(item.sets, self.amounts.index(base))
        self.base_seconds = self.seconds(self.base)

    def seconds(self, dose: _Dose) -> int:
        work = self.amounts[dose.level] * self.unit_seconds
        return self.sides * (dose.sets * work + (dose.sets - 1) * self.item.rest_seconds)

    def grow(self, dose: _Dose) -> _Dose | None:
        if dose.level + 1 < len(self.amounts):
            return _Dose(dose.sets, dose.level + 1)
        if dose.sets >= MAX_SETS:
            return None
        now = self.seconds(dose)
        for level in range(len(self.amounts)):
            bigger = _Dose(dose.sets + 1, level)
            if self.seconds(bigger) > now:
                return bigger
        return None  # pragma: no cover - the top amount always exceeds

    def shrink(self, dose: _Dose) -> _Dose | None:
        """The mirror of grow: less per set, then one set fewer at the largest
        amount that still shortens it, so the ladder stays fine-grained."""
        if dose.level > 0:
            return _Dose(dose.sets, dose.level - 1)
        if dose.sets == 1:
            return None
        now = self.seconds(dose)
        for level in reversed(range(len(self.amounts))):
            smaller = _Dose(dose.sets - 1, level)
            if self.seconds(smaller) < now:
                return smaller
        return None  # pragma: no cover - the lowest amount always shortens

    def apply(self, dose: _Dose) -> RoutineItem:
        return replace(self.item, sets=dose.sets, amount=self.amounts[dose.level])


def _round_up(seconds: int) -> int:
    return -(-seconds // HOLD_STEP_SECONDS) * HOLD_STEP_SECONDS


@dataclass(frozen=True, slots=True)
class _Rung:
    total: int
    doses: tuple[_Dose, ...]


@lru_cache(maxsize=64)
def _ladder(routine: Routine) -> tuple[tuple[_Rung, ...], int, tuple[_ItemLadder, ...]]:
    """All rungs in increasing length, and the index of the routine as written."""
    catalogue = load_catalogue()
    ladders = tuple(_ItemLadder(item, catalogue) for item in routine.items)
    fixed = fixed_seconds(routine, catalogue)

    def total(doses: tuple[_Dose, ...]) -> int:
        return fixed + sum(lad.seconds(d) for lad, d in zip(ladders, doses, strict=True))

    def ratio(index: int, doses: tuple[_Dose, ...]) -> float:
        return ladders[index].seconds(doses[index]) / ladders[index].base_seconds

    base = tuple(lad.base for lad in ladders)
    below: list[_Rung] = []
    doses = base
    while True:
        # Shrink the exercise that is furthest above its own share.
        candidates = [
            (ratio(i, doses), i, step)
            for i, lad in enumerate(ladders)
            if (step := lad.shrink(doses[i])) is not None
        ]
        if not candidates:
            break
        _, index, step = max(candidates, key=lambda c: (c[0], c[1]))
        doses = (*doses[:index], step, *doses[index + 1 :])
        below.append(_Rung(total(doses), doses))

    above: list[_Rung] = []
    doses = base
    ceiling = MAX_MINUTES * 60 + tolerance_seconds(MAX_MINUTES * 60)
    while total(doses) < ceiling:
        candidates = [
            (ratio(i, doses), i, step)
            for i, lad in enumerate(ladders)
            if (step := lad.grow(doses[i])) is not None
        ]
        if not candidates:
            break
        _, index, step = min(candidates, key=lambda c: (c[0], c[1]))
        doses = (*doses[:index], step, *doses[index + 1 :])
        above.append(_Rung(total(doses), doses))

    rungs = (*reversed(below), _Rung(total(base), base), *above)
    return rungs, len(below), ladders


def scale_routine(routine: Routine, minutes: int) -> Routine:
    """The routine with its dose adjusted so its plan lasts about ``minutes``.

    The routine as written is kept untouched whenever it already lands within
    tolerance of the target, so a protocol keeps its exact dose at its own length.
    """
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be from {MIN_MINUTES} to {MAX_MINUTES}, not {minutes}")
    target = minutes * 60
    rungs, base_index, ladders = _ladder(routine)
    if abs(rungs[base_index].total - target) <= tolerance_seconds(target):
        return routine
    chosen = min(rungs, key=lambda rung: (abs(rung.total - target), rung.total))
    items = tuple(lad.apply(d) for lad, d in zip(ladders, chosen.doses, strict=True))
    return replace(routine, items=items)


def scaled_plan(routine: Routine, minutes: int | None = None) -> Plan:
    """The plan for a routine, rescaled when a length is given."""
    if minutes is not None:
        routine = scale_routine(routine, minutes)
    return build_plan(routine)
