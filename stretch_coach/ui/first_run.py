"""The welcome on first start: bedtime and reminders with sensible defaults,
what the app is (and is not), and offers to keep the cramp diary and to read
the steps aloud."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QSize, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from stretch_coach.core.health import DISCLAIMER
from stretch_coach.core.settings import BedtimeSettings, Settings
from stretch_coach.services.voice import NoVoice, Voice
from stretch_coach.ui.about_page import medicines_pointer
from stretch_coach.ui.date_time_fields import TimeField
from stretch_coach.ui.placement import fit_to_screen, scrolling_body
from stretch_coach.ui.texts import no_speech_engine, tr
from stretch_coach.ui.wrapping_check_box import WrappingCheckBox


class WelcomeDialog(QDialog):
    finished_welcome = Signal(object, bool)  # Settings, wants the diary now

    def __init__(
        self, settings: Settings, voice: Voice | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(tr("Welcome to Stretch Coach"))
        layout, outer = scrolling_body(self)
        layout.setSpacing(12)
        title = QLabel(tr("Welcome"), self)
        title.setObjectName("title")
        title.setWordWrap(True)  # large text in a narrow window
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "Stretch Coach guides a few minutes of stretching before bed and reminds you "
                "in the evening to stretch and to drink early enough. Stretching before bed "
                "may help with night-time foot and calf cramps."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        bed = settings.bedtime.time
        self.bedtime = TimeField(QTime(bed.hour, bed.minute), self)
        self.bedtime.setDisplayFormat("HH:mm")
        self.bedtime.setAccessibleName(tr("Usual bedtime"))
        self.bedtime.setToolTip(tr("You can set other times per weekday later"))
        form.addRow(tr("I usually go to bed at"), self.bedtime)
        self.stretch = WrappingCheckBox(tr("Remind me to stretch before bed"), self)
        self.stretch.setChecked(settings.stretch.enabled)
        self.water = WrappingCheckBox(tr("Remind me to drink water"), self)
        self.water.setChecked(settings.hydration.enabled)
        self.diary = WrappingCheckBox(tr("Keep a cramp diary"), self)
        self.diary.setChecked(True)
        self.voice = WrappingCheckBox(tr("Read each step aloud"), self)
        self.voice.setChecked(settings.sound.voice)
        # Short labels, the rest on a line that wraps: a check box's text
        # cannot, and large text would make the window scroll sideways.
        details = {
            self.water: tr("In the afternoon, not late at night."),
            self.diary: tr("A few seconds each morning."),
        }
        for box in (self.stretch, self.water, self.diary, self.voice):
            box.setAccessibleName(box.text())
            box.setToolTip(box.text())
            form.addRow(box)
            if box in details:
                detail = QLabel(details[box], self)
                detail.setObjectName("hint")
                detail.setWordWrap(True)
                box.setAccessibleDescription(details[box])
                box.setToolTip(f"{box.text()}: {details[box]}")
                form.addRow(detail)
        # Why, on a line of its own that wraps: a check box's text cannot.
        self.voice_why = QLabel(
            tr("So you can follow without looking at the screen, facing a wall or in bed."), self
        )
        self.voice_why.setObjectName("hint")
        self.voice_why.setWordWrap(True)
        self.voice.setToolTip(self.voice_why.text())
        form.addRow(self.voice_why)
        # Whether there is a speech engine is asked only when the voice is
        # wanted: looking loads the speech library, which the welcome, shown
        # before anything else, should not wait for.
        self._speech = voice or NoVoice()
        self.no_voice = QLabel(no_speech_engine(), self)
        self.no_voice.setObjectName("hint")
        self.no_voice.setWordWrap(True)
        self.no_voice.hide()
        form.addRow(self.no_voice)
        self.voice.toggled.connect(self._voice_toggled)
        if self.voice.isChecked():
            self._voice_toggled(True)
        layout.addLayout(form)

        disclaimer = QLabel(tr(DISCLAIMER), self)
        disclaimer.setObjectName("notice")
        disclaimer.setWordWrap(True)
        layout.addWidget(disclaimer)
        medicines = QLabel(medicines_pointer(), self)
        medicines.setWordWrap(True)
        layout.addWidget(medicines)
        privacy = QLabel(tr("Everything you enter stays on this computer."), self)
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        layout.addWidget(privacy)

        buttons = QDialogButtonBox(self)
        # Named before it joins the box, so the style sheet's accent applies.
        self.start_button = QPushButton(tr("Get started"), self)
        self.start_button.setObjectName("accent")
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        for button, tip in ((self.start_button, tr("Save these choices")),
                            (self.skip_button, tr("Keep the defaults"))):  # fmt: skip
            button.setAccessibleName(button.text())
            button.setToolTip(tip)
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept_choices)
        buttons.rejected.connect(self.skip)
        outer.addWidget(buttons)
        fit_to_screen(self, QSize(600, 640))

    def _voice_toggled(self, wanted: bool) -> None:
        if wanted and not self._speech.available:
            self.voice.setChecked(False)
            self.voice.setEnabled(False)
            self.no_voice.setText(no_speech_engine(self._speech.module_missing))
            self.no_voice.show()

    def choices(self) -> Settings:
        time = self.bedtime.time()
        settings = self._settings
        return dataclasses.replace(
            settings,
            bedtime=BedtimeSettings(dt.time(time.hour(), time.minute()), settings.bedtime.weekdays),
            stretch=dataclasses.replace(settings.stretch, enabled=self.stretch.isChecked()),
            hydration=dataclasses.replace(settings.hydration, enabled=self.water.isChecked()),
            sound=dataclasses.replace(settings.sound, voice=self.voice.isChecked()),
        )

    def accept_choices(self) -> None:
        self.finished_welcome.emit(self.choices(), self.diary.isChecked())
        self.accept()

    def skip(self) -> None:
        # Skipping still saves the defaults, so the welcome is not shown again.
        self.finished_welcome.emit(self._settings, False)
        self.reject()
