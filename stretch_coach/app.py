"""The composition root: builds the services and windows and wires them together.

``StretchCoach`` takes its services from outside, so tests run the whole app
with a fake clock, a silent player, a temporary home and no D-Bus.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from stretch_coach import APP_DISPLAY_NAME, APP_NAME, __version__
from stretch_coach.core.settings import evening_of
from stretch_coach.services.history import HistoryError
from stretch_coach.services.logs import setup_logging
from stretch_coach.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from stretch_coach.core.settings import Settings
    from stretch_coach.services.autostart import Autostart
    from stretch_coach.services.context import AppServices
    from stretch_coach.services.history import DiaryEntry
    from stretch_coach.services.reminder_service import ReminderService
    from stretch_coach.services.single_instance import InstanceRequest, SingleInstance
    from stretch_coach.ui.about_page import AboutDialog
    from stretch_coach.ui.diary_dialog import DiaryDialog
    from stretch_coach.ui.first_run import WelcomeDialog
    from stretch_coach.ui.history_page import HistoryDialog
    from stretch_coach.ui.preferences import PreferencesDialog
    from stretch_coach.ui.reminder_delivery import NotifierFactory
    from stretch_coach.ui.routine_editor import RoutineEditor

log = logging.getLogger(__name__)

# The morning check-in is offered when the app opens between these hours.
MORNING_HOURS = (6, 14)


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
        from stretch_coach.services.autostart import autostart_for_platform
        from stretch_coach.services.reminder_service import ReminderService
        from stretch_coach.ui.main_window import MainWindow
        from stretch_coach.ui.reminder_coordinator import ReminderCoordinator
        from stretch_coach.ui.reminder_delivery import ReminderDelivery, freedesktop_factory
        from stretch_coach.ui.tray import TrayIcon, TrayMenu, tray_available

        self.qapp = qapp
        self.services = services
        self.instance = instance
        self.autostart = autostart or autostart_for_platform()
        self.preferences: PreferencesDialog | None = None
        self.editor: RoutineEditor | None = None
        self.window = MainWindow(services)
        self.menu = TrayMenu()
        has_tray = tray_available() if use_tray is None else use_tray
        self.tray = TrayIcon(self.menu) if has_tray else None
        self.reminders = reminders or ReminderService(services.settings)
        self.delivery = ReminderDelivery(
            self.tray.icon if self.tray else None,
            notifier_factory if notifier_factory is not None else freedesktop_factory,
        )
        self.coordinator = ReminderCoordinator(services, self.reminders, self.delivery, self.menu)
        # With a tray the app outlives its window; without one it quits like
        # any other app when the window closes.
        qapp.setQuitOnLastWindowClosed(self.tray is None)
        self.window.stays_in_tray = self.tray is not None
        self._shut_down = False
        self.signal_wakeup: object = None
        self._wire()

    def _wire(self) -> None:
        menu, window = self.menu, self.window
        menu.start_requested.connect(self.start_default_routine)
        menu.relief_requested.connect(window.start_cramp_relief)
        menu.open_requested.connect(window.raise_and_show)
        menu.settings_requested.connect(self.open_settings)
        window.home.preferences_requested.connect(self.open_settings)
        window.home.editor_requested.connect(self.open_routine_editor)
        window.home.diary_requested.connect(self.open_diary)
        window.home.history_requested.connect(self.open_history)
        window.home.about_requested.connect(self.open_about)
        menu.diary_requested.connect(self.open_diary)
        menu.quit_requested.connect(self.quit)
        self.coordinator.start_session_requested.connect(self.start_default_routine)
        window.session_recorded.connect(lambda _record: self.coordinator.session_recorded())
        window.hidden_to_tray.connect(self._hidden_to_tray)
        self.coordinator.state_changed.connect(lambda _state: self._update_tooltip())
        self.reminders.jobs_changed.connect(self._update_tooltip)
        if self.instance is not None:
            self.instance.request_received.connect(self.handle_request)
            self.instance.set_request_check(self.can_carry_out)

    # -- starting ------------------------------------------------------------------

    def start(self, request: InstanceRequest | None = None, *, minimized: bool = False) -> None:
        self.reminders.start()
        if self.tray is not None:
            self.tray.show()
        log.info("tray icon: %s", "shown" if self.tray is not None else "none on this desktop")
        if request is not None and request.command != "show":
            self.handle_request(request)
        elif minimized:
            if self.tray is None:
                # Nowhere else to find the app: keep it on the task bar.
                self.window.showMinimized()
        else:
            self.window.raise_and_show()
            if self.services.first_run:
                self.open_welcome()
            elif self.diary_due():
                self.open_diary(prompted=True)
        self._update_tooltip()

    def handle_request(self, request: InstanceRequest) -> None:
        """A request from the command line or from a second launch."""
        log.info("request: %s", request)
        if request.command == "start":
            settings = self.services.settings
            if request.routine is None:
                # Your routine at your length, unless a length was asked for.
                minutes = (
                    request.minutes if request.minutes is not None else settings.routine.minutes
                )
                self.window.start_session(settings.routine.default, minutes)
            else:
                # A routine named on the command line runs at its own length.
                self.window.start_session(request.routine, request.minutes)
        elif request.command == "relief":
            self.window.start_cramp_relief()
        elif request.command == "settings":
            self.open_settings()
        else:
            self.window.raise_and_show()

    def can_carry_out(self, request: InstanceRequest) -> bool:
        """Whether a second launch's request names only things this app has,
        so the launch hears "refused" instead of the app opening a warning."""
        from stretch_coach.core.routines import find_routine

        if request.routine is None:
            return True
        return find_routine(self.services.routines(), request.routine) is not None

    def start_default_routine(self) -> None:
        settings = self.services.settings
        self.window.start_session(settings.routine.default, settings.routine.minutes)

    def open_settings(self) -> PreferencesDialog:
        from stretch_coach.ui.preferences import PreferencesDialog

        self.window.raise_and_show()
        if self.preferences is not None:
            self.preferences.raise_()
            self.preferences.activateWindow()
            return self.preferences
        try:
            start_at_login = self.autostart.is_enabled()
        except OSError:
            start_at_login = False
        dialog = PreferencesDialog(
            self.services.settings,
            self.services.routines(),
            start_at_login=start_at_login,
            voice_available=self.services.voice.available,
            today=evening_of(self.services.wall_clock()),
            problems="\n\n".join(self.services.startup_notices),
            parent=self.window,
        )
        dialog.settings_saved.connect(self.apply_preferences)
        dialog.finished.connect(self._preferences_closed)
        self.preferences = dialog
        dialog.show()
        return dialog

    def open_routine_editor(self) -> RoutineEditor:
        from stretch_coach.ui.routine_editor import RoutineEditor

        if self.editor is None:
            self.editor = RoutineEditor(self.services.routine_store, parent=self.window)
            self.editor.routines_changed.connect(self.window.refresh_routines)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    # -- first run, diary, history, about -----------------------------------------

    def open_welcome(self) -> WelcomeDialog:
        from stretch_coach.ui.first_run import WelcomeDialog

        dialog = WelcomeDialog(self.services.settings, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_welcome.connect(self._welcome_done)
        # The choices come first; show() keeps the event loop (and tests) free.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.welcome = dialog
        dialog.show()
        return dialog

    def _welcome_done(self, settings: Settings, wants_diary: bool) -> None:
        self.services.first_run = False
        problem = self.services.save_settings(settings)
        if problem:
            self.window.home.set_notice(problem)
        self.coordinator.apply_settings(settings)
        self.coordinator.update_state(diary_prompts=wants_diary)
        if wants_diary:
            self.open_diary()

    def diary_due(self) -> bool:
        """Offer the morning check-in once a morning, if the person keeps a diary
        and last night has no entry yet."""
        from stretch_coach.ui.diary_dialog import last_night

        now = self.services.wall_clock()
        state = self.coordinator.state
        if not state.diary_prompts or state.diary_prompted_on == now.date():
            return False
        if not MORNING_HOURS[0] <= now.hour < MORNING_HOURS[1]:
            return False
        try:
            return self.services.history().diary_entry(last_night(now)) is None
        except (HistoryError, OSError):
            return False

    def open_diary(self, *, prompted: bool = False) -> DiaryDialog:
        from stretch_coach.ui.diary_dialog import DiaryDialog, last_night

        now = self.services.wall_clock()
        night = last_night(now)
        if prompted:
            self.coordinator.update_state(diary_prompted_on=now.date())
        try:
            existing = self.services.history().diary_entry(night)
        except (HistoryError, OSError) as exc:
            log.error("cannot read the diary: %s", exc)
            existing = None
        dialog = DiaryDialog(night, existing, latest_night=night, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.save_diary_entry)
        dialog.night.dateChanged.connect(lambda _d: self._load_diary_night(dialog))
        self.diary = dialog
        self.window.raise_and_show()
        dialog.show()
        return dialog

    def _load_diary_night(self, dialog: DiaryDialog) -> None:
        night = dialog.entry().night
        try:
            dialog.show_entry(self.services.history().diary_entry(night))
        except (HistoryError, OSError) as exc:
            log.error("cannot read the diary: %s", exc)

    def save_diary_entry(self, entry: DiaryEntry) -> None:
        from stretch_coach.core.insights import doctor_suggestion

        try:
            history = self.services.history()
            history.put_diary(entry)
            diary = history.diary()
        except (HistoryError, OSError) as exc:
            from stretch_coach.ui.texts import tr

            log.error("cannot save the diary entry: %s", exc)
            self.window.home.set_notice(
                tr("Last night's entry could not be saved: {error}").format(error=exc)
            )
            return
        today = self.services.wall_clock().date()
        if not self.coordinator.state.doctor_suggested and doctor_suggestion(diary, today):
            self.coordinator.update_state(doctor_suggested=True)
            self.suggest_doctor()

    def suggest_doctor(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        from stretch_coach.core.health import FREQUENT_CRAMPS, RED_FLAGS, SEE_A_DOCTOR
        from stretch_coach.ui.texts import tr

        lines = [tr(FREQUENT_CRAMPS.text), "", tr("It is worth talking to a doctor if:")]
        lines += [f"• {tr(f.text)}" for f in SEE_A_DOCTOR]
        lines += ["", tr("Get advice straight away if:")]
        lines += [f"• {tr(f.text)}" for f in RED_FLAGS]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Cramps most nights"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doctor_box = box
        box.show()
        return box

    def open_history(self) -> HistoryDialog:
        from stretch_coach.ui.history_page import HistoryDialog
        from stretch_coach.ui.texts import tr
        from stretch_coach.ui.theme import palette_for

        try:
            history = self.services.history()
            data = (history.sessions(), history.hydration(), history.diary())
        except (HistoryError, OSError) as exc:
            log.error("cannot read the history: %s", exc)
            data = ([], [], [])
            self.window.home.set_notice(
                tr("Your history could not be read: {error}").format(error=exc)
            )
        palette = palette_for(self.services.settings.appearance.theme)
        dialog = HistoryDialog(*data, self.services.wall_clock().date(), palette, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_requested.connect(lambda folder: self.export_csv(folder, dialog))
        self.history_dialog = dialog
        dialog.show()
        return dialog

    def export_csv(self, folder: Path, dialog: HistoryDialog | None = None) -> list[Path]:
        from stretch_coach.services.export import ExportExistsError, export_csv
        from stretch_coach.ui.texts import tr

        try:
            written = export_csv(self.services.history(), folder)
        except ExportExistsError as exc:
            message = tr("Nothing was written: {error}").format(error=exc)
            written = []
        except (HistoryError, OSError) as exc:
            message = tr("The export failed: {error}").format(error=exc)
            written = []
        else:
            message = tr("Saved {files} in {folder}.").format(
                files=", ".join(p.name for p in written), folder=folder
            )
        log.info("export to %s: %s", folder, message)
        if dialog is not None:
            dialog.show_status(message)
        return written

    def open_about(self) -> AboutDialog:
        from stretch_coach.ui.about_page import AboutDialog
        from stretch_coach.ui.theme import palette_for

        dialog = AboutDialog(palette_for(self.services.settings.appearance.theme), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about = dialog
        dialog.show()
        return dialog

    def _preferences_closed(self) -> None:
        if self.preferences is not None:
            self.preferences.deleteLater()
            self.preferences = None

    def apply_preferences(self, settings: Settings, start_at_login: bool) -> None:
        from stretch_coach.ui.texts import tr

        problems = []
        problem = self.services.save_settings(settings)
        if problem:
            problems.append(problem)
        else:
            # Problems found at start-up are dealt with once the file is rewritten.
            self.services.startup_notices.clear()
        self.coordinator.apply_settings(settings)
        self.window.apply_theme()
        self.window.refresh_routines()
        try:
            if start_at_login != self.autostart.is_enabled():
                if start_at_login:
                    self.autostart.enable()
                else:
                    self.autostart.disable()
        except OSError as exc:
            log.error("cannot change start at login: %s", exc)
            problems.append(tr("Start at login could not be changed ({error}).").format(error=exc))
        if problems:
            self.window.home.set_notice("\n\n".join(problems))

    # -- tray ----------------------------------------------------------------------

    def _update_tooltip(self) -> None:
        if self.tray is not None:
            self.tray.set_tooltip(self.coordinator.next_reminder_text())

    def _hidden_to_tray(self) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        from stretch_coach.ui.texts import tr

        if self.tray is not None and self.coordinator.mark_told_about_tray():
            self.tray.icon.showMessage(
                APP_DISPLAY_NAME,
                tr(
                    "Stretch Coach keeps running here to remind you this evening. "
                    "Choose Quit from this icon's menu to close it completely."
                ),
                QSystemTrayIcon.MessageIcon.Information,
                10_000,
            )

    # -- stopping ------------------------------------------------------------------

    def quit(self) -> None:
        if not self.window.request_stop():
            return  # the person chose to carry on with the session
        self.shutdown()
        self.qapp.quit()

    def shutdown(self) -> None:
        if self._shut_down:
            return
        self._shut_down = True
        self.reminders.shutdown()
        self.delivery.close()
        if self.tray is not None:
            self.tray.icon.hide()
        if self.instance is not None:
            self.instance.close()
        self.services.close()


def _request_from_args(args: argparse.Namespace) -> InstanceRequest:
    from stretch_coach.services.single_instance import InstanceRequest

    if getattr(args, "command", None) == "start":
        return InstanceRequest("start", args.routine, args.minutes)
    return InstanceRequest("show")


def instance_name(paths: AppPaths) -> str:
    """One running app per user and settings folder: a second profile (another
    config folder, as the tests use) is a separate app, not a duplicate."""
    from stretch_coach.services.single_instance import instance_address

    return instance_address(paths.config_dir)


def run_gui(args: argparse.Namespace) -> int:
    from stretch_coach.services.single_instance import Handover, SingleInstance, hand_to_primary

    paths = AppPaths.for_user()
    setup_logging(paths)
    request = _request_from_args(args)
    minimized = bool(getattr(args, "minimized", False))

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from stretch_coach.ui.i18n import install_translator

    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    install_translator(qapp)
    instance = SingleInstance(instance_name(paths))
    if not instance.become_primary():
        # Another Stretch Coach is running: hand it the request and step aside.
        if minimized and request.command == "show":
            return 0  # autostart while already running: nothing to do
        outcome = hand_to_primary(request, instance.name)
        log.info("handed %s to the running instance: %s", request, outcome.value)
        if outcome in (Handover.ACCEPTED, Handover.BUSY):
            return 0  # busy: the same request is already waiting there
        if outcome in (Handover.REFUSED, Handover.MALFORMED):
            refused = f"{APP_NAME}: the running app refused the request {request.command!r}"
            print(refused, file=sys.stderr)
            return 1
        log.warning("no running instance of ours answered; starting anyway")

    log.info("starting %s %s", APP_NAME, __version__)
    from stretch_coach.resources import icon_file
    from stretch_coach.services.context import AppServices
    from stretch_coach.services.sound import PlaysoundPlayer
    from stretch_coach.services.voice import QtVoice

    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationDisplayName(APP_DISPLAY_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("org.stretchcoach.StretchCoach")
    qapp.setWindowIcon(QIcon(str(icon_file("stretch-coach.svg"))))

    services = AppServices.load(paths, player=PlaysoundPlayer(), voice=QtVoice())
    app = StretchCoach(qapp, services, instance=instance)
    app.start(request, minimized=minimized)
    quit_on_signals(app)
    try:
        return qapp.exec()
    finally:
        app.shutdown()


def quit_on_signals(app: StretchCoach) -> None:
    """End cleanly on SIGTERM/SIGINT/SIGHUP (log-out, shutdown, Ctrl+C): a
    session in progress is recorded and the single-instance socket removed.

    Python runs signal handlers only when it gets control, which an idle Qt
    loop rarely gives; the signal's byte on a socket pair wakes the loop
    instead, so no polling timer is needed.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    if not hasattr(signal, "SIGHUP"):
        return  # Windows: the session manager closes windows instead
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app.qapp)

    def on_signal() -> None:
        try:
            received = reader.recv(16)
        except BlockingIOError:
            return
        log.info("signal %s received; quitting", ", ".join(str(b) for b in received))
        controller = app.window.controller
        if controller is not None and controller.is_active:
            controller.stop()  # recorded as stopped, with the time done
        app.shutdown()
        app.qapp.quit()

    notifier.activated.connect(on_signal)
    # Kept alive with the app; closing them would stop the wake-ups.
    app.signal_wakeup = (reader, writer, notifier)
