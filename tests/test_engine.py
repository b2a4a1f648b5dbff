from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretch_coach.core.engine import (
    CountdownTick,
    RepPhaseChanged,
    SessionEnded,
    SessionEngine,
    SessionEvent,
    SessionStatus,
    StatusChanged,
    StepStarted,
)
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.plan import Plan, StepKind, build_plan
from stretch_coach.core.records import SessionOutcome
from stretch_coach.core.routines import builtin_routines, find_routine, parse_routine
from stretch_coach.core.scaling import scaled_plan
from tests.fakes import FakeClock


def plan_of(ident: str) -> Plan:
    routine = find_routine(builtin_routines(), ident)
    assert routine is not None
    return build_plan(routine)


def small_plan() -> Plan:
    # prepare 5, hold 10 (left), switch 5, hold 10 (right)
    return build_plan(
        parse_routine({"id": "s", "exercises": [{"id": "calf-stretch", "hold_seconds": 10}]})
    )


def kinds(events: list[SessionEvent]) -> list[type]:
    return [type(e) for e in events]


def test_ready_engine_shows_the_first_step_without_moving(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    clock.advance(50)
    snap = engine.snapshot()
    assert snap.status is SessionStatus.READY
    assert snap.index == 0 and snap.seconds_left == 5
    assert snap.progress == 0 and engine.active_seconds == 0
    assert engine.poll() == []
    assert engine.seconds_until_next_change() is None


def test_start_announces_the_first_step(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    events = engine.poll()
    assert events[0] == StatusChanged(SessionStatus.RUNNING)
    assert isinstance(events[1], StepStarted) and events[1].index == 0
    engine.start()  # a second start does nothing
    assert engine.poll() == []


def test_countdown_follows_the_clock(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    clock.advance(1.25)
    snap = engine.snapshot()
    assert snap.seconds_left == pytest.approx(3.75)
    assert snap.countdown == 4
    clock.advance(3.75)
    snap = engine.snapshot()
    assert snap.index == 1 and snap.step is not None and snap.step.kind is StepKind.HOLD
    assert snap.seconds_left == pytest.approx(10)
    assert snap.countdown == 10
    assert snap.position == pytest.approx(5)


def test_countdown_ticks_once_for_each_of_the_last_three_seconds(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    engine.poll()
    ticks = []
    for _ in range(50):
        clock.advance(0.1)
        ticks += [e.seconds_left for e in engine.poll() if isinstance(e, CountdownTick)]
    assert ticks == [3, 2, 1]


def test_finish_is_exact_even_when_noticed_late(clock: FakeClock) -> None:
    plan = small_plan()
    engine = SessionEngine(plan, clock)
    start = clock.now
    engine.start()
    engine.poll()
    clock.advance(plan.total_seconds + 7.5)  # the computer was busy
    events = engine.poll()
    ended = [e for e in events if isinstance(e, SessionEnded)]
    assert ended == [SessionEnded(True, start + plan.total_seconds, plan.total_seconds, 20.0, 20.0)]
    assert ended[0].outcome is SessionOutcome.COMPLETED
    # Only the landing state is announced, not every step passed over.
    assert StepStarted not in kinds(events)
    snap = engine.snapshot()
    assert snap.status is SessionStatus.FINISHED and snap.progress == 1.0
    assert engine.active_seconds == plan.total_seconds


def test_late_poll_mid_plan_announces_only_the_current_step(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    engine.poll()
    clock.advance(21)  # past prepare (5), hold (10), into the switch (5) and next hold
    started = [e for e in engine.poll() if isinstance(e, StepStarted)]
    assert [e.index for e in started] == [3]
    assert engine.snapshot().seconds_left == pytest.approx(9)


def test_pause_freezes_time_exactly(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    clock.advance(2.5)
    engine.pause()
    frozen = engine.snapshot()
    clock.advance(600)
    assert engine.snapshot() == frozen
    assert engine.seconds_until_next_change() is None
    engine.resume()
    clock.advance(0.5)
    snap = engine.snapshot()
    assert snap.status is SessionStatus.RUNNING
    assert snap.seconds_left == pytest.approx(2.0)
    assert engine.active_seconds == pytest.approx(3.0)


def test_toggle_pause_starts_pauses_and_resumes(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    seen = []
    for _ in range(3):
        engine.toggle_pause()
        seen.append(engine.status)
    assert seen == [SessionStatus.RUNNING, SessionStatus.PAUSED, SessionStatus.RUNNING]


def test_skip_moves_on_and_skipping_the_last_step_ends_the_session(clock: FakeClock) -> None:
    plan = small_plan()
    engine = SessionEngine(plan, clock)
    engine.start()
    for expected in range(1, len(plan)):
        engine.skip()
        assert engine.snapshot().index == expected
        assert engine.snapshot().seconds_left == plan.steps[expected].seconds
    engine.poll()
    engine.skip()
    events = engine.poll()
    assert isinstance(events[-1], SessionEnded) and events[-1].reached_end
    # The end was reached, but nothing was stretched: partial, not completed.
    assert events[-1].outcome is SessionOutcome.PARTIAL
    assert (events[-1].work_done, events[-1].work_planned) == (0.0, 20.0)
    assert engine.status is SessionStatus.FINISHED
    engine.skip()  # nothing left to skip
    assert engine.poll() == []


def test_skipping_the_last_step_while_paused_ends_now(clock: FakeClock) -> None:
    plan = small_plan()
    engine = SessionEngine(plan, clock)
    engine.start()
    for _ in range(len(plan) - 1):
        engine.skip()
    engine.pause()
    clock.advance(40)
    engine.skip()
    ended = [e for e in engine.poll() if isinstance(e, SessionEnded)]
    assert ended == [SessionEnded(True, clock.now, 0.0, 0.0, 20.0)]


def test_skip_while_paused_stays_paused_on_a_fresh_step(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    engine.pause()
    engine.skip()
    clock.advance(30)
    snap = engine.snapshot()
    assert snap.status is SessionStatus.PAUSED and snap.index == 1 and snap.seconds_left == 10


def test_back_goes_to_the_previous_step_early_and_restarts_later(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    clock.advance(6)  # 1 s into the hold
    engine.back()
    snap = engine.snapshot()
    assert snap.index == 0 and snap.seconds_left == 5
    clock.advance(8)  # 3 s into the hold again
    assert engine.snapshot().index == 1
    engine.back()
    snap = engine.snapshot()
    assert snap.index == 1 and snap.seconds_left == 10
    engine.back()
    assert engine.snapshot().index == 0
    engine.back()  # at the first step, back restarts it
    assert engine.snapshot().index == 0


def test_stop_abandons_with_the_active_time(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    clock.advance(4)
    engine.pause()
    clock.advance(100)
    engine.stop()
    events = engine.poll()
    assert events[-2:] == [
        StatusChanged(SessionStatus.STOPPED),
        SessionEnded(
            False,
            pytest.approx(clock.now),  # type: ignore[arg-type]
            pytest.approx(4.0),  # type: ignore[arg-type]
            0.0,  # still getting ready: no stretching done
            20.0,
        ),
    ]
    engine.stop()
    engine.resume()
    assert engine.poll() == []
    assert engine.status is SessionStatus.STOPPED


def test_stop_before_start(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.stop()
    ended = [e for e in engine.poll() if isinstance(e, SessionEnded)]
    assert ended == [SessionEnded(False, clock.now, 0.0, 0.0, 20.0)]
    assert ended[0].outcome is SessionOutcome.STOPPED


def test_rep_pacing_follows_the_tempo(clock: FakeClock) -> None:
    plan = plan_of("bedtime")
    engine = SessionEngine(plan, clock)
    engine.start()
    engine.skip()  # past "get ready" to the toe curls
    engine.poll()
    seen = []
    for _ in range(100):  # 10 s = two reps of 2 + 1 + 2 s
        clock.advance(0.1)
        seen += [(e.rep, e.phase.phase) for e in engine.poll() if isinstance(e, RepPhaseChanged)]
    assert seen == [
        (1, "hold"),
        (1, "release"),
        (2, "curl"),
        (2, "hold"),
        (2, "release"),
        (3, "curl"),
    ]
    rep = engine.snapshot().rep
    assert rep is not None and rep.rep == 3 and rep.reps == 12 and rep.phase.pose == "curled"


def test_first_phase_is_announced_when_a_rep_step_starts(clock: FakeClock) -> None:
    engine = SessionEngine(plan_of("bedtime"), clock)
    engine.start()
    engine.skip()
    events = engine.poll()
    phase = [e for e in events if isinstance(e, RepPhaseChanged)]
    assert [(e.rep, e.phase.phase) for e in phase] == [(1, "curl")]


def test_next_change_deadline_lands_on_whole_seconds_and_phases(clock: FakeClock) -> None:
    engine = SessionEngine(plan_of("bedtime"), clock)
    engine.start()
    clock.advance(0.3)
    assert engine.seconds_until_next_change() == pytest.approx(0.7)
    engine.skip()
    clock.advance(1.6)  # in the 2 s "curl" phase
    assert engine.seconds_until_next_change() == pytest.approx(0.4)


def test_long_session_does_not_drift_with_irregular_ticks(clock: FakeClock) -> None:
    plan = scaled_plan(builtin_routines()[0], 30)
    engine = SessionEngine(plan, clock)
    start = clock.now
    engine.start()
    rng = random.Random(4)
    ended: list[SessionEnded] = []
    while not ended:
        clock.advance(rng.uniform(0.01, 0.4))
        ended = [e for e in engine.poll() if isinstance(e, SessionEnded)]
    assert ended[0].at == pytest.approx(start + plan.total_seconds, abs=1e-6)


commands = st.lists(
    st.tuples(
        st.sampled_from(["start", "pause", "resume", "toggle", "skip", "back", "poll", "stop"]),
        st.floats(0, 20, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(commands)
def test_no_command_sequence_breaks_the_invariants(script: list[tuple[str, float]]) -> None:
    clock = FakeClock()
    plan = plan_of("quick")
    engine = SessionEngine(plan, clock)
    origin = clock.now
    ended: list[SessionEnded] = []
    for command, wait in script:
        clock.advance(wait)
        {
            "start": engine.start,
            "pause": engine.pause,
            "resume": engine.resume,
            "toggle": engine.toggle_pause,
            "skip": engine.skip,
            "back": engine.back,
            "poll": lambda: None,
            "stop": engine.stop,
        }[command]()
        ended += [e for e in engine.poll() if isinstance(e, SessionEnded)]
        snap = engine.snapshot()
        assert 0 <= snap.active_seconds <= clock.now - origin + 1e-9
        assert 0 <= snap.progress <= 1
        assert sum(engine.exercise_seconds.values()) <= snap.active_seconds + 1e-6
        if snap.step is not None:
            assert 0 <= snap.seconds_left <= snap.step.seconds
            assert snap.countdown >= 0
        # The session ends exactly once, and only ever through an end event.
        assert len(ended) <= 1
        assert snap.status.is_over == bool(ended)
    if ended and ended[0].reached_end:
        assert engine.status is SessionStatus.FINISHED
    if ended:
        # Stretching done never exceeds the plan's, however often steps are repeated.
        assert 0 <= ended[0].work_done <= ended[0].work_planned + 1e-9


def test_time_at_each_exercise_is_counted_whether_run_out_skipped_or_stopped(
    clock: FakeClock,
) -> None:
    plan = build_plan(
        parse_routine(
            {
                "id": "two",
                "exercises": [
                    {"id": "calf-stretch", "hold_seconds": 10},
                    {"id": "toe-curl", "reps": 4},
                ],
            }
        )
    )
    engine = SessionEngine(plan, clock)
    engine.start()
    clock.advance(5 + 10 + 5 + 4)  # prepare, left hold, switch, 4 s of the right hold
    engine.poll()
    assert engine.exercise_seconds == {"calf-stretch": 10}  # the step in progress is not in yet
    engine.skip()  # leave the right hold after 4 s
    assert engine.exercise_seconds == {"calf-stretch": 14}
    engine.skip()  # skip the switch to the toe curls at once: it counts nothing
    assert engine.exercise_seconds == {"calf-stretch": 14}
    clock.advance(2.5)
    engine.stop()
    assert engine.exercise_seconds == pytest.approx({"calf-stretch": 14, "toe-curl": 2.5})


def test_the_pose_follows_the_moment(clock: FakeClock) -> None:
    catalogue = load_catalogue()
    engine = SessionEngine(plan_of("bedtime"), clock)
    engine.start()
    # Getting ready for toe curls: the pose they rest in, not the curl.
    assert engine.snapshot().pose(catalogue) == "relaxed"
    engine.skip()
    engine.poll()
    assert engine.snapshot().pose(catalogue) == "curled"  # curling up
    clock.advance(4.0)  # into the release of the first rep
    engine.poll()
    assert engine.snapshot().pose(catalogue) == "relaxed"
    stretch = SessionEngine(small_plan(), clock)
    stretch.start()
    stretch.skip()
    stretch.poll()
    assert stretch.snapshot().pose(catalogue) == "hold"  # a held stretch shows its stretch


def test_a_held_stretch_rests_in_its_relaxed_pose(clock: FakeClock) -> None:
    catalogue = load_catalogue()
    engine = SessionEngine(plan_of("trial-protocol"), clock)
    engine.start()
    seen: list[tuple[StepKind, str | None]] = []
    for _ in range(4):  # getting ready, hold, rest, hold
        snap = engine.snapshot()
        assert snap.step is not None
        seen.append((snap.step.kind, snap.pose(catalogue)))
        engine.skip()
    assert seen == [
        (StepKind.PREPARE, "relaxed"),
        (StepKind.HOLD, "hold"),
        (StepKind.REST, "relaxed"),
        (StepKind.HOLD, "hold"),
    ]


def test_eighty_percent_of_the_stretching_completes_a_session(clock: FakeClock) -> None:
    # Two holds of 10 s: 16 s of stretching is 80 %, 15 s is not enough.
    for held, outcome in ((16.0, SessionOutcome.COMPLETED), (15.0, SessionOutcome.PARTIAL)):
        engine = SessionEngine(small_plan(), clock)
        engine.start()
        engine.skip()  # getting ready does not count either way
        clock.advance(10)  # the whole left hold
        engine.poll()
        engine.skip()  # switching sides
        clock.advance(held - 10)
        engine.skip()  # the rest of the right hold is skipped: the end
        (ended,) = [e for e in engine.poll() if isinstance(e, SessionEnded)]
        assert ended.work_done == pytest.approx(held)
        assert ended.outcome is outcome


def test_a_step_done_again_counts_once(clock: FakeClock) -> None:
    engine = SessionEngine(small_plan(), clock)
    engine.start()
    engine.skip()
    clock.advance(9)
    engine.back()  # late in the step: start it again
    clock.advance(10)
    engine.poll()
    assert engine.work_seconds_done == pytest.approx(10.0)  # not 19
