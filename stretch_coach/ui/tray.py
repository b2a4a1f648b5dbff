"""The tray icon and its menu: how the app is reached with no window open."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QIcon, QWindow
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from stretch_coach import APP_DISPLAY_NAME
from stretch_coach.core.reminder_rules import PauseChoice, ReminderKind
from stretch_coach.core.settings import format_clock
from stretch_coach.flows.state import StateOwner
from stretch_coach.resources import icon_file
from stretch_coach.ui.texts import short_weekday, tr

if TYPE_CHECKING:
    from stretch_coach.flows.reminders import ReminderStatus


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class TrayMenu(QObject):
    """The menu, separate from the icon so it is testable where no tray exists."""

    start_requested = Signal()
    relief_requested = Signal()
    diary_requested = Signal()
    open_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    pause_requested = Signal(object)  # PauseChoice
    resume_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        menu = self.menu
        self.start_action = menu.addAction(tr("Start bedtime routine"))
        self.start_action.triggered.connect(self.start_requested)
        self.next_action = menu.addAction(tr("No reminders planned"))
        self.next_action.setEnabled(False)  # information, not a command
        self.pause_menu = menu.addMenu(tr("Pause reminders"))
        self.pause_actions: dict[PauseChoice, QAction] = {}
        for choice, label in (
            (PauseChoice.HOUR, tr("For 1 hour")),
            (PauseChoice.TONIGHT, tr("For tonight")),
            (PauseChoice.UNTIL_RESUMED, tr("Until I resume")),
        ):
            action = self.pause_menu.addAction(label)
            action.triggered.connect(lambda _=False, c=choice: self.pause_requested.emit(c))
            self.pause_actions[choice] = action
        self.resume_action = menu.addAction(tr("Resume reminders"))
        self.resume_action.triggered.connect(self.resume_requested)
        self.resume_action.setVisible(False)
        self.relief_action = menu.addAction(tr("Cramp relief now"))
        self.relief_action.triggered.connect(self.relief_requested)
        self.diary_action = menu.addAction(tr("Note last night's cramps…"))
        self.diary_action.triggered.connect(self.diary_requested)
        menu.addSeparator()
        self.open_action = menu.addAction(tr("Open {app}").format(app=APP_DISPLAY_NAME))
        self.open_action.triggered.connect(self.open_requested)
        self.settings_action = menu.addAction(tr("Preferences…"))
        self.settings_action.triggered.connect(self.settings_requested)
        menu.addSeparator()
        self.quit_action = menu.addAction(tr("Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        self._group = QActionGroup(self)  # keeps the pause choices tidy as one set
        for action in self.pause_actions.values():
            self._group.addAction(action)

    def set_next_reminder(self, text: str) -> None:
        self.next_action.setText(text)

    def set_paused(self, paused_text: str | None) -> None:
        """Show whether reminders are paused (``paused_text`` says until when)."""
        self.pause_menu.menuAction().setVisible(paused_text is None)
        self.resume_action.setVisible(paused_text is not None)
        if paused_text is not None:
            self.next_action.setText(paused_text)


class TrayIcon(QObject):
    def __init__(
        self, menu: TrayMenu, state: StateOwner | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.menu = menu
        self._state = state
        self.icon = QSystemTrayIcon(QIcon(str(icon_file("tray.svg"))), self)
        self.icon.setToolTip(APP_DISPLAY_NAME)
        self.icon.setContextMenu(menu.menu)
        self.icon.activated.connect(self._activated)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.menu.open_requested.emit()

    def show(self) -> None:
        self.icon.show()

    def painted_window(self) -> QWindow | None:
        """The window the icon is painted in, if the app paints it itself.

        On X11 Qt draws the icon in a small window of its own that the tray
        host embeds; where the desktop draws it (a D-Bus tray) there is none.
        Found among the QWindows by the name Qt gives it: asked for as a
        widget, it made PySide6 make the Python class of each of some seventy
        widget classes it might have been, before the icon painted.
        """
        for window in QGuiApplication.allWindows():
            if window.objectName() == "QSystemTrayIconSysWindow":
                return window
        return None

    def set_tooltip(self, text: str) -> None:
        self.icon.setToolTip(f"{APP_DISPLAY_NAME}\n{text}")

    def tell_once_about_staying(self) -> None:
        """The first time the window is closed: the app keeps running here."""
        if self._state is None or not self._state.tell_about_tray_once():
            return
        self.icon.showMessage(
            APP_DISPLAY_NAME,
            tr(
                "Stretch Coach keeps running here to remind you this evening. "
                "Choose Quit from this icon's menu to close it completely."
            ),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )


def reminder_status_text(status: ReminderStatus, now: dt.datetime) -> str:
    """The tray's line about reminders: paused, or which comes next and when."""
    if status.paused:
        if status.paused_until is None:
            return tr("Reminders paused")
        until = status.paused_until.astimezone(now.tzinfo)
        return tr("Reminders paused until {time}").format(time=format_clock(until.time()))
    if status.next_kind is None or status.next_at is None:
        return tr("No reminders planned")
    at = status.next_at.astimezone(now.tzinfo)
    clock = format_clock(at.time())
    if at.date() != now.date():
        clock = f"{short_weekday(at.date())} {clock}"
    if status.next_kind is ReminderKind.STRETCH:
        return tr("Stretch reminder at {time}").format(time=clock)
    return tr("Water reminder at {time}").format(time=clock)


def show_reminder_status(
    menu: TrayMenu, icon: TrayIcon | None, status: ReminderStatus, now: dt.datetime
) -> None:
    """Bring the tray menu (and the icon's tooltip) up to date."""
    text = reminder_status_text(status, now)
    menu.set_paused(text if status.paused else None)
    if not status.paused:
        menu.set_next_reminder(text)
    if icon is not None:
        icon.set_tooltip(text)
