from __future__ import annotations

import pytest

from stretch_coach.core.exercises import (
    Catalogue,
    CatalogueError,
    Exercise,
    ExerciseKind,
    Position,
    TempoPhase,
    load_catalogue,
)
from stretch_coach.core.figure import Pose

REQUIRED = {"toe-curl", "heel-raise", "calf-stretch", "hamstring-stretch"}


def test_catalogue_has_the_moves_the_product_names() -> None:
    assert set(load_catalogue()) >= REQUIRED


def test_there_are_seated_alternatives_for_people_who_cannot_stand() -> None:
    catalogue = load_catalogue()
    seated = {e.id for e in catalogue.values() if e.position is Position.SEATED}
    assert {"seated-heel-raise", "seated-leg-stretch"} <= seated
    stretches = [e for e in catalogue.values() if e.id in seated and e.kind is ExerciseKind.HOLD]
    assert any(e.per_side for e in stretches)


@pytest.mark.parametrize("exercise", list(load_catalogue().values()), ids=lambda e: e.id)
def test_every_exercise_is_complete(exercise: Exercise) -> None:
    assert exercise.name and exercise.safety
    assert exercise.steps and all(s.endswith(".") for s in exercise.steps)
    assert exercise.primary_pose in exercise.poses
    assert exercise.pose_names[0] == exercise.primary_pose
    if exercise.kind is ExerciseKind.HOLD:
        assert exercise.hold_seconds and exercise.hold_seconds > 0
        assert exercise.tempo == ()
    else:
        assert exercise.reps and exercise.reps > 0
        assert exercise.rep_seconds > 0
        # A rep move alternates between at least two poses.
        assert len({phase.pose for phase in exercise.tempo}) >= 2


def test_known_tempos() -> None:
    heel = load_catalogue()["heel-raise"]
    assert [(p.phase, p.seconds) for p in heel.tempo] == [("up", 2), ("hold", 1), ("down", 2)]
    assert heel.rep_seconds == 5


def test_calf_and_hamstring_are_per_side_holds() -> None:
    catalogue = load_catalogue()
    for ident in ("calf-stretch", "hamstring-stretch"):
        assert catalogue[ident].kind is ExerciseKind.HOLD
        assert catalogue[ident].per_side


def _exercise() -> Exercise:
    return Exercise(
        id="x",
        name="X",
        kind=ExerciseKind.REPS,
        per_side=False,
        position=Position.ANY,
        steps=("Do it.",),
        safety="Careful.",
        poses={"b": Pose(trunk=5), "a": Pose()},
        primary_pose="a",
        reps=5,
        tempo=(TempoPhase("up", 1, "a"), TempoPhase("down", 1, "b")),
    )


def test_catalogue_rejects_duplicates() -> None:
    with pytest.raises(CatalogueError, match="duplicate"):
        Catalogue([_exercise(), _exercise()])


def test_catalogue_is_a_read_only_mapping() -> None:
    catalogue = Catalogue([_exercise()])
    assert list(catalogue) == ["x"]
    assert len(catalogue) == 1
    assert catalogue["x"].pose_names == ("a", "b")
