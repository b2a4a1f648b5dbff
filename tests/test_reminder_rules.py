"""Which due reminders reach the person: pause, skip tonight, done already, curfew."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from stretch_coach.core.hints import AppHints
from stretch_coach.core.reminder_rules import (
    PauseChoice,
    ReminderAnswers,
    Verdict,
    bedtime_of_evening,
    hydration_curfew,
    pause,
    resume,
    skip_tonight,
    verdict,
)
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.core.settings import (
    BedtimeSettings,
    HydrationReminderSettings,
    Settings,
    StretchReminderSettings,
)

TZ = ZoneInfo("Europe/London")
FRIDAY_EVENING = dt.datetime(2026, 11, 27, 21, 0, tzinfo=TZ)
S = ReminderKind.STRETCH
H = ReminderKind.HYDRATION


NO_STATE = ReminderAnswers()
DEFAULTS = Settings()


def decide(
    kind: ReminderKind,
    now: dt.datetime,
    state: ReminderAnswers = NO_STATE,
    *,
    settings: Settings = DEFAULTS,
    stretched: bool = False,
) -> Verdict:
    return verdict(kind, now, settings, state, stretched_this_evening=stretched)


def test_a_plain_reminder_is_shown() -> None:
    assert decide(S, FRIDAY_EVENING) is Verdict.SHOW
    assert decide(H, FRIDAY_EVENING.replace(hour=17)) is Verdict.SHOW


def test_no_stretch_reminder_after_a_session_that_evening() -> None:
    assert decide(S, FRIDAY_EVENING, stretched=True) is Verdict.ALREADY_STRETCHED


def test_skip_tonight_lasts_until_the_evening_rolls_over() -> None:
    state = skip_tonight(ReminderAnswers(), FRIDAY_EVENING)
    assert decide(S, FRIDAY_EVENING + dt.timedelta(hours=1)) is Verdict.SHOW
    assert decide(S, FRIDAY_EVENING + dt.timedelta(hours=1), state) is Verdict.SKIPPED_TONIGHT
    # Half past midnight still belongs to Friday evening; Saturday evening does not.
    assert decide(S, FRIDAY_EVENING.replace(day=28, hour=0, minute=30), state) is (
        Verdict.SKIPPED_TONIGHT
    )
    assert decide(S, FRIDAY_EVENING + dt.timedelta(days=1), state) is Verdict.SHOW
    # Skipping the stretch does not silence water reminders.
    assert decide(H, FRIDAY_EVENING.replace(hour=18), state) is Verdict.SHOW


def test_pause_for_an_hour_tonight_or_until_resumed() -> None:
    hour = pause(ReminderAnswers(), PauseChoice.HOUR, FRIDAY_EVENING)
    assert decide(S, FRIDAY_EVENING + dt.timedelta(minutes=59), hour) is Verdict.PAUSED
    assert decide(S, FRIDAY_EVENING + dt.timedelta(minutes=61), hour) is Verdict.SHOW
    tonight = pause(ReminderAnswers(), PauseChoice.TONIGHT, FRIDAY_EVENING)
    assert decide(S, FRIDAY_EVENING.replace(day=28, hour=5), tonight) is Verdict.PAUSED
    assert decide(H, FRIDAY_EVENING.replace(day=28, hour=16), tonight) is Verdict.SHOW
    forever = pause(ReminderAnswers(), PauseChoice.UNTIL_RESUMED, FRIDAY_EVENING)
    assert decide(S, FRIDAY_EVENING + dt.timedelta(days=30), forever) is Verdict.PAUSED
    assert decide(S, FRIDAY_EVENING, resume(forever)) is Verdict.SHOW


def test_a_snoozed_drink_reminder_stops_at_the_curfew() -> None:
    settings = Settings()  # bedtime 22:30, curfew two hours before
    assert hydration_curfew(settings, FRIDAY_EVENING.date(), TZ) == FRIDAY_EVENING.replace(
        hour=20, minute=30
    )
    assert decide(H, FRIDAY_EVENING.replace(hour=20, minute=30)) is Verdict.SHOW
    assert decide(H, FRIDAY_EVENING.replace(hour=20, minute=31)) is Verdict.PAST_CURFEW


def test_disabled_kinds_are_not_shown() -> None:
    settings = dataclasses.replace(
        Settings(),
        stretch=StretchReminderSettings(enabled=False),
        hydration=HydrationReminderSettings(enabled=False),
    )
    assert decide(S, FRIDAY_EVENING, settings=settings) is Verdict.DISABLED
    assert decide(H, FRIDAY_EVENING.replace(hour=16), settings=settings) is Verdict.DISABLED


def test_bedtime_after_midnight_and_across_a_clock_change() -> None:
    late = dataclasses.replace(
        Settings(), bedtime=BedtimeSettings(dt.time(22, 30), {"sat": dt.time(0, 30)})
    )
    saturday = dt.date(2026, 10, 24)  # UK clocks go back early on Sunday 25 October
    assert bedtime_of_evening(late, saturday, TZ) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=TZ)
    assert bedtime_of_evening(late, dt.date(2026, 10, 25), TZ) == dt.datetime(
        2026, 10, 25, 22, 30, tzinfo=TZ
    )


def test_state_round_trips_and_odd_saved_data_is_forgotten() -> None:
    state = ReminderAnswers(skipped_evening=dt.date(2026, 11, 27), paused_until=FRIDAY_EVENING)
    assert ReminderAnswers.from_data(state.to_data()) == state
    hints = AppHints(told_about_tray=True, diary_prompts=False, doctor_suggested=True)
    assert AppHints.from_data(hints.to_data()) == hints
    # Both live in one file with flat keys; each reads its own.
    both = {**state.to_data(), **hints.to_data()}
    assert (ReminderAnswers.from_data(both), AppHints.from_data(both)) == (state, hints)
    assert ReminderAnswers.from_data("junk") == ReminderAnswers()
    odd = {"skipped_evening": "2026-13-40", "paused_until": "2026-11-27T21:00", "x": 1}
    assert ReminderAnswers.from_data(odd) == ReminderAnswers()


@given(st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 1, 1)))
def test_an_hour_pause_always_ends(naive: dt.datetime) -> None:
    now = naive.replace(tzinfo=dt.UTC)
    state = pause(ReminderAnswers(), PauseChoice.HOUR, now)
    assert state.is_paused(now)
    assert not state.is_paused(now + dt.timedelta(hours=1))


def test_night_runs_from_two_hours_before_bedtime_to_six_in_the_morning() -> None:
    from stretch_coach.core.reminder_rules import is_night

    settings = Settings()  # bedtime 22:30
    friday = dt.datetime(2026, 11, 27, 0, 0, tzinfo=TZ)
    assert not is_night(settings, friday.replace(hour=13, minute=14))
    assert not is_night(settings, friday.replace(hour=20, minute=29))
    assert is_night(settings, friday.replace(hour=20, minute=30))
    assert is_night(settings, friday.replace(day=28, hour=5, minute=59))
    assert not is_night(settings, friday.replace(day=28, hour=6))
