"""One-time hints and offers the app remembers between runs (not reminder answers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from stretch_coach.core.reminder_rules import date_or_none


@dataclass(frozen=True, slots=True)
class AppHints:
    told_about_tray: bool = False  # closing the window keeps the app in the tray
    # The morning diary check-in: whether to offer it, and the day it last was.
    diary_prompts: bool = True
    diary_prompted_on: dt.date | None = None
    doctor_suggested: bool = False  # the frequent-cramps advice is offered once

    def to_data(self) -> dict[str, Any]:
        return {
            "told_about_tray": self.told_about_tray,
            "diary_prompts": self.diary_prompts,
            "diary_prompted_on": (
                self.diary_prompted_on.isoformat() if self.diary_prompted_on else None
            ),
            "doctor_suggested": self.doctor_suggested,
        }

    @classmethod
    def from_data(cls, data: object) -> AppHints:
        """Leniently: a forgotten hint is only shown once more."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            told_about_tray=data.get("told_about_tray") is True,
            diary_prompts=data.get("diary_prompts") is not False,
            diary_prompted_on=date_or_none(data.get("diary_prompted_on")),
            doctor_suggested=data.get("doctor_suggested") is True,
        )
