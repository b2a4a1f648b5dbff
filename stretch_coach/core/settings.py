"""Settings: their schema, defaults and validation (no file access here).

The settings file is hand-editable, so validation is forgiving in a precise
way: every valid key is kept, each invalid value falls back to its default
alone, and each fallback produces a warning that names the key and the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from stretch_coach.core.routines import ROUTINE_ID_PATTERN

SCHEMA_VERSION = 1
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A bedtime before this hour belongs to the evening before (00:30 on a Friday
# night is Saturday 00:30, and that evening's reminders are on Friday).
EVENING_ROLLOVER_HOUR = 6

T = TypeVar("T")

_CLOCK_PATTERN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def evening_of(moment: dt.datetime) -> dt.date:
    """The evening a moment belongs to: the small hours count with the day before."""
    return (moment - dt.timedelta(hours=EVENING_ROLLOVER_HOUR)).date()


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    BEDTIME = "bedtime"


RANGES: dict[str, tuple[int, int]] = {
    "reminders.stretch.minutes_before_bedtime": (0, 180),
    "reminders.hydration.every_minutes": (15, 240),
    "reminders.hydration.stop_minutes_before_bedtime": (0, 360),
    "routine.minutes": (1, 60),
}


@dataclass(frozen=True, slots=True)
class BedtimeSettings:
    time: dt.time = dt.time(22, 30)
    weekdays: Mapping[str, dt.time] = field(default_factory=dict)

    def for_evening(self, weekday: str) -> dt.time:
        """Bedtime on the evening of ``weekday`` (mon..sun)."""
        return self.weekdays.get(weekday, self.time)

    def minutes_after_evening_start(self, weekday: str) -> int:
        """Bedtime as minutes after that evening's midnight; after-midnight
        bedtimes come out past 24 h, so they sort after the evening's reminders."""
        bed = self.for_evening(weekday)
        minutes = bed.hour * 60 + bed.minute
        if bed.hour < EVENING_ROLLOVER_HOUR:
            minutes += 24 * 60
        return minutes


@dataclass(frozen=True, slots=True)
class StretchReminderSettings:
    enabled: bool = True
    minutes_before_bedtime: int = 30
    days: tuple[str, ...] = WEEKDAYS


@dataclass(frozen=True, slots=True)
class HydrationReminderSettings:
    enabled: bool = True
    first: dt.time = dt.time(16, 0)
    every_minutes: int = 60
    stop_minutes_before_bedtime: int = 120


@dataclass(frozen=True, slots=True)
class RoutineSettings:
    default: str = "bedtime"
    minutes: int = 5


@dataclass(frozen=True, slots=True)
class SoundSettings:
    enabled: bool = True
    voice: bool = False


@dataclass(frozen=True, slots=True)
class AppearanceSettings:
    theme: Theme = Theme.SYSTEM


@dataclass(frozen=True, slots=True)
class Settings:
    bedtime: BedtimeSettings = field(default_factory=BedtimeSettings)
    stretch: StretchReminderSettings = field(default_factory=StretchReminderSettings)
    hydration: HydrationReminderSettings = field(default_factory=HydrationReminderSettings)
    routine: RoutineSettings = field(default_factory=RoutineSettings)
    sound: SoundSettings = field(default_factory=SoundSettings)
    appearance: AppearanceSettings = field(default_factory=AppearanceSettings)


@dataclass(frozen=True, slots=True)
class SettingsWarning:
    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key}: {self.message}"


@dataclass(frozen=True, slots=True)
class ValidatedSettings:
    settings: Settings
    warnings: tuple[SettingsWarning, ...]
    schema_version: int


class _InvalidValueError(ValueError):
    pass


def format_clock(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_clock(value: object) -> dt.time:
    """A wall-clock time given as "HH:MM" text (or a TOML local time)."""
    if isinstance(value, dt.time):
        if value.second or value.microsecond or value.tzinfo:
            raise _InvalidValueError("must be a whole minute with no time zone, like 22:30")
        return value
    if isinstance(value, str):
        match = _CLOCK_PATTERN.match(value.strip())
        if match:
            return dt.time(int(match[1]), int(match[2]))
    raise _InvalidValueError("is not a valid time (use HH:MM on a 24-hour clock, like 22:30)")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _InvalidValueError("must be true or false")


def _ranged(key: str) -> Callable[[object], int]:
    low, high = RANGES[key]

    def parse(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise _InvalidValueError(f"must be a whole number from {low} to {high}")
        if not low <= value <= high:
            raise _InvalidValueError(f"must be from {low} to {high}")
        return value

    return parse


def _theme(value: object) -> Theme:
    if isinstance(value, str) and value in Theme.__members__.values():
        return Theme(value)
    raise _InvalidValueError(f"must be one of {', '.join(t.value for t in Theme)}")


def _routine_id(value: object) -> str:
    if isinstance(value, str) and ROUTINE_ID_PATTERN.match(value):
        return value
    raise _InvalidValueError("must be a routine id such as bedtime")


def _show(value: object) -> str:
    if isinstance(value, dt.time):
        return format_clock(value)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        # repr() of a huge integer is refused by Python (and useless to show).
        return "a number far out of range"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _Reader:
    """Reads one raw settings table, collecting a warning per fallback."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw = raw
        self.warnings: list[SettingsWarning] = []
        self._bad_tables: set[str] = set()

    def warn(self, key: str, message: str) -> None:
        self.warnings.append(SettingsWarning(key, message))

    def table(self, key: str) -> Mapping[str, Any]:
        node: Mapping[str, Any] = self.raw
        walked: list[str] = []
        for part in key.split("."):
            walked.append(part)
            if part not in node:
                return {}
            child = node[part]
            if not isinstance(child, Mapping):
                # Say it once, at the level that is wrong (reminders = 5 is
                # about "reminders", not each reminder setting beneath it).
                where = ".".join(walked)
                if where not in self._bad_tables:
                    self._bad_tables.add(where)
                    self.warn(where, f"{_show(child)} should be a table; using defaults for it")
                return {}
            node = child
        return node

    def value(self, key: str, parse: Callable[[object], T], default: T) -> T:
        section, _, name = key.rpartition(".")
        table = self.table(section) if section else self.raw
        if name not in table:
            return default
        try:
            return parse(table[name])
        except _InvalidValueError as exc:
            self.warn(key, f"{_show(table[name])} {exc}; using {_show_default(default)}")
            return default


def _show_default(default: object) -> str:
    if isinstance(default, dt.time):
        return format_clock(default)
    if isinstance(default, StrEnum):
        return default.value
    if isinstance(default, bool):
        return "true" if default else "false"
    if isinstance(default, tuple):
        return "every day" if default == WEEKDAYS else ", ".join(default)
    return str(default)


def _weekday_times(reader: _Reader) -> dict[str, dt.time]:
    table = reader.table("bedtime.weekdays")
    result: dict[str, dt.time] = {}
    for day, value in table.items():
        key = f"bedtime.weekdays.{day}"
        if day not in WEEKDAYS:
            reader.warn(key, f"{day!r} is not a weekday (use {', '.join(WEEKDAYS)}); ignored")
            continue
        try:
            result[day] = parse_clock(value)
        except _InvalidValueError as exc:
            reader.warn(key, f"{_show(value)} {exc}; using the usual bedtime")
    return result


def _days(reader: _Reader) -> tuple[str, ...]:
    key = "reminders.stretch.days"
    table = reader.table("reminders.stretch")
    if "days" not in table:
        return WEEKDAYS
    value = table["days"]
    if not isinstance(value, list):
        reader.warn(key, f"{_show(value)} should be a list of weekdays; using every day")
        return WEEKDAYS
    chosen = set()
    for day in value:
        if day in WEEKDAYS:
            chosen.add(day)
        else:
            reader.warn(key, f"{_show(day)} is not a weekday (use {', '.join(WEEKDAYS)}); ignored")
    return tuple(day for day in WEEKDAYS if day in chosen)


Migration = Callable[[dict[str, Any]], dict[str, Any]]
# MIGRATIONS[n] turns a schema-n table into a schema-(n+1) table. Version 1 is
# the first released schema, so there is nothing to migrate yet; the path is
# exercised by tests with stand-in steps and is ready for schema 2.
MIGRATIONS: dict[int, Migration] = {}


def migrate(
    raw: dict[str, Any], version: int, migrations: Mapping[int, Migration] | None = None
) -> tuple[dict[str, Any], list[SettingsWarning]]:
    steps = MIGRATIONS if migrations is None else migrations
    warnings: list[SettingsWarning] = []
    while version < SCHEMA_VERSION:
        step = steps.get(version)
        if step is None:
            warnings.append(
                SettingsWarning(
                    "schema_version",
                    f"version {version} is older than any this app can convert; "
                    "reading the keys it understands",
                )
            )
            break
        raw = step(raw)
        version += 1
    return raw, warnings


def validate_settings(
    raw: Mapping[str, Any], migrations: Mapping[int, Migration] | None = None
) -> ValidatedSettings:
    """Settings from a parsed TOML table; never raises for any table."""
    warnings: list[SettingsWarning] = []
    version = raw.get("schema_version", SCHEMA_VERSION)
    if isinstance(version, bool) or not isinstance(version, int):
        warnings.append(
            SettingsWarning("schema_version", f"{_show(version)} is not a whole number; using 1")
        )
        version = SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        warnings.append(
            SettingsWarning(
                "schema_version",
                f"written by a newer Stretch Coach (schema {_show(version)}); reading the keys "
                "this version understands",
            )
        )
    elif version < SCHEMA_VERSION:
        migrated, more = migrate(dict(raw), version, migrations)
        raw, warnings = migrated, warnings + more

    r = _Reader(raw)
    defaults = Settings()
    settings = Settings(
        bedtime=BedtimeSettings(
            time=r.value("bedtime.time", parse_clock, defaults.bedtime.time),
            weekdays=_weekday_times(r),
        ),
        stretch=StretchReminderSettings(
            enabled=r.value("reminders.stretch.enabled", _bool, defaults.stretch.enabled),
            minutes_before_bedtime=r.value(
                "reminders.stretch.minutes_before_bedtime",
                _ranged("reminders.stretch.minutes_before_bedtime"),
                defaults.stretch.minutes_before_bedtime,
            ),
            days=_days(r),
        ),
        hydration=HydrationReminderSettings(
            enabled=r.value("reminders.hydration.enabled", _bool, defaults.hydration.enabled),
            first=r.value("reminders.hydration.first", parse_clock, defaults.hydration.first),
            every_minutes=r.value(
                "reminders.hydration.every_minutes",
                _ranged("reminders.hydration.every_minutes"),
                defaults.hydration.every_minutes,
            ),
            stop_minutes_before_bedtime=r.value(
                "reminders.hydration.stop_minutes_before_bedtime",
                _ranged("reminders.hydration.stop_minutes_before_bedtime"),
                defaults.hydration.stop_minutes_before_bedtime,
            ),
        ),
        routine=RoutineSettings(
            default=r.value("routine.default", _routine_id, defaults.routine.default),
            minutes=r.value(
                "routine.minutes", _ranged("routine.minutes"), defaults.routine.minutes
            ),
        ),
        sound=SoundSettings(
            enabled=r.value("sound.enabled", _bool, defaults.sound.enabled),
            voice=r.value("sound.voice", _bool, defaults.sound.voice),
        ),
        appearance=AppearanceSettings(
            theme=r.value("appearance.theme", _theme, defaults.appearance.theme)
        ),
    )
    return ValidatedSettings(settings, tuple(warnings + r.warnings), version)


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """The settings as the nested plain data of the documented file."""
    bedtime: dict[str, Any] = {"time": format_clock(settings.bedtime.time)}
    if settings.bedtime.weekdays:
        bedtime["weekdays"] = {
            day: format_clock(settings.bedtime.weekdays[day])
            for day in WEEKDAYS
            if day in settings.bedtime.weekdays
        }
    return {
        "schema_version": SCHEMA_VERSION,
        "bedtime": bedtime,
        "reminders": {
            "stretch": {
                "enabled": settings.stretch.enabled,
                "minutes_before_bedtime": settings.stretch.minutes_before_bedtime,
                "days": list(settings.stretch.days),
            },
            "hydration": {
                "enabled": settings.hydration.enabled,
                "first": format_clock(settings.hydration.first),
                "every_minutes": settings.hydration.every_minutes,
                "stop_minutes_before_bedtime": settings.hydration.stop_minutes_before_bedtime,
            },
        },
        "routine": {"default": settings.routine.default, "minutes": settings.routine.minutes},
        "sound": {"enabled": settings.sound.enabled, "voice": settings.sound.voice},
        "appearance": {"theme": settings.appearance.theme.value},
    }
