"""Runs one guided session: asks the engine for the present, plays the cues,
and wakes only when the display must change."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from stretch_coach.core.clock import Clocks
from stretch_coach.core.engine import (
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

log = logging.getLogger(__name__)

# While running, the ring is redrawn this often so it empties smoothly; the
# number and the cues are driven by the engine's own deadlines, not by this.
FRAME_SECONDS = 0.1


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
        phrase: Callable[[Step], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.engine = SessionEngine(plan, clocks.monotonic)
        self._player = player
        self._voice = voice or NoVoice()
        # What the voice says at a step; worded (and translated) by the UI.
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
        while True:
            for event in pending:
                self._handle(event)
            snapshot = self.engine.snapshot()
            wait = self.engine.seconds_until_next_change()
            # Reading the clock again may have carried the session over a
            # boundary (even its end); handle that now, or a stopped timer
            # would leave it unannounced.
            pending = self.engine.poll()
            if not pending:
                break
        self.snapshot_changed.emit(snapshot)
        self._schedule(wait)

    def _schedule(self, wait: float | None) -> None:
        if wait is None:
            # Paused, finished or stopped: nothing moves, so nothing ticks.
            self._timer.stop()
            return
        self._timer.start(max(1, round(min(wait, FRAME_SECONDS) * 1000)))

    def _handle(self, event: object) -> None:
        match event:
            case StepStarted(step=step):
                self._cue(SoundCue.STEP)
                if self.voice_enabled and self._phrase is not None:
                    self._voice.say(self._phrase(step))
            case CountdownTick(index=index):
                # Rep moves have their own pacing; ticks would talk over it.
                if self.plan.steps[index].kind is not StepKind.REPS:
                    self._cue(SoundCue.TICK)
            case RepPhaseChanged():
                self.phase_changed.emit(event)
            case SessionEnded():
                self._finish(event)

    def _cue(self, cue: SoundCue) -> None:
        if not self.sound_enabled:
            return
        try:
            self._player.play(cue)
        except Exception:  # a broken player must never interrupt the coaching
            log.exception("sound cue %s failed", cue)

    def _finish(self, event: SessionEnded) -> None:
        if event.completed:
            self._cue(SoundCue.FINISH)
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
