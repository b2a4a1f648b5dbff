from __future__ import annotations

import functools
import operator
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stretch_coach.core.exercises import ExerciseKind, load_catalogue
from stretch_coach.core.plan import build_plan, fixed_seconds
from stretch_coach.core.routines import (
    BOTH_LEGS,
    LEG_CHOICES,
    LIMITS,
    MAX_EXERCISES,
    Routine,
    RoutineItem,
    builtin_routines,
    parse_routine,
    routine_to_toml_data,
)
from stretch_coach.core.scaling import (
    MAX_HOLD_SECONDS,
    MAX_MINUTES,
    MAX_REPS,
    MIN_MINUTES,
    default_minutes,
    item_variants,
    scale_routine,
    scaled_plan,
    tolerance_seconds,
)
from tests.routine_lengths import item_seconds, within_length_cap

BUILTINS = builtin_routines()
MINUTES = range(MIN_MINUTES, MAX_MINUTES + 1)


def test_tolerance_is_fifteen_seconds_or_five_percent() -> None:
    assert tolerance_seconds(60) == 15
    assert tolerance_seconds(300) == 15
    assert tolerance_seconds(600) == 30
    assert tolerance_seconds(3600) == 180


@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.id)
def test_every_length_lands_within_tolerance(routine: Routine) -> None:
    for minutes in MINUTES:
        total = scaled_plan(routine, minutes).total_seconds
        target = minutes * 60
        assert abs(total - target) <= tolerance_seconds(target), (minutes, total)


@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.id)
def test_more_minutes_never_give_a_shorter_plan(routine: Routine) -> None:
    totals = [scaled_plan(routine, m).total_seconds for m in MINUTES]
    assert totals == sorted(totals)
    # And the length really changes: 60 minutes is far longer than 1.
    assert totals[-1] > 20 * totals[0]


@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.id)
def test_scaled_doses_stay_sensible(routine: Routine) -> None:
    catalogue = load_catalogue()
    written = {item.exercise: item for item in routine.items}
    for minutes in MINUTES:
        scaled = scale_routine(routine, minutes)
        assert [i.exercise for i in scaled.items] == [i.exercise for i in routine.items]
        for item in scaled.items:
            assert item.sets >= 1 and item.amount >= 1
            # Rest and sides are the person's choice and never rescaled.
            assert item.rest_seconds == written[item.exercise].rest_seconds
            assert item.sides == written[item.exercise].sides
            if catalogue[item.exercise].kind is ExerciseKind.HOLD:
                assert item.amount <= max(MAX_HOLD_SECONDS, written[item.exercise].amount)
            else:
                assert item.amount <= max(MAX_REPS, written[item.exercise].amount)
        assert all(step.seconds > 0 for step in build_plan(scaled).steps)


@pytest.mark.parametrize("routine", BUILTINS, ids=lambda r: r.id)
def test_default_length_is_the_routine_as_written(routine: Routine) -> None:
    minutes = default_minutes(routine)
    assert scale_routine(routine, minutes) is routine
    total = build_plan(routine).total_seconds
    assert abs(total - minutes * 60) <= tolerance_seconds(minutes * 60)


def test_builtin_lengths_match_their_descriptions() -> None:
    lengths = {r.id: default_minutes(r) for r in BUILTINS}
    assert lengths["bedtime"] == 5
    assert lengths["quick"] == 2
    assert 3 <= lengths["trial-protocol"] <= 4


def test_holds_get_only_slightly_longer_and_sets_grow() -> None:
    bedtime = next(r for r in BUILTINS if r.id == "bedtime")
    long = scale_routine(bedtime, 30)
    calf = next(i for i in long.items if i.exercise == "calf-stretch")
    assert calf.amount <= 45  # written as 30 s; at most half as long again
    assert calf.sets > 2


@pytest.mark.parametrize("minutes", [0, 61, -1])
def test_out_of_range_minutes_are_refused(minutes: int) -> None:
    with pytest.raises(ValueError, match="from 1 to 60"):
        scale_routine(BUILTINS[0], minutes)


items = st.builds(
    RoutineItem,
    exercise=st.sampled_from(sorted(load_catalogue())),
    amount=st.integers(1, 60),
    sets=st.integers(1, 6),
    rest_seconds=st.integers(0, 30),
    sides=st.sampled_from(list(LEG_CHOICES.values())),
)


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    chosen = draw(st.lists(items, min_size=1, max_size=6))
    catalogue = load_catalogue()
    fixed = [i if catalogue[i.exercise].per_side else replace(i, sides=BOTH_LEGS) for i in chosen]
    return Routine("any", "Any", tuple(fixed), prepare_seconds=draw(st.integers(0, 20)))


@settings(max_examples=40, deadline=None)
@given(routines(), st.integers(MIN_MINUTES, MAX_MINUTES - 1), st.integers(1, 10))
def test_any_routine_scales_monotonically_with_positive_steps(
    routine: Routine, minutes: int, more: int
) -> None:
    shorter = scaled_plan(routine, minutes)
    longer = scaled_plan(routine, min(MAX_MINUTES, minutes + more))
    assert shorter.total_seconds <= longer.total_seconds
    assert all(step.seconds > 0 for step in shorter.steps)
    assert all(step.seconds > 0 for step in longer.steps)


# -- every routine that loads ----------------------------------------------------------


@st.composite
def written_items(draw: st.DrawFn) -> RoutineItem:
    """Any exercise with any dose a routine file may give it."""
    exercise = load_catalogue()[draw(st.sampled_from(sorted(load_catalogue())))]
    key = "hold_seconds" if exercise.kind is ExerciseKind.HOLD else "reps"
    return RoutineItem(
        exercise=exercise.id,
        amount=draw(st.integers(*LIMITS[key])),
        sets=draw(st.integers(*LIMITS["sets"])),
        rest_seconds=draw(st.integers(*LIMITS["rest_seconds"])),
        sides=draw(st.sampled_from(list(LEG_CHOICES.values()))) if exercise.per_side else BOTH_LEGS,
    )


@st.composite
def loadable_routines(draw: st.DrawFn) -> Routine:
    """Routines as a routine file may hold them, up to the length cap."""
    items = draw(st.lists(written_items(), min_size=1, max_size=MAX_EXERCISES))
    prepare = draw(st.integers(*LIMITS["prepare_seconds"]))
    routine = within_length_cap(Routine("any", "Any", tuple(items), prepare_seconds=prepare))
    # Through the file format and the parser, exactly as a routine file loads.
    return parse_routine(routine_to_toml_data(routine))


def reachable_totals(routine: Routine) -> list[int]:
    """Every plan length the routine can take with the doses the rescaling may
    give each exercise (one bit per second), worked out on its own terms."""
    catalogue = load_catalogue()
    horizon = 2 * MAX_MINUTES * 60
    sums = 1  # bit s: the exercises so far can take s seconds together
    for item in routine.items:
        lengths = {item_seconds(variant, catalogue) for variant in item_variants(item)}
        sums = functools.reduce(operator.or_, (sums << n for n in lengths)) & ((1 << horizon) - 1)
    fixed = fixed_seconds(routine, catalogue)
    return [fixed + n for n in range(horizon) if sums >> n & 1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(loadable_routines())
def test_every_loadable_routine_keeps_the_length_promise(routine: Routine) -> None:
    """Within 15 s or 5 % of the length asked for, or, where the routine cannot
    take that length at all, as close to it as the routine can get."""
    reachable = reachable_totals(routine)
    totals = []
    for minutes in MINUTES:
        target = minutes * 60
        total = scaled_plan(routine, minutes).total_seconds
        closest = min(abs(length - target) for length in reachable)
        assert abs(total - target) <= max(tolerance_seconds(target), closest), (minutes, total)
        totals.append(total)
    assert totals == sorted(totals)


def test_a_long_rest_can_leave_lengths_out_of_reach() -> None:
    # A 30 s stretch on each leg with 2 minutes' rest between sets: one set on
    # each leg takes at most 1:40, two sets at least 4:50, so 3 minutes cannot
    # be had; the plan is then as close as the routine gets.
    item = RoutineItem("calf-stretch", amount=30, sets=2, rest_seconds=120, sides=BOTH_LEGS)
    routine = Routine("rests", "Long rests", (item,))
    assert scaled_plan(routine, 3).total_seconds == 100
    assert min(abs(n - 180) for n in reachable_totals(routine) if n != 100) > 180 - 100
