"""Fusion with check boxes and spin buttons that can be seen, and hit, in every theme.

Fusion draws an unchecked box's frame in a shade of the window colour: 1.7:1
on the light theme and barely 1.1:1 on the dark ones, so an empty box is all
but invisible to tired eyes. This style draws the box itself from the palette:
a frame in the text's muted colour (placeholder role, at least 3:1 in every
theme), the accent with a mark in the window's colour when checked, and a
thicker accent frame with keyboard focus. The box grows with the text beside
it, so large text does not come with a box still sized for small text.

A spin box's up and down buttons are Fusion's 14 px strip with 7 px arrows in
a shade of the window: a hard target for a tired hand. They are made as wide
as a line of text is high, and their arrows are drawn in the text's colour
(faint where the number cannot go further).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionSpinBox,
    QWidget,
)

# The box's side as a share of the height of a line of the text beside it:
# a little larger than Fusion's own box at the usual text, and growing with it.
BOX_PER_LINE = 0.85
_BOX_METRICS = frozenset(
    {QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight}
)
# A spin button's width as a share of a line of the spin box's text.
SPIN_BUTTON_PER_LINE = 1.2
_UP, _DOWN = QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown
_EDIT = QStyle.SubControl.SC_SpinBoxEditField
_SPIN_BOX = QStyle.ComplexControl.CC_SpinBox


class SpinButtonsStyle(QProxyStyle):
    """Fusion with the spin buttons described above: the app's style until
    the main window has painted (theme.first_paint_style), then AppStyle's."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        sub: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        # PySide6's stub for QProxyStyle wants a widget; Qt also asks without one.
        rect = super().subControlRect(control, option, sub, widget)  # type: ignore[arg-type]
        if (
            control is not _SPIN_BOX
            or sub not in (_UP, _DOWN, _EDIT)
            or not isinstance(option, QStyleOptionSpinBox)
            or option.buttonSymbols is QAbstractSpinBox.ButtonSymbols.NoButtons
        ):
            return rect
        fusion_up = super().subControlRect(control, option, _UP, widget)  # type: ignore[arg-type]
        fusion_width = fusion_up.width()
        wider = max(0, round(option.fontMetrics.height() * SPIN_BUTTON_PER_LINE) - fusion_width)
        if sub is _EDIT:
            return rect.adjusted(0, 0, -wider, 0)
        return rect.adjusted(-wider, 0, 0, 0)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control is _SPIN_BOX and isinstance(option, QStyleOptionSpinBox):
            # Fusion draws the frame and the field; the buttons are ours.
            field = QStyleOptionSpinBox(option)
            field.subControls = option.subControls & ~(_UP | _DOWN)
            super().drawComplexControl(control, field, painter, widget)
            if option.buttonSymbols is not QAbstractSpinBox.ButtonSymbols.NoButtons:
                self._draw_spin_buttons(option, painter, widget)
            return
        super().drawComplexControl(control, option, painter, widget)

    def _draw_spin_buttons(
        self, option: QStyleOptionSpinBox, painter: QPainter, widget: QWidget | None
    ) -> None:
        palette = option.palette
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        pressed = bool(option.state & QStyle.StateFlag.State_Sunken)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for sub, step, up in (
            (_UP, QAbstractSpinBox.StepEnabledFlag.StepUpEnabled, True),
            (_DOWN, QAbstractSpinBox.StepEnabledFlag.StepDownEnabled, False),
        ):
            rect = QRectF(self.subControlRect(_SPIN_BOX, option, sub, widget))
            if pressed and option.activeSubControls & sub:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Mid))
            can_step = enabled and bool(option.stepEnabled & step)
            # Faint where the number cannot go further, as Qt's own arrows are.
            colour = palette.color(
                QPalette.ColorRole.ButtonText if can_step else QPalette.ColorRole.Mid
            )
            half = min(rect.width() * 0.25, rect.height() * 0.4)
            tip = half * 0.6
            centre = rect.center()
            direction = -1 if up else 1
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(
                QPolygonF(
                    [
                        QPointF(centre.x() - half, centre.y() - direction * tip / 2),
                        QPointF(centre.x() + half, centre.y() - direction * tip / 2),
                        QPointF(centre.x(), centre.y() + direction * tip / 2),
                    ]
                )
            )
        # One line between the field and the buttons.
        buttons = self.subControlRect(_SPIN_BOX, option, _UP, widget)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(
            QPointF(buttons.left() + 0.5, option.rect.top() + 3),
            QPointF(buttons.left() + 0.5, option.rect.bottom() - 2),
        )
        painter.restore()


class AppStyle(SpinButtonsStyle):
    """Fusion with the app's check boxes and spin buttons."""

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
