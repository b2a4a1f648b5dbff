"""Building the whole app for a test: real windows and scheduler, fake edges."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.session import SessionFlow
from stretch_coach.services.autostart import Autostart
from stretch_coach.services.scheduler import ReminderService
from stretch_coach.services.single_instance import SingleInstance
from stretch_coach.ui.main_window import MainWindow
from stretch_coach.ui.reminder_delivery import DesktopNotifier, NotifierFactory
from stretch_coach.ui.texts import spoken_phrases


def no_notification_service(_on_action: Callable[[str, str], None]) -> DesktopNotifier:
    # Tests never talk to the real session bus.
    raise RuntimeError("no notification service in tests")


def build_app(
    qtbot: QtBot,
    services: AppServices,
    *,
    notifier_factory: NotifierFactory = no_notification_service,
    tray: bool = False,
    autostart: Autostart | None = None,
    start: bool = True,
    instance: SingleInstance | None = None,
    paint_first: bool = False,
    when_built: Callable[[], None] | None = None,
) -> StretchCoach:
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    app = StretchCoach(
        qapp,
        services,
        reminders=ReminderService(
            services.settings, wall_clock=services.wall_clock, monotonic=services.clock
        ),
        notifier_factory=notifier_factory,
        use_tray=tray,
        autostart=autostart,
        instance=instance,
        paint_first=paint_first,
        when_built=when_built,
    )
    if paint_first:
        # The launch builds the window when it shows it (or, into the tray,
        # after the icon has painted): the test adds it then.
        assert not start, "a paint-first test starts the app itself"
        return app
    # Stopping a session may ask; a test that cares replaces this.
    app.window.confirm = lambda *_: True
    qtbot.addWidget(app.window)
    if start:
        app.start()
    return app


def main_window(services: AppServices) -> MainWindow:
    """The main window alone, with its session flow, as the composition root builds it."""
    catalogue = load_catalogue()
    sessions = SessionFlow(services, catalogue, partial(spoken_phrases, catalogue=catalogue))
    window = MainWindow(services, sessions, catalogue)
    sessions.setParent(window)
    return window
