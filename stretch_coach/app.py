"""The composition root: builds the services, flows and windows and connects them.

``StretchCoach`` takes its services from outside, so tests run the whole app
with fake clocks, a silent player, a temporary home and no D-Bus.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QApplication, QWidget

    from stretch_coach.flows.context import AppServices
    from stretch_coach.flows.reminders import ReminderFlow
    from stretch_coach.services.autostart import Autostart
    from stretch_coach.services.scheduler import ReminderService
    from stretch_coach.services.single_instance import InstanceRequest, SingleInstance
    from stretch_coach.ui.reminder_delivery import NotifierFactory, ReminderDelivery

log = logging.getLogger(__name__)


class StretchCoach:
    """The running app: main window, tray, reminders and their wiring."""

    def __init__(
        self,
        qapp: QApplication,
        services: AppServices,
        *,
        reminders: ReminderService | None = None,
        notifier_factory: NotifierFactory | None = None,
        use_tray: bool | None = None,
        instance: SingleInstance | None = None,
        autostart: Autostart | None = None,
    ) -> None:
        from functools import partial

        from stretch_coach.core.exercises import load_catalogue
        from stretch_coach.flows.diary import DiaryFlow
        from stretch_coach.flows.journal import Journal
        from stretch_coach.flows.session import SessionFlow
        from stretch_coach.flows.state import StateOwner
        from stretch_coach.services.autostart import autostart_for_platform
        from stretch_coach.services.state_store import StateStore
        from stretch_coach.ui.dialogs import Dialogs
        from stretch_coach.ui.main_window import MainWindow
        from stretch_coach.ui.texts import spoken_phrases
        from stretch_coach.ui.tray import TrayIcon, TrayMenu, tray_available

        self.qapp, self.services, self.instance = qapp, services, instance
        catalogue = load_catalogue()
        state = StateOwner(StateStore(services.paths.state_file, now=services.wall_clock))
        journal = Journal(services)
        self.sessions = SessionFlow(
            services, catalogue, partial(spoken_phrases, catalogue=catalogue)
        )
        self.diary = DiaryFlow(services, state, journal)
        self.window = MainWindow(services, self.sessions, catalogue)
        self.dialogs = Dialogs(
            services, self.window, self.diary, journal, autostart or autostart_for_platform()
        )
        self.menu = TrayMenu()
        has_tray = tray_available() if use_tray is None else use_tray
        self.tray = TrayIcon(self.menu, state) if has_tray else None
        self.state = state
        self._given_reminders = reminders
        self._notifier_factory = notifier_factory
        # Built by _build_reminders (see start): the scheduler, the reminder
        # flow and the way reminders are shown.
        self.reminders: ReminderService
        self.delivery: ReminderDelivery
        self.reminder_flow: ReminderFlow
        self._reminders_built = False
        self._shut_down = False
        # With a tray the app outlives its window; without one it quits like
        # any other app when the window closes.
        qapp.setQuitOnLastWindowClosed(self.tray is None)
        self.window.stays_in_tray = self.tray is not None
        self.signal_wakeup: object = None
        self._connect()

    def _connect(self) -> None:
        menu, window, dialogs, home = self.menu, self.window, self.dialogs, self.window.home
        menu.start_requested.connect(self.sessions.start_default)
        menu.relief_requested.connect(window.start_cramp_relief)
        menu.open_requested.connect(window.raise_and_show)
        menu.settings_requested.connect(dialogs.open_settings)
        menu.diary_requested.connect(dialogs.open_diary)
        menu.quit_requested.connect(self.quit)
        home.preferences_requested.connect(dialogs.open_settings)
        home.editor_requested.connect(dialogs.open_routine_editor)
        home.diary_requested.connect(dialogs.open_diary)
        home.history_requested.connect(dialogs.open_history)
        home.about_requested.connect(dialogs.open_about)
        if self.tray is not None:
            window.hidden_to_tray.connect(self.tray.tell_once_about_staying)
        if self.instance is not None:
            self.instance.request_received.connect(self.handle_request)
            self.instance.set_request_check(self.can_carry_out)

    def _build_reminders(self) -> None:
        """The scheduler and everything that shows reminders (APScheduler is
        the largest import of the app, so the launch builds this after the
        window's first paint)."""
        if self._reminders_built or self._shut_down:
            return
        from stretch_coach.flows.reminders import ReminderFlow
        from stretch_coach.services.clock_watch import WallClockAlarm, ZoneWatch
        from stretch_coach.services.scheduler import ReminderService
        from stretch_coach.ui.reminder_delivery import ReminderDelivery, freedesktop_factory

        services = self.services
        self.reminders = self._given_reminders or ReminderService(
            services.settings,
            wall_clock=services.wall_clock,
            monotonic=services.clock,
            alarm=WallClockAlarm.create(),
            zone_watch=ZoneWatch.create(),
        )
        factory = self._notifier_factory
        self.delivery = ReminderDelivery(
            self.tray.icon if self.tray else None,
            factory if factory is not None else freedesktop_factory,
        )
        reminders = ReminderFlow(services, self.state, self.reminders, self.delivery)
        self.reminder_flow = reminders
        reminders.start_session_requested.connect(self.sessions.start_default)
        reminders.status_changed.connect(self._show_reminder_status)
        self.delivery.action_chosen.connect(reminders.on_action)
        self.menu.pause_requested.connect(reminders.pause)
        self.menu.resume_requested.connect(reminders.resume)
        # Through the root, not straight from flow to flow: connected directly,
        # PySide6 6.11 crashed deleting a dialog later in the same run.
        self.sessions.recorded.connect(lambda _record: self.reminder_flow.session_recorded())
        self._reminders_built = True
        self.reminders.start()
        self._show_reminder_status()
        # Whether cues can be heard is known before the first session starts.
        services.player.prepare()
        if services.settings.sound.voice:
            # Starting a speech engine can take a second: now, not when the
            # first phrase of a session is due.
            services.voice.prepare()

    def start(
        self,
        request: InstanceRequest | None = None,
        *,
        minimized: bool = False,
        reminders_after_paint: bool = False,
    ) -> None:
        """Show the app. With ``reminders_after_paint`` (the launch) the window,
        or the tray icon when minimized, paints first and the reminders are
        built right after; otherwise now."""
        showing = request is None or request.command == "show"
        to_tray = minimized and self.tray is not None
        later = reminders_after_paint and showing and (to_tray or not minimized)
        if not later:
            self._build_reminders()
        if self.tray is not None:
            self.tray.show()
        log.info("tray icon: %s", "shown" if self.tray is not None else "none on this desktop")
        if request is not None and request.command != "show":
            self.handle_request(request)
        elif minimized:
            if self.tray is None:
                self.window.showMinimized()  # nowhere else to find the app
        else:
            self.window.raise_and_show()
            if self.services.settings_owner.first_run:
                self.dialogs.open_welcome()
            elif self.diary.due():
                self.dialogs.open_diary(prompted=True)
        if later:
            painted = self.tray.painted_widget() if to_tray and self.tray else self.window
            if painted is not None:
                after_first_paint(painted, self._build_reminders)
            else:  # the desktop paints the icon: right after the event loop starts
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, self._build_reminders)

    def handle_request(self, request: InstanceRequest) -> None:
        """A request from the command line or from a second launch."""
        log.info("request: %s", request)
        if request.command == "start":
            if request.routine is None:  # their routine, at their length unless one is asked
                routine = self.services.settings.routine
                minutes = routine.minutes if request.minutes is None else request.minutes
                self.window.start_session(routine.default, minutes)
            else:  # a routine named on the command line runs at its own length
                self.window.start_session(request.routine, request.minutes)
        elif request.command == "relief":
            self.window.start_cramp_relief()
        elif request.command == "settings":
            self.dialogs.open_settings()
        else:
            self.window.raise_and_show()

    def can_carry_out(self, request: InstanceRequest) -> bool:
        """Whether a second launch's request names only things this app has,
        so the launch hears "refused" instead of the app opening a warning."""
        from stretch_coach.core.routines import find_routine

        if request.routine is None:
            return True
        return find_routine(self.services.routines(), request.routine) is not None

    def _show_reminder_status(self) -> None:
        from stretch_coach.ui.tray import show_reminder_status

        if not self._reminders_built:
            return
        status = self.reminder_flow.status()
        show_reminder_status(self.menu, self.tray, status, self.services.wall_clock())

    def quit(self) -> None:
        if not self.window.request_stop():
            return  # the person chose to carry on with the session
        self.shutdown()
        self.qapp.quit()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.sessions.stop()  # a session in progress is recorded as stopped
        if self._reminders_built:
            self.reminders.shutdown()
            self.delivery.close()
        if self.tray is not None:
            self.tray.icon.hide()
        if self.instance is not None:
            self.instance.close()
        self.services.close()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the window has painted (or after a second at most,
    when there is nothing to paint on), from the event loop."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(1000, then)  # then() runs once: it checks it was not built yet
