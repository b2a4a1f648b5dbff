"""The words the coach shows and says about steps, in one place for translation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from stretch_coach.core.exercises import Catalogue, ExerciseKind
from stretch_coach.core.plan import Side, Step, StepKind
from stretch_coach.core.routines import Routine


def tr(text: str) -> str:
    return QCoreApplication.translate("Coach", text)


def tr_noop(text: str) -> str:
    """Marks a literal for the translation catalogue without translating it.

    For tables built at import time, before a translator is installed: their
    entries go through ``tr()`` where they are shown.
    """
    return text


def exercise_text(text: str) -> str:
    """A name, step or safety note from the exercise catalogue, in the UI's language."""
    return QCoreApplication.translate("Exercise", text)


def routine_name(routine: Routine) -> str:
    # Only the built-in routines have translations; the person's own routines
    # keep the words they chose.
    return tr(routine.name) if routine.builtin else routine.name


def routine_description(routine: Routine) -> str:
    if routine.builtin and routine.description:
        return tr(routine.description)
    return routine.description


WEEKDAY_SHORT = (
    tr_noop("Mon"),
    tr_noop("Tue"),
    tr_noop("Wed"),
    tr_noop("Thu"),
    tr_noop("Fri"),
    tr_noop("Sat"),
    tr_noop("Sun"),
)


def short_weekday(day: dt.date) -> str:
    # Our own names rather than strftime("%a"), which follows the C library's
    # locale instead of the language the app is shown in.
    return tr(WEEKDAY_SHORT[day.weekday()])


def side_label(side: Side | None) -> str:
    if side is Side.LEFT:
        return tr("Left leg")
    if side is Side.RIGHT:
        return tr("Right leg")
    return ""


def phase_word(phase: str) -> str:
    words = {
        "up": tr("up…"),
        "down": tr("down…"),
        "hold": tr("hold…"),
        "curl": tr("curl…"),
        "release": tr("release…"),
    }
    return words.get(phase, phase)


def exercise_name(catalogue: Catalogue, exercise_id: str | None) -> str:
    if exercise_id is None:
        return ""
    return exercise_text(catalogue[exercise_id].name)


def step_heading(step: Step, catalogue: Catalogue) -> str:
    name = exercise_name(catalogue, step.exercise)
    if step.kind is StepKind.PREPARE:
        return tr("Get ready")
    if step.kind is StepKind.REST:
        return tr("Relax")
    if step.kind is StepKind.SWITCH:
        return tr("Next: {name}").format(name=name)
    return name


def step_instruction(step: Step, catalogue: Catalogue) -> str:
    """What to do now, in plain words."""
    exercise = catalogue[step.exercise] if step.exercise else None
    steps = [exercise_text(s) for s in exercise.steps] if exercise else []
    if step.kind is StepKind.PREPARE:
        first = steps[0] if steps else ""
        return tr("First up: {name}. {first}").format(
            name=exercise_name(catalogue, step.exercise), first=first
        )
    if step.kind is StepKind.REST:
        return tr("Let go and breathe calmly. The next set starts when the ring runs out.")
    if step.kind is StepKind.SWITCH:
        if step.side is not None and exercise is not None and exercise.per_side:
            # One sentence per side: other languages inflect "the left leg" here.
            template = (
                tr("Change to the left leg. {first}")
                if step.side is Side.LEFT
                else tr("Change to the right leg. {first}")
            )
            return template.format(first=steps[0] if steps else "")
        return steps[0] if steps else ""
    return "\n".join(steps)


def spoken_prompt(step: Step, catalogue: Catalogue) -> str:
    """A short sentence for the voice, e.g. "Left leg. Calf stretch. Hold for 20 seconds."."""
    parts = []
    if step.side is not None and step.kind in (StepKind.HOLD, StepKind.REPS, StepKind.SWITCH):
        parts.append(side_label(step.side) + ".")
    name = exercise_name(catalogue, step.exercise)
    if step.kind is StepKind.PREPARE:
        parts.append(tr("Get ready for {name}.").format(name=name))
    elif step.kind is StepKind.REST:
        parts.append(tr("Relax for {n} seconds.").format(n=step.seconds))
    elif step.kind is StepKind.SWITCH:
        parts.append(tr("Next, {name}.").format(name=name))
    elif step.kind is StepKind.HOLD:
        parts.append(tr("{name}. Hold for {n} seconds.").format(name=name, n=step.seconds))
    else:
        parts.append(tr("{name}. {n} slow repetitions.").format(name=name, n=step.reps))
    return " ".join(parts)


def step_summary(step: Step, catalogue: Catalogue) -> str:
    """One line for "what comes next"."""
    name = exercise_name(catalogue, step.exercise)
    side = side_label(step.side)
    label = f"{name} · {side}" if side else name
    if step.kind is StepKind.REST:
        return tr("Relax {n} s").format(n=step.seconds)
    if step.kind in (StepKind.SWITCH, StepKind.PREPARE):
        return tr("Get into position: {label}").format(label=label)
    exercise = catalogue[step.exercise] if step.exercise else None
    if exercise is not None and exercise.kind is ExerciseKind.REPS:
        return tr("{label} · {n} reps").format(label=label, n=step.reps)
    return tr("{label} · hold {n} s").format(label=label, n=step.seconds)


def clock_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
