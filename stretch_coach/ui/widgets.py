"""Small custom widgets: the moving figure of a move and the countdown ring."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretch_coach.core.exercises import Exercise
from stretch_coach.core.figure import Bounds, Pose, figure_of
from stretch_coach.ui.figure_painter import exercise_bounds, paint_figure
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import BODY_TEXT_POINTS, LIGHT, SESSION_TEXT_POINTS, Palette

# The figure moves at 20 frames a second: smooth for slow stretches (a phase
# lasts a second or more), and cheap, as only the drawing is repainted.
FRAME_MS = 50

PoseSource = Callable[[], Pose | None]

# The countdown's number and caption against the ring's side and against the
# text size the person chose (the ring's font, the app's ordinary text). The
# number is meant to be as large as the exercise's name is.
NUMBER_SHARE, NUMBER_MOST_SHARE = 0.3, 0.42
NUMBER_TO_TEXT = SESSION_TEXT_POINTS["exerciseName"] / BODY_TEXT_POINTS
CAPTION_SHARE, CAPTION_MOST_SHARE, CAPTION_TO_TEXT = 0.075, 0.13, 0.8
# How wide the number may be, and the caption's box under it (two lines):
# both inside the ring's inner edge, corners included.
NUMBER_WIDTH_SHARE = 0.76
CAPTION_TOP_SHARE, CAPTION_WIDTH_SHARE, CAPTION_HEIGHT_SHARE = 0.1, 0.58, 0.19
LEAST_CAPTION_PIXELS = 9


def countdown_pixels(side: float, text_pixels: float) -> tuple[int, int]:
    """The pixel sizes of the countdown's number and its caption in a ring of ``side``.

    Both grow with the ring, and with the text size: large text in a small
    window squeezes the ring, and its seconds must not then shrink below the
    texts around it, which grew. Never larger than the ring has room for.
    """
    number = min(max(side * NUMBER_SHARE, text_pixels * NUMBER_TO_TEXT), side * NUMBER_MOST_SHARE)
    caption = min(
        max(side * CAPTION_SHARE, text_pixels * CAPTION_TO_TEXT), side * CAPTION_MOST_SHARE
    )
    return max(12, int(number)), max(10, int(caption))


class IllustrationView(QWidget):
    """The figure doing the move, drawn by the pose renderer at paint time
    (crisp at any size), mirrored for the right leg.

    While the move is animated, a frame timer asks ``pose_source`` for the
    present pose. The timer runs only while animation is wanted (a running
    session), this drawing is visible and its window is not minimised:
    otherwise there is no timer at all, so an idle or paused app stays idle.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise: Exercise | None = None
        self._bounds: Bounds | None = None
        self._pose_name: str | None = None
        self._pose: Pose | None = None
        self._mirrored = False
        self._palette = LIGHT
        self._source: PoseSource | None = None
        self._wanted = False
        self._watched: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._next_frame)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(tr("Illustration of the move"))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_palette(self, palette: Palette) -> None:
        if palette != self._palette:
            self._palette = palette
            self.update()

    def show_pose(
        self,
        exercise: Exercise | None,
        name: str | None,
        mirrored: bool = False,
        description: str = "",
        pose: Pose | None = None,
    ) -> None:
        """Show ``exercise`` in its pose ``name`` (or the in-between ``pose``)."""
        if exercise is not self._exercise:
            self._exercise = exercise
            # One frame for all of the move's poses: the figure never changes scale.
            self._bounds = exercise_bounds(exercise) if exercise is not None else None
        self._pose_name = name
        self._mirrored = mirrored
        if description:
            self.setAccessibleDescription(description)
        if pose is None and exercise is not None and name is not None:
            pose = exercise.poses.get(name)
        self._set_pose(pose)

    def set_pose_source(self, source: PoseSource | None) -> None:
        self._source = source
        self._sync_timer()

    def set_animating(self, wanted: bool) -> None:
        """Animate while the session runs; the timer also needs the drawing on screen."""
        self._wanted = wanted
        self._sync_timer()

    @property
    def animating(self) -> bool:
        """Whether the frame timer runs now."""
        return self._timer.isActive()

    @property
    def pose_name(self) -> str | None:
        return self._pose_name

    @property
    def pose(self) -> Pose | None:
        return self._pose

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def _set_pose(self, pose: Pose | None) -> None:
        if pose != self._pose:
            self._pose = pose
            self.update()

    def _next_frame(self) -> None:
        if self._source is not None:
            self._set_pose(self._source())

    def _on_screen(self) -> bool:
        window = self.window()
        return self.isVisible() and not window.isMinimized()

    def _sync_timer(self) -> None:
        run = self._wanted and self._source is not None and self._on_screen()
        if run and not self._timer.isActive():
            self._timer.start()
        elif not run and self._timer.isActive():
            self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:
            # Minimising changes the window's state, not this widget's
            # visibility: watch the window for it.
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        self._sync_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync_timer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Show):
            # Queued: the new state is in effect once the event is handled.
            # With this widget as the context, so a drawing deleted meanwhile
            # is not called.
            QTimer.singleShot(0, self, self._sync_timer)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._pose is None or self._exercise is None or self._bounds is None:
            return
        painter = QPainter(self)
        paint_figure(
            painter,
            QRectF(self.rect()),
            figure_of(self._pose),
            self._bounds,
            self._palette,
            mirrored=self._mirrored,
            both_legs=self._exercise.both_legs,
        )
        painter.end()


def fitted_caption(base: QFont, caption: str, side: float, pixels: int) -> tuple[QFont, int]:
    """The caption's font and alignment, so that it stays inside the ring.

    A long caption ("press Space to start", longer still in German) wraps
    onto two lines, and gets smaller until both fit, but not below
    LEAST_CAPTION_PIXELS: a 100 px ring, as a 640x480 screen gives, shows
    "press Space to start" on two lines of 9 px.
    """
    font = QFont(base)
    font.setPixelSize(pixels)
    width, height = side * CAPTION_WIDTH_SHARE, side * CAPTION_HEIGHT_SHARE
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    if QFontMetricsF(font).horizontalAdvance(caption) <= width:
        return font, flags
    flags |= int(Qt.TextFlag.TextWordWrap)
    room = QRectF(0, 0, width, 10 * height)
    while pixels > LEAST_CAPTION_PIXELS:
        used = QFontMetricsF(font).boundingRect(room, flags, caption)
        if used.width() <= width and used.height() <= height:
            break
        pixels -= 1
        font.setPixelSize(pixels)
    return font, flags


class CountdownRing(QWidget):
    """A ring that empties as the step runs, with the seconds left in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._palette = LIGHT
        self._paused = False
        self.setMinimumSize(48, 48)  # the stage sizes it; small only in a small window
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAccessibleName(tr("Countdown"))

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_state(self, fraction_left: float, text: str, caption: str, paused: bool) -> None:
        fraction_left = min(1.0, max(0.0, fraction_left))
        if (fraction_left, text, caption, paused) == (
            self._fraction,
            self._text,
            self._caption,
            self._paused,
        ):
            return
        self._fraction, self._text, self._caption, self._paused = (
            fraction_left,
            text,
            caption,
            paused,
        )
        self.setAccessibleDescription(f"{text} {caption}".strip())
        self.update()

    @property
    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        thickness = max(8.0, side * 0.06)
        rect = QRectF(
            (self.width() - side) / 2 + thickness / 2,
            (self.height() - side) / 2 + thickness / 2,
            side - thickness,
            side - thickness,
        )
        pen = QPen(QColor(self._palette.track), thickness)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self._fraction > 0:
            colour = QColor(self._palette.muted if self._paused else self._palette.accent)
            pen.setColor(colour)
            painter.setPen(pen)
            # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock.
            painter.drawArc(rect, 90 * 16, int(-self._fraction * 360 * 16))
        painter.setPen(QColor(self._palette.text))
        number_pixels, caption_pixels = countdown_pixels(side, QFontInfo(self.font()).pixelSize())
        number_font = QFont(self.font())
        number_font.setPixelSize(number_pixels)
        number_font.setWeight(QFont.Weight.DemiBold)
        width = QFontMetricsF(number_font).horizontalAdvance(self._text)
        if width > side * NUMBER_WIDTH_SHARE:  # three digits in a small ring
            fitted = int(number_pixels * side * NUMBER_WIDTH_SHARE / width)
            number_font.setPixelSize(max(12, fitted))
        painter.setFont(number_font)
        number_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.78)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            painter.setPen(QColor(self._palette.muted))
            caption_font, flags = fitted_caption(self.font(), self._caption, side, caption_pixels)
            painter.setFont(caption_font)
            width = side * CAPTION_WIDTH_SHARE
            caption_rect = QRectF(
                rect.center().x() - width / 2,
                rect.center().y() + side * CAPTION_TOP_SHARE,
                width,
                side * CAPTION_HEIGHT_SHARE,
            )
            painter.drawText(caption_rect, flags, self._caption)
        painter.end()
