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
    from PySide6.QtWidgets import QApplication

    from stretch_coach.ui.main_window import MainWindow

    paths = AppPaths.for_user()
    setup_logging(paths)
    log.info("starting %s %s", APP_NAME, __version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setApplicationVersion(__version__)
    window = MainWindow()
    if not args.minimized:
        window.show()
    return app.exec()
