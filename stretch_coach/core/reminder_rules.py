"""Whether a reminder that falls due should reach the person, and what their
answers to reminders (skip tonight, pause) mean.

Pure and clock-free: the caller passes the moment, so every rule is tested
without a scheduler.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from stretch_coach.core.settings import EVENING_ROLLOVER_HOUR, WEEKDAYS, Settings, evening_of


class ReminderKind(StrEnum):
    STRETCH = "stretch"
    HYDRATION = "hydration"


SNOOZE_CHOICES = (5, 10, 20)
DEFAULT_SNOOZE_MINUTES = 10
# A reminder that was slept through is still worth showing on wake if it is
# this recent; later than that it would only confuse.
MISFIRE_GRACE = dt.timedelta(minutes=30)


class PauseChoice(StrEnum):
    HOUR = "hour"
    TONIGHT = "tonight"
    UNTIL_RESUMED = "until-resumed"


class Verdict(StrEnum):
    SHOW = "show"
    PAUSED = "paused"
    SKIPPED_TONIGHT = "skipped-tonight"
    ALREADY_STRETCHED = "already-stretched"
    PAST_CURFEW = "past-curfew"
    DISABLED = "disabled"
    ALREADY_SHOWN = "already-shown"  # planned for a time already shown (core.delivered)


@dataclass(frozen=True, slots=True)
class ReminderAnswers:
    """The person's standing answers to reminders (skip tonight, pause); saved between runs."""

    skipped_evening: dt.date | None = None
    paused_until: dt.datetime | None = None
    paused_indefinitely: bool = False

    def is_paused(self, now: dt.datetime) -> bool:
        if self.paused_indefinitely:
            return True
        return self.paused_until is not None and now < self.paused_until

    def to_data(self) -> dict[str, Any]:
        return {
            "skipped_evening": self.skipped_evening.isoformat() if self.skipped_evening else None,
            "paused_until": self.paused_until.isoformat() if self.paused_until else None,
            "paused_indefinitely": self.paused_indefinitely,
        }

    @classmethod
    def from_data(cls, data: object) -> ReminderAnswers:
        """Read saved answers leniently: anything odd is simply forgotten, since
        the worst outcome is one reminder too many."""
        if not isinstance(data, dict):
            return cls()
        return cls(
            skipped_evening=date_or_none(data.get("skipped_evening")),
            paused_until=_aware_or_none(data.get("paused_until")),
            paused_indefinitely=data.get("paused_indefinitely") is True,
        )


def date_or_none(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _aware_or_none(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def bedtime_of_evening(settings: Settings, evening: dt.date, tz: dt.tzinfo) -> dt.datetime:
    weekday = WEEKDAYS[evening.weekday()]
    minutes = settings.bedtime.minutes_after_evening_start(weekday)
    # Wall-clock arithmetic, then normalised through UTC for DST evenings.
    naive = dt.datetime.combine(evening, dt.time(0, 0)) + dt.timedelta(minutes=minutes)
    return naive.replace(tzinfo=tz).astimezone(dt.UTC).astimezone(tz)


# Night, for the cramp-relief guide: from this long before bedtime until the
# small hours end (EVENING_ROLLOVER_HOUR), the dim bedtime theme is used.
NIGHT_BEFORE_BEDTIME = dt.timedelta(hours=2)


def is_night(settings: Settings, now: dt.datetime) -> bool:
    """Whether ``now`` (aware) is the person's night: from two hours before
    that evening's bedtime until 06:00 the next morning."""
    tz = now.tzinfo
    assert tz is not None
    evening = evening_of(now)
    starts = bedtime_of_evening(settings, evening, tz) - NIGHT_BEFORE_BEDTIME
    ends = dt.datetime.combine(evening + dt.timedelta(days=1), dt.time(EVENING_ROLLOVER_HOUR), tz)
    return starts <= now < ends


def hydration_curfew(settings: Settings, evening: dt.date, tz: dt.tzinfo) -> dt.datetime:
    stop = dt.timedelta(minutes=settings.hydration.stop_minutes_before_bedtime)
    return bedtime_of_evening(settings, evening, tz) - stop


def verdict(
    kind: ReminderKind,
    now: dt.datetime,
    settings: Settings,
    answers: ReminderAnswers,
    *,
    stretched_this_evening: bool,
) -> Verdict:
    """Decide about a reminder falling due at ``now`` (an aware local time)."""
    if answers.is_paused(now):
        return Verdict.PAUSED
    evening = evening_of(now)
    tz = now.tzinfo
    assert tz is not None, "reminder times are always aware"
    if kind is ReminderKind.STRETCH:
        if not settings.stretch.enabled:
            return Verdict.DISABLED
        if answers.skipped_evening == evening:
            return Verdict.SKIPPED_TONIGHT
        if stretched_this_evening:
            return Verdict.ALREADY_STRETCHED
        return Verdict.SHOW
    if not settings.hydration.enabled:
        return Verdict.DISABLED
    # A snoozed drink reminder must not drift past the evening's curfew.
    if now > hydration_curfew(settings, evening, tz):
        return Verdict.PAST_CURFEW
    return Verdict.SHOW


def pause(answers: ReminderAnswers, choice: PauseChoice, now: dt.datetime) -> ReminderAnswers:
    if choice is PauseChoice.UNTIL_RESUMED:
        return dataclasses.replace(answers, paused_indefinitely=True, paused_until=None)
    if choice is PauseChoice.HOUR:
        until = now + dt.timedelta(hours=1)
    else:
        # "Tonight" lasts until the evening rolls over in the early morning.
        next_day = evening_of(now) + dt.timedelta(days=1)
        tz = now.tzinfo
        assert tz is not None
        until = dt.datetime.combine(next_day, dt.time(EVENING_ROLLOVER_HOUR), tzinfo=tz)
    return dataclasses.replace(answers, paused_indefinitely=False, paused_until=until)


def resume(answers: ReminderAnswers) -> ReminderAnswers:
    return dataclasses.replace(answers, paused_indefinitely=False, paused_until=None)


def skip_tonight(answers: ReminderAnswers, now: dt.datetime) -> ReminderAnswers:
    return dataclasses.replace(answers, skipped_evening=evening_of(now))


# -- answers ---------------------------------------------------------------------


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
