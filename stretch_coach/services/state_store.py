"""The app's small remembered state (reminder answers and one-time hints), kept between runs.

They live in one JSON file with flat keys, as they always have (the reminders
already shown under a key of their own); each part reads its own keys.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from stretch_coach.core.delivered import DeliveredReminders
from stretch_coach.core.hints import AppHints
from stretch_coach.core.reminder_rules import ReminderAnswers
from stretch_coach.services.atomic import atomic_write_bytes, move_aside, read_text_file
from stretch_coach.services.paths import ensure_private_dir

log = logging.getLogger(__name__)
MAX_STATE_BYTES = 64 * 1024
DELIVERED_KEY = "delivered"


@dataclass(frozen=True, slots=True)
class SavedState:
    answers: ReminderAnswers = field(default_factory=ReminderAnswers)
    hints: AppHints = field(default_factory=AppHints)
    # The planned reminders already shown, so a clock set back does not show
    # them again (kept under a key of its own).
    delivered: DeliveredReminders = field(default_factory=DeliveredReminders)


class StateStore:
    def __init__(self, path: Path, *, now: Callable[[], dt.datetime]) -> None:
        self.path = path
        self._now = now  # names a damaged file set aside

    def load(self) -> SavedState:
        # Losing this state only means one reminder or hint too many, so a
        # damaged file is logged and set aside rather than shown to the person.
        try:
            data = json.loads(read_text_file(self.path, MAX_STATE_BYTES))
            return SavedState(
                ReminderAnswers.from_data(data),
                AppHints.from_data(data),
                DeliveredReminders.from_data(
                    data.get(DELIVERED_KEY) if isinstance(data, dict) else None
                ),
            )
        except FileNotFoundError:
            return SavedState()
        except Exception as exc:
            # Anything at all: "[[[[..." makes the JSON reader raise
            # RecursionError, and the app must still start.
            self._set_aside(exc)
            return SavedState()

    def _set_aside(self, problem: BaseException) -> None:
        why = str(problem).splitlines()[0] if str(problem) else type(problem).__name__
        try:
            # Moved, not copied: the file may be a pipe or too deep to read,
            # and the next start must not meet it again.
            aside = move_aside(self.path, "broken", self._now().strftime("%Y%m%d-%H%M%S"))
        except OSError as exc:
            log.warning("ignoring unreadable state file %s (%s): %s", self.path, why, exc)
            return
        log.warning("unreadable state file %s (%s) was set aside as %s", self.path, why, aside)

    def save(self, state: SavedState) -> None:
        try:
            ensure_private_dir(self.path.parent)
            data = {
                **state.answers.to_data(),
                **state.hints.to_data(),
                DELIVERED_KEY: state.delivered.to_data(),
            }
            text = json.dumps(data, indent=2).encode("utf-8")
            atomic_write_bytes(self.path, text + b"\n")
        except OSError as exc:
            log.error("cannot save the app state to %s: %s", self.path, exc)
