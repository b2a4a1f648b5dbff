"""Where Stretch Coach keeps its files: the platform's standard per-user folders."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from stretch_coach import APP_NAME


@dataclass(frozen=True, slots=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def for_user(cls) -> AppPaths:
        # appauthor=False keeps Windows paths to <AppData>/stretch-coach.
        return cls(
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def routines_dir(self) -> Path:
        return self.config_dir / "routines"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def state_file(self) -> Path:
        """Small app state that is not a setting (skip tonight, pauses, hints seen)."""
        return self.data_dir / "state.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "stretch-coach.log"


# The name offered for the reminders' calendar file (core.ical makes it).
CALENDAR_FILE_NAME = "stretch-coach-reminders.ics"


def suggested_calendar_file() -> Path:
    """Where the calendar file is offered first: in the Documents folder, or in
    the home folder when there is none."""
    documents = Path(platformdirs.user_documents_dir())
    folder = documents if documents.is_dir() else Path.home()
    return folder / CALENDAR_FILE_NAME


PRIVATE_DIR_MODE = 0o700


def make_private_dirs(path: Path) -> Path:
    """Create ``path`` and any missing folders above it, each only its owner can enter.

    ``mkdir(parents=True)`` gives the folders above the last one the umask's
    mode, so under umask 000 another user could move ``~/.local/share`` away
    and plant their own. Here each missing level gets 0700 whatever the
    umask; folders that already exist keep the mode their owner gave them.
    """
    missing: list[Path] = []
    folder = path
    while not os.path.lexists(folder) and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        try:
            # Created 0700 at once (a umask only takes bits away), then set
            # exactly, in case the umask took away the owner's own bits.
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs to set
        if os.name == "posix":
            folder.chmod(PRIVATE_DIR_MODE)
    if not path.is_dir():
        raise FileExistsError(errno.EEXIST, "exists and is not a folder", str(path))
    return path


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter (it may hold health data)."""
    make_private_dirs(path)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)
    return path
