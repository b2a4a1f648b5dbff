"""Getting a reminder in front of the person, by the best way this desktop has:

1. desktop notifications over D-Bus, when the server shows action buttons;
2. otherwise the tray icon's message (clicking it opens the reminder window);
3. with no tray either, the small always-on-top reminder window.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from stretch_coach.core.reminder_rules import Answer, ReminderAction, ReminderKind
from stretch_coach.core.settings import Settings
from stretch_coach.ui.placement import beside_tray
from stretch_coach.ui.reminder_notice import ReminderNotice, notice_for
from stretch_coach.ui.reminder_window import ReminderWindow

log = logging.getLogger(__name__)

TRAY_MESSAGE_MS = 30_000


class DeliveryPath(StrEnum):
    DESKTOP = "desktop notification"
    TRAY = "tray message"
    WINDOW = "reminder window"


class DesktopNotifier(Protocol):
    @property
    def supports_actions(self) -> bool: ...

    @property
    def server_name(self) -> str: ...

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        icon: str = "",
        urgency: int = 1,
        timeout_ms: int = -1,
        resident: bool = True,
    ) -> int: ...

    def withdraw(self, key: str) -> None: ...

    def close(self) -> None: ...


# Builds a notifier given the callback for pressed buttons; raises if the
# desktop has no notification service.
NotifierFactory = Callable[[Callable[[str, str], None]], DesktopNotifier]


def freedesktop_factory(on_action: Callable[[str, str], None]) -> DesktopNotifier:
    from stretch_coach.services.desktop_notifications import FreedesktopNotifications

    return FreedesktopNotifications.connect(on_action)


class ReminderDelivery(QObject):
    action_chosen = Signal(str, str)  # notice key, ReminderAction value
    # The D-Bus listener calls back on its own thread; this hops to ours.
    _desktop_action = Signal(str, str)

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        notifier_factory: NotifierFactory | None = freedesktop_factory,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self._factory = notifier_factory
        self._notifier: DesktopNotifier | None = None
        self._tried_desktop = False
        self._tray_notice: ReminderNotice | None = None
        self.window: ReminderWindow | None = None
        self.last_path: DeliveryPath | None = None
        self._desktop_action.connect(self._on_desktop_action)
        if tray is not None:
            tray.messageClicked.connect(self._tray_message_clicked)

    def _desktop(self) -> DesktopNotifier | None:
        # Connected on first use, so start-up never waits for D-Bus.
        if not self._tried_desktop and self._factory is not None:
            self._tried_desktop = True
            try:
                self._notifier = self._factory(self._desktop_action.emit)
            except Exception as exc:  # no bus, no server, refused: use the fallbacks
                log.info("no desktop notifications: %s", exc)
                self._notifier = None
            else:
                log.info(
                    "desktop notifications by %s (buttons: %s)",
                    self._notifier.server_name,
                    "yes" if self._notifier.supports_actions else "no",
                )
        return self._notifier

    def present(self, kind: ReminderKind, now: dt.datetime, settings: Settings) -> str:
        """Word a due reminder and show it; the key its answer will come back with."""
        notice = notice_for(kind, now, settings)
        self.show(notice)
        return notice.key

    def show(self, notice: ReminderNotice) -> DeliveryPath:
        path = self._show(notice)
        self.last_path = path
        log.info("reminder %s shown as %s", notice.key, path.value)
        return path

    def _show(self, notice: ReminderNotice) -> DeliveryPath:
        notifier = self._desktop()
        if notifier is not None and notifier.supports_actions:
            actions = [(a.value, label) for a, label in notice.actions]
            try:
                notifier.notify(
                    notice.key,
                    notice.title,
                    notice.body,
                    actions,
                    icon="org.stretchcoach.StretchCoach",
                )
                return DeliveryPath.DESKTOP
            except Exception as exc:  # the server went away: fall back for good
                log.warning("desktop notification failed, using fallbacks: %s", exc)
                self._drop_notifier()
        if self.tray is not None and self.tray.isVisible() and self.tray.supportsMessages():
            self._tray_notice = notice
            self.tray.showMessage(
                notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS
            )
            return DeliveryPath.TRAY
        self.open_window(notice)
        return DeliveryPath.WINDOW

    def open_window(self, notice: ReminderNotice, parent: QWidget | None = None) -> ReminderWindow:
        if self.window is not None:
            self.window.action_chosen.disconnect(self.action_chosen)
            self.window.withdraw()  # replaced, not answered by the person
        window = ReminderWindow(notice, parent)
        window.action_chosen.connect(self.action_chosen)
        window.destroyed.connect(lambda: self._forget_window(window))
        self.window = window
        beside_tray(window, self.tray)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _forget_window(self, window: ReminderWindow) -> None:
        if self.window is window:
            self.window = None

    def withdraw(self, key: str) -> None:
        if self._notifier is not None:
            try:
                self._notifier.withdraw(key)
            except Exception as exc:
                log.info("could not withdraw %s: %s", key, exc)

    def _tray_message_clicked(self) -> None:
        if self._tray_notice is not None:
            notice, self._tray_notice = self._tray_notice, None
            self.open_window(notice)

    def _on_desktop_action(self, key: str, action: str) -> None:
        if action == ReminderAction.OPEN.value:
            return  # clicking the body just brings the notification's app forward
        try:
            Answer.parse(action)
        except ValueError:
            log.warning("unknown notification action %r", action)
            return
        self.action_chosen.emit(key, action)

    def _drop_notifier(self) -> None:
        if self._notifier is not None:
            with contextlib.suppress(Exception):  # already broken; nothing more to do
                self._notifier.close()
        self._notifier = None

    def close(self) -> None:
        self._drop_notifier()
        if self.window is not None:
            self.window.withdraw()
