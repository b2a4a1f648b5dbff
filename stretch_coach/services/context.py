"""The services the windows use, gathered in one object built by the composition root.

Tests build the same object with a fake clock, a silent player and a
temporary folder, so the windows run exactly as in the app.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stretch_coach.core.engine import Clock
from stretch_coach.core.routines import Routine
from stretch_coach.core.settings import Settings
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.routine_store import LoadedRoutines, RoutineStore
from stretch_coach.services.settings_store import (
    NotWritableReason,
    SettingsNotWritableError,
    SettingsStore,
)
from stretch_coach.services.sound import SilentPlayer, SoundPlayer
from stretch_coach.services.voice import NoVoice, Voice

if TYPE_CHECKING:
    from stretch_coach.services.history import HistoryRepository

log = logging.getLogger(__name__)


def _local_now() -> dt.datetime:
    return dt.datetime.now().astimezone()


@dataclass
class AppServices:
    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings = field(default_factory=Settings)
    startup_notices: list[str] = field(default_factory=list)
    first_run: bool = False  # no settings file yet: the welcome is shown
    clock: Clock = time.monotonic
    wall_clock: Callable[[], dt.datetime] = _local_now
    player: SoundPlayer = field(default_factory=SilentPlayer)
    voice: Voice = field(default_factory=NoVoice)
    _history: HistoryRepository | None = None

    @classmethod
    def load(cls, paths: AppPaths, **overrides: object) -> AppServices:
        store = SettingsStore(paths.settings_file)
        loaded = store.load()
        notices = []
        if loaded.warnings:
            lines = "\n".join(f"• {w}" for w in loaded.warnings)
            notices.append(f"Some settings could not be used and were reset:\n{lines}")
        return cls(
            paths=paths,
            settings_store=store,
            settings=loaded.settings,
            startup_notices=notices,
            first_run=not loaded.exists and not loaded.warnings,
            **overrides,  # type: ignore[arg-type]
        )

    @property
    def routine_store(self) -> RoutineStore:
        return RoutineStore(self.paths.routines_dir)

    def load_routines(self) -> LoadedRoutines:
        """Built-in and user routines, with any user file that could not be used."""
        loaded = self.routine_store.load()
        for problem in loaded.problems:
            log.warning("%s", problem)
        return loaded

    def routines(self) -> list[Routine]:
        return self.load_routines().routines

    def history(self) -> HistoryRepository:
        """The history database, opened on first use (start-up does not wait for it)."""
        if self._history is None:
            from stretch_coach.services.history import HistoryRepository

            self._history = HistoryRepository(self.paths.history_db, now=self.wall_clock)
        return self._history

    def save_settings(self, settings: Settings) -> str | None:
        """Save and adopt new settings; returns a message for the person if it failed."""
        self.settings = settings
        try:
            backup = self.settings_store.save(settings)
        except SettingsNotWritableError as exc:
            log.error("cannot save settings: %s", exc)
            return not_saved_message(exc)
        except (OSError, ValueError, TypeError) as exc:  # disk, or a file tomlkit cannot edit
            log.error("cannot save settings: %s", exc)
            return f"Your settings could not be saved ({exc})."
        if backup is not None:
            log.info("settings backed up to %s", backup)
        return None

    def close(self) -> None:
        self.player.close()
        if self._history is not None:
            self._history.close()
            self._history = None


def not_saved_message(error: SettingsNotWritableError) -> str:
    """Why the settings file was left as it is, and what the person can do."""
    # Imported here, so loading the services does not load Qt.
    from PySide6.QtCore import QCoreApplication

    if error.reason is NotWritableReason.UNREADABLE:
        text = QCoreApplication.translate(
            "Coach",
            "Your settings were not saved. Stretch Coach could not read {file} ({why}), "
            "so it left that file as it is rather than lose what it holds. Give yourself "
            "permission to read and write it, or move it away, then save again.",
        )
    elif error.reason is NotWritableReason.LINK_TARGET_MISSING:
        text = QCoreApplication.translate(
            "Coach",
            "Your settings were not saved. {file} is a link to {target}, and the folder that "
            "file belongs in does not exist. Create the folder or change the link, then "
            "save again.",
        )
    else:
        text = QCoreApplication.translate(
            "Coach",
            "Your settings were not saved. {file} is not an ordinary file (it is a folder, "
            "a pipe or a device), so Stretch Coach left it as it is. Remove it or put a "
            "settings file in its place, then save again.",
        )
    until = QCoreApplication.translate(
        "Coach", "Your choices stay in use until Stretch Coach is closed."
    )
    # The detail is the reason the file could not be read, or where the link leads.
    filled = text.format(file=error.path, why=error.detail, target=error.detail)
    return filled + " " + until
