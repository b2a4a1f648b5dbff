"""Ending cleanly on SIGTERM, SIGINT and SIGHUP (log-out, shutdown, Ctrl+C).

Python runs signal handlers only when it gets control, which an idle Qt loop
rarely gives; the signal's byte on a socket pair wakes the loop instead, so
no polling timer is needed.
"""

from __future__ import annotations

import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)


def quit_on_signals(on_quit: Callable[[], None], parent: QObject) -> object:
    """Call ``on_quit`` on the GUI thread when the process is asked to end.

    Returns what must be kept alive for as long as the app runs (None where
    there are no such signals: on Windows the session manager closes windows).
    """
    if not hasattr(signal, "SIGHUP"):
        return None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(number, lambda *_: None)  # the wake-up byte does the work
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)

    def on_signal() -> None:
        try:
            received = reader.recv(16)
        except BlockingIOError:
            return
        log.info("signal %s received; quitting", ", ".join(str(b) for b in received))
        on_quit()

    notifier.activated.connect(on_signal)
    return (reader, writer, notifier)
