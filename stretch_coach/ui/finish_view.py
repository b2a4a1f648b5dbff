"""The end of a session: what was done, and a gentle good night."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.records import SessionOutcome, SessionRecord
from stretch_coach.flows.session import CRAMP_RELIEF_ROUTINE
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.placement import scrolling_body
from stretch_coach.ui.texts import clock_text, exercise_name, tr

DONE_AFTER_SECONDS = 3.0
# Below this height the headline takes a smaller size, so that in a small
# window with large text it leaves room for what was done.
SHORT_HEIGHT = 620


class FinishView(QWidget):
    home_requested = Signal()
    close_requested = Signal()
    skipped_part_requested = Signal()  # do now what was skipped

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        # The texts scroll above the buttons where they need more room than
        # there is (large German text on a 640×480 screen), so "Good night"
        # never scrolls out of sight.
        layout, outer = scrolling_body(self)
        outer.setContentsMargins(24, 24, 24, 20)
        outer.setSpacing(16)
        layout.setSpacing(16)
        layout.addStretch(1)
        self.message = QLabel(self)
        self.message.setObjectName("bigMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.details = QLabel(self)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.good_night = QLabel(self)
        self.good_night.setObjectName("subtitle")
        self.good_night.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.good_night.setWordWrap(True)
        layout.addWidget(self.good_night)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addStretch(1)
        buttons = ButtonRow(align=RowAlign.CENTER, group_gap=8)
        self.home_button = QPushButton(tr("Back to routines"), self)
        self.home_button.setAccessibleName(tr("Back to routines"))
        self.home_button.setToolTip(tr("Choose another routine"))
        self.close_button = QPushButton(tr("Good night"), self)
        self.close_button.setObjectName("primary")
        self.close_button.setAccessibleName(tr("Close the window"))
        self.close_button.setToolTip(tr("Close the window"))
        self.redo_button = QPushButton(tr("Do the skipped part"), self)
        self.redo_button.setAccessibleName(tr("Do the skipped part"))
        self.redo_button.setToolTip(tr("Stretch now what was skipped"))
        self.redo_button.hide()
        for button in (self.home_button, self.redo_button, self.close_button):
            buttons.add_group(button)
        outer.addLayout(buttons)
        self.home_button.clicked.connect(self.home_requested)
        self.close_button.clicked.connect(self.close_requested)
        self.redo_button.clicked.connect(self.skipped_part_requested)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.height() < SHORT_HEIGHT
        if self.message.property("compact") != compact:
            self.message.setProperty("compact", compact)
            self.message.style().unpolish(self.message)
            self.message.style().polish(self.message)

    def show_result(
        self,
        record: SessionRecord,
        exercise_seconds: Mapping[str, float],
        saved_error: str | None,
        *,
        skipped_part: bool = False,
    ) -> None:
        """Say honestly what happened: "Well done" only for a completed session.

        ``skipped_part``: a routine of what was skipped can be done now.
        """
        # A move skipped in passing was not really done; a few seconds at it was.
        names = [
            exercise_name(self._catalogue, exercise)
            for exercise, seconds in exercise_seconds.items()
            if seconds >= DONE_AFTER_SECONDS
        ]
        # "Stretched" is the stretching itself, not getting ready, rests and
        # switches (records from before it was kept have only the whole time).
        stretched = (
            record.actual_seconds if record.work_done_seconds is None else record.work_done_seconds
        )
        spent = clock_text(stretched)
        self.redo_button.setVisible(False)
        if record.routine_id == CRAMP_RELIEF_ROUTINE:
            # Not a routine to be praised for: a cramp to get through.
            self.message.setText(tr("I hope the cramp has eased."))
            self.details.setText(
                tr(
                    "If it comes back, do the same again. Cramps that come often are worth "
                    "talking to a doctor about."
                )
            )
            self.good_night.setText(tr("Sleep well."))
        elif record.outcome is SessionOutcome.COMPLETED:
            self.message.setText(tr("Well done."))
            self.details.setText(
                tr("You stretched for {time}: {moves}.").format(time=spent, moves=", ".join(names))
                if names
                else tr("You stretched for {time}.").format(time=spent)
            )
            self.good_night.setText(tr("Your legs are ready for the night. Sleep well."))
        elif record.outcome is SessionOutcome.PARTIAL:
            self.message.setText(tr("You reached the end, but much of it was skipped."))
            self.details.setText(
                tr("You did {done} of {planned} of stretching — skipped steps don't count.").format(
                    done=clock_text(record.work_done_seconds or 0.0),
                    planned=clock_text(record.work_planned_seconds or 0),
                )
            )
            self.good_night.setText(
                tr("It is not counted as done tonight. Sleep well.")
                if not skipped_part
                else tr("You can do the skipped part now, or sleep well.")
            )
            self.redo_button.setVisible(skipped_part)
        else:
            self.message.setText(tr("Stopped for tonight."))
            self.details.setText(
                tr("You stretched for {time}: {moves}. A little is still worth doing.").format(
                    time=spent, moves=", ".join(names)
                )
                if names
                else tr("You stretched for {time}. A little is still worth doing.").format(
                    time=spent
                )
                if stretched >= 1
                else tr("You stopped before the stretching began.")
                if record.actual_seconds >= 1
                else tr("Nothing was recorded.")
            )
            self.good_night.setText(tr("Sleep well."))
        self.notice.setText(saved_error or "")
        self.notice.setVisible(bool(saved_error))
        (self.redo_button if self.redo_button.isVisible() else self.close_button).setFocus()
