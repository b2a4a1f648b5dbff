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

Where one exercise's next step is big (one more set brings a long rest with
it) a target can fall between two rungs; then the closest length any mix of
doses adds up to joins the rungs. So the plan lands within the tolerance
whenever the routine can take that length at all, and otherwise as close to
it as the routine can get.
"""

from __future__ import annotations

from bisect import bisect_left
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


def default_minutes(routine: Routine) -> int:
    """The routine's own length as written, in whole minutes (at least one)."""
    total = build_plan(routine).total_seconds
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

    def doses(self) -> list[_Dose]:
        top_sets = max(MAX_SETS, self.base.sets)
        return [
            _Dose(sets, level)
            for sets in range(1, top_sets + 1)
            for level in range(len(self.amounts))
        ]

    def by_seconds(self) -> dict[int, _Dose]:
        """One dose for each length this exercise can take: the one whose amount
        is closest to the written amount, then the one with fewer sets."""
        best: dict[int, _Dose] = {}
        for dose in sorted(self.doses(), key=lambda d: (abs(d.level - self.base.level), d.sets)):
            best.setdefault(self.seconds(dose), dose)
        return best

    def apply(self, dose: _Dose) -> RoutineItem:
        return replace(self.item, sets=dose.sets, amount=self.amounts[dose.level])


def item_variants(item: RoutineItem) -> list[RoutineItem]:
    """Every dose the rescaling may give one exercise: 1 to MAX_SETS sets of each
    allowed amount, with its rest and sides as written."""
    ladder = _ItemLadder(item, load_catalogue())
    return [ladder.apply(dose) for dose in ladder.doses()]


def _round_up(seconds: int) -> int:
    return -(-seconds // HOLD_STEP_SECONDS) * HOLD_STEP_SECONDS


@dataclass(frozen=True, slots=True)
class _Rung:
    total: int
    doses: tuple[_Dose, ...]


@lru_cache(maxsize=64)
def _ladder(routine: Routine) -> tuple[tuple[_Rung, ...], int, tuple[_ItemLadder, ...]]:
    """All rungs in increasing length, and the length of the routine as written."""
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

    chain = (*reversed(below), _Rung(total(base), base), *above)
    return _with_mixes(chain, ladders, fixed), total(base), ladders


def _with_mixes(
    chain: tuple[_Rung, ...], ladders: tuple[_ItemLadder, ...], fixed: int
) -> tuple[_Rung, ...]:
    """The chain, plus a mix of doses for each whole-minute target it misses.

    The chain moves one exercise at a time, so where one exercise's next step
    is big (one more set brings a long rest with it) a target can fall into
    the gap. Then the closest length any mix of doses adds up to is added too,
    if it is closer; with all rungs sorted by length, the closest rung to a
    target still only grows with the target.
    """
    totals = [rung.total for rung in chain]
    mixes: _Mixes | None = None
    extra: list[_Rung] = []
    for minutes in range(MIN_MINUTES, MAX_MINUTES + 1):
        target = minutes * 60
        index = min(bisect_left(totals, target), len(totals) - 1)
        nearest = min(chain[max(index - 1, 0) : index + 1], key=lambda r: abs(r.total - target))
        miss = abs(nearest.total - target)
        if miss <= tolerance_seconds(target):
            continue
        mixes = mixes or _Mixes(ladders, fixed)
        rung = mixes.closest(target, miss, nearest.doses)
        if rung is not None:
            extra.append(rung)
    return tuple(sorted((*chain, *extra), key=lambda rung: rung.total))


class _Mixes:
    """Which lengths mixes of the exercises' doses add up to.

    ``reach[i]`` has bit s set when the first i exercises can take s seconds
    together (one big integer as a set of lengths, which keeps this quick).
    """

    def __init__(self, ladders: tuple[_ItemLadder, ...], fixed: int) -> None:
        self.ladders = ladders
        self.fixed = fixed
        self.options = [lad.by_seconds() for lad in ladders]
        self.lengths = [sorted(options) for options in self.options]
        # Past twice the longest target no mix can be the closest to one.
        mask = (1 << (2 * MAX_MINUTES * 60 + 1)) - 1
        self.reach = [1]
        for lengths in self.lengths:
            before = self.reach[-1]
            now = 0
            for seconds in lengths:
                now |= before << seconds
            self.reach.append(now & mask)

    def closest(self, target: int, miss: int, near: tuple[_Dose, ...]) -> _Rung | None:
        """The mix closest to ``target`` if it misses by less than ``miss``,
        with each exercise's dose as close as possible to its dose in ``near``."""
        want = target - self.fixed
        for distance in range(miss):
            for work in (want - distance, want + distance):
                if work >= 0 and self.reach[-1] >> work & 1:
                    return self._mix(work, near)
        return None

    def _mix(self, work: int, near: tuple[_Dose, ...]) -> _Rung:
        doses: list[_Dose] = []
        left = work
        # From the last exercise back: each takes the length nearest its dose
        # in ``near`` that leaves a length the ones before it can still make.
        for index in reversed(range(len(self.ladders))):
            wanted = self.ladders[index].seconds(near[index])
            seconds = _nearest_usable(self.lengths[index], wanted, left, self.reach[index])
            doses.append(self.options[index][seconds])
            left -= seconds
        return _Rung(self.fixed + work, tuple(reversed(doses)))


def _nearest_usable(lengths: list[int], wanted: int, left: int, reach: int) -> int:
    """The length closest to ``wanted`` (the shorter on a tie) that leaves, of
    ``left`` seconds, a length in ``reach``; found searching outwards from it
    in the sorted ``lengths``."""

    def usable(seconds: int) -> bool:
        return seconds <= left and reach >> (left - seconds) & 1 == 1

    above = bisect_left(lengths, wanted)
    below = above - 1
    while below >= 0 or above < len(lengths):
        if above >= len(lengths) or (
            below >= 0 and wanted - lengths[below] <= lengths[above] - wanted
        ):
            candidate, below = lengths[below], below - 1
        else:
            candidate, above = lengths[above], above + 1
        if usable(candidate):
            return candidate
    raise AssertionError("the mix was reachable, so some length is usable")  # pragma: no cover


def scale_routine(routine: Routine, minutes: int) -> Routine:
    """The routine with its dose adjusted so its plan lasts about ``minutes``.

    The routine as written is kept untouched whenever it already lands within
    tolerance of the target, so a protocol keeps its exact dose at its own length.
    """
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(f"minutes must be from {MIN_MINUTES} to {MAX_MINUTES}, not {minutes}")
    target = minutes * 60
    rungs, written, ladders = _ladder(routine)
    if abs(written - target) <= tolerance_seconds(target):
        return routine
    chosen = min(rungs, key=lambda rung: (abs(rung.total - target), rung.total))
    items = tuple(lad.apply(d) for lad, d in zip(ladders, chosen.doses, strict=True))
    return replace(routine, items=items)


def scaled_plan(routine: Routine, minutes: int | None = None) -> Plan:
    """The plan for a routine, rescaled when a length is given."""
    if minutes is not None:
        routine = scale_routine(routine, minutes)
    return build_plan(routine)
