"""Starting the GUI process: logging, handing over to a running instance, Qt, then the app."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from typing import TYPE_CHECKING

from stretch_coach import APP_DISPLAY_NAME, APP_NAME, __version__
from stretch_coach.core.clock import Clocks
from stretch_coach.services.logs import setup_logging
from stretch_coach.services.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

log = logging.getLogger(__name__)


def requested_locale(args: argparse.Namespace) -> QLocale | None:
    """The locale ``--lang`` asks for; None: the system's."""
    from PySide6.QtCore import QLocale

    lang: str | None = getattr(args, "lang", None)
    return QLocale(lang) if lang else None


def run_gui(args: argparse.Namespace) -> int:
    # Python's cycle collector would run some 80 times while the app's
    # modules load and its window is built, and find next to nothing (about
    # 8 ms before the first paint, measured). It waits until the app is built.
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def collect_from_now_on() -> None:
    """Once the app is built: collect what its start left, then set all that
    still lives (the app itself, for as long as it runs) aside from later
    collections, which then only look at what sessions and dialogs make."""
    gc.collect()
    gc.freeze()
    gc.enable()


def _run_gui(args: argparse.Namespace) -> int:
    # Qt first, and at once told not to read the source of every module
    # imported after it (see qt_startup): the window paints sooner.
    import PySide6.QtCore  # noqa: F401

    from stretch_coach.ui.qt_startup import stop_source_scan

    stop_source_scan()
    from stretch_coach.services.single_instance import (
        Handover,
        InstanceRequest,
        SingleInstance,
        hand_to_primary,
        instance_name,
    )

    paths = AppPaths.for_user()
    setup_logging(paths)
    if getattr(args, "command", None) == "start":
        request = InstanceRequest("start", args.routine, args.minutes)
    else:
        request = InstanceRequest("show")
    minimized = bool(getattr(args, "minimized", False))

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from stretch_coach.ui.i18n import install_translator

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        # Asked before Qt loads its window-system plugin: without its
        # libraries Qt aborts the process, and nothing could be said then.
        from stretch_coach.phrasing import missing_qt_libraries
        from stretch_coach.services.qt_platform import missing_libraries

        missing = missing_libraries()
        if missing is not None:
            log.error("missing Qt platform libraries: %s", ", ".join(missing.libraries))
            print(f"{APP_NAME}: {missing_qt_libraries(missing)}", file=sys.stderr)
            return 1
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    # --lang, else the system's locale; the voice speaks the same language.
    language = install_translator(qapp, requested_locale(args))
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
    from stretch_coach.flows.context import AppServices
    from stretch_coach.resources import icon_file
    from stretch_coach.services.quit_signals import quit_on_signals
    from stretch_coach.services.sound import PlaysoundPlayer
    from stretch_coach.services.voice import QtVoice

    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationDisplayName(APP_DISPLAY_NAME)
    qapp.setApplicationVersion(__version__)
    qapp.setDesktopFileName("org.stretchcoach.StretchCoach")
    qapp.setWindowIcon(QIcon(str(icon_file("stretch-coach.svg"))))

    # The one pair of clocks; everything below gets them from here.
    services = AppServices.load(
        paths, Clocks.system(), player=PlaysoundPlayer(), voice=QtVoice(language)
    )
    from stretch_coach.app import StretchCoach

    app = StretchCoach(
        qapp, services, instance=instance, paint_first=True, when_built=collect_from_now_on
    )
    app.start(request, minimized=minimized)

    def quit_now() -> None:
        app.shutdown()
        qapp.quit()

    app.signal_wakeup = quit_on_signals(quit_now, qapp)
    try:
        return qapp.exec()
    finally:
        app.shutdown()
