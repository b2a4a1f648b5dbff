"""The preferences window: every setting in settings.toml, built from the schema.

Each section of the schema is a group, each setting the editor its value
type asks for, so a new setting appears here without a line of code. Editors
only offer valid values (time pickers, spin boxes with the documented
ranges), so whatever the person can press Save on is valid; the dialog hands
the new Settings to the settings owner, which saves and announces them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.reminders import ReminderKind, ReminderPlanner
from stretch_coach.core.routines import Routine
from stretch_coach.core.settings import FIELDS, SCHEMA, WEEKDAYS, Settings, format_clock
from stretch_coach.ui.form_field import add_row
from stretch_coach.ui.placement import SCROLLING_BODY, fit_to_screen
from stretch_coach.ui.setting_editors import SettingEditor, SwitchEditor, check_box, editor_for
from stretch_coach.ui.texts import no_speech_engine, tr


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


class PreferencesDialog(QDialog):
    settings_saved = Signal(object, bool)  # Settings, start at login
    # Settings as shown (saved or not): their reminders for the phone's calendar.
    calendar_requested = Signal(object)

    def __init__(
        self,
        settings: Settings,
        routines: Sequence[Routine],
        *,
        start_at_login: bool,
        voice_available: bool = True,
        voice_module_missing: bool = False,
        evening: dt.date,
        problems: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences"))
        # Pages scroll: a 640×480 screen shows the dialog whole.
        self.setMinimumSize(480, 360)
        self._settings = settings
        self._evening = evening
        outer = QVBoxLayout(self)
        self.problems = QLabel(problems, self)
        self.problems.setObjectName("notice")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(problems))
        outer.addWidget(self.problems)

        scroll = QScrollArea(self)
        scroll.setObjectName(SCROLLING_BODY)  # fit_to_screen widens the dialog to it
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setSpacing(14)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        # Said under the switch, not only in its tooltip: the person must
        # learn why it does nothing and how to add a speech engine.
        notes = {} if voice_available else {"sound.voice": no_speech_engine(voice_module_missing)}
        tips = notes
        self.editors: dict[str, SettingEditor] = {}
        groups: dict[str, QFormLayout] = {}
        for setting in SCHEMA:
            form = groups.get(setting.section)
            if form is None:
                group = QGroupBox(tr(setting.section_label), body)
                form = QFormLayout(group)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
                # A field too wide beside its label goes under it (large text).
                form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                groups[setting.section] = form
                layout.addWidget(group)
            parent_widget = form.parentWidget()
            assert parent_widget is not None
            editor = editor_for(
                setting,
                parent_widget,
                setting.get(settings),
                routines=routines,
                tip=tips.get(setting.key),
                fallback_time=settings.bedtime.time,
            )
            if editor.labelled:
                form.addRow(editor.widget)
            else:
                add_row(form, tr(setting.label), editor.widget)
            if setting.key in notes:
                note = QLabel(notes[setting.key], parent_widget)
                note.setObjectName("hint")
                note.setWordWrap(True)
                form.addRow(note)
            if setting.help and not isinstance(editor, SwitchEditor):
                hint = QLabel(tr(setting.help), parent_widget)
                hint.setObjectName("hint")
                hint.setWordWrap(True)
                form.addRow(hint)
            editor.on_change(self.update_preview)
            self.editors[setting.key] = editor

        # Not a setting either: the same reminders on the phone, right after
        # the reminders' own settings.
        water = groups["hydration"].parentWidget()
        assert water is not None
        layout.insertWidget(layout.indexOf(water) + 1, self._phone_group(body))

        # Not a setting of the file: whether the system starts the app at login.
        appearance = groups["appearance"]
        appearance_group = appearance.parentWidget()
        assert appearance_group is not None
        why = tr("In the tray: needed for reminders after you restart the computer.")
        self.autostart = check_box(appearance_group, tr("Start at login"), start_at_login, why)
        appearance.addRow(self.autostart)
        # Said under it, on a line that wraps (a check box's text cannot).
        autostart_why = QLabel(why, appearance_group)
        autostart_why.setObjectName("hint")
        autostart_why.setWordWrap(True)
        appearance.addRow(autostart_why)
        layout.addStretch(1)

        self.preview = QLabel(self)
        self.preview.setObjectName("subtitle")
        self.preview.setWordWrap(True)
        outer.addWidget(self.preview)
        # Our own words on plain buttons: standard ones bring the desktop's
        # icons (a floppy disk, a red cross) on some platforms.
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text())
            button.setToolTip(button.text())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.update_preview()
        fit_to_screen(self, QSize(640, 720))

    def _phone_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(tr("On your phone"), parent)
        form = QFormLayout(group)
        why = tr("Your phone can remind you too, when you are away from the computer.")
        note = QLabel(why, group)
        note.setObjectName("hint")
        note.setWordWrap(True)
        form.addRow(note)
        self.calendar_button = QPushButton(tr("Add reminders to my phone's calendar…"), group)
        self.calendar_button.setAccessibleName(tr("Add reminders to my phone's calendar"))
        self.calendar_button.setToolTip(why)
        self.calendar_button.clicked.connect(
            lambda: self.calendar_requested.emit(self.current_settings())
        )
        row = QHBoxLayout()
        row.addWidget(self.calendar_button)
        row.addStretch(1)  # as wide as its words, like the other buttons
        form.addRow(row)
        return group

    def editor(self, key: str) -> SettingEditor:
        return self.editors[key]

    def current_settings(self) -> Settings:
        settings = self._settings
        for key, editor in self.editors.items():
            settings = FIELDS[key].with_value(settings, editor.value())
        return settings

    def update_preview(self) -> None:
        self.preview.setText(evening_preview(self.current_settings(), self._evening))

    def save(self) -> None:
        self.settings_saved.emit(self.current_settings(), self.autostart.isChecked())
        self.accept()
