"""Reminders end to end on the GUI thread: decide whether a due reminder is
shown, show it, and carry out the person's answer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.delivered import Delivery
from stretch_coach.core.reminder_gate import (
    PauseChoice,
    ReminderState,
    Verdict,
    pause,
    resume,
    skip_tonight,
    verdict,
)
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.core.settings import Settings, evening_of, format_clock
from stretch_coach.services.context import AppServices
from stretch_coach.services.history import HistoryError
from stretch_coach.services.reminder_service import DueReminder, ReminderService
from stretch_coach.services.sound import SoundCue
from stretch_coach.services.state_store import DeliveredStore, StateStore
from stretch_coach.ui.reminder_delivery import ReminderDelivery
from stretch_coach.ui.reminder_notice import ReminderAction, ReminderNotice, notice_for
from stretch_coach.ui.texts import short_weekday, tr
from stretch_coach.ui.tray import TrayMenu

log = logging.getLogger(__name__)


class ReminderCoordinator(QObject):
    start_session_requested = Signal()  # "Start now" on a stretch reminder
    shown = Signal(object)  # ReminderNotice, after it was delivered
    state_changed = Signal(object)  # ReminderState

    def __init__(
        self,
        services: AppServices,
        reminders: ReminderService,
        delivery: ReminderDelivery,
        menu: TrayMenu | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.reminders = reminders
        self.delivery = delivery
        self.menu = menu
        self.store = StateStore(services.paths.state_file)
        self.state = self.store.load()
        self.delivered_store = DeliveredStore.beside(services.paths.state_file)
        self.delivered = self.delivered_store.load()
        self._notices: dict[str, ReminderNotice] = {}
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
            due.kind, now, settings, self.state, stretched_this_evening=self._stretched(now)
        )
        delivery = None if due.planned is None else Delivery.of(due.kind, due.planned)
        if decision is Verdict.SHOW and delivery is not None and delivery in self.delivered:
            decision = Verdict.ALREADY_SHOWN
        if decision is not Verdict.SHOW:
            log.info("%s reminder not shown: %s", due.kind.value, decision.value)
            self.refresh_menu()
            return decision
        if delivery is not None:
            self._record_delivery(delivery)
        notice = notice_for(due.kind, now, settings)
        self._notices[notice.key] = notice
        self.delivery.show(notice)
        if settings.sound.enabled:
            self.services.player.play(SoundCue.REMINDER)
        self.shown.emit(notice)
        self.refresh_menu()
        return decision

    def _record_delivery(self, delivery: Delivery) -> None:
        # Kept in a file: a reminder shown before a restart stays shown.
        self.delivered = self.delivered.add(delivery)
        self.delivered_store.save(self.delivered)

    def _stretched(self, now: dt.datetime) -> bool:
        try:
            return self.services.history().completed_on_evening(evening_of(now))
        except (HistoryError, OSError) as exc:
            # Better one reminder too many than none because the disk failed.
            log.warning("cannot read the history: %s", exc)
            return False

    # -- answers ------------------------------------------------------------------------

    def on_action(self, key: str, action_value: str) -> None:
        notice = self._notices.pop(key, None)
        try:
            action = ReminderAction(action_value)
        except ValueError:
            log.warning("ignoring unknown reminder answer %r", action_value)
            return
        kind = notice.kind if notice else _kind_from_key(key)
        log.info("reminder %s answered: %s", key, action.value)
        minutes = action.snooze_minutes
        if minutes is not None and kind is not None:
            self.reminders.snooze(kind, minutes)
        elif action is ReminderAction.START:
            self.start_session_requested.emit()
        elif action is ReminderAction.SKIP_TONIGHT:
            self._set_state(skip_tonight(self.state, self.services.wall_clock()))
            self.reminders.cancel_snooze(ReminderKind.STRETCH)
        elif action is ReminderAction.DRANK:
            try:
                self.services.history().add_hydration(self.services.wall_clock())
            except (HistoryError, OSError) as exc:
                log.error("cannot record the glass of water: %s", exc)
        self.refresh_menu()

    def session_recorded(self) -> None:
        """A session just ended: a pending stretch reminder is no longer needed."""
        for key in [k for k, n in self._notices.items() if n.kind is ReminderKind.STRETCH]:
            self.delivery.withdraw(key)
            del self._notices[key]
        self.refresh_menu()

    # -- pausing --------------------------------------------------------------------------

    def pause(self, choice: PauseChoice) -> None:
        self._set_state(pause(self.state, choice, self.services.wall_clock()))
        log.info("reminders paused: %s", choice.value)

    def resume(self) -> None:
        self._set_state(resume(self.state))
        log.info("reminders resumed")

    def mark_told_about_tray(self) -> bool:
        """True the first time only: the person is told once that closing the
        window keeps the app in the tray."""
        if self.state.told_about_tray:
            return False
        self._set_state(dataclasses.replace(self.state, told_about_tray=True))
        return True

    def update_state(self, **changes: object) -> ReminderState:
        self._set_state(dataclasses.replace(self.state, **changes))  # type: ignore[arg-type]
        return self.state

    def _set_state(self, state: ReminderState) -> None:
        self.state = state
        self.store.save(state)
        self.state_changed.emit(state)
        self.refresh_menu()

    # -- settings and the tray menu --------------------------------------------------

    def apply_settings(self, settings: Settings) -> None:
        self.reminders.apply_settings(settings)

    def next_reminder_text(self) -> str:
        now = self.services.wall_clock()
        if self.state.paused_indefinitely:
            return tr("Reminders paused")
        if self.state.is_paused(now) and self.state.paused_until is not None:
            until = self.state.paused_until.astimezone(now.tzinfo)
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
        paused = self.state.is_paused(now)
        self.menu.set_paused(self.next_reminder_text() if paused else None)
        if not paused:
            self.menu.set_next_reminder(self.next_reminder_text())


def _kind_from_key(key: str) -> ReminderKind | None:
    try:
        return ReminderKind(key.split("-", 1)[0])
    except ValueError:
        return None
