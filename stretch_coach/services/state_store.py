"""The reminder state (skip tonight, pauses, one-time hints), kept between runs."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from stretch_coach.core.delivered import DeliveredReminders
from stretch_coach.core.reminder_gate import ReminderState
from stretch_coach.services.atomic import atomic_write_bytes
from stretch_coach.services.paths import ensure_private_dir

log = logging.getLogger(__name__)
MAX_STATE_BYTES = 64 * 1024


class StateStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> ReminderState:
        # Losing this state only means one reminder too many, so a damaged
        # file is logged and forgotten rather than shown to the person.
        try:
            if self.path.stat().st_size > MAX_STATE_BYTES:
                raise ValueError("file too large")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return ReminderState()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable state file %s: %s", self.path, exc)
            return ReminderState()
        return ReminderState.from_data(data)

    def save(self, state: ReminderState) -> None:
        try:
            ensure_private_dir(self.path.parent)
            data = json.dumps(state.to_data(), indent=2).encode("utf-8")
            atomic_write_bytes(self.path, data + b"\n")
        except OSError as exc:
            log.error("cannot save the reminder state to %s: %s", self.path, exc)


class DeliveredStore:
    """The planned reminders already shown (core.delivered), in a file of
    their own beside the reminder state."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def beside(cls, state_file: Path) -> DeliveredStore:
        return cls(state_file.with_name("delivered-reminders.json"))

    def load(self) -> DeliveredReminders:
        # As the state: losing this only means a reminder may come once more.
        try:
            if self.path.stat().st_size > MAX_STATE_BYTES:
                raise ValueError("file too large")
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return DeliveredReminders()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable file %s: %s", self.path, exc)
            return DeliveredReminders()
        return DeliveredReminders.from_data(data)

    def save(self, delivered: DeliveredReminders) -> None:
        try:
            ensure_private_dir(self.path.parent)
            data = json.dumps(delivered.to_data(), indent=2).encode("utf-8")
            atomic_write_bytes(self.path, data + b"\n")
        except OSError as exc:
            log.error("cannot save the reminders shown to %s: %s", self.path, exc)
