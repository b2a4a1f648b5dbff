from __future__ import annotations

import pytest

from stretch_coach.core.plan import (
    EXERCISE_SWITCH_SECONDS,
    SIDE_SWITCH_SECONDS,
    StepKind,
    build_plan,
)
from stretch_coach.core.routines import Routine, Side, builtin_routines, find_routine, parse_routine


def routine(ident: str) -> Routine:
    found = find_routine(builtin_routines(), ident)
    assert found is not None
    return found


@pytest.mark.parametrize("r", builtin_routines(), ids=lambda r: r.id)
def test_steps_are_contiguous_positive_and_add_up(r: Routine) -> None:
    plan = build_plan(r)
    clock = 0
    for step in plan.steps:
        assert step.seconds > 0
        assert step.starts_at == clock
        clock += step.seconds
    assert plan.total_seconds == clock == sum(s.seconds for s in plan.steps)
    assert plan.to_json()["total_seconds"] == clock
    assert len(plan) == len(plan.to_json()["steps"])


def test_trial_protocol_plan_keeps_the_published_dose() -> None:
    plan = build_plan(routine("trial-protocol"))
    for exercise in ("calf-stretch", "hamstring-stretch"):
        for side in (Side.LEFT, Side.RIGHT):
            steps = [s for s in plan.steps if s.exercise == exercise and s.side == side]
            work = [s for s in steps if s.kind is StepKind.HOLD]
            rests = [s for s in steps if s.kind is StepKind.REST]
            assert [s.seconds for s in work] == [10, 10, 10]
            assert [s.seconds for s in rests] == [10, 10]
            assert [s.set_number for s in work] == [1, 2, 3]
    # Both legs of both stretches, done in about three to four minutes.
    assert 180 <= plan.total_seconds <= 240


def test_plan_shape_for_a_small_routine() -> None:
    small = parse_routine(
        {
            "id": "small",
            "prepare_seconds": 3,
            "exercises": [
                {"id": "toe-curl", "reps": 2, "sets": 2, "rest_seconds": 4},
                {"id": "calf-stretch", "hold_seconds": 7},
            ],
        }
    )
    got = [(s.kind.value, s.exercise, s.side, s.seconds, s.reps) for s in build_plan(small)]
    assert got == [
        ("prepare", "toe-curl", None, 3, None),
        ("reps", "toe-curl", None, 10, 2),
        ("rest", "toe-curl", None, 4, None),
        ("reps", "toe-curl", None, 10, 2),
        ("switch", "calf-stretch", Side.LEFT, EXERCISE_SWITCH_SECONDS, None),
        ("hold", "calf-stretch", Side.LEFT, 7, None),
        ("switch", "calf-stretch", Side.RIGHT, SIDE_SWITCH_SECONDS, None),
        ("hold", "calf-stretch", Side.RIGHT, 7, None),
    ]


def test_no_prepare_and_no_rest_steps_when_zero() -> None:
    r = parse_routine(
        {
            "id": "z",
            "prepare_seconds": 0,
            "exercises": [{"id": "calf-stretch", "sides": "right", "sets": 2, "rest_seconds": 0}],
        }
    )
    plan = build_plan(r)
    assert [s.kind for s in plan.steps] == [StepKind.HOLD, StepKind.HOLD]
    assert all(s.side is Side.RIGHT for s in plan.steps)


def test_json_shape() -> None:
    data = build_plan(routine("quick")).to_json()
    assert data["routine"] == "quick"
    assert set(data["steps"][0]) >= {"kind", "exercise", "side", "seconds", "reps", "starts_at"}
    reps = [s for s in data["steps"] if s["kind"] == "reps"]
    assert reps and all(isinstance(s["reps"], int) for s in reps)
    holds = [s for s in data["steps"] if s["kind"] == "hold"]
    assert {s["side"] for s in holds} == {"left", "right"}
