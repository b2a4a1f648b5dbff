from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretch_coach.core.diary_rules import (
    YEARS_BACK,
    NightProblem,
    details_without_cramps,
    earliest_night,
    latest_night,
    night_is_over,
    night_problem,
)
from stretch_coach.core.settings import evening_of

TZ = dt.timezone(dt.timedelta(hours=1))
FRIDAY = dt.date(2026, 11, 27)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


SATURDAY = FRIDAY + dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("now", "latest"),
    [
        (at(FRIDAY, 23, 0), FRIDAY - dt.timedelta(days=1)),  # Friday night has just begun
        (at(SATURDAY, 1, 0), FRIDAY - dt.timedelta(days=1)),  # ... and is still under way
        (at(SATURDAY, 5, 59), FRIDAY - dt.timedelta(days=1)),
        (at(SATURDAY, 6, 0), FRIDAY),  # morning: Friday night is over
        (at(SATURDAY, 20, 0), FRIDAY),  # Saturday night has not begun
    ],
)
def test_the_latest_night_is_the_one_that_ended_this_morning(
    now: dt.datetime, latest: dt.date
) -> None:
    assert latest_night(now) == latest
    assert night_problem(latest, now) is None
    assert night_problem(latest + dt.timedelta(days=1), now) is NightProblem.NOT_OVER
    assert night_problem(latest + dt.timedelta(days=2), now) is NightProblem.NOT_BEGUN


def test_a_night_is_over_once_the_current_evening_has_moved_past_it() -> None:
    assert night_is_over(FRIDAY, evening_of(at(SATURDAY, 6, 0)))
    assert not night_is_over(FRIDAY, evening_of(at(SATURDAY, 5, 59)))


def test_the_earliest_night_is_ten_years_back() -> None:
    now = at(SATURDAY, 8)
    assert YEARS_BACK == 10
    assert earliest_night(now) == dt.date(2016, 11, 28)
    assert night_problem(dt.date(2016, 11, 28), now) is None
    assert night_problem(dt.date(2016, 11, 27), now) is NightProblem.TOO_LONG_AGO
    assert night_problem(dt.date(1, 1, 1), now) is NightProblem.TOO_LONG_AGO
    # The evening of 29 February 2028 looks back to 28 February 2018.
    assert earliest_night(at(dt.date(2028, 2, 29), 20)) == dt.date(2018, 2, 28)


@given(st.datetimes(dt.datetime(1920, 1, 1), dt.datetime(9000, 1, 1)))
def test_the_recordable_nights_are_one_unbroken_span(naive: dt.datetime) -> None:
    now = naive.replace(tzinfo=TZ)
    first, last = earliest_night(now), latest_night(now)
    assert first < last < now.date()
    for night in (first, last, first + (last - first) // 2):
        assert night_problem(night, now) is None
    assert night_problem(first - dt.timedelta(days=1), now) is not None
    assert night_problem(last + dt.timedelta(days=1), now) is not None


@pytest.mark.parametrize(
    ("cramps", "severity", "where", "contradiction"),
    [
        (0, None, (), False),
        (0, 0, (), False),
        (0, 1, (), True),
        (0, 10, ("calf-left",), True),
        (0, None, ("calf-left",), True),
        (2, 10, ("calf-left",), False),
        (1, None, (), False),
    ],
)
def test_a_night_without_cramps_has_no_pain_or_place(
    cramps: int, severity: int | None, where: tuple[str, ...], contradiction: bool
) -> None:
    assert details_without_cramps(cramps, severity, where) is contradiction
