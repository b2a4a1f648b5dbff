"""A check box whose label wraps onto more lines instead of widening the page.

Qt's QCheckBox keeps its text on one line, so a long label in a long
language ("Ricordami di fare stretching prima di andare a letto") at large
text makes a narrow window scroll sideways. This one asks for the width of
its longest word and grows downwards instead, like a word-wrapped label,
while staying a real QCheckBox: same signals, text, keyboard, accessibility
and the app's drawing of the box itself.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class WrappingCheckBox(QCheckBox):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._height_now = 0  # the wrapped height at the present width, once laid out

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _indicator(self) -> QRect:
        return self.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxIndicator, self._option(), self
        )

    def _text_left(self) -> int:
        option = self._option()
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self)
        return self._indicator().right() + 1 + spacing

    def _text_size(self, width: int) -> QSize:
        bound = QRect(0, 0, max(1, width), 100_000)
        return self.fontMetrics().boundingRect(bound, int(_WRAP), self.text()).size()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        text = self._text_size(width - self._text_left() - 2)
        return max(self._indicator().height(), text.height()) + 4

    def sizeHint(self) -> QSize:
        # As wide as one line would be: where there is room, it stays one line
        # (with a little to spare, as a line's advance and its wrapped bounds
        # can differ by a pixel).
        line = self.fontMetrics().horizontalAdvance(self.text())
        width = self._text_left() + line + 6
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        longest = max(
            (self.fontMetrics().horizontalAdvance(word) for word in self.text().split()),
            default=0,
        )
        width = self._text_left() + longest + 2
        # The height its words take at the width it has now, not at the
        # narrowest: that would make every page holding one as tall as if all
        # its boxes were squeezed to their longest word. Not every layout asks
        # heightForWidth (a form's nested grid does not), so resizeEvent tells
        # the layout when the wrapped height changes.
        return QSize(width, self._height_now or self.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self._height_now:
            self._height_now = height
            self.updateGeometry()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the wrapped words toggle it too

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        text = option.text
        option.text = ""
        # The box (and its focus mark) as the style draws it, then the words.
        painter.drawControl(QStyle.ControlElement.CE_CheckBox, option)
        left = self._text_left()
        room = QRect(left, 0, self.width() - left - 2, self.height())
        role = QPalette.ColorRole.WindowText
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter.setPen(self.palette().color(group, role))
        painter.drawText(room, int(_WRAP), text)
