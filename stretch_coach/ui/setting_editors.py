"""One editor widget per kind of setting, chosen by the setting's value type.

The Preferences form is built from the schema: each setting gets the editor
its :class:`~stretch_coach.core.settings.ValueType` asks for, labelled and
explained by the schema's own words. A new setting of a known kind needs
nothing here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from stretch_coach.core.routines import Routine
from stretch_coach.core.settings import (
    WEEKDAYS,
    Choice,
    ClockTime,
    RoutineId,
    SettingField,
    Switch,
    ValueType,
    Weekdays,
    WeekdayTimes,
    WholeNumber,
)
from stretch_coach.ui.date_time_fields import TimeField
from stretch_coach.ui.texts import WEEKDAY_SHORT, routine_name, tr, tr_noop
from stretch_coach.ui.wrapping_check_box import WrappingCheckBox

DAY_NAMES = {
    "mon": tr_noop("Monday"),
    "tue": tr_noop("Tuesday"),
    "wed": tr_noop("Wednesday"),
    "thu": tr_noop("Thursday"),
    "fri": tr_noop("Friday"),
    "sat": tr_noop("Saturday"),
    "sun": tr_noop("Sunday"),
}
UNIT_SUFFIX = {"minutes": tr_noop(" min")}


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def time_edit(parent: QWidget, value: dt.time, name: str) -> QTimeEdit:
    edit = TimeField(_qtime(value), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    edit.setToolTip(name)
    return edit


def check_box(parent: QWidget, text: str, checked: bool, tip: str | None = None) -> QCheckBox:
    box = WrappingCheckBox(text, parent)
    box.setChecked(checked)
    box.setAccessibleName(text)
    box.setToolTip(tip or text)
    return box


class SettingEditor:
    """A widget that shows one setting's value and reports changes."""

    # A check box carries its own label; other editors sit beside one.
    labelled = False

    def __init__(self, setting: SettingField, widget: QWidget) -> None:
        self.setting = setting
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:
        raise NotImplementedError


class SwitchEditor(SettingEditor):
    labelled = True

    def __init__(self, setting: SettingField, parent: QWidget, value: bool, tip: str) -> None:
        self.box = check_box(parent, tr(setting.label), value, tip)
        super().__init__(setting, self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: bool) -> None:
        self.box.setChecked(value)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _checked: callback())


class NumberEditor(SettingEditor):
    def __init__(self, setting: SettingField, parent: QWidget, value: int, tip: str) -> None:
        value_type = setting.type
        assert isinstance(value_type, WholeNumber)
        self.spin = QSpinBox(parent)
        self.spin.setRange(value_type.low, value_type.high)
        self.spin.setValue(value)
        self.spin.setSuffix(tr(UNIT_SUFFIX[value_type.unit.value]))
        self.spin.setAccessibleName(tr(setting.label))
        self.spin.setToolTip(
            tr("{name} ({low}–{high})").format(name=tip, low=value_type.low, high=value_type.high)
        )
        super().__init__(setting, self.spin)

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        self.spin.setValue(value)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.spin.valueChanged.connect(lambda _value: callback())


class TimeEditor(SettingEditor):
    def __init__(self, setting: SettingField, parent: QWidget, value: dt.time, tip: str) -> None:
        self.edit = time_edit(parent, value, tr(setting.label))
        self.edit.setToolTip(tip)
        super().__init__(setting, self.edit)

    def value(self) -> dt.time:
        return _pytime(self.edit.time())

    def set_value(self, value: dt.time) -> None:
        self.edit.setTime(_qtime(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.edit.timeChanged.connect(lambda _time: callback())


class ComboEditor(SettingEditor):
    """A choice among labelled values (the data of each item is the value)."""

    def __init__(
        self,
        setting: SettingField,
        parent: QWidget,
        items: Sequence[tuple[str, object]],
        value: object,
        tip: str,
    ) -> None:
        self.combo = QComboBox(parent)
        self.combo.setAccessibleName(tr(setting.label))
        self.combo.setToolTip(tip)
        for text, data in items:
            self.combo.addItem(text, data)
        super().__init__(setting, self.combo)
        self.set_value(value)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: object) -> None:
        index = self.combo.findData(value)
        if index < 0:  # e.g. a routine that no longer exists: keep it, visibly
            self.combo.addItem(tr("{id} (missing)").format(id=value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _index: callback())


class ChoiceEditor(ComboEditor):
    def value(self) -> Any:
        value_type = self.setting.type
        assert isinstance(value_type, Choice)
        return value_type.enum(self.combo.currentData())

    def set_value(self, value: object) -> None:
        super().set_value(getattr(value, "value", value))


class WeekdaysEditor(SettingEditor):
    def __init__(
        self, setting: SettingField, parent: QWidget, value: tuple[str, ...], tip: str
    ) -> None:
        widget = QWidget(parent)
        # Two rows (Monday to Thursday, Friday to Sunday), so the week fits a
        # narrow window and large text without a sideways scroll.
        row = QGridLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for index, day in enumerate(WEEKDAYS):
            # Abbreviations of their own: cutting a translated name short is not
            # how every language shortens its day names.
            box = QCheckBox(tr(WEEKDAY_SHORT[index]), widget)
            box.setAccessibleName(tr(DAY_NAMES[day]))
            box.setToolTip(tr("{setting}: {day}").format(setting=tip, day=tr(DAY_NAMES[day])))
            row.addWidget(box, index // 4, index % 4)
            self.boxes[day] = box
        # The form would squeeze the days below their names rather than
        # wrap the row; asking for the whole width makes it wrap instead.
        widget.setMinimumWidth(row.sizeHint().width())
        super().__init__(setting, widget)
        self.set_value(value)

    def value(self) -> tuple[str, ...]:
        return tuple(day for day in WEEKDAYS if self.boxes[day].isChecked())

    def set_value(self, value: tuple[str, ...]) -> None:
        for day, box in self.boxes.items():
            box.setChecked(day in value)

    def on_change(self, callback: Callable[[], None]) -> None:
        for box in self.boxes.values():
            box.toggled.connect(lambda _checked: callback())


class WeekdayTimesEditor(SettingEditor):
    """A check box per day ("a different time on Friday") with its time."""

    def __init__(
        self,
        setting: SettingField,
        parent: QWidget,
        value: Mapping[str, dt.time],
        fallback: dt.time,
        tip: str,
    ) -> None:
        widget = QWidget(parent)
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.overrides: dict[str, QCheckBox] = {}
        self.times: dict[str, QTimeEdit] = {}
        for row, day in enumerate(WEEKDAYS):
            name = tr(DAY_NAMES[day])
            box = check_box(
                widget,
                tr("{day}: different time").format(day=name),
                day in value,
                tr("{setting}: {day}").format(setting=tip, day=name),
            )
            edit = time_edit(widget, value.get(day, fallback), name)
            edit.setEnabled(box.isChecked())
            box.toggled.connect(edit.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
            self.overrides[day] = box
            self.times[day] = edit
        super().__init__(setting, widget)

    def value(self) -> Mapping[str, dt.time]:
        return MappingProxyType(
            {
                day: _pytime(self.times[day].time())
                for day in WEEKDAYS
                if self.overrides[day].isChecked()
            }
        )

    def set_value(self, value: Mapping[str, dt.time]) -> None:
        for day in WEEKDAYS:
            self.overrides[day].setChecked(day in value)
            if day in value:
                self.times[day].setTime(_qtime(value[day]))

    def on_change(self, callback: Callable[[], None]) -> None:
        for day in WEEKDAYS:
            self.overrides[day].toggled.connect(lambda _checked: callback())
            self.times[day].timeChanged.connect(lambda _time: callback())


def editor_for(
    setting: SettingField,
    parent: QWidget,
    value: Any,
    *,
    routines: Sequence[Routine] = (),
    tip: str | None = None,
    fallback_time: dt.time = dt.time(22, 30),
) -> SettingEditor:
    """The editor the setting's value type asks for."""
    text = tip or (tr(setting.help) if setting.help else tr(setting.label))
    value_type: ValueType = setting.type
    if isinstance(value_type, Switch):
        return SwitchEditor(setting, parent, value, text)
    if isinstance(value_type, WholeNumber):
        return NumberEditor(setting, parent, value, tr(setting.label))
    if isinstance(value_type, ClockTime):
        return TimeEditor(setting, parent, value, text)
    if isinstance(value_type, Choice):
        items = [(tr(label), choice) for choice, label in value_type.labels.items()]
        return ChoiceEditor(setting, parent, items, value, text)
    if isinstance(value_type, RoutineId):
        listed = [(routine_name(r), r.id) for r in routines]
        return ComboEditor(setting, parent, listed, value, text)
    if isinstance(value_type, Weekdays):
        return WeekdaysEditor(setting, parent, value, text)
    if isinstance(value_type, WeekdayTimes):
        return WeekdayTimesEditor(setting, parent, value, fallback_time, text)
    raise TypeError(f"no editor for {type(value_type).__name__} ({setting.key})")
