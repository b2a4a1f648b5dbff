"""Runs one guided session: asks the engine for the present, plays the cues,
and wakes only when the display must change."""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretch_coach.core.clock import Clocks
from stretch_coach.core.engine import (
    COUNTDOWN_TICKS_FROM,
    CountdownTick,
    RepPhaseChanged,
    SessionEnded,
    SessionEngine,
    SessionStatus,
    StepStarted,
)
from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.plan import Plan, Step, StepKind
from stretch_coach.core.records import SessionRecord
from stretch_coach.services.sound import SoundCue, SoundPlayer
from stretch_coach.services.voice import NoVoice, Voice
from stretch_coach.step_wording import (
    LastSeconds,
    RepBegins,
    RoutineDone,
    SpokenMoment,
    StepBegins,
)

log = logging.getLogger(__name__)

# While running, the ring is redrawn this often: five times a second still empties
# it smoothly for holds of several seconds at a fraction of the CPU. The
# number and the cues are driven by the engine's own deadlines, not by this.
FRAME_SECONDS = 0.2

# A calm speaking pace (about 150 words a minute). A phrase is judged by its
# length at this pace, never by waiting for the speech engine, so speech can
# never hold the session's clock back.
SPOKEN_WORDS_PER_SECOND = 2.5

Phrases = Callable[[Sequence[SpokenMoment]], Sequence[str]]

# The cue a step opens with: what the person is to do now.
_STEP_CUES = {
    StepKind.PREPARE: SoundCue.STEP,
    StepKind.HOLD: SoundCue.HOLD,
    StepKind.REPS: SoundCue.HOLD,
    StepKind.REST: SoundCue.RELAX,
    StepKind.SWITCH: SoundCue.STEP,
}


def speaking_seconds(text: str) -> float:
    return len(text.split()) / SPOKEN_WORDS_PER_SECOND


def fitting_phrase(phrases: Sequence[str], seconds: float) -> str | None:
    """The fullest phrase that can be said within ``seconds``; None if none can."""
    for phrase in phrases:
        if phrase and speaking_seconds(phrase) <= seconds:
            return phrase
    return None


def step_cue(step: Step, previous: Step | None) -> SoundCue:
    if (
        step.kind is StepKind.SWITCH
        and previous is not None
        and previous.exercise == step.exercise
        and previous.side not in (None, step.side)
    ):
        return SoundCue.SWITCH
    return _STEP_CUES[step.kind]


class SessionController(QObject):
    snapshot_changed = Signal(object)  # SessionSnapshot
    phase_changed = Signal(object)  # RepPhaseChanged
    ended = Signal(object)  # SessionRecord

    def __init__(
        self,
        plan: Plan,
        clocks: Clocks,
        catalogue: Catalogue,
        player: SoundPlayer,
        voice: Voice | None = None,
        phrase: Phrases | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.engine = SessionEngine(plan, clocks.monotonic)
        self._catalogue = catalogue
        self._player = player
        self._voice = voice or NoVoice()
        # What the voice may say at an instant, fullest first; worded (and
        # translated) by the UI from the facts this controller hands over.
        self._phrase = phrase
        self._wall_clock = clocks.wall
        self.sound_enabled = True
        self.voice_enabled = False
        self.started_at: dt.datetime | None = None
        self.record: SessionRecord | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)

    # -- intent from the person ---------------------------------------------

    def start(self) -> None:
        if self.engine.status is SessionStatus.READY:
            self.started_at = self._wall_clock()
        self.engine.start()
        self.refresh()

    def toggle_pause(self) -> None:
        if self.engine.status is SessionStatus.READY:
            self.start()
            return
        self.engine.toggle_pause()
        self.refresh()

    def skip(self) -> None:
        self.engine.skip()
        self.refresh()

    def back(self) -> None:
        self.engine.back()
        self.refresh()

    def stop(self) -> None:
        self.engine.stop()
        self.refresh()

    @property
    def is_active(self) -> bool:
        """Started and not over: closing now would interrupt the person."""
        return self.engine.status in (SessionStatus.RUNNING, SessionStatus.PAUSED)

    # -- the loop ----------------------------------------------------------------

    def refresh(self) -> None:
        pending = self.engine.poll()
        moments: list[SpokenMoment] = []
        while True:
            for event in pending:
                self._handle(event, moments)
            snapshot = self.engine.snapshot()
            wait = self.engine.seconds_until_next_change()
            # Reading the clock again may have carried the session over a
            # boundary (even its end); handle that now, or a stopped timer
            # would leave it unannounced.
            pending = self.engine.poll()
            if not pending:
                break
        self._speak(moments)
        self.snapshot_changed.emit(snapshot)
        self._schedule(wait)

    def _schedule(self, wait: float | None) -> None:
        if wait is None:
            # Paused, finished or stopped: nothing moves, so nothing ticks.
            self._timer.stop()
            return
        self._timer.start(max(1, round(min(wait, FRAME_SECONDS) * 1000)))

    def _handle(self, event: object, moments: list[SpokenMoment]) -> None:
        match event:
            case StepStarted(index=index, step=step):
                previous = self.plan.steps[index - 1] if index > 0 else None
                self._cue(step_cue(step, previous))
                moments.append(StepBegins(step, previous))
            case CountdownTick(index=index, seconds_left=left):
                kind = self.plan.steps[index].kind
                # Rep moves have their own pacing; ticks would talk over it.
                if kind is not StepKind.REPS:
                    self._cue(SoundCue.COUNTDOWN)
                if kind is StepKind.HOLD:
                    moments.append(LastSeconds(left))
            case RepPhaseChanged(rep=rep, phase=phase):
                self.phase_changed.emit(event)
                first = self._first_phase(event)
                moments.append(RepBegins(rep, phase.phase, counted=first))
            case SessionEnded():
                self._finish(event)
                if event.reached_end:
                    moments.append(RoutineDone())

    def _first_phase(self, event: RepPhaseChanged) -> bool:
        """The rep's first phase, where its number is said."""
        exercise = self.plan.steps[event.index].exercise
        tempo = self._catalogue[exercise].tempo if exercise else ()
        return bool(tempo) and tempo[0] == event.phase

    def _speak(self, moments: Sequence[SpokenMoment]) -> None:
        if not moments or not self.voice_enabled or self._phrase is None:
            return
        budget = self._seconds_to_speak(moments)
        phrase = fitting_phrase(self._phrase(moments), budget)
        if phrase is None:
            # Too little time before the next thing to say: silence beats
            # speech that lags behind the clock.
            log.debug("no phrase fits in %.1f s for %s", budget, moments)
            return
        try:
            self._voice.say(phrase)
        except Exception:  # a broken voice must never interrupt the coaching
            log.exception("voice prompt failed")

    def _seconds_to_speak(self, moments: Sequence[SpokenMoment]) -> float:
        """Time until the next thing the voice will say (the end: no limit)."""
        if any(isinstance(m, RoutineDone) for m in moments):
            return math.inf
        snap = self.engine.snapshot()
        if snap.step is None:
            return 0.0
        if snap.rep is not None:
            return snap.rep.phase_seconds_left
        left = snap.seconds_left
        if snap.step.kind is StepKind.HOLD:
            if left > COUNTDOWN_TICKS_FROM:
                return left - COUNTDOWN_TICKS_FROM
            return left - (math.ceil(left - 1e-9) - 1)  # to the next whole second
        return left

    def _cue(self, cue: SoundCue) -> None:
        if not self.sound_enabled:
            return
        try:
            self._player.play(cue)
        except Exception:  # a broken player must never interrupt the coaching
            log.exception("sound cue %s failed", cue)

    def _finish(self, event: SessionEnded) -> None:
        if event.reached_end:
            # Completed or partial, the routine is over; stopping is not.
            self._cue(SoundCue.DONE)
        now = self._wall_clock()
        started = self.started_at or now
        self.record = SessionRecord(
            routine_id=self.plan.routine.id,
            routine_name=self.plan.routine.name,
            planned_seconds=self.plan.total_seconds,
            actual_seconds=max(0.0, event.active_seconds),
            outcome=event.outcome,
            started_at=started,
            ended_at=now,
            work_planned_seconds=round(event.work_planned),
            work_done_seconds=round(event.work_done, 3),
        )
        if not event.reached_end:
            self._voice.stop()
        log.info(
            "session %s %s after %.1f s (%.1f of %.0f s of stretching)",
            self.plan.routine.id,
            event.outcome.value,
            event.active_seconds,
            event.work_done,
            event.work_planned,
        )
        self.ended.emit(self.record)
