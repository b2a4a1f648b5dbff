"""What a reminder says and which answers it offers, whatever shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from stretch_coach.core.reminder_gate import (
    DEFAULT_SNOOZE_MINUTES,
    SNOOZE_CHOICES,
    bedtime_of_evening,
)
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.core.settings import Settings, evening_of, format_clock
from stretch_coach.ui.texts import tr


class ReminderAction(StrEnum):
    START = "start"
    SNOOZE = "snooze"
    SKIP_TONIGHT = "skip-tonight"
    DRANK = "drank"
    DISMISS = "dismiss"
    OPEN = "default"  # clicking the notification itself


@dataclass(frozen=True, slots=True)
class Answer:
    """The person's answer to a reminder; a snooze may name its length.

    Notifications and windows pass answers on as text (a desktop
    notification's action id must be a string); ``text`` and ``parse`` are
    the one place that spelling is made and read.
    """

    action: ReminderAction
    minutes: int | None = None  # a snooze of one of SNOOZE_CHOICES; None: the usual

    @classmethod
    def snooze_for(cls, minutes: int) -> Answer:
        if minutes not in SNOOZE_CHOICES:
            raise ValueError(f"a snooze is one of {SNOOZE_CHOICES} minutes, not {minutes}")
        return cls(ReminderAction.SNOOZE, minutes)

    @property
    def text(self) -> str:
        if self.minutes is None:
            return self.action.value
        return f"{self.action.value}-{self.minutes}"

    @classmethod
    def parse(cls, text: str) -> Answer:
        """The answer a text names; ValueError for anything else."""
        action, _, minutes = text.partition("-")
        if action == ReminderAction.SNOOZE and minutes.isascii() and minutes.isdigit():
            return cls.snooze_for(int(minutes))
        return cls(ReminderAction(text))

    @property
    def snooze_minutes(self) -> int | None:
        """How long to snooze, or None if this is not a snooze."""
        if self.action is not ReminderAction.SNOOZE:
            return None
        return DEFAULT_SNOOZE_MINUTES if self.minutes is None else self.minutes


@dataclass(frozen=True, slots=True)
class ReminderNotice:
    key: str
    kind: ReminderKind
    title: str
    body: str
    # The main answers, as buttons; snooze lengths are offered separately.
    actions: tuple[tuple[ReminderAction, str], ...]


def notice_for(kind: ReminderKind, now: dt.datetime, settings: Settings) -> ReminderNotice:
    tz = now.tzinfo
    assert tz is not None
    key = f"{kind.value}-{evening_of(now).isoformat()}"
    snooze = (ReminderAction.SNOOZE, tr("Snooze {n} min").format(n=DEFAULT_SNOOZE_MINUTES))
    if kind is ReminderKind.STRETCH:
        bedtime = bedtime_of_evening(settings, evening_of(now), tz)
        return ReminderNotice(
            key,
            kind,
            tr("Time to stretch"),
            tr(
                "Bedtime is at {time}. A few minutes of stretching before bed "
                "may help keep night cramps away."
            ).format(time=format_clock(bedtime.time())),
            (
                (ReminderAction.START, tr("Start now")),
                snooze,
                (ReminderAction.SKIP_TONIGHT, tr("Skip tonight")),
            ),
        )
    return ReminderNotice(
        key,
        kind,
        tr("Time for a glass of water"),
        tr(
            "Drinking earlier in the evening, and less in the last two hours "
            "before bed, means fewer trips to the bathroom at night."
        ),
        (
            (ReminderAction.DRANK, tr("I drank a glass")),
            snooze,
            (ReminderAction.DISMISS, tr("Dismiss")),
        ),
    )
