"""Which pose the figure shows at a moment of a session, and whether it is moving.

Rep moves glide from the pose of the previous tempo phase into the pose of
the present one, in time with the tempo; holds breathe slowly; every other
step shows its still pose (rests show the relaxed pose). Pure: the UI asks
with a snapshot and draws the answer.
"""

from __future__ import annotations

from stretch_coach.core.engine import SessionSnapshot, SessionStatus
from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.figure import Pose, breathing, tween
from stretch_coach.core.plan import StepKind


def pose_at(snap: SessionSnapshot, catalogue: Catalogue) -> Pose | None:
    """The figure's pose for ``snap`` (None when the step shows no exercise)."""
    name = snap.pose(catalogue)
    step = snap.step
    if name is None or step is None or step.exercise is None:
        return None
    exercise = catalogue[step.exercise]
    if snap.rep is not None:
        phase = snap.rep.phase
        previous = exercise.tempo[snap.rep.phase_index - 1].pose  # index -1 wraps to the last
        done = 1.0 - snap.rep.phase_seconds_left / phase.seconds if phase.seconds else 1.0
        return tween(exercise.poses[previous], exercise.poses[phase.pose], done)
    if step.kind is StepKind.HOLD:
        return breathing(exercise.poses[name], snap.step_elapsed)
    return exercise.poses[name]


def is_moving(snap: SessionSnapshot) -> bool:
    """Whether the figure moves now: a running rep move or hold. When False the
    UI needs no animation timer at all."""
    step = snap.step
    return (
        snap.status is SessionStatus.RUNNING
        and step is not None
        and step.exercise is not None
        and step.kind in (StepKind.REPS, StepKind.HOLD)
    )
