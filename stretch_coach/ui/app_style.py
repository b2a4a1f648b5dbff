"""Fusion with check boxes that can be seen in every theme.

Fusion draws an unchecked box's frame in a shade of the window colour: 1.7:1
on the light theme and barely 1.1:1 on the dark ones, so an empty box is all
but invisible to tired eyes. This style draws the box itself from the palette:
a frame in the text's muted colour (placeholder role, at least 3:1 in every
theme), the accent with a mark in the window's colour when checked, and a
thicker accent frame with keyboard focus. The box grows with the text beside
it, so large text does not come with a box still sized for small text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

# The box's side as a share of the height of a line of the text beside it:
# a little larger than Fusion's own box at the usual text, and growing with it.
BOX_PER_LINE = 0.85
_BOX_METRICS = frozenset(
    {QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight}
)


class AppStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        base = super().pixelMetric(metric, option, widget)
        if metric not in _BOX_METRICS:
            return base
        if widget is not None:
            line = widget.fontMetrics().height()
        elif option is not None:
            line = option.fontMetrics.height()
        else:
            return base
        return max(base, round(line * BOX_PER_LINE))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element is QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._draw_check_box(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _draw_check_box(option: QStyleOption, painter: QPainter) -> None:
        palette = option.palette
        state = option.state
        checked = bool(state & QStyle.StateFlag.State_On)
        partly = bool(state & QStyle.StateFlag.State_NoChange)
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        # The accent (the palette's link colour): a selection colour may be
        # dim on purpose (bedtime), a checked box must still stand out.
        accent = palette.color(QPalette.ColorRole.Link)
        frame = (
            accent
            if (checked or partly or focused) and enabled
            else (palette.color(QPalette.ColorRole.PlaceholderText))
        )
        width = 3.0 if focused else 2.0
        box = QRectF(option.rect).adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(frame, width))
        fill = accent if (checked or partly) and enabled else palette.color(QPalette.ColorRole.Base)
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 3, 3)
        mark = palette.color(
            QPalette.ColorRole.Window if enabled else QPalette.ColorRole.PlaceholderText
        )
        pen = QPen(mark, max(2.0, box.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        x, y, side = box.left(), box.top(), box.width()
        if partly:
            painter.drawLine(
                QPointF(x + side * 0.25, y + side / 2), QPointF(x + side * 0.75, y + side / 2)
            )
        elif checked:
            painter.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x + side * 0.22, y + side * 0.52),
                        QPointF(x + side * 0.42, y + side * 0.72),
                        QPointF(x + side * 0.78, y + side * 0.30),
                    ]
                )
            )
        painter.restore()
