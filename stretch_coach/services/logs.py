"""Logging to a rotating file in the user's log folder."""

from __future__ import annotations

import logging
import logging.handlers

from stretch_coach.services.paths import AppPaths, ensure_private_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
MAX_LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
_HANDLER_NAME = "stretch-coach-file"


def setup_logging(paths: AppPaths, level: int = logging.INFO) -> None:
    """Send the app's log records to a small rotating file.

    A log folder that cannot be written must not stop the app: then records go
    to stderr only at warning level and above.
    """
    root = logging.getLogger("stretch_coach")
    root.setLevel(level)
    if any(getattr(h, "name", "") == _HANDLER_NAME for h in root.handlers):
        return
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
