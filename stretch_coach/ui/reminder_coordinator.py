"""Reminders end to end on the GUI thread: decide whether a due reminder is
shown, show it, and carry out the person's answer."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.delivered import Delivery
from stretch_coach.core.reminder_gate import (
    PauseChoice,
    Verdict,
    pause,
    resume,
    skip_tonight,
    verdict,
)
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.core.settings import Settings, evening_of, format_clock
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.journal import Journal
from stretch_coach.flows.state import StateOwner
from stretch_coach.services.reminder_service import DueReminder, ReminderService
from stretch_coach.services.sound import SoundCue
from stretch_coach.ui.reminder_delivery import ReminderDelivery
from stretch_coach.ui.reminder_notice import Answer, ReminderAction, ReminderNotice, notice_for
from stretch_coach.ui.texts import short_weekday, tr
from stretch_coach.ui.tray import TrayMenu

log = logging.getLogger(__name__)


class ReminderCoordinator(QObject):
    start_session_requested = Signal()  # "Start now" on a stretch reminder
    shown = Signal(object)  # ReminderNotice, after it was delivered

    def __init__(
        self,
        services: AppServices,
        state: StateOwner,
        reminders: ReminderService,
        delivery: ReminderDelivery,
        menu: TrayMenu | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.state = state
        self.journal = Journal(services)
        self.reminders = reminders
        self.delivery = delivery
        self.menu = menu
        self._notices: dict[str, ReminderNotice] = {}
        # The reminders follow the settings the moment they change.
        services.settings_owner.changed.connect(self._settings_changed)
        state.answers_changed.connect(lambda _answers: self.refresh_menu())
        reminders.fired.connect(self.on_due)
        reminders.jobs_changed.connect(self.refresh_menu)
        delivery.action_chosen.connect(self.on_action)
        if menu is not None:
            menu.pause_requested.connect(self.pause)
            menu.resume_requested.connect(self.resume)
        self.refresh_menu()

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
            self.refresh_menu()
            return decision
        if delivery is not None:
            self.state.record_delivery(delivery)
        notice = notice_for(due.kind, now, settings)
        self._notices[notice.key] = notice
        self.delivery.show(notice)
        if settings.sound.enabled:
            self.services.player.play(SoundCue.REMINDER)
        self.shown.emit(notice)
        self.refresh_menu()
        return decision

    # -- answers ------------------------------------------------------------------------

    def on_action(self, key: str, action_value: str) -> None:
        notice = self._notices.pop(key, None)
        try:
            answer = Answer.parse(action_value)
        except ValueError:
            log.warning("ignoring unknown reminder answer %r", action_value)
            return
        action = answer.action
        kind = notice.kind if notice else _kind_from_key(key)
        log.info("reminder %s answered: %s", key, answer.text)
        minutes = answer.snooze_minutes
        if minutes is not None and kind is not None:
            self.reminders.snooze(kind, minutes)
        elif action is ReminderAction.START:
            self.start_session_requested.emit()
        elif action is ReminderAction.SKIP_TONIGHT:
            self.state.set_answers(skip_tonight(self.state.answers, self.services.wall_clock()))
            self.reminders.cancel_snooze(ReminderKind.STRETCH)
        elif action is ReminderAction.DRANK:
            self.journal.add_water(self.services.wall_clock())
        self.refresh_menu()

    def session_recorded(self) -> None:
        """A session just ended: a pending stretch reminder is no longer needed."""
        for key in [k for k, n in self._notices.items() if n.kind is ReminderKind.STRETCH]:
            self.delivery.withdraw(key)
            del self._notices[key]
        self.refresh_menu()

    # -- pausing --------------------------------------------------------------------------

    def pause(self, choice: PauseChoice) -> None:
        self.state.set_answers(pause(self.state.answers, choice, self.services.wall_clock()))
        log.info("reminders paused: %s", choice.value)

    def resume(self) -> None:
        self.state.set_answers(resume(self.state.answers))
        log.info("reminders resumed")

    # -- settings and the tray menu --------------------------------------------------

    def _settings_changed(self, new: Settings, _old: Settings) -> None:
        self.reminders.apply_settings(new)

    def next_reminder_text(self) -> str:
        now = self.services.wall_clock()
        answers = self.state.answers
        if answers.paused_indefinitely:
            return tr("Reminders paused")
        if answers.is_paused(now) and answers.paused_until is not None:
            until = answers.paused_until.astimezone(now.tzinfo)
            return tr("Reminders paused until {time}").format(time=format_clock(until.time()))
        due = self.reminders.next_due()
        if due is None:
            return tr("No reminders planned")
        kind, at = due
        at = at.astimezone(now.tzinfo)
        clock = format_clock(at.time())
        if at.date() != now.date():
            clock = f"{short_weekday(at.date())} {clock}"
        if kind is ReminderKind.STRETCH:
            return tr("Stretch reminder at {time}").format(time=clock)
        return tr("Water reminder at {time}").format(time=clock)

    def refresh_menu(self) -> None:
        if self.menu is None:
            return
        now = self.services.wall_clock()
        paused = self.state.answers.is_paused(now)
        self.menu.set_paused(self.next_reminder_text() if paused else None)
        if not paused:
            self.menu.set_next_reminder(self.next_reminder_text())


def _kind_from_key(key: str) -> ReminderKind | None:
    try:
        return ReminderKind(key.split("-", 1)[0])
    except ValueError:
        return None
