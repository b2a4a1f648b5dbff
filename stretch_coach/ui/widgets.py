"""Small custom widgets: the drawing of a move and the countdown ring."""

from __future__ import annotations

import logging
from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretch_coach.resources import exercise_image
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import LIGHT, Palette

log = logging.getLogger(__name__)


@lru_cache(maxsize=64)
def _svg_bytes(name: str, palette: Palette) -> bytes | None:
    path = exercise_image(name)
    try:
        return palette.recolor_svg(path.read_bytes())
    except OSError as exc:
        log.warning("illustration %s cannot be read: %s", path, exc)
        return None


class IllustrationView(QWidget):
    """An exercise drawing, drawn as vectors at paint time (crisp at any scale
    and pixel ratio), mirrored for the right leg."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._name: str | None = None
        self._mirrored = False
        self._palette = LIGHT
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)
        self.setAccessibleName(tr("Illustration of the move"))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_palette(self, palette: Palette) -> None:
        if palette != self._palette:
            self._palette = palette
            self._load()

    def show_image(self, name: str | None, mirrored: bool = False, description: str = "") -> None:
        changed = name != self._name
        self._name = name
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self.update()
        if description:
            self.setAccessibleDescription(description)
        if changed:
            self._load()

    @property
    def image_name(self) -> str | None:
        return self._name

    @property
    def mirrored(self) -> bool:
        return self._mirrored

    def _load(self) -> None:
        data = _svg_bytes(self._name, self._palette) if self._name else None
        self._renderer.load(data or b"<svg xmlns='http://www.w3.org/2000/svg'/>")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._renderer.isValid() or self._name is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        view = self._renderer.viewBoxF()
        side = min(self.width(), self.height())
        scale = side / max(view.width(), view.height(), 1.0)
        width, height = view.width() * scale, view.height() * scale
        target = QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        self._renderer.render(painter, target)
        painter.end()


class CountdownRing(QWidget):
    """A ring that empties as the step runs, with the seconds left in the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._text = ""
        self._caption = ""
        self._palette = LIGHT
        self._paused = False
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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
        number_font = QFont(self.font())
        number_font.setPixelSize(max(12, int(side * 0.3)))
        number_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(number_font)
        number_rect = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.78)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, self._text)
        if self._caption:
            caption_font = QFont(self.font())
            caption_font.setPixelSize(max(10, int(side * 0.075)))
            painter.setFont(caption_font)
            painter.setPen(QColor(self._palette.muted))
            caption_rect = QRectF(
                rect.left(), rect.center().y() + side * 0.14, rect.width(), side * 0.12
            )
            painter.drawText(caption_rect, Qt.AlignmentFlag.AlignCenter, self._caption)
        painter.end()
