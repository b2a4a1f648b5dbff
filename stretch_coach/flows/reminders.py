"""Reminders end to end: decide whether a due reminder is shown, have it shown,
carry out the person's answer, and say what comes next.

The windows, notifications and the tray only present: a ``ReminderPresenter``
words and shows a reminder, and the tray renders ``status()``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.delivered import Delivery
from stretch_coach.core.reminder_rules import (
    Answer,
    PauseChoice,
    ReminderAction,
    ReminderKind,
    Verdict,
    pause,
    resume,
    skip_tonight,
    verdict,
)
from stretch_coach.core.settings import Settings, evening_of
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.journal import Journal
from stretch_coach.flows.state import StateOwner
from stretch_coach.services.scheduler import DueReminder, ReminderService
from stretch_coach.services.sound import SoundCue

log = logging.getLogger(__name__)


class ReminderPresenter(Protocol):
    """Shows reminders to the person (a desktop notification, a window, the tray)."""

    def present(self, kind: ReminderKind, now: dt.datetime, settings: Settings) -> str:
        """Show a reminder; returns the key its answer will come back with."""
        ...

    def withdraw(self, key: str) -> None: ...


@dataclass(frozen=True, slots=True)
class ReminderStatus:
    """What the tray says about reminders now."""

    paused: bool
    paused_until: dt.datetime | None  # None with ``paused``: until resumed
    next_kind: ReminderKind | None = None
    next_at: dt.datetime | None = None


class ReminderFlow(QObject):
    start_session_requested = Signal()  # "Start now" on a stretch reminder
    shown = Signal(object)  # ReminderKind, after it was presented
    status_changed = Signal()  # pauses or the next reminder changed

    def __init__(
        self,
        services: AppServices,
        state: StateOwner,
        reminders: ReminderService,
        presenter: ReminderPresenter,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.state = state
        self.journal = Journal(services)
        self.reminders = reminders
        self.presenter = presenter
        self._shown: dict[str, ReminderKind] = {}  # key -> kind, until answered
        # The reminders follow the settings the moment they change.
        services.settings_owner.changed.connect(self._settings_changed)
        state.answers_changed.connect(self._answers_changed)
        reminders.fired.connect(self.on_due)
        reminders.jobs_changed.connect(self.status_changed)

    # -- due reminders ---------------------------------------------------------------

    def on_due(self, due: DueReminder) -> Verdict:
        settings = self.services.settings
        now = self.services.wall_clock()
        decision = verdict(
            due.kind,
            now,
            settings,
            self.state.answers,
            stretched_this_evening=self.journal.stretched_on(evening_of(now)),
        )
        delivery = None if due.planned is None else Delivery.of(due.kind, due.planned)
        if decision is Verdict.SHOW and delivery is not None and delivery in self.state.delivered:
            decision = Verdict.ALREADY_SHOWN
        if decision is not Verdict.SHOW:
            log.info("%s reminder not shown: %s", due.kind.value, decision.value)
            self.status_changed.emit()
            return decision
        if delivery is not None:
            self.state.record_delivery(delivery)
        key = self.presenter.present(due.kind, now, settings)
        self._shown[key] = due.kind
        if settings.sound.enabled:
            self.services.player.play(SoundCue.REMINDER)
        self.shown.emit(due.kind)
        self.status_changed.emit()
        return decision

    # -- answers ------------------------------------------------------------------------

    def on_action(self, key: str, answer_text: str) -> None:
        kind = self._shown.pop(key, None) or _kind_from_key(key)
        try:
            answer = Answer.parse(answer_text)
        except ValueError:
            log.warning("ignoring unknown reminder answer %r", answer_text)
            return
        log.info("reminder %s answered: %s", key, answer.text)
        minutes = answer.snooze_minutes
        if minutes is not None and kind is not None:
            self.reminders.snooze(kind, minutes)
        elif answer.action is ReminderAction.START:
            self.start_session_requested.emit()
        elif answer.action is ReminderAction.SKIP_TONIGHT:
            self.state.set_answers(skip_tonight(self.state.answers, self.services.wall_clock()))
            self.reminders.cancel_snooze(ReminderKind.STRETCH)
        elif answer.action is ReminderAction.DRANK:
            self.journal.add_water(self.services.wall_clock())
        self.status_changed.emit()

    def session_recorded(self, _record: object = None) -> None:
        """A session just ended: a pending stretch reminder is no longer needed."""
        for key in [k for k, kind in self._shown.items() if kind is ReminderKind.STRETCH]:
            self.presenter.withdraw(key)
            del self._shown[key]
        self.status_changed.emit()

    # -- pausing and what comes next ---------------------------------------------------------

    def pause(self, choice: PauseChoice) -> None:
        self.state.set_answers(pause(self.state.answers, choice, self.services.wall_clock()))
        log.info("reminders paused: %s", choice.value)

    def resume(self) -> None:
        self.state.set_answers(resume(self.state.answers))
        log.info("reminders resumed")

    def status(self) -> ReminderStatus:
        answers = self.state.answers
        if answers.is_paused(self.services.wall_clock()):
            until = None if answers.paused_indefinitely else answers.paused_until
            return ReminderStatus(True, until)
        due = self.reminders.next_due()
        if due is None:
            return ReminderStatus(False, None)
        return ReminderStatus(False, None, *due)

    def _answers_changed(self, _answers: object) -> None:
        self.status_changed.emit()

    def _settings_changed(self, new: Settings, _old: Settings) -> None:
        self.reminders.apply_settings(new)


def _kind_from_key(key: str) -> ReminderKind | None:
    # The notice key starts with the kind (see ui.reminder_notice).
    try:
        return ReminderKind(key.split("-", 1)[0])
    except ValueError:
        return None
