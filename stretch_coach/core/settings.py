"""Settings: one declarative schema, from which everything else is derived.

Each setting is declared once, as a field of one of the frozen section
classes below, through :func:`setting` — its value type (with range or
choices), default, label and help text. Validation, the file's plain data,
the documented ranges, the README's defaults block and the Preferences form
all walk :data:`SCHEMA`; nothing else spells a key.

When adding a setting:

1. add one ``setting(...)`` field to the section it belongs to (a new
   section: one ``section(...)`` field on :class:`Settings`);
2. give it an English label (and help, if the label is not enough);
3. run ``uv run python tools/update_translations.py`` and translate the label;
4. run ``uv run python tools/settings_doc.py`` to refresh the README block.

A new *kind* of value (not a switch, number, time, choice, routine or
weekdays) also needs a :class:`ValueType` here and an editor in
``ui/setting_editors.py``; the tests walk the schema and fail until both exist.

The settings file is hand-editable, so validation is forgiving in a precise
way: every valid key is kept, each invalid value falls back to its default
alone, and each fallback is reported as a :class:`SettingsWarning` — a fact
(which key, what is wrong, what was used), worded by each front end.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from stretch_coach.core.clock import EVENING_ROLLOVER_HOUR, evening_of
from stretch_coach.core.routines import ROUTINE_ID_PATTERN

__all__ = ["EVENING_ROLLOVER_HOUR", "evening_of"]

SCHEMA_VERSION = 1
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")

T = TypeVar("T")

_CLOCK_PATTERN = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    BEDTIME = "bedtime"


class TextSize(StrEnum):
    NORMAL = "normal"
    LARGE = "large"
    LARGEST = "largest"

    @property
    def scale(self) -> float:
        """How much larger than normal every text of the app is drawn."""
        return {"normal": 1.0, "large": 1.25, "largest": 1.5}[self.value]


class Unit(StrEnum):
    MINUTES = "minutes"


class Problem(StrEnum):
    """What can be wrong with a settings file or one of its values."""

    NOT_TRUE_OR_FALSE = "not-true-or-false"
    NOT_A_WHOLE_NUMBER = "not-a-whole-number"
    OUT_OF_RANGE = "out-of-range"
    NOT_A_TIME = "not-a-time"
    NOT_A_WHOLE_MINUTE = "not-a-whole-minute"
    NOT_A_CHOICE = "not-a-choice"
    NOT_A_ROUTINE_ID = "not-a-routine-id"
    UNKNOWN_ROUTINE = "unknown-routine"  # a valid id, but no such routine
    NOT_A_LIST = "not-a-list"
    NOT_A_WEEKDAY = "not-a-weekday"
    NOT_A_TABLE = "not-a-table"
    SCHEMA_NOT_A_NUMBER = "schema-not-a-number"
    SCHEMA_NEWER = "schema-newer"
    SCHEMA_TOO_OLD = "schema-too-old"
    FILE_UNREADABLE = "file-unreadable"  # and so it is never saved over
    FILE_NOT_A_FILE = "file-not-a-file"  # a folder, a pipe or a device
    FILE_NOT_TOML = "file-not-toml"
    FILE_TOO_LARGE = "file-too-large"


@dataclass(frozen=True, slots=True)
class SettingsWarning:
    """One value (or the whole file) that could not be used.

    ``value`` is the offending value as written (shortened), ``fallback`` what
    is used instead (empty where the value was only ignored), ``detail`` the
    technical reason where there is one (a parser's message, a path).
    """

    key: str
    problem: Problem
    value: str = ""
    fallback: str = ""
    detail: str = ""

    def __str__(self) -> str:
        # For logs: compact and unambiguous, not a sentence for the person.
        parts = [f"{self.key}: {self.problem.value}"]
        if self.value:
            parts.append(f"value {self.value}")
        if self.fallback:
            parts.append(f"using {self.fallback}")
        if self.detail:
            parts.append(f"({self.detail})")
        return " ".join(parts)


class InvalidValueError(ValueError):
    """Raised by a value type's parser; carries the fact, not a sentence."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


# -- value types -----------------------------------------------------------------


def format_clock(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def parse_clock(value: object) -> dt.time:
    """A wall-clock time given as "HH:MM" text (or a TOML local time)."""
    if isinstance(value, dt.time):
        if value.second or value.microsecond or value.tzinfo:
            raise InvalidValueError(Problem.NOT_A_WHOLE_MINUTE)
        return value
    if isinstance(value, str):
        match = _CLOCK_PATTERN.match(value.strip())
        if match:
            return dt.time(int(match[1]), int(match[2]))
    raise InvalidValueError(Problem.NOT_A_TIME)


Warn = Callable[[SettingsWarning], None]


class ValueType:
    """How one kind of setting is read from and written to the file."""

    def parse(self, raw: object, key: str, warn: Warn) -> Any:
        """The value for ``raw``; raises InvalidValueError if it cannot be used
        at all, or calls ``warn`` for parts it ignored."""
        raise NotImplementedError

    def dump(self, value: Any) -> object:
        """Plain TOML data for the file; None leaves the key out."""
        return value

    def show(self, value: Any) -> str:
        """The value as the file spells it, for warnings and the README."""
        dumped = self.dump(value)
        if isinstance(dumped, bool):
            return "true" if dumped else "false"
        if isinstance(dumped, str):
            return f'"{dumped}"'
        return str(dumped)

    def plain(self, value: Any) -> str:
        """The value as a person reads it in a message (no TOML quotes)."""
        dumped = self.dump(value)
        if isinstance(dumped, bool):
            return "true" if dumped else "false"
        if isinstance(dumped, list):
            return ", ".join(str(item) for item in dumped)
        return str(dumped)

    def describe(self) -> str:
        """A short comment for the README's defaults block."""
        return ""


class Switch(ValueType):
    def parse(self, raw: object, key: str, warn: Warn) -> bool:
        if isinstance(raw, bool):
            return raw
        raise InvalidValueError(Problem.NOT_TRUE_OR_FALSE)


@dataclass(frozen=True)
class WholeNumber(ValueType):
    low: int
    high: int
    unit: Unit = Unit.MINUTES

    def parse(self, raw: object, key: str, warn: Warn) -> int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise InvalidValueError(Problem.NOT_A_WHOLE_NUMBER)
        if not self.low <= raw <= self.high:
            raise InvalidValueError(Problem.OUT_OF_RANGE)
        return raw

    def describe(self) -> str:
        return f"{self.low}-{self.high} {self.unit.value}"


class ClockTime(ValueType):
    def parse(self, raw: object, key: str, warn: Warn) -> dt.time:
        return parse_clock(raw)

    def dump(self, value: dt.time) -> str:
        return format_clock(value)

    def describe(self) -> str:
        return "HH:MM, 24-hour local time"


@dataclass(frozen=True)
class Choice(ValueType):
    """One of an enumeration's values; ``labels`` name each for people."""

    enum: type[StrEnum]
    labels: Mapping[str, str]

    def parse(self, raw: object, key: str, warn: Warn) -> StrEnum:
        if isinstance(raw, str) and raw in {member.value for member in self.enum}:
            return self.enum(raw)
        raise InvalidValueError(Problem.NOT_A_CHOICE)

    def dump(self, value: StrEnum) -> str:
        return value.value

    def describe(self) -> str:
        return " | ".join(member.value for member in self.enum)


class RoutineId(ValueType):
    """The id of a routine; whether it exists is checked where routines are known."""

    def parse(self, raw: object, key: str, warn: Warn) -> str:
        if isinstance(raw, str) and ROUTINE_ID_PATTERN.match(raw):
            return raw
        raise InvalidValueError(Problem.NOT_A_ROUTINE_ID)

    def describe(self) -> str:
        return "a routine id (see: stretch-coach routines)"


class Weekdays(ValueType):
    """A set of weekdays, kept in week order; unknown days are ignored."""

    def parse(self, raw: object, key: str, warn: Warn) -> tuple[str, ...]:
        if not isinstance(raw, list):
            raise InvalidValueError(Problem.NOT_A_LIST)
        chosen = set()
        for day in raw:
            if day in WEEKDAYS:
                chosen.add(day)
            else:
                warn(SettingsWarning(key, Problem.NOT_A_WEEKDAY, _show(day)))
        return tuple(day for day in WEEKDAYS if day in chosen)

    def dump(self, value: tuple[str, ...]) -> list[str]:
        return list(value)

    def show(self, value: tuple[str, ...]) -> str:
        return "every day" if tuple(value) == WEEKDAYS else ", ".join(value) or "no day"

    def plain(self, value: tuple[str, ...]) -> str:
        return self.show(value)

    def describe(self) -> str:
        return " ".join(WEEKDAYS)


class WeekdayTimes(ValueType):
    """Times for some weekdays (a table such as ``fri = "23:30"``)."""

    def parse(self, raw: object, key: str, warn: Warn) -> Mapping[str, dt.time]:
        if not isinstance(raw, Mapping):
            raise InvalidValueError(Problem.NOT_A_TABLE)
        result: dict[str, dt.time] = {}
        for day, value in raw.items():
            day_key = f"{key}.{day}"
            if day not in WEEKDAYS:
                warn(SettingsWarning(day_key, Problem.NOT_A_WEEKDAY, _show(day)))
                continue
            try:
                result[day] = parse_clock(value)
            except InvalidValueError as exc:
                warn(SettingsWarning(day_key, exc.problem, _show(value)))
        return MappingProxyType(result)

    def dump(self, value: Mapping[str, dt.time]) -> dict[str, str] | None:
        if not value:
            return None
        return {day: format_clock(value[day]) for day in WEEKDAYS if day in value}

    def show(self, value: Mapping[str, dt.time]) -> str:
        return "the usual time" if not value else str(self.dump(value))

    def plain(self, value: Mapping[str, dt.time]) -> str:
        return self.show(value)

    def describe(self) -> str:
        return 'optional times for single evenings, e.g. fri = "23:30"'


# -- declaring settings --------------------------------------------------------------

_SPEC = "stretch_coach.setting"


@dataclass(frozen=True, slots=True)
class _Spec:
    type: ValueType
    label: str
    help: str
    key: str | None  # the file's key, where it differs from the attribute name


def setting(
    default: Any, value_type: ValueType, *, label: str, help: str = "", key: str | None = None
) -> Any:
    """Declare one setting (see the module's checklist)."""
    spec = _Spec(value_type, label, help, key)
    if isinstance(default, Mapping):
        frozen = MappingProxyType(dict(default))
        return field(default_factory=lambda: frozen, metadata={_SPEC: spec})
    return field(default=default, metadata={_SPEC: spec})


def section(kind: type, *, key: str, label: str) -> Any:
    """Declare a section of settings, stored under the table ``key``."""
    return field(default_factory=kind, metadata={_SPEC: _Spec(Switch(), label, "", key)})


# Labels are English source text; the GUI translates them (context "Coach").


@dataclass(frozen=True, slots=True)
class BedtimeSettings:
    time: dt.time = setting(
        dt.time(22, 30),
        ClockTime(),
        label="Usual bedtime",
        help="Times from 00:00 to 05:59 count as the night before.",
    )
    weekdays: Mapping[str, dt.time] = setting(
        {},
        WeekdayTimes(),
        label="Other bedtimes",
        help="A different bedtime on some evenings of the week.",
    )

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
    enabled: bool = setting(True, Switch(), label="Remind me to stretch before bed")
    minutes_before_bedtime: int = setting(30, WholeNumber(0, 180), label="Minutes before bedtime")
    days: tuple[str, ...] = setting(
        WEEKDAYS, Weekdays(), label="Days", help="The evenings with a stretch reminder."
    )


@dataclass(frozen=True, slots=True)
class HydrationReminderSettings:
    enabled: bool = setting(True, Switch(), label="Remind me to drink during the afternoon")
    first: dt.time = setting(dt.time(16, 0), ClockTime(), label="First water reminder")
    every_minutes: int = setting(60, WholeNumber(15, 240), label="Minutes between reminders")
    stop_minutes_before_bedtime: int = setting(
        120,
        WholeNumber(0, 360),
        label="Stop before bedtime",
        help=(
            "They stop before bed because drinks late in the evening make waking at "
            "night to pass urine more likely."
        ),
    )


@dataclass(frozen=True, slots=True)
class RoutineSettings:
    default: str = setting(
        "bedtime",
        RoutineId(),
        label="Default routine",
        help="The routine reminders and the tray start",
    )
    minutes: int = setting(5, WholeNumber(1, 60), label="Default length")


@dataclass(frozen=True, slots=True)
class SoundSettings:
    enabled: bool = setting(True, Switch(), label="Play sound cues")
    voice: bool = setting(False, Switch(), label="Read each step aloud")


THEME_LABELS: Mapping[str, str] = MappingProxyType(
    {
        Theme.SYSTEM: "Follow the system",
        Theme.LIGHT: "Light",
        Theme.DARK: "Dark",
        Theme.BEDTIME: "Bedtime (dim and warm)",
    }
)

TEXT_SIZE_LABELS: Mapping[str, str] = MappingProxyType(
    {
        TextSize.NORMAL: "Normal",
        TextSize.LARGE: "Large",
        TextSize.LARGEST: "Largest",
    }
)


@dataclass(frozen=True, slots=True)
class AppearanceSettings:
    theme: Theme = setting(
        Theme.SYSTEM, Choice(Theme, THEME_LABELS), label="Theme", help="Colours of the app"
    )
    text_size: TextSize = setting(
        TextSize.NORMAL,
        Choice(TextSize, TEXT_SIZE_LABELS),
        label="Text size",
        help="Larger text on every screen, on top of the desktop's own font size",
    )


@dataclass(frozen=True, slots=True)
class Settings:
    bedtime: BedtimeSettings = section(BedtimeSettings, key="bedtime", label="Bedtime")
    stretch: StretchReminderSettings = section(
        StretchReminderSettings, key="reminders.stretch", label="Stretch reminder"
    )
    hydration: HydrationReminderSettings = section(
        HydrationReminderSettings, key="reminders.hydration", label="Water"
    )
    routine: RoutineSettings = section(RoutineSettings, key="routine", label="Routine")
    sound: SoundSettings = section(SoundSettings, key="sound", label="Sound and voice")
    appearance: AppearanceSettings = section(
        AppearanceSettings, key="appearance", label="Appearance"
    )


# -- the schema, derived from the declarations above ------------------------------------


@dataclass(frozen=True, slots=True)
class SettingField:
    """One setting as the schema knows it."""

    key: str  # the file's dotted key, e.g. "reminders.stretch.days"
    section: str  # attribute of Settings, e.g. "stretch"
    name: str  # attribute of the section, e.g. "days"
    type: ValueType
    default: Any
    label: str
    help: str
    section_label: str

    def get(self, settings: Settings) -> Any:
        return getattr(getattr(settings, self.section), self.name)

    def with_value(self, settings: Settings, value: Any) -> Settings:
        part = dataclasses.replace(getattr(settings, self.section), **{self.name: value})
        return dataclasses.replace(settings, **{self.section: part})


def _build_schema() -> tuple[SettingField, ...]:
    defaults = Settings()
    built = []
    for part in dataclasses.fields(Settings):
        section_spec: _Spec = part.metadata[_SPEC]
        assert section_spec.key is not None
        for item in dataclasses.fields(getattr(defaults, part.name)):
            spec: _Spec = item.metadata[_SPEC]
            built.append(
                SettingField(
                    key=f"{section_spec.key}.{spec.key or item.name}",
                    section=part.name,
                    name=item.name,
                    type=spec.type,
                    default=getattr(getattr(defaults, part.name), item.name),
                    label=spec.label,
                    help=spec.help,
                    section_label=section_spec.label,
                )
            )
    return tuple(built)


SCHEMA: tuple[SettingField, ...] = _build_schema()
FIELDS: Mapping[str, SettingField] = MappingProxyType({f.key: f for f in SCHEMA})
SECTION_LABELS: Mapping[str, str] = MappingProxyType({f.section: f.section_label for f in SCHEMA})
# The documented range of every whole-number setting.
RANGES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {f.key: (f.type.low, f.type.high) for f in SCHEMA if isinstance(f.type, WholeNumber)}
)


@dataclass(frozen=True, slots=True)
class ValidatedSettings:
    settings: Settings
    warnings: tuple[SettingsWarning, ...]
    schema_version: int


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

    def table(self, key: str) -> Mapping[str, Any]:
        node: Mapping[str, Any] = self.raw
        walked: list[str] = []
        for part in key.split("."):
            walked.append(part)
            if part not in node:
                return {}
            child = node[part]
            if not isinstance(child, Mapping):
                # Said once, at the level that is wrong (reminders = 5 is
                # about "reminders", not each reminder setting beneath it).
                where = ".".join(walked)
                if where not in self._bad_tables:
                    self._bad_tables.add(where)
                    self.warnings.append(
                        SettingsWarning(where, Problem.NOT_A_TABLE, _show(child), "the defaults")
                    )
                return {}
            node = child
        return node

    def value(self, setting_field: SettingField) -> Any:
        section_key, _, name = setting_field.key.rpartition(".")
        table = self.table(section_key)
        if name not in table:
            return setting_field.default
        raw = table[name]
        try:
            return setting_field.type.parse(raw, setting_field.key, self.warnings.append)
        except InvalidValueError as exc:
            self.warnings.append(
                SettingsWarning(
                    setting_field.key,
                    exc.problem,
                    _show(raw),
                    setting_field.type.plain(setting_field.default),
                )
            )
            return setting_field.default


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
            warnings.append(SettingsWarning("schema_version", Problem.SCHEMA_TOO_OLD, str(version)))
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
            SettingsWarning(
                "schema_version", Problem.SCHEMA_NOT_A_NUMBER, _show(version), str(SCHEMA_VERSION)
            )
        )
        version = SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        warnings.append(SettingsWarning("schema_version", Problem.SCHEMA_NEWER, _show(version)))
    elif version < SCHEMA_VERSION:
        migrated, more = migrate(dict(raw), version, migrations)
        raw, warnings = migrated, warnings + more

    reader = _Reader(raw)
    settings = Settings()
    for setting_field in SCHEMA:
        value = reader.value(setting_field)
        if value is not setting_field.default:
            settings = setting_field.with_value(settings, value)
    return ValidatedSettings(settings, tuple(warnings + reader.warnings), version)


def settings_to_data(settings: Settings) -> dict[str, Any]:
    """The settings as the nested plain data of the documented file."""
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for setting_field in SCHEMA:
        value = setting_field.type.dump(setting_field.get(settings))
        *tables, name = setting_field.key.split(".")
        node = data
        for table in tables:
            node = node.setdefault(table, {})
        if value is not None:
            node[name] = value
    return data


def defaults_toml(example: Mapping[str, str] | None = None) -> str:
    """The README's block of defaults, written from the schema.

    ``example`` adds commented-in example values for keys whose default
    writes nothing (per-day bedtimes)."""
    examples = dict(example or {"bedtime.weekdays": 'fri = "23:30"'})
    lines = [f"schema_version = {SCHEMA_VERSION}"]
    table = ""
    for setting_field in SCHEMA:
        section_key, _, name = setting_field.key.rpartition(".")
        comment = setting_field.type.describe()
        if isinstance(setting_field.type, WeekdayTimes):
            lines.append(f"{'[' + setting_field.key + ']':<30} # {comment}")
            table = setting_field.key
            if setting_field.key in examples:
                lines.append(examples[setting_field.key])
            continue
        if section_key != table:
            lines.append(f"[{section_key}]")
            table = section_key
        dumped = setting_field.type.dump(setting_field.default)
        if isinstance(dumped, list):
            text = "[" + ",".join(f'"{d}"' for d in dumped) + "]"
        else:
            text = setting_field.type.show(setting_field.default)
        line = f"{name} = {text}"
        if comment and not isinstance(setting_field.type, Weekdays):
            line = f"{line:<30} # {comment}"
        lines.append(line)
    return "\n".join(lines) + "\n"
