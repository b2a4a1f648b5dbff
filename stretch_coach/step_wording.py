"""The words for a step of a session, for every front end.

What the coach shows, says and lists about a step, made from English source
text; each template goes through the front end's translator (``Words``): the
windows and the voice use Qt's (``ui/texts.py``), the command line prints the
English. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stretch_coach.core.exercises import Catalogue, ExerciseKind
from stretch_coach.core.plan import Step, StepKind
from stretch_coach.core.routines import Side


def _as_written(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """The two translators: the app's own sentences, and the exercise catalogue's."""

    coach: Callable[[str], str] = _as_written
    exercise: Callable[[str], str] = _as_written


ENGLISH = Words()


def side_label(side: Side | None, words: Words = ENGLISH) -> str:
    if side is Side.LEFT:
        return words.coach("Left leg")
    if side is Side.RIGHT:
        return words.coach("Right leg")
    return ""


def phase_word(phase: str, words: Words = ENGLISH) -> str:
    said = {
        "up": words.coach("up…"),
        "down": words.coach("down…"),
        "hold": words.coach("hold…"),
        "curl": words.coach("curl…"),
        "release": words.coach("release…"),
    }
    return said.get(phase, phase)


def exercise_name(catalogue: Catalogue, exercise_id: str | None, words: Words = ENGLISH) -> str:
    if exercise_id is None:
        return ""
    return words.exercise(catalogue[exercise_id].name)


def step_heading(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    name = exercise_name(catalogue, step.exercise, words)
    if step.kind is StepKind.PREPARE:
        return words.coach("Get ready")
    if step.kind is StepKind.REST:
        return words.coach("Relax")
    if step.kind is StepKind.SWITCH:
        return words.coach("Next: {name}").format(name=name)
    return name


def step_instruction(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    """What to do now, in plain words."""
    exercise = catalogue[step.exercise] if step.exercise else None
    steps = [words.exercise(s) for s in exercise.steps] if exercise else []
    if step.kind is StepKind.PREPARE:
        first = steps[0] if steps else ""
        return words.coach("First up: {name}. {first}").format(
            name=exercise_name(catalogue, step.exercise, words), first=first
        )
    if step.kind is StepKind.REST:
        return words.coach("Let go and breathe calmly. The next set starts when the ring runs out.")
    if step.kind is StepKind.SWITCH:
        if step.side is not None and exercise is not None and exercise.per_side:
            # One sentence per side: other languages inflect "the left leg" here.
            template = (
                words.coach("Change to the left leg. {first}")
                if step.side is Side.LEFT
                else words.coach("Change to the right leg. {first}")
            )
            return template.format(first=steps[0] if steps else "")
        return steps[0] if steps else ""
    return "\n".join(steps)


def spoken_prompt(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    """A short sentence for the voice, e.g. "Left leg. Calf stretch. Hold for 20 seconds."."""
    parts = []
    if step.side is not None and step.kind in (StepKind.HOLD, StepKind.REPS, StepKind.SWITCH):
        parts.append(side_label(step.side, words) + ".")
    name = exercise_name(catalogue, step.exercise, words)
    if step.kind is StepKind.PREPARE:
        parts.append(words.coach("Get ready for {name}.").format(name=name))
    elif step.kind is StepKind.REST:
        parts.append(words.coach("Relax for {n} seconds.").format(n=step.seconds))
    elif step.kind is StepKind.SWITCH:
        parts.append(words.coach("Next, {name}.").format(name=name))
    elif step.kind is StepKind.HOLD:
        parts.append(words.coach("{name}. Hold for {n} seconds.").format(name=name, n=step.seconds))
    else:
        parts.append(words.coach("{name}. {n} slow repetitions.").format(name=name, n=step.reps))
    return " ".join(parts)


def step_summary(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    """One line for "what comes next"."""
    name = exercise_name(catalogue, step.exercise, words)
    side = side_label(step.side, words)
    label = f"{name} · {side}" if side else name
    if step.kind is StepKind.REST:
        return words.coach("Relax {n} s").format(n=step.seconds)
    if step.kind in (StepKind.SWITCH, StepKind.PREPARE):
        return words.coach("Get into position: {label}").format(label=label)
    exercise = catalogue[step.exercise] if step.exercise else None
    if exercise is not None and exercise.kind is ExerciseKind.REPS:
        return words.coach("{label} · {n} reps").format(label=label, n=step.reps)
    return words.coach("{label} · hold {n} s").format(label=label, n=step.seconds)


def step_line(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    """A step as a line of a plan: what it is, and which set of how many."""
    summary = step_summary(step, catalogue, words)
    if step.sets and step.sets > 1 and step.kind in (StepKind.HOLD, StepKind.REPS):
        return words.coach("{label} · set {n} of {sets}").format(
            label=summary, n=step.set_number, sets=step.sets
        )
    return summary
