"""The composition root: builds the services and windows and wires them together."""

from __future__ import annotations

import argparse
import logging
import sys

from stretch_coach import APP_DISPLAY_NAME, APP_NAME, __version__
from stretch_coach.services.logs import setup_logging
from stretch_coach.services.paths import AppPaths

log = logging.getLogger(__name__)


def run_gui(args: argparse.Namespace) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from stretch_coach.resources import icon_file
    from stretch_coach.services.context import AppServices
    from stretch_coach.services.sound import PlaysoundPlayer
    from stretch_coach.services.voice import QtVoice
    from stretch_coach.ui.main_window import MainWindow

    paths = AppPaths.for_user()
    setup_logging(paths)
    log.info("starting %s %s", APP_NAME, __version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("stretch-coach")
    app.setWindowIcon(QIcon(str(icon_file("stretch-coach.svg"))))

    services = AppServices.load(paths, player=PlaysoundPlayer(), voice=QtVoice())
    window = MainWindow(services)
    routine = getattr(args, "routine", None)
    if getattr(args, "command", None) == "start":
        window.start_session(routine or services.settings.routine.default, args.minutes)
    elif not args.minimized:
        window.show()
    try:
        return app.exec()
    finally:
        services.close()
