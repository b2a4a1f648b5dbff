"""Where Stretch Coach keeps its files: the platform's standard per-user folders."""

from __future__ import annotations

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


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only its owner can enter (it may hold health data)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path
