"""Which nights the cramp diary takes, and what a night without cramps may say.

Pure rules shared by the command line, the diary dialog and the insights, so
that all three agree.

A night is named after the evening it began (``evening_of``): the night of
evening E runs into the morning of E + 1. It can be recorded once it is over,
that is once it is morning: from 06:00 on E + 1, when ``evening_of(now)`` has
moved past E. So at 01:00 the night under way cannot be recorded yet, and at
20:00 neither can tonight's; until then a diary entry for it does not count.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

from stretch_coach.core.clock import evening_of

# A diary is kept for weeks or months; a night further back than this is a typo
# (0001-01-01) rather than a memory.
YEARS_BACK = 10


class NightProblem(StrEnum):
    NOT_BEGUN = "not-begun"  # a later evening than the current one
    NOT_OVER = "not-over"  # the current evening's night: it is not morning yet
    TOO_LONG_AGO = "too-long-ago"  # more than YEARS_BACK years back


def night_is_over(night: dt.date, today: dt.date) -> bool:
    """Whether a night is over, ``today`` being the current evening (``evening_of(now)``)."""
    return night < today


def latest_night(now: dt.datetime) -> dt.date:
    """The latest night that can be recorded: the one that ended this morning."""
    return evening_of(now) - dt.timedelta(days=1)


def earliest_night(now: dt.datetime) -> dt.date:
    """The earliest night that can be recorded: YEARS_BACK years before the current evening."""
    today = evening_of(now)
    try:
        return today.replace(year=today.year - YEARS_BACK)
    except ValueError:  # 29 February, in a year that has none
        return today.replace(year=today.year - YEARS_BACK, day=28)


def night_problem(night: dt.date, now: dt.datetime) -> NightProblem | None:
    """Why the night cannot be recorded at ``now``, or None if it can."""
    today = evening_of(now)
    if night > today:
        return NightProblem.NOT_BEGUN
    if not night_is_over(night, today):
        return NightProblem.NOT_OVER
    if night < earliest_night(now):
        return NightProblem.TOO_LONG_AGO
    return None


def details_without_cramps(cramps: int, severity: int | None, where: Sequence[str]) -> bool:
    """Whether a night without cramps claims a worst pain above 0 or a place.

    The diary dialog cannot even enter that; any other way in must refuse it,
    or the insights would rate pain on a night that had none.
    """
    return cramps == 0 and ((severity or 0) > 0 or bool(where))
