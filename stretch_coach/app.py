"""The composition root: builds the services, flows and windows and connects them.

``StretchCoach`` takes its services from outside, so tests run the whole app
with fake clocks, a silent player, a temporary home and no D-Bus.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication, QWidget

    from stretch_coach.flows.context import AppServices
    from stretch_coach.flows.diary import DiaryFlow
    from stretch_coach.flows.reminders import ReminderFlow
    from stretch_coach.flows.state import StateOwner
    from stretch_coach.services.autostart import Autostart
    from stretch_coach.services.scheduler import ReminderService
    from stretch_coach.services.single_instance import InstanceRequest, SingleInstance
    from stretch_coach.ui.dialogs import Dialogs
    from stretch_coach.ui.main_window import MainWindow
    from stretch_coach.ui.reminder_delivery import NotifierFactory, ReminderDelivery
    from stretch_coach.ui.tray import TrayIcon, TrayMenu

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
        paint_first: bool = False,
        when_built: Callable[[], None] | None = None,
    ) -> None:
        """``paint_first`` (the launch): only what paints first is built now,
        the main window, or the tray icon when minimized; the rest comes once
        it has painted (see start). ``when_built`` is called once all of it
        is built, reminders included."""
        from functools import partial

        from stretch_coach.core.exercises import load_catalogue
        from stretch_coach.flows.session import SessionFlow
        from stretch_coach.ui.texts import spoken_phrases

        self.qapp, self.services, self.instance = qapp, services, instance
        self._paint_first = paint_first
        self._when_built = when_built
        self._use_tray = use_tray
        self._autostart = autostart
        self._catalogue = load_catalogue()
        self.sessions = SessionFlow(
            services,
            self._catalogue,
            partial(spoken_phrases, catalogue=self._catalogue),
        )
        self._window: MainWindow | None = None
        # Built by _build_tray: the night's state, the tray menu and the icon
        # (None where the desktop has no tray).
        self.state: StateOwner
        self.menu: TrayMenu
        self.tray: TrayIcon | None = None
        self._tray_built = False
        # Built by _build_rest: the diary and the secondary windows.
        self.diary: DiaryFlow
        self.dialogs: Dialogs
        self._rest_built = False
        self._given_reminders = reminders
        self._notifier_factory = notifier_factory
        # Built by _build_reminders (see start): the scheduler, the reminder
        # flow and the way reminders are shown.
        self.reminders: ReminderService
        self.delivery: ReminderDelivery
        self.reminder_flow: ReminderFlow
        self._reminders_built = False
        self._greeting_due = False  # the welcome or the diary's question, after the paint
        self._tray_shown = False
        self.first_paint: FirstPaint | None = None  # what start waits for (paint_first)
        self._shut_down = False
        self.signal_wakeup: object = None
        if self.instance is not None:
            # A second launch's request builds whatever it needs first.
            self.instance.request_received.connect(self.handle_request)
            self.instance.set_request_check(self.can_carry_out)
        if not paint_first:
            self._build_rest()

    @property
    def window(self) -> MainWindow:
        """The main window, built on first use: a launch to the tray paints
        its icon before the window exists."""
        if self._window is None:
            from stretch_coach.ui.main_window import MainWindow

            if self._paint_first and not self._rest_built:
                from stretch_coach.ui.theme import first_paint_style

                first_paint_style(self.qapp)  # the app's own style comes with the rest

            window = MainWindow(self.services, self.sessions, self._catalogue)
            self._window = window
            home = window.home
            # Each of these builds the rest first if need be.
            home.preferences_requested.connect(lambda: self.built_dialogs().open_settings())
            home.editor_requested.connect(lambda: self.built_dialogs().open_routine_editor())
            home.diary_requested.connect(lambda: self.built_dialogs().open_diary())
            home.history_requested.connect(lambda: self.built_dialogs().open_history())
            home.about_requested.connect(lambda: self.built_dialogs().open_about())
            window.hidden_to_tray.connect(self._tell_once_about_staying)
            if self._tray_built:
                window.stays_in_tray = self.tray is not None
        return self._window

    def built_dialogs(self) -> Dialogs:
        self._build_rest()
        return self.dialogs

    def _built(self) -> StretchCoach:
        """This app with everything but the reminders built: for what the
        tray menu asks, which may come before the rest is built."""
        self._build_rest()
        return self

    def _build_tray(self) -> None:
        """The night's state, the tray menu and the icon."""
        if self._tray_built:
            return
        from stretch_coach.flows.state import StateOwner
        from stretch_coach.services.state_store import StateStore
        from stretch_coach.ui.tray import TrayIcon, TrayMenu, tray_available

        services = self.services
        self.state = StateOwner(StateStore(services.paths.state_file, now=services.wall_clock))
        self.menu = TrayMenu()
        has_tray = tray_available() if self._use_tray is None else self._use_tray
        self.tray = TrayIcon(self.menu, self.state) if has_tray else None
        # With a tray the app outlives its window; without one it quits like
        # any other app when the window closes.
        self.qapp.setQuitOnLastWindowClosed(self.tray is None)
        if self._window is not None:
            self._window.stays_in_tray = self.tray is not None
        self._tray_built = True
        menu = self.menu
        menu.start_requested.connect(lambda: self._built().sessions.start_default())
        menu.relief_requested.connect(lambda: self._built().window.start_cramp_relief())
        menu.open_requested.connect(lambda: self._built().window.raise_and_show())
        menu.settings_requested.connect(lambda: self.built_dialogs().open_settings())
        menu.diary_requested.connect(lambda: self.built_dialogs().open_diary())
        menu.quit_requested.connect(self.quit)

    def _build_rest(self) -> None:
        """Everything but the reminders."""
        if self._rest_built:
            return
        self._build_tray()
        from stretch_coach.flows.diary import DiaryFlow
        from stretch_coach.flows.journal import Journal
        from stretch_coach.services.autostart import autostart_for_platform
        from stretch_coach.ui.dialogs import Dialogs
        from stretch_coach.ui.theme import use_app_style

        # Before any window with a check box can open.
        use_app_style(self.qapp)
        services = self.services
        journal = Journal(services)
        self.diary = DiaryFlow(services, self.state, journal)
        self.dialogs = Dialogs(
            services, self.window, self.diary, journal, self._autostart or autostart_for_platform()
        )
        self._rest_built = True

    def _tell_once_about_staying(self) -> None:
        if self.tray is not None:
            self.tray.tell_once_about_staying()

    def _build_reminders(self) -> None:
        """The scheduler and everything that shows reminders (APScheduler is
        the largest import of the app, so the launch builds this after the
        window's first paint)."""
        if self._reminders_built or self._shut_down:
            return
        try:
            self._make_reminders()
        finally:
            # Also when something failed: the launch waits for this to turn
            # the cycle collector back on.
            when_built, self._when_built = self._when_built, None
            if when_built is not None:
                when_built()

    def _make_reminders(self) -> None:
        self._build_rest()
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

    def start(self, request: InstanceRequest | None = None, *, minimized: bool = False) -> None:
        """Show the app. Built with ``paint_first`` (the launch), the window,
        or the tray icon when minimized, paints first and the rest is built
        right after; otherwise all of it now."""
        showing = request is None or request.command == "show"
        if not (self._paint_first and showing):
            self._build_rest()  # nothing waits for a paint
        elif minimized:
            self._build_tray()  # the tray icon is what paints
        to_tray = minimized and self.tray is not None
        later = self._paint_first and showing and (to_tray or not minimized)
        if not later:
            self._build_reminders()
        if self._tray_built:
            self._show_tray()
        if request is not None and request.command != "show":
            self.handle_request(request)
        elif minimized:
            if self.tray is None:
                self.window.showMinimized()  # nowhere else to find the app
        else:
            self.window.raise_and_show()
            self._greeting_due = True
            if not later:
                self._greet()
        if later:
            painted = self.tray.painted_window() if to_tray and self.tray else self.window
            if painted is not None:
                self.first_paint = after_first_paint(painted, self._after_paint)
            else:  # the desktop paints the icon: right after the event loop starts
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, self._after_paint)

    def _after_paint(self) -> None:
        if self._shut_down:
            return
        self._build_rest()
        self._show_tray()
        self._greet()
        self._build_reminders()

    def _show_tray(self) -> None:
        if self._tray_shown:
            return
        self._tray_shown = True
        if self.tray is not None:
            self.tray.show()
        log.info("tray icon: %s", "shown" if self.tray is not None else "none on this desktop")

    def _greet(self) -> None:
        """On a first start the welcome; on an evening with a night to note, the diary."""
        if not self._greeting_due:
            return
        self._greeting_due = False
        if self.services.settings_owner.first_run:
            self.dialogs.open_welcome()
        elif self.diary.due():
            self.dialogs.open_diary(prompted=True)

    def handle_request(self, request: InstanceRequest) -> None:
        """A request from the command line or from a second launch."""
        log.info("request: %s", request)
        self._build_rest()
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
        if self._window is not None and not self._window.request_stop():
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


class FirstPaint(Protocol):
    painted: bool  # a paint was seen (not the time limit)


def after_first_paint(window: QWidget | QWindow, then: Callable[[], None]) -> FirstPaint:
    """Call ``then`` once, from the event loop, when the shown ``window`` has
    painted, or after a second at most (where nothing is painted, such as a
    tray the desktop draws)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QWindow

    if isinstance(window, QWindow):
        handle: QWindow | None = window
    else:
        if window.windowHandle() is None:
            window.winId()  # not shown yet: its QWindow is made now
        handle = window.windowHandle()

    class Watcher(QObject):
        # Watches the window's QWindow, which Qt paints while it handles the
        # window's first exposure. Not an application-wide filter: for every
        # object and event passing one, PySide6 finds the Python class, and
        # that loaded some 200 Qt classes with their enums before the paint
        # (about 20 ms).
        def __init__(self) -> None:
            super().__init__(window)
            self.painted = False
            self._handle = handle
            if self._handle is not None:
                self._handle.installEventFilter(self)
                if self._handle.isExposed():  # exposed already, and so painted
                    QTimer.singleShot(0, self, self._check)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Expose:
                # Looked at once the exposure, and the paint it brings, is done.
                QTimer.singleShot(0, self, self._check)
            return False

        def _check(self) -> None:
            if self.painted or self._handle is None or not self._handle.isExposed():
                return  # hidden again, or not yet on screen: the next exposure
            self.painted = True
            self.stop()
            then()

        def stop(self) -> None:
            if self._handle is not None:
                self._handle.removeEventFilter(self)

    watcher = Watcher()

    def give_up() -> None:
        if not watcher.painted:
            watcher.stop()
            then()

    QTimer.singleShot(1000, watcher, give_up)
    return watcher
