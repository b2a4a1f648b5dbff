"""The guided session: what to do now, how long is left, and what comes next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.engine import RepPhaseChanged, SessionSnapshot, SessionStatus
from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.plan import StepKind
from stretch_coach.core.routines import Side
from stretch_coach.ui.texts import (
    clock_text,
    exercise_name,
    exercise_text,
    phase_word,
    side_label,
    step_heading,
    step_instruction,
    step_summary,
    tr,
)
from stretch_coach.ui.theme import Palette
from stretch_coach.ui.widgets import CountdownRing, IllustrationView


def _button(parent: QWidget, text: str, tooltip: str, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setToolTip(tooltip)
    button.setAccessibleName(name)
    # Keys are handled by the window's shortcuts; a focused button must not
    # swallow Space.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class SessionView(QWidget):
    pause_toggled = Signal()
    skip_requested = Signal()
    back_requested = Signal()
    stop_requested = Signal()
    sound_toggled = Signal(bool)
    fullscreen_toggled = Signal()

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._exercise_id: str | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 20, 32, 20)
        outer.setSpacing(12)

        header = QHBoxLayout()
        self.name_label = QLabel(self)
        self.name_label.setObjectName("exerciseName")
        self.name_label.setWordWrap(True)
        self.side_badge = QLabel(self)
        self.side_badge.setObjectName("sideBadge")
        self.side_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        middle = QGridLayout()
        middle.setHorizontalSpacing(24)
        self.illustration = IllustrationView(self)
        middle.addWidget(self.illustration, 0, 0, 3, 1)
        self.ring = CountdownRing(self)
        middle.addWidget(self.ring, 0, 1)
        self.rep_label = QLabel(self)
        self.rep_label.setObjectName("repLabel")
        self.rep_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        middle.addWidget(self.rep_label, 1, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        outer.addLayout(middle, 1)

        self.instruction = QLabel(self)
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.instruction)
        self.safety = QLabel(self)
        self.safety.setObjectName("safety")
        self.safety.setWordWrap(True)
        outer.addWidget(self.safety)

        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        outer.addWidget(self.next_label)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("Progress through the routine"))
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("muted")
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.remaining_label)
        outer.addLayout(progress_row)

        controls = QHBoxLayout()
        self.back_button = _button(self, tr("Back"), tr("Back a step (Left or B)"), tr("Back"))
        self.pause_button = _button(
            self, tr("Pause"), tr("Pause or resume (Space)"), tr("Pause or resume")
        )
        self.pause_button.setMinimumWidth(130)
        self.skip_button = _button(self, tr("Skip"), tr("Skip this step (Right or N)"), tr("Skip"))
        self.sound_button = _button(
            self, tr("Sound on"), tr("Turn sound cues on or off"), tr("Sound cues")
        )
        self.sound_button.setCheckable(True)
        self.fullscreen_button = _button(
            self, tr("Full screen"), tr("Full screen on or off (F)"), tr("Full screen")
        )
        self.stop_button = _button(self, tr("Stop"), tr("End the session (Esc)"), tr("Stop"))
        for button in (self.back_button, self.pause_button, self.skip_button):
            controls.addWidget(button)
        controls.addStretch(1)
        for button in (self.sound_button, self.fullscreen_button, self.stop_button):
            controls.addWidget(button)
        outer.addLayout(controls)

        self.back_button.clicked.connect(self.back_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.skip_button.clicked.connect(self.skip_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)
        self.sound_button.toggled.connect(self._sound_toggled)

    def set_palette(self, palette: Palette) -> None:
        self.illustration.set_palette(palette)
        self.ring.set_palette(palette)

    def set_sound(self, enabled: bool) -> None:
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(enabled)
        self.sound_button.blockSignals(False)
        self.sound_button.setText(tr("Sound on") if enabled else tr("Sound off"))

    def _sound_toggled(self, enabled: bool) -> None:
        self.set_sound(enabled)
        self.sound_toggled.emit(enabled)

    def show_phase(self, event: RepPhaseChanged) -> None:
        """Swap the drawing in time with the rep's phase."""
        self._set_pose(event.phase.pose)

    def show_snapshot(self, snap: SessionSnapshot) -> None:
        step = snap.step
        if step is None:
            return
        exercise = self._catalogue[step.exercise] if step.exercise else None
        heading = step_heading(step, self._catalogue)
        self.name_label.setText(heading)
        side = side_label(step.side)
        self.side_badge.setText(side)
        self.side_badge.setVisible(bool(side))
        self.instruction.setText(step_instruction(step, self._catalogue))
        self.safety.setText(
            tr("Safety: {note}").format(note=exercise_text(exercise.safety))
            if exercise and step.is_work
            else ""
        )
        self.safety.setVisible(bool(exercise and step.is_work))

        self._exercise_id = step.exercise
        pose = snap.pose(self._catalogue)
        if exercise is not None and pose is not None:
            self._set_pose(
                pose, step.side is Side.RIGHT, exercise_name(self._catalogue, exercise.id)
            )

        paused = snap.status is SessionStatus.PAUSED
        fraction = snap.seconds_left / step.seconds if step.seconds else 0.0
        if snap.status is SessionStatus.READY:
            caption = tr("press Space to start")
        elif paused:
            caption = tr("paused")
        else:
            caption = tr("seconds")
        self.ring.set_state(fraction, str(snap.countdown), caption, paused)

        if snap.rep is not None:
            self.rep_label.setText(
                tr("Rep {rep} of {reps} · {phase}").format(
                    rep=snap.rep.rep, reps=snap.rep.reps, phase=phase_word(snap.rep.phase.phase)
                )
            )
        elif step.kind is StepKind.HOLD and step.sets and step.sets > 1:
            self.rep_label.setText(
                tr("Set {n} of {sets}").format(n=step.set_number, sets=step.sets)
            )
        else:
            self.rep_label.setText("")

        nxt = snap.next_step
        self.next_label.setText(
            tr("Next: {what}").format(what=step_summary(nxt, self._catalogue))
            if nxt
            else tr("Next: finish")
        )
        self.progress.setValue(round(snap.progress * 1000))
        left = max(0.0, snap.total_seconds - snap.position)
        self.remaining_label.setText(tr("{time} left").format(time=clock_text(left)))
        self.pause_button.setText(
            tr("Resume")
            if paused
            else tr("Start")
            if snap.status is SessionStatus.READY
            else tr("Pause")
        )

    def _set_pose(self, pose: str, mirrored: bool | None = None, description: str = "") -> None:
        if self._exercise_id is None:
            return
        poses = self._catalogue[self._exercise_id].poses
        if pose in poses:
            mirror = self.illustration.mirrored if mirrored is None else mirrored
            self.illustration.show_image(poses[pose], mirror, description)
