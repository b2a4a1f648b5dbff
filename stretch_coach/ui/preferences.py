"""The preferences window: every setting in settings.toml, checked as it is typed.

Widgets only offer valid values (time pickers, spin boxes with the
documented ranges), so whatever the person can press Save on is valid; the
dialog hands the new Settings to the composition root, which saves them
atomically and passes them to the reminders at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.reminders import ReminderKind, ReminderPlanner
from stretch_coach.core.routines import Routine
from stretch_coach.core.settings import (
    RANGES,
    WEEKDAYS,
    AppearanceSettings,
    BedtimeSettings,
    HydrationReminderSettings,
    RoutineSettings,
    Settings,
    SoundSettings,
    StretchReminderSettings,
    Theme,
    format_clock,
)
from stretch_coach.ui.texts import WEEKDAY_SHORT, routine_name, tr, tr_noop

DAY_NAMES = {
    "mon": tr_noop("Monday"),
    "tue": tr_noop("Tuesday"),
    "wed": tr_noop("Wednesday"),
    "thu": tr_noop("Thursday"),
    "fri": tr_noop("Friday"),
    "sat": tr_noop("Saturday"),
    "sun": tr_noop("Sunday"),
}
THEME_NAMES = {
    Theme.SYSTEM: tr_noop("Follow the system"),
    Theme.LIGHT: tr_noop("Light"),
    Theme.DARK: tr_noop("Dark"),
    Theme.BEDTIME: tr_noop("Bedtime (dim and warm)"),
}


def evening_preview(settings: Settings, evening: dt.date) -> str:
    """One line about an evening's reminders, from the same planner as the
    ``reminders`` command (the time zone does not matter for wall times)."""
    weekday = WEEKDAYS[evening.weekday()]
    times = ReminderPlanner(settings, dt.UTC).evening_times(weekday)

    def clock(minutes: int) -> str:
        return format_clock(dt.time(*divmod(minutes % (24 * 60), 60)))

    water = [clock(m) for k, m in times if k is ReminderKind.HYDRATION]
    stretch = [clock(m) for k, m in times if k is ReminderKind.STRETCH]
    parts = []
    if len(water) > 4:
        parts.append(
            tr("water at {first}, {second} … {last}").format(
                first=water[0], second=water[1], last=water[-1]
            )
        )
    elif water:
        parts.append(tr("water at {times}").format(times=", ".join(water)))
    elif settings.hydration.enabled:
        parts.append(tr("no water reminders (the first would be after the cut-off)"))
    if stretch:
        parts.append(tr("stretch reminder at {time}").format(time=stretch[0]))
    bed = format_clock(settings.bedtime.for_evening(weekday))
    if not parts:
        return tr("Tonight: no reminders; bedtime {bed}.").format(bed=bed)
    return tr("Tonight: {parts}; bedtime {bed}.").format(parts="; ".join(parts), bed=bed)


def _qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def _pytime(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


def _time_edit(parent: QWidget, value: dt.time, name: str) -> QTimeEdit:
    edit = QTimeEdit(_qtime(value), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    edit.setToolTip(name)
    return edit


def _checkbox(parent: QWidget, text: str, checked: bool, tip: str | None = None) -> QCheckBox:
    box = QCheckBox(text, parent)
    box.setChecked(checked)
    box.setAccessibleName(text)
    box.setToolTip(tip or text)
    return box


def _spin(parent: QWidget, key: str, value: int, suffix: str, name: str) -> QSpinBox:
    low, high = RANGES[key]
    spin = QSpinBox(parent)
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    spin.setAccessibleName(name)
    spin.setToolTip(tr("{name} ({low}–{high})").format(name=name, low=low, high=high))
    return spin


class PreferencesDialog(QDialog):
    settings_saved = Signal(object, bool)  # Settings, start at login

    def __init__(
        self,
        settings: Settings,
        routines: Sequence[Routine],
        *,
        start_at_login: bool,
        autostart_available: bool = True,
        voice_available: bool = True,
        today: dt.date | None = None,
        problems: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        self.setMinimumSize(560, 560)
        self._original = settings
        self._today = today or dt.date.today()
        outer = QVBoxLayout(self)
        self.problems = QLabel(problems, self)
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))
        outer.addWidget(self.problems)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        layout.addWidget(self._bedtime_group(body, settings.bedtime))
        layout.addWidget(self._stretch_group(body, settings.stretch))
        layout.addWidget(self._hydration_group(body, settings.hydration))
        layout.addWidget(self._routine_group(body, settings.routine, routines))
        layout.addWidget(self._sound_group(body, settings, voice_available))
        layout.addWidget(
            self._appearance_group(body, settings, start_at_login, autostart_available)
        )
        layout.addStretch(1)

        self.preview = QLabel(self)
        self.preview.setObjectName("subtitle")
        self.preview.setWordWrap(True)
        outer.addWidget(self.preview)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
            button.setToolTip(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._connect_changes(body)
        self.update_preview()

    # -- sections ----------------------------------------------------------------

    def _bedtime_group(self, parent: QWidget, bedtime: BedtimeSettings) -> QGroupBox:
        group = QGroupBox(tr("Bedtime"), parent)
        grid = QGridLayout(group)
        grid.addWidget(QLabel(tr("Usual bedtime"), group), 0, 0)
        self.bedtime = _time_edit(group, bedtime.time, tr("Usual bedtime"))
        grid.addWidget(self.bedtime, 0, 1)
        note = QLabel(tr("Times from 00:00 to 05:59 count as the night before."), group)
        note.setObjectName("hint")
        note.setWordWrap(True)
        grid.addWidget(note, 0, 2)
        self.day_overrides: dict[str, QCheckBox] = {}
        self.day_times: dict[str, QTimeEdit] = {}
        for row, day in enumerate(WEEKDAYS, start=1):
            box = QCheckBox(tr("{day}: different bedtime").format(day=tr(DAY_NAMES[day])), group)
            box.setAccessibleName(box.text())
            box.setToolTip(
                tr("Use another bedtime on {day} evenings").format(day=tr(DAY_NAMES[day]))
            )
            edit = _time_edit(group, bedtime.for_evening(day), tr(DAY_NAMES[day]))
            box.setChecked(day in bedtime.weekdays)
            edit.setEnabled(box.isChecked())
            box.toggled.connect(edit.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(edit, row, 1)
            self.day_overrides[day] = box
            self.day_times[day] = edit
        return group

    def _stretch_group(self, parent: QWidget, stretch: StretchReminderSettings) -> QGroupBox:
        group = QGroupBox(tr("Stretch reminder"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.stretch_enabled = _checkbox(
            group, tr("Remind me to stretch before bed"), stretch.enabled
        )
        form.addRow(self.stretch_enabled)
        self.stretch_before = _spin(
            group,
            "reminders.stretch.minutes_before_bedtime",
            stretch.minutes_before_bedtime,
            tr(" min before bed"),
            tr("Minutes before bedtime"),
        )
        form.addRow(tr("When"), self.stretch_before)
        days = QHBoxLayout()
        self.stretch_days: dict[str, QCheckBox] = {}
        for index, day in enumerate(WEEKDAYS):
            # Abbreviations of their own: cutting a translated name short is not
            # how every language shortens its day names.
            box = QCheckBox(tr(WEEKDAY_SHORT[index]), group)
            box.setChecked(day in stretch.days)
            box.setAccessibleName(tr(DAY_NAMES[day]))
            box.setToolTip(tr("Remind me on {day} evenings").format(day=tr(DAY_NAMES[day])))
            days.addWidget(box)
            self.stretch_days[day] = box
        form.addRow(tr("Days"), days)
        return group

    def _hydration_group(self, parent: QWidget, water: HydrationReminderSettings) -> QGroupBox:
        group = QGroupBox(tr("Water"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.water_enabled = _checkbox(
            group, tr("Remind me to drink during the afternoon"), water.enabled
        )
        form.addRow(self.water_enabled)
        self.water_first = _time_edit(group, water.first, tr("First water reminder"))
        form.addRow(tr("First reminder"), self.water_first)
        self.water_every = _spin(
            group,
            "reminders.hydration.every_minutes",
            water.every_minutes,
            tr(" min"),
            tr("Minutes between reminders"),
        )
        form.addRow(tr("Every"), self.water_every)
        self.water_stop = _spin(
            group,
            "reminders.hydration.stop_minutes_before_bedtime",
            water.stop_minutes_before_bedtime,
            tr(" min before bed"),
            tr("Stop before bedtime"),
        )
        form.addRow(tr("Stop"), self.water_stop)
        why = QLabel(
            tr(
                "They stop before bed because drinks late in the evening make waking at "
                "night to pass urine more likely."
            ),
            group,
        )
        why.setObjectName("hint")
        why.setWordWrap(True)
        form.addRow(why)
        return group

    def _routine_group(
        self, parent: QWidget, routine: RoutineSettings, routines: Sequence[Routine]
    ) -> QGroupBox:
        group = QGroupBox(tr("Routine"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.routine = QComboBox(group)
        self.routine.setAccessibleName(tr("Default routine"))
        self.routine.setToolTip(tr("The routine reminders and the tray start"))
        for item in routines:
            self.routine.addItem(routine_name(item), item.id)
        index = self.routine.findData(routine.default)
        if index < 0:  # a routine that no longer exists: keep it, visibly
            self.routine.addItem(tr("{id} (missing)").format(id=routine.default), routine.default)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        form.addRow(tr("Default routine"), self.routine)
        self.minutes = _spin(
            group, "routine.minutes", routine.minutes, tr(" min"), tr("Default length")
        )
        form.addRow(tr("Length"), self.minutes)
        return group

    def _sound_group(self, parent: QWidget, settings: Settings, voice: bool) -> QGroupBox:
        group = QGroupBox(tr("Sound and voice"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.sound = _checkbox(group, tr("Play sound cues"), settings.sound.enabled)
        self.voice = _checkbox(
            group,
            tr("Read each step aloud"),
            settings.sound.voice,
            None if voice else tr("No speech engine was found on this computer"),
        )
        form.addRow(self.sound)
        form.addRow(self.voice)
        return group

    def _appearance_group(
        self, parent: QWidget, settings: Settings, start_at_login: bool, autostart: bool
    ) -> QGroupBox:
        group = QGroupBox(tr("Appearance and start-up"), parent)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.theme = QComboBox(group)
        self.theme.setAccessibleName(tr("Theme"))
        self.theme.setToolTip(tr("Colours of the app"))
        for theme, label in THEME_NAMES.items():
            self.theme.addItem(tr(label), theme.value)
        self.theme.setCurrentIndex(self.theme.findData(settings.appearance.theme.value))
        form.addRow(tr("Theme"), self.theme)
        self.autostart = _checkbox(
            group,
            tr("Start at login (in the tray)"),
            start_at_login,
            tr("Needed for reminders after you restart the computer"),
        )
        self.autostart.setEnabled(autostart)
        form.addRow(self.autostart)
        return group

    def _connect_changes(self, body: QWidget) -> None:
        for edit in body.findChildren(QTimeEdit):
            edit.timeChanged.connect(self.update_preview)
        for spin in body.findChildren(QSpinBox):
            spin.valueChanged.connect(self.update_preview)
        for box in body.findChildren(QCheckBox):
            box.toggled.connect(self.update_preview)

    # -- reading the widgets -----------------------------------------------------------

    def current_settings(self) -> Settings:
        overrides = {
            day: _pytime(self.day_times[day].time())
            for day in WEEKDAYS
            if self.day_overrides[day].isChecked()
        }
        return Settings(
            bedtime=BedtimeSettings(_pytime(self.bedtime.time()), overrides),
            stretch=StretchReminderSettings(
                self.stretch_enabled.isChecked(),
                self.stretch_before.value(),
                tuple(d for d in WEEKDAYS if self.stretch_days[d].isChecked()),
            ),
            hydration=HydrationReminderSettings(
                self.water_enabled.isChecked(),
                _pytime(self.water_first.time()),
                self.water_every.value(),
                self.water_stop.value(),
            ),
            routine=RoutineSettings(str(self.routine.currentData()), self.minutes.value()),
            sound=SoundSettings(self.sound.isChecked(), self.voice.isChecked()),
            appearance=AppearanceSettings(Theme(str(self.theme.currentData()))),
        )

    def update_preview(self) -> None:
        evening = self._today
        self.preview.setText(evening_preview(self.current_settings(), evening))

    def save(self) -> None:
        self.settings_saved.emit(self.current_settings(), self.autostart.isChecked())
        self.accept()
