"""What the history says: streaks, weekly totals, and a careful "Is it helping?".

Pure functions over the records of ``core.records``, no Qt and no SQL; they
return numbers and groups, and the front ends put them into words.

Every function that needs "now" takes ``evening``, the current evening as
``Clocks.evening()`` (or ``evening_of(now)``) gives it: at 01:00 the evening
still going on is yesterday's, just as the history database files it.

A night is named after the evening it began, so the night of date D follows
the evening of date D; a routine finished on that evening "comes before" it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from stretch_coach.core.clock import Evening, evening_of
from stretch_coach.core.diary_rules import night_is_over
from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionRecord

DEFAULT_WEEKS = 8
# Fewer nights than this in a group give a number too shaky to show at all.
MIN_NIGHTS = 5
# "Your first two weeks against your latest two weeks" of diary nights.
COMPARISON_NIGHTS = 14
# The doctor suggestion: cramps on at least this many nights in each of the
# last two 7-night weeks (NHS guidance names frequent cramps as a reason).
FREQUENT_NIGHTS_PER_WEEK = 4

PERSONAL_RECORD_NOTE = (
    "This is your own record, not proof: cramps come and go for many reasons, "
    "so a difference here does not show that stretching caused it."
)


def nights_over(diary: Iterable[DiaryEntry], evening: Evening) -> list[DiaryEntry]:
    """The diary entries for nights that are over (an entry made early does not count)."""
    return [entry for entry in diary if night_is_over(entry.night, evening)]


# -- weeks ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, order=True)
class Week:
    """An ISO week (Monday to Sunday), named by its Monday."""

    start: dt.date

    @classmethod
    def of(cls, day: dt.date) -> Week:
        return cls(day - dt.timedelta(days=day.weekday()))

    @property
    def end(self) -> dt.date:
        return self.start + dt.timedelta(days=6)

    @property
    def label(self) -> str:
        year, week, _ = self.start.isocalendar()
        return f"{year}-W{week:02d}"

    def __contains__(self, day: object) -> bool:
        # A datetime is a date too, but cannot be compared with one.
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            return False
        return self.start <= day <= self.end


def last_weeks(evening: Evening, weeks: int = DEFAULT_WEEKS) -> list[Week]:
    """The ``weeks`` ISO weeks up to and including the one holding ``evening``, oldest first."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    current = Week.of(evening).start
    return [Week(current - dt.timedelta(weeks=back)) for back in range(weeks - 1, -1, -1)]


# -- streak ---------------------------------------------------------------------


def completed_evenings(sessions: Iterable[SessionRecord]) -> set[dt.date]:
    return {evening_of(s.started_at) for s in sessions if s.completed}


def current_streak(sessions: Iterable[SessionRecord], evening: Evening) -> int:
    """Evenings in a row, up to evening, with at least one completed routine.

    Tonight may still be to come, so an evening not done yet does not break the
    streak: it then counts back from yesterday. Stopped sessions do not count.
    """
    done = completed_evenings(sessions)
    day = evening if evening in done else evening - dt.timedelta(days=1)
    streak = 0
    while day in done:
        streak += 1
        day -= dt.timedelta(days=1)
    return streak


# -- weekly and daily totals ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WeekMinutes:
    week: Week
    minutes: float


@dataclass(frozen=True, slots=True)
class DayCount:
    day: dt.date
    count: int


@dataclass(frozen=True, slots=True)
class WeekCount:
    week: Week
    count: int


@dataclass(frozen=True, slots=True)
class CrampWeek:
    week: Week
    nights_recorded: int
    cramp_nights: int  # nights with at least one cramp
    cramps: int
    # Worst severity averaged over the week's cramp nights that were rated; None
    # when none were (a night without a cramp has nothing to rate).
    mean_severity: float | None


def minutes_per_week(
    sessions: Iterable[SessionRecord], evening: Evening, weeks: int = DEFAULT_WEEKS
) -> list[WeekMinutes]:
    """Minutes actually stretched in each of the last ``weeks`` weeks, oldest first.

    Every session counts for the stretching really done in it, whether it was
    completed, partial or stopped: skipped time is not stretching. (Sessions
    recorded before that was kept count for the time they ran.) A session
    belongs to the week of its evening.
    """
    span = last_weeks(evening, weeks)
    seconds: dict[Week, float] = {}
    for s in sessions:
        week = Week.of(evening_of(s.started_at))
        done = s.actual_seconds if s.work_done_seconds is None else s.work_done_seconds
        seconds[week] = seconds.get(week, 0.0) + max(0.0, done)
    return [WeekMinutes(week, seconds.get(week, 0.0) / 60) for week in span]


def hydration_per_week(
    hydration: Iterable[HydrationRecord], evening: Evening, weeks: int = DEFAULT_WEEKS
) -> list[WeekCount]:
    counts = Counter(Week.of(evening_of(h.at)) for h in hydration)
    return [WeekCount(week, counts[week]) for week in last_weeks(evening, weeks)]


def cramps_per_week(
    diary: Iterable[DiaryEntry], evening: Evening, weeks: int = DEFAULT_WEEKS
) -> list[CrampWeek]:
    """Diary nights, cramp nights, cramps and mean worst severity per week, oldest first.

    A night that is not over yet does not count.
    """
    by_week: dict[Week, list[DiaryEntry]] = {}
    for entry in nights_over(diary, evening):
        by_week.setdefault(Week.of(entry.night), []).append(entry)
    result = []
    for week in last_weeks(evening, weeks):
        entries = by_week.get(week, [])
        group = summarise_nights(entries, min_nights=1)
        result.append(
            CrampWeek(
                week=week,
                nights_recorded=group.nights,
                cramp_nights=group.cramp_nights,
                cramps=group.cramps,
                mean_severity=group.mean_severity,
            )
        )
    return result


# -- is it helping? ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NightGroup:
    """A set of diary nights summed up; numbers stay hidden below ``min_nights``."""

    nights: int
    cramp_nights: int
    cramps: int
    rated_nights: int  # cramp nights with a severity
    severity_total: int
    first_night: dt.date | None
    last_night: dt.date | None
    min_nights: int = MIN_NIGHTS

    @property
    def enough(self) -> bool:
        return self.nights >= self.min_nights

    @property
    def severity_enough(self) -> bool:
        return self.enough and self.rated_nights >= self.min_nights

    @property
    def cramps_per_night(self) -> float | None:
        return self.cramps / self.nights if self.enough else None

    @property
    def mean_severity(self) -> float | None:
        return self.severity_total / self.rated_nights if self.severity_enough else None


def summarise_nights(entries: Iterable[DiaryEntry], min_nights: int = MIN_NIGHTS) -> NightGroup:
    """Sum up diary nights.

    Mean severity is over the nights that had a cramp and a rating: a quiet
    night's "worst cramp" would be a 0 that says nothing about how bad the
    cramps were, and how often they came is already in ``cramps_per_night``.
    """
    nights = sorted(entries, key=lambda e: e.night)
    rated = [e.severity for e in nights if e.cramps > 0 and e.severity is not None]
    return NightGroup(
        nights=len(nights),
        cramp_nights=sum(1 for e in nights if e.cramps > 0),
        cramps=sum(e.cramps for e in nights),
        rated_nights=len(rated),
        severity_total=sum(rated),
        first_night=nights[0].night if nights else None,
        last_night=nights[-1].night if nights else None,
        min_nights=min_nights,
    )


@dataclass(frozen=True, slots=True)
class HelpingReport:
    after_routine: NightGroup  # nights after an evening with a completed routine
    without_routine: NightGroup  # nights after an evening without one
    first_nights: NightGroup  # the first ``window`` diary nights
    latest_nights: NightGroup  # the latest ``window`` diary nights not among the first
    window: int
    min_nights: int


def is_it_helping(
    sessions: Iterable[SessionRecord],
    diary: Iterable[DiaryEntry],
    *,
    min_nights: int = MIN_NIGHTS,
    window: int = COMPARISON_NIGHTS,
    evening: Evening | None = None,
) -> HelpingReport:
    """Compare diary nights with and without a routine before them, and early with recent.

    Only nights in the diary count: a night with no entry is unknown, not
    cramp-free. Given the current ``evening``, neither does an entry
    for a night that is not over yet. The first and latest groups never share
    a night, so with a short diary the latest group is the nights after the
    first ``window``.
    """
    if window < 1 or min_nights < 1:
        raise ValueError("window and min_nights must be at least 1")
    done = completed_evenings(sessions)
    if evening is not None:
        diary = nights_over(diary, evening)
    nights = sorted(diary, key=lambda e: e.night)
    after = [e for e in nights if e.night in done]
    without = [e for e in nights if e.night not in done]
    first = nights[:window]
    latest = nights[max(window, len(nights) - window) :]
    return HelpingReport(
        after_routine=summarise_nights(after, min_nights),
        without_routine=summarise_nights(without, min_nights),
        first_nights=summarise_nights(first, min_nights),
        latest_nights=summarise_nights(latest, min_nights),
        window=window,
        min_nights=min_nights,
    )


# -- doctor suggestion -----------------------------------------------------------------


def frequent_cramp_weeks(diary: Iterable[DiaryEntry], evening: Evening) -> tuple[int, int]:
    """Cramp nights in the last two rolling weeks: (the week before last, last week).

    Last week is the 7 nights that began on the 7 evenings before ``evening``;
    the week before last is the 7 nights before those. Tonight's night is not
    over, so it is left out.
    """
    cramp_nights = {e.night for e in diary if e.cramps > 0}

    def count(weeks_back: int) -> int:
        end = evening - dt.timedelta(days=7 * (weeks_back - 1) + 1)
        return sum(1 for n in range(7) if end - dt.timedelta(days=n) in cramp_nights)

    return count(2), count(1)


def doctor_suggestion(diary: Iterable[DiaryEntry], evening: Evening) -> bool:
    """Whether to suggest seeing a doctor because cramps have come often.

    True when cramps were recorded on at least ``FREQUENT_NIGHTS_PER_WEEK`` (4)
    of the 7 nights in *each* of the last two rolling weeks (see
    ``frequent_cramp_weeks``). A night counts when its entry has at least one
    cramp; a night with no entry counts as none, so gaps in the diary can only
    hold the suggestion back, never bring it on. This is a prompt to read the
    "see a doctor" advice, not a judgement about the person's health.
    """
    before_last, last = frequent_cramp_weeks(diary, evening)
    return min(before_last, last) >= FREQUENT_NIGHTS_PER_WEEK
