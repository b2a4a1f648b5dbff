"""Time as the app means it: the two clocks, and the evening a moment belongs to.

The composition root makes one :class:`Clocks` and hands it down; nothing
below it reads the computer's clock on its own, so tests can run any evening
of any year.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import NewType

# A moment before this hour belongs to the evening before (00:30 on a Friday
# night is Saturday 00:30, and that evening's reminders are on Friday).
EVENING_ROLLOVER_HOUR = 6

# The date of the evening a night belongs to: the night of Friday to Saturday
# is the evening of Friday, also at 01:00 on Saturday.
Evening = NewType("Evening", dt.date)

MonotonicClock = Callable[[], float]  # seconds, never set back, stops in sleep
WallClock = Callable[[], dt.datetime]  # local, time-zone aware


def evening_of(moment: dt.datetime) -> Evening:
    """The evening a moment belongs to: the small hours count with the day before."""
    return Evening((moment - dt.timedelta(hours=EVENING_ROLLOVER_HOUR)).date())


def local_now() -> dt.datetime:
    """The computer's local time, aware of its zone."""
    return dt.datetime.now().astimezone()


@dataclass(frozen=True, slots=True)
class Clocks:
    """The monotonic clock times durations; the wall clock says what time it is."""

    monotonic: MonotonicClock
    wall: WallClock

    @classmethod
    def system(cls) -> Clocks:
        return cls(time.monotonic, local_now)

    def evening(self) -> Evening:
        """The evening it is now."""
        return evening_of(self.wall())
