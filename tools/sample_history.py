"""A sample month of history for pictures and the UI audit: five weeks of
sessions, water and diary nights, the same every run."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stretch_coach.flows.context import AppServices


def fill_history(services: AppServices) -> None:
    """Five weeks of sessions, water and diary nights, the same every run."""
    import random

    from stretch_coach.core.records import DiaryEntry, SessionOutcome, SessionRecord

    history = services.history()
    now = services.wall_clock()
    rng = random.Random(7)
    for back in range(1, 36):
        evening = now - dt.timedelta(days=back)
        if rng.random() < (0.85 if back <= 20 else 0.3):
            start = evening.replace(hour=22, minute=5)
            history.add_session(
                SessionRecord(
                    "bedtime",
                    "Bedtime stretch",
                    300,
                    290.0,
                    SessionOutcome.COMPLETED,
                    start,
                    start + dt.timedelta(minutes=5),
                )
            )
        for hour in (16, 17, 18):
            if rng.random() < 0.7:
                history.add_hydration(evening.replace(hour=hour, minute=2))
        cramps = rng.choice([0, 0, 1, 1, 2]) if back > 20 else rng.choice([0, 0, 0, 1])
        history.put_diary(
            DiaryEntry(
                evening.date(),
                cramps,
                rng.randint(3, 7) if cramps else None,
                ("calf-left",) if cramps else (),
            )
        )
