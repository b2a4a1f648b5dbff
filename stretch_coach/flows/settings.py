"""The one owner of the settings: loads, validates, saves and announces changes.

Everyone reads ``owner.current`` (a frozen ``Settings``) and whoever must
react to a change — reminders, theme, tray, sound, autostart — connects to
``changed``; nobody keeps a copy and nobody passes settings around by hand.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from stretch_coach.core.settings import Problem, Settings, SettingsWarning
from stretch_coach.services.settings_store import (
    NotWritableReason,
    SettingsNotWritableError,
    SettingsStore,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SaveFailure:
    """The settings were adopted but could not be written to the file."""

    detail: str  # the system's reason (or where a link leads), for the details
    # Set when the file was deliberately left as it is (it could not be read,
    # or is not a file): the person must mend it before saving works.
    refused: NotWritableReason | None = None
    path: Path | None = None


class SettingsOwner(QObject):
    changed = Signal(object, object)  # new Settings, old Settings

    def __init__(self, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        loaded = store.load()
        self._current = loaded.settings
        # What was wrong in the file as it was read; cleared once it is rewritten.
        self.problems: tuple[SettingsWarning, ...] = loaded.warnings
        # No file yet (and nothing broken): the welcome is shown.
        self.first_run = not loaded.exists and not loaded.warnings

    @property
    def current(self) -> Settings:
        return self._current

    def problems_with(self, routine_ids: Collection[str]) -> tuple[SettingsWarning, ...]:
        """The file's problems, and a default routine that does not exist (the
        file can name any id; only the routines known now can say it is wrong)."""
        default = self._current.routine.default
        if default in routine_ids:
            return self.problems
        missing = SettingsWarning("routine.default", Problem.UNKNOWN_ROUTINE, repr(default))
        return (*self.problems, missing)

    def update(self, new: Settings) -> SaveFailure | None:
        """Adopt ``new`` at once, then save it; says so if saving failed."""
        old = self._current
        failure = self._save(new)
        self._current = new
        if new != old:
            self.changed.emit(new, old)
        return failure

    def set_sound(self, enabled: bool) -> SaveFailure | None:
        sound = dataclasses.replace(self._current.sound, enabled=enabled)
        return self.update(dataclasses.replace(self._current, sound=sound))

    def _save(self, settings: Settings) -> SaveFailure | None:
        try:
            backup = self._store.save(settings)
        except SettingsNotWritableError as exc:
            log.error("cannot save settings: %s", exc)
            return SaveFailure(exc.detail, exc.reason, exc.path)
        except (OSError, ValueError, TypeError) as exc:  # disk, or a file tomlkit cannot edit
            log.error("cannot save settings: %s", exc)
            return SaveFailure(str(exc))
        if backup is not None:
            log.info("settings backed up to %s", backup)
        self.problems = ()
        self.first_run = False
        return None
