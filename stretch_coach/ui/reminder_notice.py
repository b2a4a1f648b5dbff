"""What a reminder says and which answers it offers, whatever shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from stretch_coach.core.reminder_rules import (
    DEFAULT_SNOOZE_MINUTES,
    ReminderAction,
    ReminderKind,
    bedtime_of_evening,
)
from stretch_coach.core.settings import Settings, evening_of, format_clock
from stretch_coach.ui.texts import tr


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
