"""Weekly charts drawn with QPainter: bars per week and, optionally, a line
with dots on the same whole-number scale.

Drawn by the app itself so the History window needs nothing beyond Qt's
widgets, and every colour, size and font follows the theme and the app's font.
The figures also reach screen readers: the accessible description says each
week's values in words.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from stretch_coach.ui.figure_painter import blend
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import Palette

# At most this many ticks on the value axis: enough to read a bar against,
# few enough that their labels never crowd at the smallest height.
MAX_TICKS = 6
# "Nice" steps between ticks, times a power of ten: always whole numbers.
NICE_STEPS = (1, 2, 5)
MIN_LINE_WIDTH = 3  # px: a thinner line is hard to follow for ageing eyes
MIN_DOT_DIAMETER = 8  # px
MIN_CHART_HEIGHT = 200
MIN_CHART_WIDTH = 280  # fits beside the margins and scroll bar of a 600 px window
BAR_SHARE = 0.6  # of a week's slot; the rest is the gap between bars
GAP = 8  # px between the parts of the chart (title, legend, plot, labels)
PAD = 10  # px inside the chart's frame
# How far a dim palette fades the bars toward the surface: still 3:1 against it.
DIM_BAR_FADE = 0.35


def whole_ticks(top: float, max_ticks: int = MAX_TICKS) -> list[int]:
    """Distinct whole-number ticks from 0 to at least ``top``, a nice step apart.

    A scale whose top is 0 (nothing yet) or at most 1 reads 0, 1.
    """
    highest = max(1, math.ceil(top))
    magnitude = 1
    while True:
        for nice in NICE_STEPS:
            step = nice * magnitude
            count = math.ceil(highest / step)
            if count + 1 <= max_ticks:
                return [step * index for index in range(count + 1)]
        magnitude *= 10


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One series of a week chart: a value per week (None: nothing that week)."""

    name: str
    values: Sequence[float | None]
    colour: str
    # One week's value in words, for the accessible description ("12 minutes").
    words: Callable[[float], str]


def describe_weeks(
    labels: Sequence[str], bars: ChartSeries, line: ChartSeries | None = None
) -> str:
    """The chart's values in words, week by week."""
    weeks = []
    for index, label in enumerate(labels):
        parts = []
        for series in (bars, line):
            if series is None or index >= len(series.values):
                continue
            value = series.values[index]
            if value is not None:
                parts.append(series.words(value))
        values = ", ".join(parts) if parts else tr("nothing")
        weeks.append(tr("Week of {week}: {values}").format(week=label, values=values))
    return "; ".join(weeks) + "."


class WeekChart(QWidget):
    """Bars per week (oldest on the left), an optional line with dots on the
    same scale, a title, and a legend when there are two series.

    Painted only in ``paintEvent``: no timers, no animation.
    """

    def __init__(self, title: str, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self._palette = palette
        self._labels: list[str] = []
        self._bars: ChartSeries | None = None
        self._line: ChartSeries | None = None
        self._least_top = 0.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(title)

    # -- data -------------------------------------------------------------------------

    def show_weeks(
        self,
        labels: Sequence[str],
        bars: ChartSeries,
        line: ChartSeries | None = None,
        *,
        least_top: float = 0.0,
    ) -> None:
        """Show one value per week; ``least_top`` keeps a fixed scale (pain is 0–10)."""
        self._labels = list(labels)
        self._bars = bars
        self._line = line
        self._least_top = least_top
        self.setAccessibleDescription(describe_weeks(self._labels, bars, line))
        self.updateGeometry()
        self.update()

    @property
    def bars(self) -> ChartSeries | None:
        return self._bars

    @property
    def line(self) -> ChartSeries | None:
        return self._line

    @property
    def has_data(self) -> bool:
        """Whether there is anything to draw: a bar above 0, or a point of the line
        (a rating of 0 is a point too)."""
        bars = self._bars is not None and any(value for value in self._bars.values)
        line = self._line is not None and any(v is not None for v in self._line.values)
        return bars or line

    def ticks(self) -> list[int]:
        values = [v for s in (self._bars, self._line) if s is not None for v in s.values]
        top = max([self._least_top, *(v for v in values if v is not None)])
        return whole_ticks(top)

    def bar_fill(self) -> QColor:
        colour = self._bars.colour if self._bars is not None else self._palette.accent
        if self._palette.dim:
            return blend(colour, self._palette.surface, DIM_BAR_FADE)
        return QColor(colour)

    def line_width(self) -> int:
        # Grows with the font, so a larger app font gives a bolder line.
        return max(MIN_LINE_WIDTH, round(QFontMetrics(self.font()).height() / 7))

    def dot_diameter(self) -> int:
        return max(MIN_DOT_DIAMETER, self.line_width() * 3)

    def label_step(self, width: float | None = None) -> int:
        """Every how many weeks an x label is drawn, so none overlaps the next."""
        if not self._labels:
            return 1
        slot = self._plot_rect(width).width() / len(self._labels)
        metrics = QFontMetrics(self.font())
        widest = max(metrics.horizontalAdvance(label) for label in self._labels) + GAP
        step = 1
        while step < len(self._labels) and widest > slot * step:
            step += 1
        return step

    # -- size -------------------------------------------------------------------------

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _series(self) -> list[ChartSeries]:
        return [s for s in (self._bars, self._line) if s is not None]

    def _legend(self, width: float) -> list[tuple[ChartSeries, QPointF]]:
        """Where each legend entry starts (its swatch's top left), wrapping to a
        new row where the next entry would not fit; none for a single series."""
        series = self._series()
        if len(series) < 2:
            return []
        metrics = QFontMetrics(self.font())
        left = float(PAD + self._axis_width())
        x, y = left, float(PAD + QFontMetrics(self._title_font()).height() + GAP)
        placed = []
        for item in series:
            needed = self._swatch() + GAP / 2 + metrics.horizontalAdvance(item.name)
            if x > left and x + needed > width - PAD:
                x, y = left, y + metrics.height()
            placed.append((item, QPointF(x, y)))
            x += needed + GAP * 2
        return placed

    def _swatch(self) -> float:
        return QFontMetrics(self.font()).height() * 0.7

    def _top_height(self, width: float | None = None) -> int:
        """Frame, title and legend above the plot."""
        height = PAD + QFontMetrics(self._title_font()).height() + GAP
        legend = self._legend(self.width() if width is None else width)
        if legend:
            rows = len({point.y() for _, point in legend})
            height += QFontMetrics(self.font()).height() * rows + GAP
        return height

    def _axis_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max(metrics.horizontalAdvance(str(tick)) for tick in self.ticks()) + GAP

    def _plot_rect(self, width: float | None = None) -> QRectF:
        metrics = QFontMetrics(self.font())
        full = self.width() if width is None else width
        left = PAD + self._axis_width()
        # Half a label's height above the top tick, so its label is not cut off.
        top = self._top_height(full) + metrics.height() / 2
        bottom = self.height() - PAD - metrics.height() - GAP / 2
        return QRectF(left, top, max(1.0, full - left - PAD), max(1.0, bottom - top))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        # Room for the plot to be read: a few lines of text at the app's font.
        height = self._top_height(MIN_CHART_WIDTH) + metrics.height() * 8
        return QSize(MIN_CHART_WIDTH, max(MIN_CHART_HEIGHT, height))

    def sizeHint(self) -> QSize:
        least = self.minimumSizeHint()
        return QSize(max(560, least.width()), round(least.height() * 1.25))

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self._palette
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Framed like the app's lists: a surface with a quiet border.
        painter.setPen(QPen(QColor(palette.track), 1))
        painter.setBrush(QColor(palette.surface))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        self._paint_title_and_legend(painter)
        if self._bars is None or not self._labels:
            painter.end()
            return
        plot = self._plot_rect()
        ticks = self.ticks()
        top = ticks[-1]

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / top

        metrics = QFontMetrics(self.font())
        for tick in ticks:
            y = y_of(tick)
            # Grid lines are quiet; the labels beside them carry the numbers.
            painter.setPen(QPen(QColor(palette.track), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(palette.muted))
            label = QRectF(PAD, y - metrics.height() / 2, plot.left() - PAD - GAP / 2,
                           metrics.height())  # fmt: skip
            painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(tick))  # fmt: skip

        slot = plot.width() / len(self._labels)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.bar_fill())
        for index, value in enumerate(self._bars.values):
            if not value:
                continue
            x = plot.left() + slot * index + slot * (1 - BAR_SHARE) / 2
            painter.drawRect(QRectF(x, y_of(value), slot * BAR_SHARE, plot.bottom() - y_of(value)))

        # The baseline over the bars' feet, in the muted colour that labels use.
        painter.setPen(QPen(QColor(palette.muted), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        if self._line is not None:
            self._paint_line(painter, self._line, plot, slot, y_of)

        painter.setPen(QColor(palette.muted))
        step = self.label_step()
        width = slot * step
        for index, week in enumerate(self._labels):
            if index % step:
                continue
            centre = plot.left() + slot * (index + 0.5)
            room = QRectF(centre - width / 2, plot.bottom() + GAP / 2, width, metrics.height())
            painter.drawText(room, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, week)
        painter.end()

    def _paint_line(self, painter: QPainter, line: ChartSeries, plot: QRectF, slot: float,
                    y_of: Callable[[float], float]) -> None:  # fmt: skip
        points: list[QPointF | None] = [
            None if value is None else QPointF(plot.left() + slot * (index + 0.5), y_of(value))
            for index, value in enumerate(line.values)
        ]
        pen = QPen(QColor(line.colour), self.line_width())
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        # A week without a value breaks the line rather than bridging it.
        for start, end in itertools.pairwise(points):
            if start is not None and end is not None:
                painter.drawLine(start, end)
        radius = self.dot_diameter() / 2
        painter.setPen(QPen(QColor(self._palette.surface), 2))  # a rim parts the dot from a bar
        painter.setBrush(QColor(line.colour))
        for point in points:
            if point is not None:
                painter.drawEllipse(point, radius, radius)

    def _paint_title_and_legend(self, painter: QPainter) -> None:
        palette = self._palette
        title_font = self._title_font()
        title_metrics = QFontMetrics(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor(palette.text))
        room = self.width() - 2 * PAD
        title = title_metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QRectF(PAD, PAD, room, title_metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)  # fmt: skip
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        swatch = self._swatch()
        for item, corner in self._legend(self.width()):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(item.colour) if item is self._line else self.bar_fill())
            box = QRectF(corner.x(), corner.y() + (metrics.height() - swatch) / 2, swatch, swatch)
            if item is self._line:
                painter.drawEllipse(box)
            else:
                painter.drawRect(box)
            painter.setPen(QColor(palette.muted))
            text_x = corner.x() + swatch + GAP / 2
            painter.drawText(QPointF(text_x, corner.y() + metrics.ascent()), item.name)
