"""The app's small remembered state (reminder answers and one-time hints), kept between runs.

Both live in one JSON file with flat keys, as they always have; each part
reads its own keys and ignores the other's.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from stretch_coach.core.hints import AppHints
from stretch_coach.core.reminder_gate import ReminderAnswers
from stretch_coach.services.atomic import atomic_write_bytes
from stretch_coach.services.paths import ensure_private_dir

log = logging.getLogger(__name__)
MAX_STATE_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class SavedState:
    answers: ReminderAnswers = field(default_factory=ReminderAnswers)
    hints: AppHints = field(default_factory=AppHints)


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> SavedState:
        # Losing this state only means one reminder or hint too many, so a
        # damaged file is logged and forgotten rather than shown to the person.
        try:
            if self.path.stat().st_size > MAX_STATE_BYTES:
                raise ValueError("file too large")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return SavedState()
        except (OSError, ValueError, RecursionError) as exc:
            log.warning("ignoring unreadable state file %s: %s", self.path, exc)
            return SavedState()
        return SavedState(ReminderAnswers.from_data(data), AppHints.from_data(data))

    def save(self, state: SavedState) -> None:
        try:
            ensure_private_dir(self.path.parent)
            data = {**state.answers.to_data(), **state.hints.to_data()}
            text = json.dumps(data, indent=2).encode("utf-8")
            atomic_write_bytes(self.path, text + b"\n")
        except OSError as exc:
            log.error("cannot save the app state to %s: %s", self.path, exc)
