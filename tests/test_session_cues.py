"""What a session sounds like: which cue plays at which moment, and what the
voice says — never more than fits before the next thing to say."""

from __future__ import annotations

from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from stretch_coach.core.clock import Clocks
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.routines import builtin_routines, find_routine
from stretch_coach.core.scaling import scaled_plan
from stretch_coach.flows.session_controller import SessionController, fitting_phrase
from stretch_coach.step_wording import spoken_phrases
from tests.conftest import EVENING
from tests.fakes import FakeClock, FakePlayer, FakeVoice

CATALOGUE = load_catalogue()
CALF_FIRST = "Face a wall and put both palms on it at chest height."


def session(
    qtbot: QtBot, clock: FakeClock, routine_id: str, *, voice: bool = True
) -> tuple[SessionController, FakePlayer, FakeVoice]:
    routine = find_routine(builtin_routines(), routine_id)
    assert routine is not None
    player, spoken = FakePlayer(), FakeVoice()
    controller = SessionController(
        scaled_plan(routine, None),
        Clocks(clock, lambda: EVENING),
        CATALOGUE,
        player,
        spoken,
        partial(spoken_phrases, catalogue=CATALOGUE),
    )
    controller.voice_enabled = voice
    controller.start()
    return controller, player, spoken


def at(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    """Move to ``seconds`` into the session in whole-second wake-ups, as the timer would."""
    start = 1000.0
    while clock.now - start < seconds - 1e-9:
        clock.advance(min(1.0, seconds - (clock.now - start)))
        controller.refresh()


def test_each_moment_of_a_hold_routine_has_its_own_cue(qtbot: QtBot, clock: FakeClock) -> None:
    # trial-protocol: prepare 10 s, hold 10, rest 10, hold, rest, hold, switch 5, ...
    controller, player, _ = session(qtbot, clock, "trial-protocol", voice=False)
    assert player.played == ["step"]
    at(controller, clock, 10)
    assert player.played[-1] == "hold"
    at(controller, clock, 19)
    assert player.played[-3:] == ["countdown"] * 3
    at(controller, clock, 20)
    assert player.played[-1] == "relax"
    at(controller, clock, 60)
    assert player.played[-1] == "switch"  # same stretch, other leg
    controller.engine.stop()


def test_a_new_exercise_is_announced_with_the_step_cue_not_the_switch_cue(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, player, _ = session(qtbot, clock, "quick", voice=False)
    at(controller, clock, 5)
    assert player.played[-1] == "hold"  # the toe curls' first set starts
    at(controller, clock, 44)
    assert player.played[-1] == "hold", "rep moves keep their own pace: no countdown"
    at(controller, clock, 45)
    assert player.played[-1] == "step"  # toe curls -> calf stretch, left leg
    at(controller, clock, 85)
    assert player.played[-1] == "switch"
    controller.engine.stop()


def test_the_done_cue_ends_a_partial_session_but_not_a_stopped_one(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, player, spoken = session(qtbot, clock, "quick")
    while not controller.engine.status.is_over:
        controller.skip()
    assert controller.record is not None and not controller.record.completed
    assert player.played[-1] == "done"
    assert spoken.said[-1] == "Done."

    stopped, stopped_player, stopped_voice = session(qtbot, FakeClock(), "quick")
    stopped.stop()
    assert "done" not in stopped_player.played
    assert "Done." not in stopped_voice.said


def test_the_voice_names_the_stretch_and_side_says_hold_relax_switch_and_counts_down(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, _, spoken = session(qtbot, clock, "trial-protocol")
    assert spoken.said == [f"Calf stretch at the wall, left leg. {CALF_FIRST}"]
    at(controller, clock, 10)
    assert spoken.said[-1] == "Hold for 10 seconds."
    at(controller, clock, 19)
    assert spoken.said[-3:] == ["3", "2", "1"]
    at(controller, clock, 20)
    assert spoken.said[-1] == "Relax for 10 seconds."
    at(controller, clock, 60)
    # The 5 s switch has room for the change of leg, not for the instruction.
    assert spoken.said[-1] == "Switch to the right leg."
    controller.engine.stop()


def test_rep_moves_are_counted_at_their_tempo(qtbot: QtBot, clock: FakeClock) -> None:
    controller, _, spoken = session(qtbot, clock, "quick")
    at(controller, clock, 5)
    assert spoken.said[-1] == "8 slow repetitions. 1… curl…"
    at(controller, clock, 10)
    assert spoken.said[-3:] == ["hold…", "release…", "2… curl…"]
    controller.engine.stop()


def test_a_phrase_that_would_overrun_the_next_moment_is_dropped_not_queued(
    qtbot: QtBot, clock: FakeClock
) -> None:
    controller, _, spoken = session(qtbot, clock, "trial-protocol")
    at(controller, clock, 59)
    before = list(spoken.said)
    # The app wakes late, 4 s into the 5 s switch: 1 s is too short even for
    # "Switch to the right leg.", so nothing is said rather than said late.
    clock.advance(5)
    controller.refresh()
    assert spoken.said == before
    controller.engine.stop()


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(10.0, "Calf stretch, left leg. Step back."), (2.0, "Calf stretch, left leg."), (0.5, None)],
)
def test_fitting_phrase_keeps_the_fullest_that_fits(seconds: float, expected: str | None) -> None:
    phrases = ("Calf stretch, left leg. Step back.", "Calf stretch, left leg.")
    assert fitting_phrase(phrases, seconds) == expected


def test_the_phrases_follow_the_ui_language() -> None:
    from PySide6.QtCore import QLocale

    from stretch_coach.core.plan import Step, StepKind
    from stretch_coach.step_wording import LastSeconds, RoutineDone, StepBegins
    from stretch_coach.ui.i18n import catalogue_words

    words = catalogue_words(QLocale("de_DE"))
    assert words is not None
    hold = Step(StepKind.HOLD, "calf-stretch", None, seconds=20, reps=None, starts_at=0)
    assert spoken_phrases([StepBegins(hold)], CATALOGUE, words) == (
        "Halten Sie 20 Sekunden.",
        "Halten.",
    )
    one = Step(StepKind.HOLD, "calf-stretch", None, seconds=1, reps=None, starts_at=0)
    assert spoken_phrases([StepBegins(one)], CATALOGUE, words)[0] == "Halten Sie 1 Sekunde."
    reps = Step(StepKind.REPS, "toe-curl", None, seconds=30, reps=8, starts_at=0)
    assert spoken_phrases([StepBegins(reps)], CATALOGUE, words)[0] == ("8 langsame Wiederholungen.")
    assert spoken_phrases([LastSeconds(3)], CATALOGUE, words) == ("3",)
    assert spoken_phrases([RoutineDone()], CATALOGUE, words) == ("Fertig.",)
