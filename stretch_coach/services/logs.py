"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers

from stretch_coach.services.paths import AppPaths, ensure_private_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
_HANDLER_NAME = "stretch-coach-file"
THIRD_PARTY_LOGGERS = ("playsound3", "apscheduler")


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
        handler = logging.handlers.RotatingFileHandler(
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
