from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stretch_coach.core.settings import (
    SCHEMA_VERSION,
    WEEKDAYS,
    BedtimeSettings,
    Problem,
    Settings,
    Theme,
    evening_of,
    parse_clock,
    settings_to_data,
    validate_settings,
)
from tests.test_harness_settings_fuzz import FUZZ

DOCUMENTED = """
schema_version = 1
[bedtime]
time = "22:30"
[bedtime.weekdays]
fri = "23:30"
[reminders.stretch]
enabled = true
minutes_before_bedtime = 30
days = ["mon","tue","wed","thu","fri","sat","sun"]
[reminders.hydration]
enabled = true
first = "16:00"
every_minutes = 60
stop_minutes_before_bedtime = 120
[routine]
default = "bedtime"
minutes = 5
[sound]
enabled = true
voice = false
[appearance]
theme = "system"
"""


def test_documented_example_is_valid_and_round_trips() -> None:
    result = validate_settings(tomllib.loads(DOCUMENTED))
    assert result.warnings == ()
    assert result.settings.bedtime.weekdays == {"fri": dt.time(23, 30)}
    again = validate_settings(settings_to_data(result.settings))
    assert again.settings == result.settings and again.warnings == ()


def test_empty_file_gives_defaults() -> None:
    result = validate_settings({})
    assert result.settings == Settings()
    assert result.warnings == ()
    assert result.schema_version == SCHEMA_VERSION


def test_defaults_match_the_documented_contract() -> None:
    s = Settings()
    assert s.bedtime.time == dt.time(22, 30)
    assert s.stretch.minutes_before_bedtime == 30 and s.stretch.days == WEEKDAYS
    assert s.hydration.first == dt.time(16, 0)
    assert s.hydration.every_minutes == 60
    assert s.hydration.stop_minutes_before_bedtime == 120
    assert (s.routine.default, s.routine.minutes) == ("bedtime", 5)
    assert s.sound.enabled and not s.sound.voice
    assert s.appearance.theme is Theme.SYSTEM


@pytest.mark.parametrize(
    ("text", "expected"),
    [("22:30", dt.time(22, 30)), ("7:05", dt.time(7, 5)), (" 00:00 ", dt.time(0, 0))],
)
def test_clock_times(text: str, expected: dt.time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize("text", ["25:99", "24:00", "12:60", "noon", "", "12", 1230, None, True])
def test_impossible_clock_times_are_refused(text: object) -> None:
    with pytest.raises(ValueError):
        parse_clock(text)


def test_toml_local_time_is_accepted() -> None:
    result = validate_settings(tomllib.loads("[bedtime]\ntime = 21:15:00"))
    assert result.settings.bedtime.time == dt.time(21, 15)


def with_value(section: str, key: str, value: Any) -> dict[str, Any]:
    raw = tomllib.loads(DOCUMENTED)
    node = raw
    for part in section.split("."):
        node = node[part]
    node[key] = value
    return raw


@pytest.mark.parametrize(
    ("section", "key", "value", "field_check"),
    [
        ("bedtime", "time", "25:99", lambda s: s.bedtime.time == dt.time(22, 30)),
        (
            "reminders.stretch",
            "minutes_before_bedtime",
            181,
            lambda s: s.stretch.minutes_before_bedtime == 30,
        ),
        (
            "reminders.stretch",
            "minutes_before_bedtime",
            "30",
            lambda s: s.stretch.minutes_before_bedtime == 30,
        ),
        ("reminders.stretch", "enabled", "yes", lambda s: s.stretch.enabled is True),
        ("reminders.stretch", "days", "mon", lambda s: s.stretch.days == WEEKDAYS),
        ("reminders.hydration", "every_minutes", 5, lambda s: s.hydration.every_minutes == 60),
        ("reminders.hydration", "every_minutes", True, lambda s: s.hydration.every_minutes == 60),
        (
            "reminders.hydration",
            "stop_minutes_before_bedtime",
            -1,
            lambda s: s.hydration.stop_minutes_before_bedtime == 120,
        ),
        ("reminders.hydration", "first", "4pm", lambda s: s.hydration.first == dt.time(16)),
        ("routine", "minutes", 0, lambda s: s.routine.minutes == 5),
        ("routine", "default", "../../etc", lambda s: s.routine.default == "bedtime"),
        ("sound", "voice", 1, lambda s: s.sound.voice is False),
        ("appearance", "theme", "neon", lambda s: s.appearance.theme is Theme.SYSTEM),
    ],
)
def test_one_bad_value_falls_back_alone_with_a_named_warning(
    section: str, key: str, value: Any, field_check: Any
) -> None:
    raw = with_value(section, key, value)
    result = validate_settings(raw)
    assert field_check(result.settings)
    assert len(result.warnings) == 1
    warning = str(result.warnings[0])
    assert warning.startswith(f"{section}.{key}:")
    assert repr(value)[:20] in warning
    # Every other key is kept.
    good = validate_settings(tomllib.loads(DOCUMENTED)).settings
    assert settings_to_data(result.settings).keys() == settings_to_data(good).keys()
    assert result.settings.bedtime.weekdays == good.bedtime.weekdays or section == "bedtime"


def test_unknown_weekdays_are_dropped_one_by_one() -> None:
    raw = with_value("reminders.stretch", "days", ["mon", "funday", "fri", "mon"])
    result = validate_settings(raw)
    assert result.settings.stretch.days == ("mon", "fri")
    assert [w.key for w in result.warnings] == ["reminders.stretch.days"]
    assert "funday" in str(result.warnings[0])


def test_bad_weekday_overrides_are_dropped_alone() -> None:
    raw = tomllib.loads('[bedtime.weekdays]\nfri = "23:30"\nsat = "9am"\nholiday = "23:00"')
    result = validate_settings(raw)
    assert result.settings.bedtime.weekdays == {"fri": dt.time(23, 30)}
    assert sorted(w.key for w in result.warnings) == [
        "bedtime.weekdays.holiday",
        "bedtime.weekdays.sat",
    ]


def test_an_empty_day_list_means_no_stretch_reminders() -> None:
    assert (
        validate_settings(with_value("reminders.stretch", "days", [])).settings.stretch.days == ()
    )


def test_a_section_of_the_wrong_type_is_reset_with_a_warning() -> None:
    result = validate_settings({"bedtime": "22:00", "sound": {"enabled": False}})
    assert result.settings.bedtime == BedtimeSettings()
    assert result.settings.sound.enabled is False
    assert [w.key for w in result.warnings] == ["bedtime"]


def test_newer_schema_is_read_for_known_keys_with_a_warning() -> None:
    result = validate_settings({"schema_version": 7, "sound": {"enabled": False}, "new": {}})
    assert result.schema_version == 7
    assert result.settings.sound.enabled is False
    assert result.warnings[0].problem is Problem.SCHEMA_NEWER


def test_older_schema_runs_each_migration_step_in_order() -> None:
    calls: list[int] = []

    def step(version: int) -> Any:
        def run(raw: dict[str, Any]) -> dict[str, Any]:
            calls.append(version)
            if version == 0:  # say schema 0 kept the bedtime at the top level
                raw = {**raw, "bedtime": {"time": raw.pop("bedtime_time")}}
            return raw

        return run

    raw = {"schema_version": 0, "bedtime_time": "21:00"}
    result = validate_settings(raw, migrations={0: step(0)})
    assert calls == [0]
    assert result.settings.bedtime.time == dt.time(21, 0)
    assert result.warnings == ()


def test_older_schema_without_a_migration_path_warns_and_reads_what_it_can() -> None:
    result = validate_settings({"schema_version": 0, "sound": {"voice": True}}, migrations={})
    assert result.settings.sound.voice is True
    assert result.warnings[0].problem is Problem.SCHEMA_TOO_OLD


def test_schema_version_of_the_wrong_type() -> None:
    result = validate_settings({"schema_version": "one"})
    assert result.settings == Settings()
    assert [w.key for w in result.warnings] == ["schema_version"]


@pytest.mark.parametrize(
    ("moment", "evening"),
    [
        (dt.datetime(2026, 11, 27, 23, 59), dt.date(2026, 11, 27)),
        (dt.datetime(2026, 11, 28, 0, 30), dt.date(2026, 11, 27)),
        (dt.datetime(2026, 11, 28, 5, 59), dt.date(2026, 11, 27)),
        (dt.datetime(2026, 11, 28, 6, 0), dt.date(2026, 11, 28)),
    ],
)
def test_small_hours_belong_to_the_evening_before(moment: dt.datetime, evening: dt.date) -> None:
    assert evening_of(moment) == evening


def test_after_midnight_bedtime_sorts_after_the_evening() -> None:
    bedtime = BedtimeSettings(dt.time(22, 30), {"fri": dt.time(0, 30)})
    assert bedtime.minutes_after_evening_start("thu") == 22 * 60 + 30
    assert bedtime.minutes_after_evening_start("fri") == 24 * 60 + 30


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6) | st.times(),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
    max_leaves=8,
)


# The settings harness's profile (no deadline, no too-slow check), with
# hypothesis's usual number of examples.
@settings(FUZZ, max_examples=100)
@given(
    st.dictionaries(
        st.sampled_from(
            ["bedtime", "reminders", "routine", "sound", "appearance", "schema_version", "x"]
        ),
        json_like,
    )
)
def test_any_table_validates_without_raising(raw: dict[str, Any]) -> None:
    result = validate_settings(raw)
    assert isinstance(result.settings, Settings)
