from __future__ import annotations

import contextlib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretch_coach.core.plan import build_plan
from stretch_coach.core.routines import (
    BOTH_LEGS,
    BUILTIN_ORDER,
    MAX_ROUTINE_MINUTES,
    ROUTINE_ID_PATTERN,
    RoutineError,
    RoutineItem,
    Side,
    builtin_routines,
    find_routine,
    parse_routine,
    routine_to_toml_data,
)


def test_builtins_are_offered_in_order_and_are_kebab_case() -> None:
    routines = builtin_routines()
    assert tuple(r.id for r in routines) == BUILTIN_ORDER
    assert all(ROUTINE_ID_PATTERN.match(r.id) for r in routines)
    assert all(r.builtin for r in routines)


def test_trial_protocol_is_the_published_dose() -> None:
    routine = find_routine(builtin_routines(), "trial-protocol")
    assert routine is not None
    assert routine.items == (
        RoutineItem("calf-stretch", amount=10, sets=3, rest_seconds=10, sides=BOTH_LEGS),
        RoutineItem("hamstring-stretch", amount=10, sets=3, rest_seconds=10, sides=BOTH_LEGS),
    )


def test_find_routine_returns_none_for_unknown() -> None:
    assert find_routine(builtin_routines(), "nope") is None


def good() -> dict[str, Any]:
    return {
        "id": "my-evening",
        "name": "My evening",
        "exercises": [
            {
                "id": "calf-stretch",
                "sides": "left",
                "hold_seconds": 20,
                "sets": 2,
                "rest_seconds": 5,
            },
            {"id": "toe-curl", "reps": 10},
        ],
    }


def test_parse_documented_example() -> None:
    routine = parse_routine(good())
    assert routine.id == "my-evening"
    assert routine.items[0] == RoutineItem("calf-stretch", 20, 2, 5, (Side.LEFT,))
    # Omitted keys take the exercise's defaults.
    assert routine.items[1] == RoutineItem("toe-curl", 10, 1, 10, BOTH_LEGS)


def test_id_defaults_to_file_name() -> None:
    raw = good()
    del raw["id"]
    assert parse_routine(raw, default_id="from-file").id == "from-file"


def test_round_trip_through_file_data() -> None:
    for routine in builtin_routines():
        again = parse_routine(routine_to_toml_data(routine), builtin=True)
        assert again == routine


def mutate(path: list[Any], value: Any) -> dict[str, Any]:
    raw = good()
    target: Any = raw
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return raw


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (["id"], "../etc", "id '../etc' is not valid"),
        (["id"], "My Routine", "is not valid"),
        (["id"], "a" * 65, "longer than 64"),
        (["name"], "", "name must be"),
        (["name"], 5, "name must be"),
        (["exercises"], [], "at least one"),
        (["exercises"], KeyError, "at least one"),
        (["exercises"], [{"id": "calf-stretch"}] * 31, "at most 30"),
        (["exercises", 0, "id"], "backflip", "unknown exercise 'backflip'"),
        (["exercises", 0, "hold_seconds"], -5, "hold_seconds must be from 1 to 120, not -5"),
        (["exercises", 0, "hold_seconds"], 10**9, "hold_seconds must be from 1 to 120"),
        (["exercises", 0, "hold_seconds"], "20", "must be a whole number"),
        (["exercises", 0, "hold_seconds"], True, "must be a whole number"),
        (["exercises", 0, "hold_seconds"], 2.5, "must be a whole number"),
        (["exercises", 0, "sets"], 0, "sets must be from 1 to 20"),
        (["exercises", 0, "rest_seconds"], 500, "rest_seconds must be from 0 to 120"),
        (["exercises", 0, "sides"], "middle", "sides must be left, right or both"),
        (["exercises", 0, "reps"], 3, "takes hold_seconds, not reps"),
        (["exercises", 1, "hold_seconds"], 3, "takes reps, not hold_seconds"),
        (["exercises", 1, "sides"], "left", "both legs together"),
        (["exercises", 1, "colour"], "red", "unknown key(s) colour"),
        (["exercises", 1], "toe-curl", "must be a table"),
        (["prepare_seconds"], 600, "prepare_seconds must be from 0 to 60"),
    ],
)
def test_bad_routines_are_rejected_with_a_clear_message(
    path: list[Any], value: Any, message: str
) -> None:
    with pytest.raises(RoutineError) as info:
        parse_routine(mutate(path, value))
    assert message in str(info.value)


toml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)


@given(
    st.fixed_dictionaries(
        {},
        optional={
            "id": st.sampled_from(["ok", "../up", ""]) | toml_values,
            "name": toml_values,
            "exercises": toml_values,
            "prepare_seconds": toml_values,
            "x": toml_values,
        },
    )
)
def test_any_garbage_gives_a_routine_or_a_routine_error(raw: dict[str, Any]) -> None:
    # Anything else escaping (KeyError, TypeError, ...) fails the test.
    with contextlib.suppress(RoutineError):
        parse_routine(raw, default_id="garbage")


@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.sampled_from(["calf-stretch", "toe-curl", "heel-raise", "nope"])},
            optional={
                "hold_seconds": toml_values,
                "reps": toml_values,
                "sets": st.integers(-5, 50) | toml_values,
                "rest_seconds": st.integers(-5, 500),
                "sides": st.sampled_from(["left", "right", "both", "up"]),
            },
        ),
        min_size=1,
        max_size=5,
    )
)
def test_exercise_entries_never_crash_the_parser(entries: list[dict[str, Any]]) -> None:
    try:
        routine = parse_routine({"id": "fuzz", "exercises": entries})
    except RoutineError:
        return
    for item in routine.items:
        assert 1 <= item.sets <= 20
        assert 1 <= item.amount <= 120


def absurd() -> dict[str, Any]:
    """Every field within its bounds, yet 78 hours long."""
    entry = {"id": "calf-stretch", "hold_seconds": 120, "sets": 20, "rest_seconds": 120}
    return {"id": "absurd", "exercises": [entry] * 30}


def test_a_routine_longer_than_an_hour_as_written_is_refused() -> None:
    assert MAX_ROUTINE_MINUTES == 60
    with pytest.raises(RoutineError) as info:
        parse_routine(absurd())
    assert str(info.value) == (
        "as written it would take about 78 hours; a routine can take at most 60 minutes "
        "(use fewer exercises or sets, or shorter holds and rests)"
    )


def test_a_routine_of_exactly_an_hour_is_fine_and_a_second_more_is_not() -> None:
    # One hold of 60 s and 5 s prepare; with rest r between 60 sets ... kept simple:
    # calf-stretch on one leg, 20 sets: 20 holds and 19 rests, plus preparing.
    def raw(hold: int, rest: int, prepare: int) -> dict[str, Any]:
        entry = {"id": "calf-stretch", "sides": "left", "hold_seconds": hold, "sets": 20}
        return {
            "id": "hour",
            "prepare_seconds": prepare,
            "exercises": [{**entry, "rest_seconds": rest}],
        }

    # 20 x 120 + 19 x 63 = 3597, so 3 s of preparing make exactly an hour.
    exactly = parse_routine(raw(120, 63, 3))
    assert build_plan(exactly).total_seconds == MAX_ROUTINE_MINUTES * 60
    with pytest.raises(RoutineError, match="about 61 minutes"):
        parse_routine(raw(120, 63, 4))
