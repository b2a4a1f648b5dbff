"""The exercise catalogue: what each move is, how it is paced and how it is drawn."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from stretch_coach.core.figure import Pose, PoseError, parse_pose

# Beside this module in a checkout, a wheel and the bundle alike; read by
# path, as importlib.resources would here, without its imports (tempfile,
# shutil and the compression modules) before the window paints.
DATA_DIR = Path(__file__).resolve().with_name("data")


class ExerciseKind(StrEnum):
    HOLD = "hold"
    REPS = "reps"


class Position(StrEnum):
    STANDING = "standing"
    SEATED = "seated"
    ANY = "any"


@dataclass(frozen=True, slots=True)
class TempoPhase:
    """One part of a repetition, e.g. "up" for 2 seconds showing the raised pose."""

    phase: str
    seconds: int
    pose: str


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    kind: ExerciseKind
    per_side: bool
    position: Position
    steps: tuple[str, ...]
    safety: str
    poses: Mapping[str, Pose]
    primary_pose: str
    # "feet" frames only the lower legs, for moves too small to see whole-body.
    view: str = "body"
    # Both legs work in moves such as heel raises: both are highlighted.
    both_legs: bool = False
    hold_seconds: int | None = None
    reps: int | None = None
    tempo: tuple[TempoPhase, ...] = ()

    @property
    def rep_seconds(self) -> int:
        """Length of one repetition at this exercise's tempo."""
        return sum(phase.seconds for phase in self.tempo)

    @property
    def pose_names(self) -> tuple[str, ...]:
        """Every pose this exercise declares, primary first."""
        others = sorted(name for name in self.poses if name != self.primary_pose)
        return (self.primary_pose, *others)


# The pose a held stretch rests in between sets and before it starts.
RELAXED_POSE = "relaxed"


class CatalogueError(ValueError):
    """The packaged catalogue is inconsistent (a programming error, caught by tests)."""


class Catalogue(Mapping[str, Exercise]):
    """Read-only mapping of exercise id to Exercise, in catalogue order."""

    def __init__(self, exercises: list[Exercise]) -> None:
        self._by_id: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in self._by_id:
                raise CatalogueError(f"duplicate exercise id {exercise.id!r}")
            self._by_id[exercise.id] = exercise

    def __getitem__(self, key: str) -> Exercise:
        return self._by_id[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)


def _parse_exercise(raw: dict[str, Any]) -> Exercise:
    ident = raw["id"]
    try:
        kind = ExerciseKind(raw["kind"])
        tempo = tuple(
            TempoPhase(str(p["phase"]), int(p["seconds"]), str(p["pose"]))
            for p in raw.get("tempo", [])
        )
        exercise = Exercise(
            id=ident,
            name=raw["name"],
            kind=kind,
            per_side=bool(raw["per_side"]),
            position=Position(raw["position"]),
            steps=tuple(raw["steps"]),
            safety=raw["safety"],
            poses={name: parse_pose(pose) for name, pose in raw["poses"].items()},
            primary_pose=raw["primary"],
            view=str(raw.get("view", "body")),
            both_legs=bool(raw.get("both_legs", False)),
            hold_seconds=raw.get("hold_seconds"),
            reps=raw.get("reps"),
            tempo=tempo,
        )
    except (KeyError, ValueError, TypeError, PoseError) as exc:
        raise CatalogueError(f"exercise {ident!r}: {exc}") from exc
    _check(exercise)
    return exercise


def _check(ex: Exercise) -> None:
    def fail(problem: str) -> CatalogueError:
        return CatalogueError(f"exercise {ex.id!r}: {problem}")

    if ex.primary_pose not in ex.poses:
        raise fail(f"primary pose {ex.primary_pose!r} is not among its poses")
    if ex.view not in ("body", "feet"):
        raise fail(f"view {ex.view!r} is neither 'body' nor 'feet'")
    if ex.kind is ExerciseKind.HOLD:
        if RELAXED_POSE not in ex.poses:
            raise fail(f"a hold needs a {RELAXED_POSE!r} pose for its rests")
        if not ex.hold_seconds or ex.hold_seconds <= 0 or ex.tempo or ex.reps:
            raise fail("a hold needs a positive hold_seconds and no reps or tempo")
    else:
        if not ex.reps or ex.reps <= 0 or not ex.tempo or ex.hold_seconds:
            raise fail("a reps move needs positive reps, a tempo and no hold_seconds")
        for phase in ex.tempo:
            if phase.seconds <= 0 or phase.pose not in ex.poses:
                raise fail(f"tempo phase {phase.phase!r} is not valid")
    if not ex.steps:
        raise fail("it needs at least one step")


@cache
def load_catalogue() -> Catalogue:
    """The packaged catalogue: read once, the same object for the whole process.

    The core's functions read it here themselves (there is no other
    catalogue to pass); the windows get it from the composition root.
    """
    text = (DATA_DIR / "exercises.toml").read_text("utf-8")
    raw = tomllib.loads(text)
    return Catalogue([_parse_exercise(item) for item in raw["exercise"]])
