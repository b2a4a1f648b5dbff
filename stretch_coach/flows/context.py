"""What the flows and windows work with, gathered in one object built by the composition root:
the edges (files, history, sound, voice), the two clocks and the settings owner.

Tests build the same object with fake clocks, a silent player and a
temporary folder, so the windows run exactly as in the app.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from stretch_coach.core.clock import Clocks, Evening, MonotonicClock, WallClock, evening_of
from stretch_coach.core.routines import Routine
from stretch_coach.core.settings import Settings
from stretch_coach.flows.settings import SettingsOwner
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
    from stretch_coach.services.history import HistoryRepository, RowProblem

log = logging.getLogger(__name__)


def _log_row_problem(problem: RowProblem) -> None:
    # The app shows what it can read; the row it had to leave out is named in the log.
    log.warning("history: %s", problem)


@dataclass
class AppServices:
    paths: AppPaths
    settings_owner: SettingsOwner
    clock: MonotonicClock
    wall_clock: WallClock
    player: SoundPlayer = field(default_factory=SilentPlayer)
    voice: Voice = field(default_factory=NoVoice)
    _history: HistoryRepository | None = None

    @classmethod
    def load(
        cls,
        paths: AppPaths,
        clocks: Clocks,
        *,
        player: SoundPlayer | None = None,
        voice: Voice | None = None,
    ) -> AppServices:
        return cls(
            paths=paths,
            settings_owner=SettingsOwner(SettingsStore(paths.settings_file)),
            clock=clocks.monotonic,
            wall_clock=clocks.wall,
            player=player or SilentPlayer(),
            voice=voice or NoVoice(),
        )

    @property
    def settings(self) -> Settings:
        """The settings now in force (owned, saved and announced by the owner)."""
        return self.settings_owner.current

    @property
    def clocks(self) -> Clocks:
        return Clocks(self.clock, self.wall_clock)

    def evening(self) -> Evening:
        """The evening it is now (at 01:00, still yesterday's)."""
        return evening_of(self.wall_clock())

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

            self._history = HistoryRepository(
                self.paths.history_db, now=self.wall_clock, on_problem=_log_row_problem
            )
        return self._history

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
