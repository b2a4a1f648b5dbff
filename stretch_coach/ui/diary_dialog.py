"""The morning check-in: how was last night? One screen, done in seconds,
skippable, and editable later for any past night."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from stretch_coach.core.diary_limits import (
    LOCATIONS,
    MAX_CRAMPS,
    MAX_NOTE_CHARS,
    MAX_SEVERITY,
    MIN_SEVERITY,
)
from stretch_coach.core.records import DiaryEntry
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.date_time_fields import DateField
from stretch_coach.ui.form_field import FormField
from stretch_coach.ui.placement import fit_to_screen, scrolling_body
from stretch_coach.ui.texts import tr, tr_noop
from stretch_coach.ui.theme import calm_calendar

PART_NAMES = {"foot": tr_noop("Foot"), "calf": tr_noop("Calf"), "thigh": tr_noop("Thigh")}


class DiaryDialog(QDialog):
    saved = Signal(object)  # DiaryEntry

    def __init__(
        self,
        night: dt.date,
        existing: DiaryEntry | None = None,
        *,
        latest_night: dt.date | None = None,
        earliest_night: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Last night"))
        layout, outer = scrolling_body(self)
        layout.setSpacing(12)
        title = QLabel(tr("How was last night?"), self)
        title.setObjectName("title")
        title.setWordWrap(True)  # large text in a narrow window
        layout.addWidget(title)
        hint = QLabel(
            tr("A quick note each morning shows over the weeks whether stretching helps you."),
            self,
        )
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A field too wide beside its label goes under it (large text).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.night = DateField(QDate(night.year, night.month, night.day), self)
        self.night.setCalendarPopup(True)
        calm_calendar(self.night.calendarWidget(), tr("Previous month"), tr("Next month"))
        # The date pattern is translated too: word order and dots differ between languages.
        self.night.setDisplayFormat(tr("ddd d MMM yyyy"))
        latest = latest_night or night
        self.night.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        if earliest_night is not None:
            first = earliest_night
            self.night.setMinimumDate(QDate(first.year, first.month, first.day))
        self.night.setAccessibleName(tr("Night of"))
        self.night.setToolTip(tr("The evening the night began"))
        form.addRow(tr("Night of"), self.night)

        self.cramps = QSpinBox(self)
        self.cramps.setRange(0, MAX_CRAMPS)
        self.cramps.setAccessibleName(tr("Number of cramps"))
        self.cramps.setToolTip(tr("How many cramps woke you or bothered you"))
        form.addRow(tr("Cramps"), self.cramps)

        severity_row = QHBoxLayout()
        self.severity = QSlider(Qt.Orientation.Horizontal, self)
        self.severity.setRange(MIN_SEVERITY, MAX_SEVERITY)
        self.severity.setPageStep(1)
        self.severity.setAccessibleName(tr("Worst pain, 0 to 10"))
        self.severity.setToolTip(tr("0 is no pain, 10 the worst you can imagine"))
        self.severity_value = QLabel(self)
        self.severity_value.setMinimumWidth(28)
        self.severity.valueChanged.connect(lambda v: self.severity_value.setText(str(v)))
        severity_row.addWidget(self.severity, 1)
        severity_row.addWidget(self.severity_value)
        self.severity_box = QWidget(self)
        self.severity_box.setLayout(severity_row)
        self.severity_box.setMinimumWidth(200)
        form.addRow(tr("Worst pain (0–10)"), self.severity_box)

        # Left and right of each part together; the pairs wrap onto more lines
        # when the window is narrow or the words long, rather than cutting a
        # label short or making the dialog scroll sideways.
        where = ButtonRow(align=RowAlign.LEFT, spacing=12, group_gap=24)
        self.where: dict[str, QCheckBox] = {}
        pairs: dict[str, list[QCheckBox]] = {}
        for place in LOCATIONS:
            part, side = place.split("-")
            label = tr("{part}, {side}").format(
                part=tr(PART_NAMES[part]), side=tr("left") if side == "left" else tr("right")
            )
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            box.setToolTip(label)
            pairs.setdefault(part, []).append(box)
            self.where[place] = box
        for pair in pairs.values():
            where.add_group(*pair)
        self.where_box = FormField(form, self)
        self.where_box.setLayout(where)
        form.addRow(tr("Where"), self.where_box)

        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_CHARS)
        self.note.setPlaceholderText(tr("Optional"))
        self.note.setAccessibleName(tr("Note"))
        self.note.setToolTip(tr("Anything worth remembering"))
        self.note.setMinimumWidth(240)
        form.addRow(tr("Note"), self.note)
        layout.addLayout(form)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = self.buttons.addButton(
            tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole
        )
        for button, tip in ((self.save_button, tr("Save this night")),
                            (self.skip_button, tr("Not now"))):  # fmt: skip
            button.setAccessibleName(button.text())
            button.setToolTip(tip)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        fit_to_screen(self, self.sizeHint(), wrapped_height=True)

        self.cramps.valueChanged.connect(self._cramps_changed)
        self.show_entry(existing)

    def show_entry(self, entry: DiaryEntry | None) -> None:
        self.cramps.setValue(entry.cramps if entry else 0)
        self.severity.setValue(entry.severity if entry and entry.severity is not None else 0)
        self.severity_value.setText(str(self.severity.value()))
        for place, box in self.where.items():
            box.setChecked(bool(entry and place in entry.where))
        self.note.setText(entry.note if entry else "")
        self._cramps_changed(self.cramps.value())

    def _cramps_changed(self, count: int) -> None:
        # Pain and place only mean something on a night with cramps.
        self.severity_box.setEnabled(count > 0)
        self.where_box.setEnabled(count > 0)

    def entry(self) -> DiaryEntry:
        date = self.night.date()
        cramps = self.cramps.value()
        return DiaryEntry(
            night=dt.date(date.year(), date.month(), date.day()),
            cramps=cramps,
            severity=self.severity.value() if cramps > 0 else None,
            where=tuple(p for p, box in self.where.items() if box.isChecked()) if cramps else (),
            note=self.note.text().strip(),
        )

    def save(self) -> None:
        self.saved.emit(self.entry())
        self.accept()
