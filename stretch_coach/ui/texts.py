"""The words the coach shows and says about steps, in one place for translation."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from stretch_coach import step_wording
from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.plan import Step
from stretch_coach.core.routines import Routine, Side
from stretch_coach.step_wording import SpokenMoment, Words


def tr(text: str) -> str:
    return QCoreApplication.translate("Coach", text)


def tr_n(text: str, n: int) -> str:
    """A text with a count, such as "%n minute(s)", in the UI's language: the
    translator picks the plural form the language needs for ``n`` and puts
    ``n`` in place of %n. English gets its forms from the English catalogue."""
    return QCoreApplication.translate("Coach", text, None, n)


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


# The step wording lives in stretch_coach.step_wording (shared with the
# command line); the windows and the voice use it through Qt's translator.
GUI_WORDS = Words(tr, exercise_text, tr_n)


def side_label(side: Side | None) -> str:
    return step_wording.side_label(side, GUI_WORDS)


def phase_word(phase: str) -> str:
    return step_wording.phase_word(phase, GUI_WORDS)


def exercise_name(catalogue: Catalogue, exercise_id: str | None) -> str:
    return step_wording.exercise_name(catalogue, exercise_id, GUI_WORDS)


def step_heading(step: Step, catalogue: Catalogue) -> str:
    return step_wording.step_heading(step, catalogue, GUI_WORDS)


def step_instruction(step: Step, catalogue: Catalogue) -> str:
    """What to do now, in plain words."""
    return step_wording.step_instruction(step, catalogue, GUI_WORDS)


def spoken_phrases(moments: Sequence[SpokenMoment], catalogue: Catalogue) -> tuple[str, ...]:
    """What the voice may say at one instant, fullest first, in the UI's language."""
    return step_wording.spoken_phrases(moments, catalogue, GUI_WORDS)


def step_summary(step: Step, catalogue: Catalogue) -> str:
    """One line for "what comes next"."""
    return step_wording.step_summary(step, catalogue, GUI_WORDS)


# The one command that adds the optional voice part, for the two ways the
# app is installed: a uv checkout (the README's) and pip or pipx.
VOICE_EXTRA_COMMANDS = ("uv sync --extra voice", "pipx install --force 'stretch-coach[voice]'")


def no_speech_engine(module_missing: bool = False) -> str:
    """Why the voice cannot be turned on, and how to add what is missing."""
    if module_missing and getattr(sys, "frozen", False):
        # The bundle carries the speech module; it fails to load only when the
        # system lacks the sound library it links against.
        return tr(
            "Reading the steps aloud needs PulseAudio's client library, which this "
            "computer lacks. Install it (on Debian and Ubuntu: sudo apt install "
            "libpulse0), then restart Stretch Coach."
        )
    if module_missing:
        uv_command, pip_command = VOICE_EXTRA_COMMANDS
        return tr(
            "Reading the steps aloud is an optional part of Stretch Coach that is not "
            "installed. Add it with: {uv_command} (or, if you installed with pipx: "
            "{pip_command}), then restart Stretch Coach."
        ).format(uv_command=uv_command, pip_command=pip_command)
    return tr(
        "No speech engine was found on this computer. To hear the steps read aloud "
        "on Linux, install speech-dispatcher and espeak-ng (on Debian and Ubuntu: "
        "sudo apt install speech-dispatcher espeak-ng), then restart Stretch Coach."
    )


def clock_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"
