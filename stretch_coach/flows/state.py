"""The owner of the remembered state: reminder answers, one-time hints and the
reminders already shown, saved on change."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.delivered import DeliveredReminders, Delivery
from stretch_coach.core.hints import AppHints
from stretch_coach.core.reminder_rules import ReminderAnswers
from stretch_coach.services.state_store import StateStore


class StateOwner(QObject):
    answers_changed = Signal(object)  # ReminderAnswers

    def __init__(self, store: StateStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._state = store.load()

    @property
    def answers(self) -> ReminderAnswers:
        return self._state.answers

    @property
    def hints(self) -> AppHints:
        return self._state.hints

    @property
    def delivered(self) -> DeliveredReminders:
        return self._state.delivered

    def record_delivery(self, delivery: Delivery) -> None:
        """A planned reminder was shown; kept, so a restart or a clock set back
        does not show it again."""
        delivered = self._state.delivered.add(delivery)
        self._state = dataclasses.replace(self._state, delivered=delivered)
        self._store.save(self._state)

    def set_answers(self, answers: ReminderAnswers) -> None:
        self._state = dataclasses.replace(self._state, answers=answers)
        self._store.save(self._state)
        self.answers_changed.emit(answers)

    def set_hints(self, hints: AppHints) -> None:
        self._state = dataclasses.replace(self._state, hints=hints)
        self._store.save(self._state)

    def tell_about_tray_once(self) -> bool:
        """True the first time only: the person is told once that closing the
        window keeps the app in the tray."""
        if self.hints.told_about_tray:
            return False
        self.set_hints(dataclasses.replace(self.hints, told_about_tray=True))
        return True
