from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretch_coach.core import insights
from stretch_coach.core.clock import Evening, evening_of
from stretch_coach.core.insights import (
    PERSONAL_RECORD_NOTE,
    Week,
    cramps_per_week,
    current_streak,
    doctor_suggestion,
    frequent_cramp_weeks,
    hydration_per_week,
    is_it_helping,
    last_weeks,
    minutes_per_week,
    summarise_nights,
)
from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionOutcome, SessionRecord
from stretch_coach.ui.insight_texts import helping_sentences

TZ = dt.timezone(dt.timedelta(hours=1))
TODAY = Evening(dt.date(2026, 11, 27))  # a Friday in ISO week 2026-W48
DAY = dt.timedelta(days=1)


def session(
    evening: dt.date, completed: bool = True, seconds: float = 300.0, hour: int = 22
) -> SessionRecord:
    start = dt.datetime.combine(evening, dt.time(hour), TZ)
    if hour < 6:
        start += DAY  # the small hours after the evening
    return SessionRecord(
        routine_id="bedtime",
        routine_name="Bedtime stretch",
        planned_seconds=300,
        actual_seconds=seconds,
        outcome=SessionOutcome.COMPLETED if completed else SessionOutcome.STOPPED,
        started_at=start,
        ended_at=start + dt.timedelta(seconds=seconds),
    )


def night(day: dt.date, cramps: int, severity: int | None = None) -> DiaryEntry:
    return DiaryEntry(day, cramps, severity)


def nights_from(start: dt.date, cramps: list[int], severity: int | None = None) -> list[DiaryEntry]:
    return [night(start + n * DAY, c, severity if c else None) for n, c in enumerate(cramps)]


# -- streak -----------------------------------------------------------------------------


def test_no_history_no_streak() -> None:
    assert current_streak([], TODAY) == 0


def test_at_one_in_the_morning_the_streak_still_counts_the_evening_before() -> None:
    # Stretched on the evening of the 26th; History opened at 01:00 on the 28th,
    # which is still the evening of the 27th: tonight is not over, so the
    # streak is 1, not 0 (as it was when the calendar date was passed).
    stretched = session(dt.date(2026, 11, 26))
    one_am = dt.datetime(2026, 11, 28, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert current_streak([stretched], evening_of(one_am)) == 1


def test_streak_counts_today_once_done() -> None:
    done = [session(TODAY - 2 * DAY), session(TODAY - DAY), session(TODAY)]
    assert current_streak(done, TODAY) == 3


def test_tonight_still_to_come_does_not_break_the_streak() -> None:
    done = [session(TODAY - 2 * DAY), session(TODAY - DAY)]
    assert current_streak(done, TODAY) == 2


def test_a_missed_evening_breaks_the_streak() -> None:
    assert current_streak([session(TODAY - 3 * DAY), session(TODAY - DAY)], TODAY) == 1
    assert current_streak([session(TODAY - 3 * DAY), session(TODAY - 2 * DAY)], TODAY) == 0


def test_stopped_sessions_do_not_count_but_small_hours_do() -> None:
    history = [
        session(TODAY - 2 * DAY),
        session(TODAY - DAY, completed=False),
        session(TODAY - DAY, hour=0),  # 00:00 on the 27th, so the evening of the 26th
    ]
    assert current_streak(history, TODAY) == 2
    assert current_streak([session(TODAY - DAY, completed=False)], TODAY) == 0


@given(st.sets(st.integers(min_value=0, max_value=40)))
def test_streak_matches_a_plain_count(days_back: set[int]) -> None:
    evenings = {TODAY - n * DAY for n in days_back}
    sessions = [session(e) for e in sorted(evenings)]
    start = 0 if 0 in days_back else 1
    expected = 0
    while start + expected in days_back:
        expected += 1
    assert current_streak(sessions, TODAY) == expected
    if 0 not in days_back:
        # Finishing tonight's routine adds exactly one evening to the streak.
        assert current_streak([*sessions, session(TODAY)], TODAY) == expected + 1


# -- weeks and totals -----------------------------------------------------------------------


def test_weeks_are_iso_weeks_oldest_first() -> None:
    weeks = last_weeks(TODAY, 3)
    assert [w.label for w in weeks] == ["2026-W46", "2026-W47", "2026-W48"]
    assert weeks[-1].start == dt.date(2026, 11, 23) and weeks[-1].end == dt.date(2026, 11, 29)
    assert TODAY in weeks[-1] and TODAY not in weeks[0]
    with pytest.raises(ValueError):
        last_weeks(TODAY, 0)


def test_week_labels_across_the_new_year() -> None:
    assert Week.of(dt.date(2027, 1, 1)).label == "2026-W53"
    assert Week.of(dt.date(2027, 1, 4)).label == "2027-W01"


def test_minutes_per_week_counts_all_time_stretched_by_evening() -> None:
    sunday = dt.date(2026, 11, 22)
    history = [
        session(sunday, seconds=300),
        session(sunday, hour=0, seconds=120),  # Monday 00:00 still belongs to Sunday's week
        session(TODAY, completed=False, seconds=90),
        session(dt.date(2026, 1, 5), seconds=600),  # long before the window
    ]
    result = minutes_per_week(history, TODAY, weeks=3)
    assert [(w.week.label, w.minutes) for w in result] == [
        ("2026-W46", 0.0),
        ("2026-W47", 7.0),
        ("2026-W48", 1.5),
    ]


def test_totals_of_an_empty_history_are_zeros() -> None:
    assert [w.minutes for w in minutes_per_week([], TODAY)] == [0.0] * insights.DEFAULT_WEEKS
    assert [w.count for w in hydration_per_week([], TODAY, weeks=2)] == [0, 0]
    weeks = cramps_per_week([], TODAY, weeks=2)
    assert [(w.nights_recorded, w.cramps, w.mean_severity) for w in weeks] == [(0, 0, None)] * 2


def test_hydration_per_week_counts_each_check_in_on_its_evening() -> None:
    check_ins = [
        HydrationRecord(dt.datetime(2026, 11, 26, 16, 0, tzinfo=TZ)),
        HydrationRecord(dt.datetime(2026, 11, 26, 18, 0, tzinfo=TZ)),
        HydrationRecord(dt.datetime(2026, 11, 27, 16, 0, tzinfo=TZ)),
        HydrationRecord(dt.datetime(2026, 11, 20, 16, 0, tzinfo=TZ)),
        # 01:00 on Monday the 23rd is still Sunday evening, in week 47.
        HydrationRecord(dt.datetime(2026, 11, 23, 1, 0, tzinfo=TZ)),
    ]
    weeks = hydration_per_week(check_ins, TODAY, weeks=2)
    assert [(w.week.label, w.count) for w in weeks] == [("2026-W47", 2), ("2026-W48", 3)]


def test_cramps_per_week_rates_only_nights_with_cramps() -> None:
    diary = [
        night(dt.date(2026, 11, 23), 2, 6),
        night(dt.date(2026, 11, 24), 0, 0),  # a quiet night's 0 says nothing about severity
        night(dt.date(2026, 11, 25), 1, 3),
        night(dt.date(2026, 11, 26), 1),  # a cramp, not rated
        night(dt.date(2026, 11, 16), 3, 8),
    ]
    last, this = cramps_per_week(diary, TODAY, weeks=2)
    assert (last.nights_recorded, last.cramp_nights, last.cramps, last.mean_severity) == (
        1,
        1,
        3,
        8.0,
    )
    assert (this.nights_recorded, this.cramp_nights, this.cramps) == (4, 3, 4)
    assert this.mean_severity == pytest.approx(4.5)


def test_a_night_that_is_not_over_is_not_in_the_weekly_cramps() -> None:
    # TODAY is the current evening: its night has not ended, a later one not begun.
    diary = [night(TODAY - DAY, 1, 3), night(TODAY, 4, 9), night(TODAY + DAY, 2, 5)]
    (this,) = cramps_per_week(diary, TODAY, weeks=1)
    assert (this.nights_recorded, this.cramps, this.mean_severity) == (1, 1, 3.0)


# -- is it helping? -------------------------------------------------------------------------


def test_a_night_that_is_not_over_does_not_count_in_is_it_helping() -> None:
    sessions = [session(TODAY - 7 * DAY + n * DAY) for n in range(8)]  # every evening up to now
    diary = [*nights_from(TODAY - 7 * DAY, [1] * 7), night(TODAY, 5, 9)]
    report = is_it_helping(sessions, diary, evening=TODAY)
    assert report.after_routine.nights == 7 and report.after_routine.cramps == 7
    assert report.latest_nights.nights + report.first_nights.nights == 7
    # Without a current evening every entry counts, as for a finished diary.
    assert is_it_helping(sessions, diary).after_routine.nights == 8


def test_an_empty_history_says_there_is_not_enough_data() -> None:
    report = is_it_helping([], [])
    assert report.after_routine.cramps_per_night is None
    assert report.first_nights.cramps_per_night is None
    sentences = helping_sentences(report)
    assert sentences[-1] == PERSONAL_RECORD_NOTE
    assert "0 nights after a finished routine and 0 nights without" in sentences[0]
    assert "at least 19 nights; it has 0 so far" in sentences[1]
    assert not any(re.search(r"\d\.\d", s) for s in sentences)


def test_a_night_follows_the_evening_of_the_same_date() -> None:
    start = dt.date(2026, 11, 1)
    sessions = [session(start + n * DAY) for n in range(0, 12, 2)]  # even evenings
    diary = nights_from(start, [0, 3] * 6, severity=5)
    report = is_it_helping(sessions, diary)
    assert report.after_routine.nights == 6 and report.after_routine.cramps == 0
    assert report.without_routine.nights == 6 and report.without_routine.cramps == 18
    assert report.after_routine.cramps_per_night == 0.0
    assert report.without_routine.cramps_per_night == 3.0


def test_sentences_give_numbers_with_their_night_counts() -> None:
    start = dt.date(2026, 11, 1)
    sessions = [session(start + n * DAY) for n in range(6)]
    diary = nights_from(start, [0, 1, 0, 1, 0, 0, 2, 1, 2, 1, 2, 2], severity=6)
    sentences = helping_sentences(is_it_helping(sessions, diary))
    assert sentences[0] == (
        "On the 6 nights after you finished a routine you noted 0.3 cramps a night on "
        "average; on the 6 nights after evenings without one, 1.7 a night."
    )
    # Only 2 rated cramp nights after a routine: no severity number is given.
    assert "too few nights with a rated cramp" in sentences[1]
    assert "2 after a routine and 6 without" in sentences[1]
    assert sentences[-1] == PERSONAL_RECORD_NOTE


def test_severity_is_compared_once_both_groups_have_enough_rated_nights() -> None:
    start = dt.date(2026, 11, 1)
    sessions = [session(start + n * DAY) for n in range(5)]
    diary = [
        *nights_from(start, [1] * 5, severity=4),
        *nights_from(start + 5 * DAY, [2] * 5, severity=7),
    ]
    sentences = helping_sentences(is_it_helping(sessions, diary))
    assert sentences[1] == (
        "When cramps came, the worst one averaged 4.0 out of 10 after a routine "
        "(5 rated nights) and 7.0 without (5 rated nights)."
    )


def test_four_nights_are_too_few_and_five_are_enough() -> None:
    start = dt.date(2026, 11, 1)
    diary = nights_from(start, [1] * 9)
    four = is_it_helping([session(start + n * DAY) for n in range(4)], diary)
    assert four.after_routine.cramps_per_night is None
    assert four.without_routine.cramps_per_night == 1.0  # 5 nights: enough on its own
    assert "4 nights after a finished routine and 5 nights without" in helping_sentences(four)[0]
    five = is_it_helping([session(start + n * DAY) for n in range(5)], diary)
    assert five.after_routine.cramps_per_night == 1.0
    assert five.without_routine.cramps_per_night is None


def test_first_and_latest_fortnights() -> None:
    start = dt.date(2026, 11, 1)
    diary = nights_from(start, [2] * 14 + [1] * 14, severity=5)
    report = is_it_helping([], diary)
    assert report.first_nights.cramps_per_night == 2.0
    assert report.latest_nights.cramps_per_night == 1.0
    sentences = helping_sentences(report)
    assert (
        "Your first 14 diary nights (1 Nov to 14 Nov 2026) averaged 2.0 cramps a night; "
        "your latest 14 (15 Nov to 28 Nov 2026) averaged 1.0." in sentences
    )
    assert any("5.0 out of 10 at first (14 rated nights)" in s for s in sentences)


def test_a_short_diary_keeps_the_groups_apart() -> None:
    diary = nights_from(dt.date(2026, 11, 1), [1] * 16)
    report = is_it_helping([], diary)
    assert report.first_nights.nights == 14 and report.latest_nights.nights == 2
    assert report.latest_nights.cramps_per_night is None
    assert "at least 19 nights; it has 16 so far" in helping_sentences(report)[-2]
    report = is_it_helping([], nights_from(dt.date(2026, 11, 1), [1] * 19))
    assert report.latest_nights.nights == 5 and report.latest_nights.cramps_per_night == 1.0


diaries = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=120),
        st.integers(min_value=0, max_value=6),
        st.one_of(st.none(), st.integers(min_value=0, max_value=10)),
    ),
    unique_by=lambda t: t[0],
    max_size=60,
).map(lambda rows: [DiaryEntry(dt.date(2026, 1, 1) + d * DAY, c, s) for d, c, s in rows])
routine_days = st.sets(st.integers(min_value=0, max_value=120), max_size=80).map(
    lambda days: [session(dt.date(2026, 1, 1) + d * DAY) for d in sorted(days)]
)


@given(routine_days, diaries)
def test_groups_split_the_diary_without_losing_a_night(
    sessions: list[SessionRecord], diary: list[DiaryEntry]
) -> None:
    report = is_it_helping(sessions, diary)
    groups = (report.after_routine, report.without_routine)
    assert sum(g.nights for g in groups) == len(diary)
    assert sum(g.cramps for g in groups) == sum(e.cramps for e in diary)
    first, latest = report.first_nights, report.latest_nights
    assert first.nights == min(len(diary), 14)
    assert latest.nights == max(0, min(14, len(diary) - 14))
    if first.last_night and latest.first_night:
        assert first.last_night < latest.first_night
    for group in (*groups, first, latest):
        assert (group.cramps_per_night is None) == (group.nights < insights.MIN_NIGHTS)
        if group.mean_severity is not None:
            assert 0 <= group.mean_severity <= 10


@given(routine_days, diaries)
def test_sentences_always_carry_counts_and_the_caveat(
    sessions: list[SessionRecord], diary: list[DiaryEntry]
) -> None:
    sentences = helping_sentences(is_it_helping(sessions, diary))
    assert sentences[-1] == PERSONAL_RECORD_NOTE
    for sentence in sentences[:-1]:
        assert re.search(
            r"\d+ (diary |rated )?nights?\b|\d+ (after|at first)|has \d+|latest \d+", sentence
        )
    words = " ".join(sentences).lower()
    for banned in ("cure", "diagnos", "guarantee", "proves", "because of"):
        assert banned not in words


def test_summarise_nights_of_nothing() -> None:
    group = summarise_nights([])
    assert (group.nights, group.first_night, group.cramps_per_night) == (0, None, None)


# -- doctor suggestion -----------------------------------------------------------------------


def cramp_nights(*days_back: int) -> list[DiaryEntry]:
    return [night(TODAY - n * DAY, 1) for n in days_back]


def test_no_diary_no_suggestion() -> None:
    assert not doctor_suggestion([], TODAY)


def test_four_cramp_nights_in_each_of_two_weeks_suggests_a_doctor() -> None:
    diary = cramp_nights(1, 3, 5, 7, 8, 10, 12, 14)
    assert frequent_cramp_weeks(diary, TODAY) == (4, 4)
    assert doctor_suggestion(diary, TODAY)


def test_one_busy_week_is_not_enough() -> None:
    diary = cramp_nights(1, 2, 3, 4, 5, 6, 7, 8, 10, 12)
    assert frequent_cramp_weeks(diary, TODAY) == (3, 7)
    assert not doctor_suggestion(diary, TODAY)


def test_tonight_and_older_nights_are_outside_the_two_weeks() -> None:
    diary = cramp_nights(0, 1, 3, 5, 8, 10, 12, 14, 15)
    assert frequent_cramp_weeks(diary, TODAY) == (4, 3)
    assert not doctor_suggestion(diary, TODAY)


def test_quiet_nights_and_gaps_do_not_count_as_cramps() -> None:
    diary = [*cramp_nights(1, 3, 5, 8, 10, 12, 14), night(TODAY - 7 * DAY, 0, 0)]
    assert not doctor_suggestion(diary, TODAY)


@given(diaries, st.integers(min_value=0, max_value=120))
def test_more_cramp_nights_never_withdraw_the_suggestion(
    diary: list[DiaryEntry], extra: int
) -> None:
    today = Evening(dt.date(2026, 3, 1))
    before = doctor_suggestion(diary, today)
    added = dt.date(2026, 1, 1) + extra * DAY
    more = [e for e in diary if e.night != added] + [night(added, 1)]
    if before:
        assert doctor_suggestion(more, today)
    if before:
        assert (
            sum(1 for e in diary if e.cramps and 1 <= today.toordinal() - e.night.toordinal() <= 14)
            >= 8
        )


def test_the_core_stays_pure() -> None:
    # The insights and health modules must run without Qt or a database.
    for module in ("insights", "health"):
        path = Path(insights.__file__).with_name(f"{module}.py")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(
            name.startswith(("PySide6", "sqlite3", "stretch_coach.services", "stretch_coach.ui"))
            for name in imported
        ), imported


def test_minutes_stretched_count_only_the_stretching_really_done() -> None:
    skipped = dataclasses.replace(
        session(TODAY, seconds=200.0),
        outcome=SessionOutcome.PARTIAL,
        work_planned_seconds=180,
        work_done_seconds=30.0,
    )
    (week,) = minutes_per_week([skipped], TODAY, weeks=1)
    assert week.minutes == pytest.approx(0.5)  # not the 200 s the session ran
