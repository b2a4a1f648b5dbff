"""What the history says: streaks, weekly totals, and a careful "Is it helping?".

Pure functions over plain records, no Qt and no SQL. They accept the records
of ``services.history`` or anything shaped like them (see the protocols).

Every function takes ``today``, meaning the current *evening*: pass
``evening_of(now)``, so that at 01:00 the evening that is still going on is
yesterday's, just as the history database files it.

A night is named after the evening it began, so the night of date D follows
the evening of date D; a routine finished on that evening "comes before" it.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from stretch_coach.core.diary_rules import night_is_over
from stretch_coach.core.settings import evening_of

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


class SessionLike(Protocol):
    @property
    def started_at(self) -> dt.datetime: ...
    @property
    def actual_seconds(self) -> float: ...
    @property
    def completed(self) -> bool: ...


class HydrationLike(Protocol):
    @property
    def at(self) -> dt.datetime: ...


class NightLike(Protocol):
    @property
    def night(self) -> dt.date: ...
    @property
    def cramps(self) -> int: ...
    @property
    def severity(self) -> int | None: ...


_N = TypeVar("_N", bound=NightLike)


def nights_over(diary: Iterable[_N], today: dt.date) -> list[_N]:
    """The diary entries for nights that are over (an entry made early does not count)."""
    return [entry for entry in diary if night_is_over(entry.night, today)]


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


def last_weeks(today: dt.date, weeks: int = DEFAULT_WEEKS) -> list[Week]:
    """The ``weeks`` ISO weeks up to and including the one holding ``today``, oldest first."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    current = Week.of(today).start
    return [Week(current - dt.timedelta(weeks=back)) for back in range(weeks - 1, -1, -1)]


# -- streak ---------------------------------------------------------------------


def completed_evenings(sessions: Iterable[SessionLike]) -> set[dt.date]:
    return {evening_of(s.started_at) for s in sessions if s.completed}


def current_streak(sessions: Iterable[SessionLike], today: dt.date) -> int:
    """Evenings in a row, up to today, with at least one completed routine.

    Tonight may still be to come, so an evening not done yet does not break the
    streak: it then counts back from yesterday. Stopped sessions do not count.
    """
    done = completed_evenings(sessions)
    day = today if today in done else today - dt.timedelta(days=1)
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
    sessions: Iterable[SessionLike], today: dt.date, weeks: int = DEFAULT_WEEKS
) -> list[WeekMinutes]:
    """Minutes actually stretched in each of the last ``weeks`` weeks, oldest first.

    Stopped sessions count for the time they ran: that time was still spent
    stretching. A session belongs to the week of its evening.
    """
    span = last_weeks(today, weeks)
    seconds: dict[Week, float] = {}
    for s in sessions:
        week = Week.of(evening_of(s.started_at))
        seconds[week] = seconds.get(week, 0.0) + max(0.0, s.actual_seconds)
    return [WeekMinutes(week, seconds.get(week, 0.0) / 60) for week in span]


def hydration_per_day(
    hydration: Iterable[HydrationLike], today: dt.date, days: int = 7
) -> list[DayCount]:
    """Water check-ins on each of the last ``days`` evenings up to today, oldest first."""
    if days < 1:
        raise ValueError("days must be at least 1")
    counts = Counter(evening_of(h.at) for h in hydration)
    first = today - dt.timedelta(days=days - 1)
    span = [first + dt.timedelta(days=n) for n in range(days)]
    return [DayCount(day, counts[day]) for day in span]


def hydration_per_week(
    hydration: Iterable[HydrationLike], today: dt.date, weeks: int = DEFAULT_WEEKS
) -> list[WeekCount]:
    counts = Counter(Week.of(evening_of(h.at)) for h in hydration)
    return [WeekCount(week, counts[week]) for week in last_weeks(today, weeks)]


def cramps_per_week(
    diary: Iterable[NightLike], today: dt.date, weeks: int = DEFAULT_WEEKS
) -> list[CrampWeek]:
    """Diary nights, cramp nights, cramps and mean worst severity per week, oldest first.

    A night that is not over yet does not count.
    """
    by_week: dict[Week, list[NightLike]] = {}
    for entry in nights_over(diary, today):
        by_week.setdefault(Week.of(entry.night), []).append(entry)
    result = []
    for week in last_weeks(today, weeks):
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


def summarise_nights(entries: Iterable[NightLike], min_nights: int = MIN_NIGHTS) -> NightGroup:
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
    sessions: Iterable[SessionLike],
    diary: Iterable[NightLike],
    *,
    min_nights: int = MIN_NIGHTS,
    window: int = COMPARISON_NIGHTS,
    today: dt.date | None = None,
) -> HelpingReport:
    """Compare diary nights with and without a routine before them, and early with recent.

    Only nights in the diary count: a night with no entry is unknown, not
    cramp-free. Given ``today`` (the current evening), neither does an entry
    for a night that is not over yet. The first and latest groups never share
    a night, so with a short diary the latest group is the nights after the
    first ``window``.
    """
    if window < 1 or min_nights < 1:
        raise ValueError("window and min_nights must be at least 1")
    done = completed_evenings(sessions)
    if today is not None:
        diary = nights_over(diary, today)
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


def _as_is(text: str) -> str:
    return text


def _nights(n: int, translate: Callable[[str], str]) -> str:
    # Whole templates per number, because not every language makes a plural with "s".
    return (translate("{n} night") if n == 1 else translate("{n} nights")).format(n=n)


def _rated_nights(n: int, translate: Callable[[str], str]) -> str:
    template = translate("{n} rated night") if n == 1 else translate("{n} rated nights")
    return template.format(n=n)


def _diary_nights(n: int, translate: Callable[[str], str]) -> str:
    template = translate("{n} diary night") if n == 1 else translate("{n} diary nights")
    return template.format(n=n)


def _number(value: float | None, translate: Callable[[str], str]) -> str:
    # Callers only ask for numbers they checked are shown; the dash is a safe fallback.
    if value is None:
        return "-"
    whole, tenth = f"{value:.1f}".split(".")
    # A template rather than a bare "." so a translation can use a decimal comma.
    return translate("{whole}.{tenth}").format(whole=whole, tenth=tenth)


def _month(day: dt.date, translate: Callable[[str], str]) -> str:
    # Spelled out rather than strftime("%b"), whose names follow the C library's
    # locale instead of the language the sentences are shown in.
    names = (
        translate("Jan"),
        translate("Feb"),
        translate("Mar"),
        translate("Apr"),
        translate("May"),
        translate("Jun"),
        translate("Jul"),
        translate("Aug"),
        translate("Sep"),
        translate("Oct"),
        translate("Nov"),
        translate("Dec"),
    )
    return names[day.month - 1]


def _span(group: NightGroup, translate: Callable[[str], str]) -> str:
    first, last = group.first_night, group.last_night
    if first is None or last is None:
        return ""
    if first == last:
        text = translate("({day} {month} {year})").format(
            day=first.day, month=_month(first, translate), year=first.year
        )
    elif first.year == last.year:
        text = translate("({first_day} {first_month} to {last_day} {last_month} {year})").format(
            first_day=first.day,
            first_month=_month(first, translate),
            last_day=last.day,
            last_month=_month(last, translate),
            year=last.year,
        )
    else:
        text = translate(
            "({first_day} {first_month} {first_year} to {last_day} {last_month} {last_year})"
        ).format(
            first_day=first.day,
            first_month=_month(first, translate),
            first_year=first.year,
            last_day=last.day,
            last_month=_month(last, translate),
            last_year=last.year,
        )
    return " " + text


def _routine_sentences(report: HelpingReport, translate: Callable[[str], str]) -> list[str]:
    after, without, least = report.after_routine, report.without_routine, report.min_nights
    if not (after.enough and without.enough):
        return [
            translate(
                "It is too early to compare nights with and without a routine before them: "
                "your diary has {after} after a finished routine and {without} without, "
                "and each needs at least {least}."
            ).format(
                after=_nights(after.nights, translate),
                without=_nights(without.nights, translate),
                least=least,
            )
        ]
    sentences = [
        translate(
            "On the {after} after you finished a routine you noted {after_rate} cramps a "
            "night on average; on the {without} after evenings without one, {without_rate} "
            "a night."
        ).format(
            after=_nights(after.nights, translate),
            after_rate=_number(after.cramps_per_night, translate),
            without=_nights(without.nights, translate),
            without_rate=_number(without.cramps_per_night, translate),
        )
    ]
    if after.severity_enough and without.severity_enough:
        sentences.append(
            translate(
                "When cramps came, the worst one averaged {after_severity} out of 10 after a "
                "routine ({after_rated}) and {without_severity} without ({without_rated})."
            ).format(
                after_severity=_number(after.mean_severity, translate),
                after_rated=_rated_nights(after.rated_nights, translate),
                without_severity=_number(without.mean_severity, translate),
                without_rated=_rated_nights(without.rated_nights, translate),
            )
        )
    else:
        sentences.append(
            translate(
                "There are too few nights with a rated cramp to compare how bad the cramps "
                "were: {after} after a routine and {without} without, and each needs at "
                "least {least}."
            ).format(after=after.rated_nights, without=without.rated_nights, least=least)
        )
    return sentences


def _progress_sentences(report: HelpingReport, translate: Callable[[str], str]) -> list[str]:
    first, latest, window = report.first_nights, report.latest_nights, report.window
    total = first.nights + latest.nights
    if not (first.enough and latest.enough):
        needed = window + report.min_nights
        return [
            translate(
                "Your first {window} diary nights can be set against your latest ones once "
                "the diary has at least {needed} nights; it has {total} so far."
            ).format(window=window, needed=needed, total=total)
        ]
    sentences = [
        translate(
            "Your first {first}{first_span} averaged {first_rate} cramps a night; your "
            "latest {latest}{latest_span} averaged {latest_rate}."
        ).format(
            first=_diary_nights(first.nights, translate),
            first_span=_span(first, translate),
            first_rate=_number(first.cramps_per_night, translate),
            latest=latest.nights,
            latest_span=_span(latest, translate),
            latest_rate=_number(latest.cramps_per_night, translate),
        )
    ]
    if first.severity_enough and latest.severity_enough:
        sentences.append(
            translate(
                "The worst cramp averaged {first_severity} out of 10 at first ({first_rated}) "
                "and {latest_severity} lately ({latest_rated})."
            ).format(
                first_severity=_number(first.mean_severity, translate),
                first_rated=_rated_nights(first.rated_nights, translate),
                latest_severity=_number(latest.mean_severity, translate),
                latest_rated=_rated_nights(latest.rated_nights, translate),
            )
        )
    else:
        sentences.append(
            translate(
                "There are too few nights with a rated cramp to compare how bad they were "
                "then and now: {first} at first and {latest} lately, and each needs at "
                "least {least}."
            ).format(first=first.rated_nights, latest=latest.rated_nights, least=report.min_nights)
        )
    return sentences


def helping_sentences(report: HelpingReport, translate: Callable[[str], str] = _as_is) -> list[str]:
    """The report in plain words: counts always, numbers only where there are enough
    nights, and always the reminder that this is a personal record, not proof.

    ``translate`` is applied to every sentence template before its numbers are
    filled in (the GUI passes its Qt translation function); by default the
    sentences are English.
    """
    return [
        *_routine_sentences(report, translate),
        *_progress_sentences(report, translate),
        translate(PERSONAL_RECORD_NOTE),
    ]


# -- doctor suggestion -----------------------------------------------------------------


def frequent_cramp_weeks(diary: Iterable[NightLike], today: dt.date) -> tuple[int, int]:
    """Cramp nights in the last two rolling weeks: (the week before last, last week).

    Last week is the 7 nights that began on the 7 evenings before ``today``;
    the week before last is the 7 nights before those. Tonight's night is not
    over, so it is left out.
    """
    cramp_nights = {e.night for e in diary if e.cramps > 0}

    def count(weeks_back: int) -> int:
        end = today - dt.timedelta(days=7 * (weeks_back - 1) + 1)
        return sum(1 for n in range(7) if end - dt.timedelta(days=n) in cramp_nights)

    return count(2), count(1)


def doctor_suggestion(diary: Iterable[NightLike], today: dt.date) -> bool:
    """Whether to suggest seeing a doctor because cramps have come often.

    True when cramps were recorded on at least ``FREQUENT_NIGHTS_PER_WEEK`` (4)
    of the 7 nights in *each* of the last two rolling weeks (see
    ``frequent_cramp_weeks``). A night counts when its entry has at least one
    cramp; a night with no entry counts as none, so gaps in the diary can only
    hold the suggestion back, never bring it on. This is a prompt to read the
    "see a doctor" advice, not a judgement about the person's health.
    """
    before_last, last = frequent_cramp_weeks(diary, today)
    return min(before_last, last) >= FREQUENT_NIGHTS_PER_WEEK
