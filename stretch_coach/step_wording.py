"""The words for a step of a session, for every front end.

What the coach shows, says and lists about a step, made from English source
text; each template goes through the front end's translator (``Words``): the
windows and the voice use Qt's (``ui/texts.py``), the command line prints the
English. Texts with a count ("Hold for %n second(s).") go through the
counting translator, so each language gets the right plural. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from stretch_coach import counted
from stretch_coach.core.exercises import Catalogue, ExerciseKind
from stretch_coach.core.plan import Step, StepKind
from stretch_coach.core.routines import Side


def _as_written(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """The translators: the app's own sentences, the exercise catalogue's, and
    the app's sentences with a count in them (``%n``)."""

    coach: Callable[[str], str] = _as_written
    exercise: Callable[[str], str] = _as_written
    coach_n: counted.CountTranslate = counted.english


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


# -- what the voice says ------------------------------------------------------
#
# The session controller hands over facts about one instant (a step begins, a
# rep's phase begins, a hold's last seconds, the end); these turn them into
# phrases. Each fact has variants from fullest to shortest, so the controller
# can say the longest that ends before the next thing to say.


@dataclass(frozen=True, slots=True)
class StepBegins:
    step: Step
    previous: Step | None = None


@dataclass(frozen=True, slots=True)
class RepBegins:
    """A phase of a repetition begins; ``counted`` on its first phase, where
    the repetition's number is said."""

    rep: int
    phase: str
    counted: bool


@dataclass(frozen=True, slots=True)
class LastSeconds:
    seconds_left: int


@dataclass(frozen=True, slots=True)
class RoutineDone:
    pass


SpokenMoment = StepBegins | RepBegins | LastSeconds | RoutineDone


def _named_with_side(step: Step, catalogue: Catalogue, words: Words) -> str:
    """ "Calf stretch at the wall, left leg." — one template per side, as other
    languages inflect "the left leg"."""
    name = exercise_name(catalogue, step.exercise, words)
    if step.side is Side.LEFT:
        return words.coach("{name}, left leg.").format(name=name)
    if step.side is Side.RIGHT:
        return words.coach("{name}, right leg.").format(name=name)
    return words.coach("{name}.").format(name=name)


def _first_instruction(step: Step, catalogue: Catalogue, words: Words) -> str:
    exercise = catalogue[step.exercise] if step.exercise else None
    return words.exercise(exercise.steps[0]) if exercise and exercise.steps else ""


def _is_side_change(step: Step, previous: Step | None) -> bool:
    return (
        previous is not None
        and step.side is not None
        and previous.exercise == step.exercise
        and previous.side not in (None, step.side)
    )


def _step_variants(moment: StepBegins, catalogue: Catalogue, words: Words) -> tuple[str, ...]:
    step = moment.step
    if step.kind is StepKind.HOLD:
        return (words.coach_n("Hold for %n second(s).", step.seconds), words.coach("Hold."))
    if step.kind is StepKind.REST:
        return (words.coach_n("Relax for %n second(s).", step.seconds), words.coach("Relax."))
    if step.kind is StepKind.REPS:
        # The counting that follows says the rest.
        return (words.coach_n("%n slow repetition(s).", step.reps or 0), "")
    first = _first_instruction(step, catalogue, words)
    if step.kind is StepKind.SWITCH and _is_side_change(step, moment.previous):
        switch = (
            words.coach("Switch to the left leg.")
            if step.side is Side.LEFT
            else words.coach("Switch to the right leg.")
        )
        return (f"{switch} {first}".strip(), switch)
    # Getting ready for an exercise: its name and side, then how to start.
    named = _named_with_side(step, catalogue, words)
    return (f"{named} {first}".strip(), named)


def _moment_variants(moment: SpokenMoment, catalogue: Catalogue, words: Words) -> tuple[str, ...]:
    match moment:
        case StepBegins():
            return _step_variants(moment, catalogue, words)
        case RepBegins(rep=rep, phase=phase, counted=counted):
            said = phase_word(phase, words)
            return (f"{rep}… {said}" if counted else said,)
        case LastSeconds(seconds_left=left):
            return (str(left),)
        case RoutineDone():
            return (words.coach("Done."),)


def spoken_phrases(
    moments: Sequence[SpokenMoment], catalogue: Catalogue, words: Words = ENGLISH
) -> tuple[str, ...]:
    """What the voice may say for the moments of one instant, fullest first;
    each later phrase is shorter (the instruction dropped, then the name),
    e.g. ("Switch to the right leg. Face a wall…", "Switch to the right leg.")."""
    variants = [_moment_variants(m, catalogue, words) for m in moments]
    longest = max((len(v) for v in variants), default=0)
    phrases: list[str] = []
    for k in range(longest):
        text = " ".join(p for v in variants if (p := v[min(k, len(v) - 1)]))
        if text and text not in phrases:
            phrases.append(text)
    return tuple(phrases)


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
        return words.coach_n("{label} · %n rep(s)", step.reps or 0).format(label=label)
    return words.coach("{label} · hold {n} s").format(label=label, n=step.seconds)


def step_line(step: Step, catalogue: Catalogue, words: Words = ENGLISH) -> str:
    """A step as a line of a plan: what it is, and which set of how many."""
    summary = step_summary(step, catalogue, words)
    if step.sets and step.sets > 1 and step.kind in (StepKind.HOLD, StepKind.REPS):
        return words.coach("{label} · set {n} of {sets}").format(
            label=summary, n=step.set_number, sets=step.sets
        )
    return summary
