"""The guided session: what to do now, how long is left, and what comes next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from stretch_coach.core.engine import RepPhaseChanged, SessionSnapshot, SessionStatus
from stretch_coach.core.exercises import Catalogue
from stretch_coach.core.figure import Pose
from stretch_coach.core.motion import is_moving, pose_at
from stretch_coach.core.plan import StepKind
from stretch_coach.core.routines import Side
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.placement import SCROLLING_BODY, scrolling_body
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
from stretch_coach.ui.theme import Palette, session_stylesheet
from stretch_coach.ui.widgets import CountdownRing, IllustrationView

# Lines of room kept for the instruction and the safety note (see _reserve_text_lines).
INSTRUCTION_LINES = 3
SHORT_INSTRUCTION_LINES = 2  # in a short window, most instructions take two
SAFETY_LINES = 2
# Share of the session view's height given to the drawing, and its least side.
STAGE_SHARE = 0.45
MIN_SIDE = 120
# Beyond this room the session's texts grow with it, up to MAX_ROOM_SCALE
# times (full screen on a 1920×1080 screen: about 1.5 times).
ROOMY_SIZE = QSize(1000, 700)
MAX_ROOM_SCALE = 1.8
# The smallest countdown ring the stage draws (a small window, large text).
LEAST_RING = 72
# The pause button's width (narrower in a compact window).
PAUSE_WIDTH, COMPACT_PAUSE_WIDTH = 130, 100
# The least width a wrapping text asks for (see the name label).
WRAP_FROM = 120
# Below this height the view uses small margins and spacing; below this
# width (or height) the buttons narrower padding.
SHORT_HEIGHT = 620
NARROW_WIDTH = 800


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
        self._short = False
        self._compact = False
        self._room: QSize | None = None  # the window's visible area, once it says
        self._text_scale = 1.0
        self._fitted_texts: tuple[str, str, str] = ("", "", "")
        self._room_scale = 1.0
        self._styled_compact = False
        self._cramped = False

        # Everything but the buttons sits in a scroll area of its own: where
        # the texts and the drawing need more height than the room has (large
        # German text on a 640×480 screen), they scroll and the buttons stay
        # in sight under them.
        self._content = _Content()
        outer, frame = scrolling_body(self, self._content)
        frame.setContentsMargins(32, 20, 32, 20)
        frame.setSpacing(12)
        self._frame = frame
        outer.setSpacing(12)
        body = self.findChild(QScrollArea, SCROLLING_BODY)
        assert body is not None
        self.body: QScrollArea = body
        # The session's keys belong to the window (Space, the arrows); the
        # texts scroll with the wheel or the bar. Never squeezed to nothing:
        # the exercise's name stays in view.
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setMinimumHeight(MIN_SIDE)

        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._header = header
        self.name_label = QLabel(self)
        self.name_label.setObjectName("exerciseName")
        self.name_label.setWordWrap(True)
        # Qt asks a wrapping label for room for a long first line; it may
        # wrap instead when the window is narrow and the text large.
        self.name_label.setMinimumWidth(WRAP_FROM)
        self.side_badge = QLabel(self)
        self.side_badge.setObjectName("sideBadge")
        self.side_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.name_label, 1)
        header.addWidget(self.side_badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.stage = _Stage(self)
        self.illustration = self.stage.illustration
        self.ring = self.stage.ring
        self.rep_label = self.stage.rep_label
        outer.addWidget(self.stage, 1)

        self.instruction = QLabel(self)
        self.instruction.setObjectName("instruction")
        self.instruction.setWordWrap(True)
        self.instruction.setTextFormat(Qt.TextFormat.PlainText)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.instruction)
        self.safety = QLabel(self)
        self.safety.setObjectName("safety")
        self.safety.setWordWrap(True)
        self.safety.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # A hidden safety note keeps its room, so the drawing does not jump
        # between a hold (note shown) and its rest (no note).
        policy = self.safety.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.safety.setSizePolicy(policy)
        outer.addWidget(self.safety)

        # What comes next and the time left share a line, the thin progress
        # bar under them: a short window needs every line it can keep.
        next_row = QHBoxLayout()
        self.next_label = QLabel(self)
        self.next_label.setObjectName("nextLabel")
        self.next_label.setWordWrap(True)
        self.next_label.setMinimumWidth(WRAP_FROM)
        self.remaining_label = QLabel(self)
        self.remaining_label.setObjectName("muted")
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.remaining_label, 0, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(next_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(tr("Progress through the routine"))
        outer.addWidget(self.progress)

        controls = ButtonRow(align=RowAlign.SPREAD)
        self.back_button = _button(self, tr("Back"), tr("Back a step (Left or B)"), tr("Back"))
        self.pause_button = _button(
            self, tr("Pause"), tr("Pause or resume (Space)"), tr("Pause or resume")
        )
        # Wide enough for "Resume", so the row does not jump on pausing.
        self.pause_button.setMinimumWidth(PAUSE_WIDTH)
        self.skip_button = _button(self, tr("Skip"), tr("Skip this step (Right or N)"), tr("Skip"))
        self.sound_button = _button(
            self, tr("Sound on"), tr("Turn sound cues on or off"), tr("Sound cues")
        )
        self.sound_button.setCheckable(True)
        self.fullscreen_button = _button(
            self, tr("Full screen"), tr("Full screen on or off (F)"), tr("Full screen")
        )
        self.stop_button = _button(self, tr("Stop"), tr("End the session (Esc)"), tr("Stop"))
        # Moving through the routine on the left, the session's switches on
        # the right; a narrow window puts the switches on a second line.
        controls.add_group(self.back_button, self.pause_button, self.skip_button)
        controls.add_group(self.sound_button, self.fullscreen_button, self.stop_button)
        frame.addLayout(controls)
        self._controls = controls
        self._outer = outer

        self.back_button.clicked.connect(self.back_requested)
        self.pause_button.clicked.connect(self.pause_toggled)
        self.skip_button.clicked.connect(self.skip_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.fullscreen_button.clicked.connect(self.fullscreen_toggled)
        self.sound_button.toggled.connect(self._sound_toggled)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._reserve_text_lines()
            # The texts' room changed, so the drawing's share changes too.
            self._fit_stage(self._room or self.size())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reserve_text_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._room is None:
            self._fit(self.size())

    def fit_to_room(self, room: QSize) -> None:
        """Size the view's parts for the room the window shows it in.

        The window passes its visible area: the view itself may be taller when
        it scrolls, and sizing the drawing from that height would make the
        view grow without end."""
        self._room = room
        self._fit(room)

    def _fit(self, room: QSize) -> None:
        # A short window (640×480, half a laptop screen) gives its room to
        # the drawing and the texts rather than to margins.
        short = room.height() < SHORT_HEIGHT
        side_margin, top_margin = (20, 10) if short else (32, 20)
        self._frame.setContentsMargins(side_margin, top_margin, side_margin, top_margin)
        self._frame.setSpacing(6 if short else 12)
        self._outer.setSpacing(6 if short else 12)
        self._place_side_badge(room)
        narrow = room.width() < NARROW_WIDTH
        compact = short or narrow
        if compact != self._compact:
            self._compact = compact
            for button in self.findChildren(QPushButton):
                # Narrower padding (theme.py), so the six buttons fit one line.
                button.setProperty("compact", compact)
                button.style().unpolish(button)
                button.style().polish(button)
            self.pause_button.setMinimumWidth(COMPACT_PAUSE_WIDTH if compact else PAUSE_WIDTH)
        if short != self._short:
            self._short = short
            self._reserve_text_lines()
        self._scale_texts(room)
        self._fit_stage(room)

    def _place_side_badge(self, room: QSize) -> None:
        """The side badge beside the exercise's name, or under it when the
        longest word of the name and the badge do not fit side by side (a
        narrow window, large text)."""
        # The room is the window's without a scroll bar; when large text makes
        # the texts scroll, the bar takes its width from the room.
        inner = self._inner_width(room) - self._scroll_bar_width()
        self.side_badge.ensurePolished()
        badge = self.side_badge.sizeHint().width() if self.side_badge.text() else 0
        under = self.name_label.minimumWidth() + self._header.spacing() + badge > inner
        self._header.setDirection(
            QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
        )
        self._header.setAlignment(
            self.side_badge,
            Qt.AlignmentFlag.AlignLeft if under else Qt.AlignmentFlag.AlignTop,
        )

    def _inner_width(self, room: QSize) -> int:
        margins = self._frame.contentsMargins()
        return room.width() - margins.left() - margins.right()

    def _scroll_bar_width(self) -> int:
        # The bar's own width: the app's style sheet sets it, not the style.
        return self.body.verticalScrollBar().sizeHint().width()

    def _fit_stage(self, room: QSize) -> None:
        # The drawing's size follows the room: three fifths of the width, at
        # most STAGE_SHARE of the height, and no more than the texts' usual
        # room and the buttons leave (large text in a small window). Never
        # from the texts of this step, so it keeps one size all session.
        inner = self._inner_width(room)
        buttons = self._height_of_buttons(room)
        usual = buttons + self._height_of_texts(inner, as_wrapped=False)
        side = max(
            MIN_SIDE,
            self.stage.least_side(),
            min(
                round((inner - 24) * 0.6), round(room.height() * STAGE_SHARE), room.height() - usual
            ),
        )
        self.stage.set_side(side)
        # When this step's texts and even the smallest drawing leave too little
        # room, the texts and the drawing scroll above the buttons instead of
        # being squeezed over each other; with the scroll bar beside them,
        # the texts have a little less width.
        room_for_texts = room.height() - buttons
        needed = self._height_of_texts(inner, as_wrapped=True) + side
        self._cramped = needed > room_for_texts
        if self._cramped:
            bar = self._scroll_bar_width()
            needed = self._height_of_texts(inner - bar, as_wrapped=True) + side
        self._content.setMinimumHeight(needed if self._cramped else 0)

    def is_cramped(self) -> bool:
        """Whether this step's texts and drawing scroll in the room they have."""
        return self._cramped

    def _height_of_buttons(self, room: QSize) -> int:
        """The height the margins and the row of buttons (on as many lines as
        it takes at this width) need beside the texts and the drawing."""
        margins = self._frame.contentsMargins()
        row = self._controls.heightForWidth(self._inner_width(room))
        return margins.top() + margins.bottom() + self._frame.spacing() + row

    def _height_of_texts(self, width: int, *, as_wrapped: bool) -> int:
        """The height everything but the drawing and the buttons needs at
        ``width``: the texts in their reserved lines, or as they wrap now."""
        outer = self._outer
        height = 0
        shown = 0
        for index in range(outer.count()):
            item = outer.itemAt(index)
            if item is None or item.widget() is self.stage or item.isEmpty():
                continue
            least = item.minimumSize().height()
            wrapped = item.heightForWidth(width) if as_wrapped and item.hasHeightForWidth() else -1
            height += max(least, wrapped)
            shown += 1
        return height + outer.spacing() * shown  # the stage's spacing included

    def set_text_scale(self, scale: float) -> None:
        """The app's text size (the preference and the desktop's font size)."""
        self._text_scale = scale
        self._room_scale = 0.0  # restyle on the next fit
        self._scale_texts(self._room or self.size())

    def _scale_texts(self, room: QSize) -> None:
        # Texts grow with the room beyond the usual window, so full screen
        # can be read from the bed or the wall; in steps, so that resizing
        # does not restyle at every pixel.
        grow = min(room.width() / ROOMY_SIZE.width(), room.height() / ROOMY_SIZE.height())
        room_scale = round(min(MAX_ROOM_SCALE, max(1.0, grow)) * 10) / 10
        if (room_scale, self._compact) == (self._room_scale, self._styled_compact):
            return
        self._room_scale, self._styled_compact = room_scale, self._compact
        # The larger of the two: large text already fills a small room.
        scale = max(room_scale, self._text_scale)
        plain = scale == 1.0 and not self._compact
        self.setStyleSheet("" if plain else session_stylesheet(scale, compact=self._compact))
        self._reserve_text_lines()

    def _reserve_text_lines(self) -> None:
        """Give the texts around the drawing room for their usual length, so a
        step with a shorter text does not make the drawing and the ring grow."""
        instruction_lines = SHORT_INSTRUCTION_LINES if self._short else INSTRUCTION_LINES
        for label, lines in (
            (self.name_label, 1),
            (self.instruction, instruction_lines),
            (self.safety, SAFETY_LINES),
            (self.next_label, 1),
        ):
            label.setMinimumHeight(label.fontMetrics().lineSpacing() * lines)

    def set_pose_source(self, source: Callable[[], SessionSnapshot] | None) -> None:
        """Where the moving figure reads the present moment (the running engine)."""
        if source is None:
            self.illustration.set_pose_source(None)
            return
        catalogue = self._catalogue

        def present_pose() -> Pose | None:
            return pose_at(source(), catalogue)

        self.illustration.set_pose_source(present_pose)

    def set_palette(self, palette: Palette) -> None:
        self.illustration.set_palette(palette)
        self.ring.set_palette(palette)

    def show_fullscreen(self, on: bool) -> None:
        """The button says what pressing it will do."""
        text = tr("Leave full screen") if on else tr("Full screen")
        self.fullscreen_button.setText(text)
        self.fullscreen_button.setAccessibleName(text)

    def set_sound(self, enabled: bool) -> None:
        self.sound_button.blockSignals(True)
        self.sound_button.setChecked(enabled)
        self.sound_button.blockSignals(False)
        self.sound_button.setText(tr("Sound on") if enabled else tr("Sound off"))

    def set_sound_missing(self, missing: bool) -> None:
        """With no way to play sound, the button says so instead of "Sound on"."""
        button = self.sound_button
        button.setEnabled(not missing)
        if missing:
            why = tr(
                "Sound cues are silent: no sound player was found on this computer. "
                "On Linux, install GStreamer's gst-play-1.0 "
                "(package gstreamer1.0-plugins-base-apps) and start the app again."
            )
            button.setText(tr("No sound"))
        else:
            why = tr("Turn sound cues on or off")
            button.setText(tr("Sound on") if button.isChecked() else tr("Sound off"))
        button.setToolTip(why)
        button.setAccessibleDescription(why)

    def _sound_toggled(self, enabled: bool) -> None:
        self.set_sound(enabled)
        self.sound_toggled.emit(enabled)

    def show_phase(self, event: RepPhaseChanged) -> None:
        """Swap the drawing in time with the rep's phase."""
        self._set_pose(event.phase.pose)

    def show_snapshot(self, snap: SessionSnapshot) -> None:
        step = snap.step
        if step is None:
            self.illustration.set_animating(False)
            return
        exercise = self._catalogue[step.exercise] if step.exercise else None
        heading = step_heading(step, self._catalogue)
        self.name_label.setText(heading)
        # Room for the longest word at least: a word cannot wrap.
        metrics = self.name_label.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in heading.split()), default=0)
        self.name_label.setMinimumWidth(max(WRAP_FROM, longest + 2))
        side = side_label(step.side)
        self.side_badge.setText(side)
        self.side_badge.setVisible(bool(side))
        # After the badge has this step's text: its width decides where it goes.
        self._place_side_badge(self._room or self.size())
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
            self.illustration.show_pose(
                exercise,
                pose,
                step.side is Side.RIGHT,
                exercise_name(self._catalogue, exercise.id),
                pose_at(snap, self._catalogue),
            )
        self.illustration.set_animating(exercise is not None and is_moving(snap))

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
        # A phase word may end in "…" ("curl…"): the tooltip says it is whole.
        self.rep_label.setToolTip(self.rep_label.text())

        nxt = snap.next_step
        self.next_label.setText(
            tr("Next: {what}").format(what=step_summary(nxt, self._catalogue))
            if nxt
            else tr("Next: the end")
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
        texts = (self.name_label.text(), self.instruction.text(), self.next_label.text())
        if texts != self._fitted_texts:
            # A new step's texts may wrap onto more lines: refit once per step,
            # not at every second.
            self._fitted_texts = texts
            self._fit_stage(self._room or self.size())
            # A new step is read from its top: its name and drawing.
            self.body.verticalScrollBar().setValue(0)

    def _set_pose(self, pose: str) -> None:
        if self._exercise_id is None:
            return
        exercise = self._catalogue[self._exercise_id]
        if pose in exercise.poses and not self.illustration.animating:
            self.illustration.show_pose(exercise, pose, self.illustration.mirrored)


class _Content(QWidget):
    # A scroll area gives content whose texts wrap its *preferred* height
    # for the width, which would make a session that fits scroll. Saying "no
    # preference" lets it take the room it is given, down to the least the
    # session view sets (its minimum height).
    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1


class _Stage(QWidget):
    """The drawing and the countdown ring side by side, sized from the room the
    stage has and nothing else, so neither changes size from step to step."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.illustration = IllustrationView(self)
        self.ring = CountdownRing(self)
        self.rep_label = QLabel(self)
        self.rep_label.setObjectName("repLabel")
        self.rep_label.setWordWrap(True)  # two lines are kept for it
        self.rep_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._side = 200
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)

    def sizeHint(self) -> QSize:
        return QSize(640, 380)

    def least_side(self) -> int:
        """Room for the rep label (up to three lines) and a readable ring above it."""
        self.rep_label.ensurePolished()  # its font comes from the style sheet
        return self.rep_label.fontMetrics().lineSpacing() * 3 + 4 + LEAST_RING

    def set_side(self, side: int) -> None:
        """The drawing's side, set from the whole view's size (never from the room
        the texts leave, which changes from step to step)."""
        self._side = side
        self.setMinimumHeight(side)
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        width, height = self.width(), self.height()
        gap = 24
        # Two lines kept for the rep label, more if its text wraps further
        # (German, large text in a narrow window).
        column_guess = max(1, width - min(self._side, width - gap) - gap)
        label = max(
            self.rep_label.fontMetrics().lineSpacing() * 2 + 4,
            self.rep_label.heightForWidth(column_guess),
        )
        # Never more than the stage has: a squeezed stage must not draw over
        # the texts around it, nor the ring over its caption.
        side = max(0, min(self._side, width - gap, height))
        ring = max(0, min(width - side - gap, side - label, height - label, round(side * 0.75)))
        self.illustration.setGeometry(0, (height - side) // 2, side, side)
        left = side + gap
        column = width - left
        top = (height - ring - label) // 2
        self.ring.setGeometry(left + (column - ring) // 2, top, ring, ring)
        self.rep_label.setGeometry(left, top + ring, column, label)
