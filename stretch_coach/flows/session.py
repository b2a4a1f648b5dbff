"""The session flow: which routine to run, at what length, and keeping its record.

The window asks for a session and renders the controller this flow hands it;
the flow builds the plan, follows the sound settings while it runs, and
writes the result to the history when it ends.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.routines import Routine, find_routine
from stretch_coach.core.scaling import scaled_plan
from stretch_coach.core.settings import Settings

if TYPE_CHECKING:
    from stretch_coach.core.exercises import Catalogue
    from stretch_coach.core.records import SessionRecord
    from stretch_coach.flows.context import AppServices
    from stretch_coach.flows.session_controller import Phrases, SessionController
    from stretch_coach.flows.settings import SaveFailure

log = logging.getLogger(__name__)

CRAMP_RELIEF_ROUTINE = "cramp-relief"


class SessionFlow(QObject):
    started = Signal(object)  # SessionController, already running
    # SessionRecord, and why it could not be saved (None when it was).
    ended = Signal(object, object)
    recorded = Signal(object)  # SessionRecord, after it was saved
    unknown_routine = Signal(str)  # the id asked for

    def __init__(
        self,
        services: AppServices,
        catalogue: Catalogue,
        phrase: Phrases | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._catalogue = catalogue
        self._phrase = phrase
        self.controller: SessionController | None = None
        services.settings_owner.changed.connect(self._settings_changed)

    @property
    def running(self) -> bool:
        return self.controller is not None and self.controller.is_active

    def start(self, routine_id: str, minutes: int | None = None) -> bool:
        """Start ``routine_id`` (at ``minutes``, or its own length). False if a
        session is already running or there is no such routine."""
        if self.running:
            return False
        routine = find_routine(self._services.routines(), routine_id)
        if routine is None:
            self.unknown_routine.emit(routine_id)
            return False
        return self.start_routine(routine, minutes)

    def start_routine(self, routine: Routine, minutes: int | None = None) -> bool:
        if self.running:
            return False
        # The engine and its controller are imported with the first session,
        # not with the app: the window paints sooner (benchmarks/run.py).
        from stretch_coach.flows.session_controller import SessionController

        settings = self._services.settings
        controller = SessionController(
            scaled_plan(routine, minutes),
            self._services.clocks,
            self._catalogue,
            self._services.player,
            self._services.voice,
            self._phrase,
            self,
        )
        self._follow(controller, settings)
        controller.ended.connect(self._record)
        if self.controller is not None:
            self.controller.deleteLater()
        self.controller = controller
        controller.start()
        self.started.emit(controller)
        return True

    def start_default(self, minutes: int | None = None) -> bool:
        """The person's routine at their length, unless a length is asked for."""
        routine = self._services.settings.routine
        return self.start(routine.default, routine.minutes if minutes is None else minutes)

    def start_skipped_part(self) -> bool:
        """Run now what the last session skipped, at its own dose."""
        if self.running or self.controller is None:
            return False
        part = self.controller.engine.skipped_part()
        if part is None:
            return False
        return self.start_routine(part)

    def start_cramp_relief(self) -> bool:
        return self.start(CRAMP_RELIEF_ROUTINE)

    @property
    def sound_missing(self) -> bool:
        """Cues cannot be heard on this computer, whatever the setting says."""
        return self._services.player.missing

    def set_sound(self, enabled: bool) -> SaveFailure | None:
        """The session's sound button: a setting like any other, saved and announced."""
        return self._services.settings_owner.set_sound(enabled)

    def stop(self) -> None:
        """End a running session now; it is recorded as stopped."""
        if self.controller is not None and self.controller.is_active:
            self.controller.stop()

    def _settings_changed(self, new: Settings, old: Settings) -> None:
        if new.sound.voice and not old.sound.voice:
            self._services.voice.prepare()  # before the next session needs it
        if self.controller is not None:
            self._follow(self.controller, new)

    def _follow(self, controller: SessionController, settings: Settings) -> None:
        controller.sound_enabled = settings.sound.enabled
        controller.voice_enabled = settings.sound.voice and self._services.voice.available

    def _record(self, record: SessionRecord) -> None:
        from stretch_coach.services.history import HistoryError

        try:
            self._services.history().add_session(record)
        except (HistoryError, OSError) as exc:
            log.error("cannot record the session: %s", exc)
            self.ended.emit(record, str(exc))
            return
        self.recorded.emit(record)
        self.ended.emit(record, None)
