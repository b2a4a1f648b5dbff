"""The session state machine: where a person is in a plan, derived from a clock.

The engine never counts ticks. It remembers when (in "active time", the clock
minus every paused interval) the current step began and derives everything
else from the clock whenever it is asked, so a late or irregular tick cannot
make the countdown drift, and pausing freezes time exactly.
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from stretch_coach.core.exercises import (
    RELAXED_POSE,
    Catalogue,
    ExerciseKind,
    TempoPhase,
    load_catalogue,
)
from stretch_coach.core.plan import Plan, Step, StepKind
from stretch_coach.core.records import COMPLETION_SHARE, SessionOutcome, session_outcome
from stretch_coach.core.routines import Routine

Clock = Callable[[], float]
"""A monotonic clock in seconds, e.g. time.monotonic or a fake in tests."""

# "Back" in the first moments of a step goes to the step before; later it
# restarts the current step, as media players do.
BACK_RESTART_AFTER_SECONDS = 2.0
COUNTDOWN_TICKS_FROM = 3


class SessionStatus(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"

    @property
    def is_over(self) -> bool:
        return self in (SessionStatus.FINISHED, SessionStatus.STOPPED)


@dataclass(frozen=True, slots=True)
class StepStarted:
    index: int
    step: Step


@dataclass(frozen=True, slots=True)
class CountdownTick:
    """The current step has ``seconds_left`` whole seconds left (3, 2, 1)."""

    index: int
    seconds_left: int


@dataclass(frozen=True, slots=True)
class RepPhaseChanged:
    index: int
    rep: int
    phase: TempoPhase


@dataclass(frozen=True, slots=True)
class StatusChanged:
    status: SessionStatus


@dataclass(frozen=True, slots=True)
class SessionEnded:
    """The session is over: ``reached_end`` when the plan ran out (or its last
    step was skipped), not when it was stopped.

    ``at`` is the clock time the session really ended — for a plan run to its
    end the exact moment its last step ran out, however late the engine was
    asked. ``work_done`` is the time really spent in hold and repetition
    steps (skipped time does not count, nor a step done twice), out of
    ``work_planned``; together they say whether it counts as completed.
    """

    reached_end: bool
    at: float
    active_seconds: float
    work_done: float = 0.0
    work_planned: float = 0.0

    @property
    def outcome(self) -> SessionOutcome:
        return session_outcome(self.reached_end, self.work_done, self.work_planned)

    @property
    def completed(self) -> bool:
        return self.outcome is SessionOutcome.COMPLETED


SessionEvent = StepStarted | CountdownTick | RepPhaseChanged | StatusChanged | SessionEnded


@dataclass(frozen=True, slots=True)
class RepState:
    rep: int  # 1-based
    reps: int
    phase: TempoPhase
    phase_index: int
    phase_seconds_left: float


@dataclass(frozen=True, slots=True)
class SessionSnapshot:
    status: SessionStatus
    index: int
    step: Step | None
    next_step: Step | None
    step_elapsed: float
    seconds_left: float
    rep: RepState | None
    position: float
    total_seconds: int
    active_seconds: float

    @property
    def progress(self) -> float:
        return min(1.0, self.position / self.total_seconds) if self.total_seconds else 1.0

    @property
    def countdown(self) -> int:
        """Whole seconds to show: 10.0 .. 9.01 shows 10, so it never shows 0 while running."""
        return math.ceil(self.seconds_left - 1e-9)

    def pose(self, catalogue: Catalogue) -> str | None:
        """Which of the exercise's poses shows the present moment (None: no exercise).

        A rep move shows the pose of its phase; before its first rep, its
        first pose; while resting, getting ready or switching sides, the
        pose it rests in (its last). A hold shows its stretched pose while
        held and its relaxed pose while resting, getting ready or switching.
        """
        step = self.step
        if step is None or step.exercise is None:
            return None
        exercise = catalogue[step.exercise]
        if exercise.kind is ExerciseKind.REPS:
            if step.kind in (StepKind.REST, StepKind.PREPARE, StepKind.SWITCH):
                return exercise.tempo[-1].pose
            if step.kind is StepKind.REPS and self.rep is None:
                return exercise.tempo[0].pose
        elif step.kind in (StepKind.REST, StepKind.PREPARE, StepKind.SWITCH):
            return RELAXED_POSE
        if self.rep is not None:
            return self.rep.phase.pose
        return exercise.primary_pose


class SessionEngine:
    def __init__(
        self,
        plan: Plan,
        clock: Clock = time.monotonic,
    ) -> None:
        self.plan = plan
        self._clock = clock
        self._catalogue = load_catalogue()
        self._status = SessionStatus.READY
        self._index = 0
        self._paused_total = 0.0
        self._paused_at: float | None = None
        self._started_active = 0.0
        self._step_origin = 0.0  # active time at which the current step began
        self._ended_active: float | None = None
        self._events: list[SessionEvent] = []
        self._last_tick: tuple[int, int] | None = None
        self._last_phase: tuple[int, int, int] | None = None
        self._worked: dict[str, float] = {}  # exercise id -> active seconds at it
        self._step_done: dict[int, float] = {}  # work step index -> seconds spent at it

    # -- time -------------------------------------------------------------

    def _active_now(self) -> float:
        if self._ended_active is not None:
            return self._ended_active
        now = self._paused_at if self._paused_at is not None else self._clock()
        return now - self._paused_total

    # -- commands -----------------------------------------------------------

    @property
    def status(self) -> SessionStatus:
        self._advance()
        return self._status

    def start(self) -> None:
        if self._status is not SessionStatus.READY:
            return
        self._started_active = self._active_now()
        self._set_status(SessionStatus.RUNNING)
        self._enter(0, self._started_active)

    def pause(self) -> None:
        self._advance()
        if self._status is SessionStatus.RUNNING:
            self._paused_at = self._clock()
            self._set_status(SessionStatus.PAUSED)

    def resume(self) -> None:
        if self._status is SessionStatus.PAUSED and self._paused_at is not None:
            self._paused_total += self._clock() - self._paused_at
            self._paused_at = None
            self._set_status(SessionStatus.RUNNING)

    def toggle_pause(self) -> None:
        if self.status is SessionStatus.RUNNING:
            self.pause()
        elif self._status is SessionStatus.PAUSED:
            self.resume()
        elif self._status is SessionStatus.READY:
            self.start()

    def skip(self) -> None:
        """Go on to the next step now; skipping the last step ends the session
        (reaching its end, though skipped time does not count as done)."""
        self._advance()
        if self._status in (SessionStatus.RUNNING, SessionStatus.PAUSED):
            now = self._active_now()
            self._credit(self._index, now - self._step_origin)
            self._enter(self._index + 1, now)

    def back(self) -> None:
        self._advance()
        if self._status not in (SessionStatus.RUNNING, SessionStatus.PAUSED):
            return
        now = self._active_now()
        restart = now - self._step_origin > BACK_RESTART_AFTER_SECONDS or self._index == 0
        self._credit(self._index, now - self._step_origin)
        self._enter(self._index if restart else self._index - 1, now)

    def stop(self) -> None:
        """Abandon the session (it is recorded as stopped)."""
        self._advance()
        if self._status.is_over:
            return
        now = self._active_now()
        if self._status is SessionStatus.READY:
            self._started_active = now
        else:
            self._credit(self._index, now - self._step_origin)
        self._end(reached_end=False, active_at=now, at=self._clock())

    # -- reading ------------------------------------------------------------

    def poll(self) -> list[SessionEvent]:
        """Bring the session up to the clock and hand over what happened since last asked."""
        self._advance()
        events, self._events = self._events, []
        return events

    def snapshot(self) -> SessionSnapshot:
        self._advance()
        steps = self.plan.steps
        now = self._active_now()
        if self._status is SessionStatus.FINISHED or not steps:
            return SessionSnapshot(
                self._status,
                len(steps),
                None,
                None,
                0.0,
                0.0,
                None,
                float(self.plan.total_seconds),
                self.plan.total_seconds,
                self.active_seconds,
            )
        step = steps[self._index]
        elapsed = 0.0 if self._status is SessionStatus.READY else now - self._step_origin
        elapsed = min(max(elapsed, 0.0), float(step.seconds))
        next_step = steps[self._index + 1] if self._index + 1 < len(steps) else None
        return SessionSnapshot(
            status=self._status,
            index=self._index,
            step=step,
            next_step=next_step,
            step_elapsed=elapsed,
            seconds_left=step.seconds - elapsed,
            rep=self._rep_state(step, elapsed),
            position=step.starts_at + elapsed,
            total_seconds=self.plan.total_seconds,
            active_seconds=self.active_seconds,
        )

    @property
    def active_seconds(self) -> float:
        """Seconds actually spent in the session, pauses excluded."""
        if self._status is SessionStatus.READY:
            return 0.0
        return self._active_now() - self._started_active

    @property
    def exercise_seconds(self) -> dict[str, float]:
        """Active seconds spent at each exercise's work steps so far, in the order
        first reached (steps in progress count once they are left)."""
        return dict(self._worked)

    def seconds_until_next_change(self) -> float | None:
        """How long until the display must change (a whole second, a rep phase or
        a step ends); None when nothing moves, so an idle UI needs no timer."""
        if self.status is not SessionStatus.RUNNING:
            return None
        snap = self.snapshot()
        left = snap.seconds_left
        fraction = left - math.floor(left)
        candidates = [left, fraction if fraction > 1e-6 else 1.0]
        if snap.rep is not None:
            candidates.append(snap.rep.phase_seconds_left)
        return max(0.0, min(candidates))

    # -- internals ------------------------------------------------------------

    def _rep_state(self, step: Step, elapsed: float) -> RepState | None:
        if step.kind is not StepKind.REPS or step.exercise is None or not step.reps:
            return None
        exercise = self._catalogue[step.exercise]
        rep_seconds = exercise.rep_seconds
        rep_index = min(int(elapsed // rep_seconds), step.reps - 1)
        into_rep = elapsed - rep_index * rep_seconds
        start = 0.0
        for phase_index, phase in enumerate(exercise.tempo):
            end = start + phase.seconds
            if into_rep < end or phase_index == len(exercise.tempo) - 1:
                return RepState(
                    rep_index + 1, step.reps, phase, phase_index, max(0.0, end - into_rep)
                )
            start = end
        return None  # pragma: no cover - the loop always returns on its last phase

    def _credit(self, index: int, seconds: float) -> None:
        step = self.plan.steps[index]
        if step.is_work and step.exercise is not None and seconds > 0:
            self._worked[step.exercise] = self._worked.get(step.exercise, 0.0) + seconds
            # A step done again after "back" counts once, up to its length.
            done = self._step_done.get(index, 0.0) + seconds
            self._step_done[index] = min(done, float(step.seconds))

    @property
    def work_seconds_planned(self) -> int:
        """The plan's stretching: its hold and repetition steps."""
        return sum(step.seconds for step in self.plan.steps if step.is_work)

    def skipped_part(self) -> Routine | None:
        """The routine's items whose stretching was mostly not done (skipped, or
        not reached), at their dose, for doing now; None if there are none."""
        planned: dict[int, float] = {}
        done: dict[int, float] = {}
        for index, step in enumerate(self.plan.steps):
            if step.is_work and step.item is not None:
                planned[step.item] = planned.get(step.item, 0.0) + step.seconds
                done[step.item] = done.get(step.item, 0.0) + self._step_done.get(index, 0.0)
        routine = self.plan.routine
        missed = tuple(
            entry
            for item, entry in enumerate(routine.items)
            if done.get(item, 0.0) < COMPLETION_SHARE * planned.get(item, 0.0)
        )
        return dataclasses.replace(routine, items=missed) if missed else None

    @property
    def work_seconds_done(self) -> float:
        """Time really spent in hold and repetition steps so far (left steps only)."""
        return sum(self._step_done.values())

    def _set_status(self, status: SessionStatus) -> None:
        self._status = status
        self._events.append(StatusChanged(status))

    def _enter(self, index: int, origin: float) -> None:
        if index >= len(self.plan.steps):
            # Skipping the last step while paused ends it now; running out of
            # time ends it the moment the last step should have ended.
            at = self._clock() if self._paused_at is not None else origin + self._paused_total
            self._end(reached_end=True, active_at=origin, at=at)
            return
        self._index = index
        self._step_origin = origin
        self._last_tick = None
        self._last_phase = None
        self._events.append(StepStarted(index, self.plan.steps[index]))
        self._emit_within_step()

    def _end(self, *, reached_end: bool, active_at: float, at: float) -> None:
        self._ended_active = active_at
        self._paused_at = None
        self._set_status(SessionStatus.FINISHED if reached_end else SessionStatus.STOPPED)
        self._events.append(
            SessionEnded(
                reached_end,
                at,
                active_at - self._started_active,
                self.work_seconds_done,
                float(self.work_seconds_planned),
            )
        )

    def _advance(self) -> None:
        if self._status is not SessionStatus.RUNNING:
            return
        now = self._active_now()
        steps = self.plan.steps
        # Walk step boundaries in exact arithmetic from the step origin, so the
        # next step starts when this one should have ended, not when we noticed.
        origin, index = self._step_origin, self._index
        moved = False
        while index < len(steps) and now >= origin + steps[index].seconds:
            self._credit(index, steps[index].seconds)
            origin += steps[index].seconds
            index += 1
            moved = True
        if moved:
            # Only the step we land on is announced: after a late wake-up the
            # person needs the present, not a burst of cues for steps gone by.
            self._enter(index, origin)
        else:
            self._emit_within_step()

    def _emit_within_step(self) -> None:
        if self._status is not SessionStatus.RUNNING:
            return
        snap_step = self.plan.steps[self._index]
        elapsed = self._active_now() - self._step_origin
        left = snap_step.seconds - elapsed
        whole = math.ceil(left - 1e-9)
        if 0 < whole <= COUNTDOWN_TICKS_FROM and self._last_tick != (self._index, whole):
            self._last_tick = (self._index, whole)
            self._events.append(CountdownTick(self._index, whole))
        rep = self._rep_state(snap_step, max(0.0, elapsed))
        if rep is not None:
            key = (self._index, rep.rep, rep.phase_index)
            if self._last_phase != key:
                self._last_phase = key
                self._events.append(RepPhaseChanged(self._index, rep.rep, rep.phase))
