"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os

from stretch_coach.services.paths import AppPaths, ensure_private_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
_HANDLER_NAME = "stretch-coach-file"
THIRD_PARTY_LOGGERS = ("playsound3", "apscheduler")
LOG_FILE_MODE = 0o600


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files only their owner can read, whatever the umask.

    The log names routines and times of the evening; the standard handler
    would create it (and each file after a rotation) 0666 under umask 000.
    """

    def _open(self) -> io.TextIOWrapper:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        # No terminal may become ours through a log path; no CRLF doubling on Windows.
        flags |= getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(self.baseFilename, flags, LOG_FILE_MODE)
        if os.name == "posix":
            # Also tightens a log an older version left readable by others.
            with contextlib.suppress(OSError):
                os.fchmod(fd, LOG_FILE_MODE)
        try:
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Send the app's log records to a small rotating file.

    A log folder that cannot be written must not stop the app: then records go
    to stderr only at warning level and above.
    """
    root = logging.getLogger("stretch_coach")
    root.setLevel(level)
    for existing in root.handlers:
        if existing.get_name() == _HANDLER_NAME:
            if getattr(existing, "baseFilename", None) == str(paths.log_file.absolute()):
                return
            stop_logging()
            break
    handler: logging.Handler
    try:
        ensure_private_dir(paths.log_dir)
        handler = PrivateRotatingFileHandler(
            paths.log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
        root.warning("cannot write the log file %s: %s", paths.log_file, exc)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.set_name(_HANDLER_NAME)
    root.addHandler(handler)
    # The sound library reports a missing audio back end through its own
    # logger; keep that in our log rather than printed on the terminal.
    for name in THIRD_PARTY_LOGGERS:
        logging.getLogger(name).addHandler(handler)


def stop_logging() -> None:
    """Detach and close the log file handler (at exit, or between tests)."""
    for name in ("stretch_coach", *THIRD_PARTY_LOGGERS):
        logger = logging.getLogger(name)
        for handler in logger.handlers[:]:
            if handler.get_name() == _HANDLER_NAME:
                logger.removeHandler(handler)
                handler.close()
