"""History and insights: streak, minutes stretched, water, cramp nights, and a
plain answer to "is it helping?" with the number of nights behind it.

Qt Charts is imported here only, so it loads when the page is first opened.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.clock import Evening
from stretch_coach.core.insights import (
    cramps_per_week,
    current_streak,
    hydration_per_week,
    is_it_helping,
    minutes_per_week,
)
from stretch_coach.core.records import DiaryEntry, HydrationRecord, SessionRecord
from stretch_coach.ui.insight_texts import helping_sentences
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import Palette

log = logging.getLogger(__name__)
WEEKS_SHOWN = 8


def _week_label(start: dt.date) -> str:
    # Day/month is short enough for eight bars in a half-width chart.
    return tr("{day}/{month}").format(day=start.day, month=start.month)


class HistoryDialog(QDialog):
    export_requested = Signal(object)  # Path of the chosen folder

    def __init__(
        self,
        sessions: Sequence[SessionRecord],
        hydration: Sequence[HydrationRecord],
        diary: Sequence[DiaryEntry],
        evening: Evening,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("History"))
        self.resize(900, 760)
        self.palette_ = palette
        outer = QVBoxLayout(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        layout.setSpacing(12)

        title = QLabel(tr("Your history"), body)
        title.setObjectName("title")
        layout.addWidget(title)
        streak = current_streak(sessions, evening)
        self.streak = QLabel(body)
        self.streak.setObjectName("subtitle")
        self.streak.setText(
            tr("{n} evenings in a row with a completed routine.").format(n=streak)
            if streak != 1
            else tr("1 evening in a row with a completed routine.")
        )
        layout.addWidget(self.streak)

        self.insights = QLabel(body)
        self.insights.setWordWrap(True)
        self.insights.setTextFormat(Qt.TextFormat.PlainText)
        report = is_it_helping(sessions, diary, evening=evening)
        self.insights.setText("\n".join(f"• {line}" for line in helping_sentences(report)))
        heading = QLabel(tr("Is it helping?"), body)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        layout.addWidget(self.insights)

        grid = QGridLayout()
        minutes = minutes_per_week(sessions, evening, WEEKS_SHOWN)
        water = hydration_per_week(hydration, evening, WEEKS_SHOWN)
        cramps = cramps_per_week(diary, evening, WEEKS_SHOWN)
        labels = [_week_label(m.week.start) for m in minutes]
        self.charts: dict[str, QChart] = {}
        self._add_bar_chart(grid, 0, 0, "minutes", tr("Minutes stretched per week"),
                            labels, [m.minutes for m in minutes], palette.accent)  # fmt: skip
        self._add_bar_chart(grid, 1, 0, "water", tr("Glasses of water noted per week"),
                            labels, [float(w.count) for w in water], palette.prop)  # fmt: skip
        self._add_cramp_chart(grid, 2, 0, labels, cramps)
        layout.addLayout(grid)
        self.empty_note = QLabel(
            tr("Nothing recorded yet. Finished sessions, glasses of water and diary nights "
               "appear here."),
            body,
        )  # fmt: skip
        self.empty_note.setObjectName("hint")
        self.empty_note.setVisible(not (sessions or hydration or diary))
        layout.addWidget(self.empty_note)

        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(tr("Export to CSV…"), self)
        self.export_button.setAccessibleName(tr("Export to CSV"))
        self.export_button.setToolTip(tr("Save sessions, water and diary as spreadsheet files"))
        self.export_button.clicked.connect(self._ask_export)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setToolTip(tr("Close"))
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.export_button)
        row.addWidget(self.close_button)
        outer.addLayout(row)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)

    # -- charts ----------------------------------------------------------------------

    def _chart(self, key: str, title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        # Colours from our palette, so the charts read well in every theme.
        chart.setBackgroundBrush(QColor(self.palette_.surface))
        chart.setTitleBrush(QColor(self.palette_.text))
        self.charts[key] = chart
        return chart

    def _axes(
        self, chart: QChart, labels: list[str], top: float
    ) -> tuple[QBarCategoryAxis, QValueAxis]:
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(0, max(1.0, top * 1.15))
        y.setLabelFormat("%.0f")
        y.applyNiceNumbers()
        for axis in (x, y):
            axis.setLabelsColor(QColor(self.palette_.muted))
            axis.setGridLineColor(QColor(self.palette_.track))
            axis.setLinePenColor(QColor(self.palette_.track))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        return x, y

    def _view(self, chart: QChart) -> QChartView:
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(240)
        view.setAccessibleName(chart.title())
        return view

    def _add_bar_chart(self, grid: QGridLayout, row: int, col: int, key: str, title: str,
                       labels: list[str], values: list[float], colour: str) -> None:  # fmt: skip
        chart = self._chart(key, title)
        bars = QBarSet(title)
        bars.append(values)
        bars.setColor(QColor(colour))
        bars.setBorderColor(QColor(colour))
        series = QBarSeries()
        series.append(bars)
        chart.addSeries(series)
        x, y = self._axes(chart, labels, max(values, default=0.0))
        series.attachAxis(x)
        series.attachAxis(y)
        grid.addWidget(self._view(chart), row, col)

    def _add_cramp_chart(self, grid: QGridLayout, row: int, col: int, labels: list[str],
                         weeks: Sequence[object]) -> None:  # fmt: skip
        chart = self._chart("cramps", tr("Cramp nights and mean worst pain per week"))
        nights = QBarSet(tr("Cramp nights"))
        nights.append([float(getattr(w, "cramp_nights", 0)) for w in weeks])
        nights.setColor(QColor(self.palette_.danger))
        series = QBarSeries()
        series.append(nights)
        chart.addSeries(series)
        line = QLineSeries()
        line.setName(tr("Mean worst pain (0–10)"))
        for index, week in enumerate(weeks):
            severity = getattr(week, "mean_severity", None)
            if severity is not None:
                line.append(float(index), float(severity))
        line.setColor(QColor(self.palette_.text))
        chart.addSeries(line)
        x, y = self._axes(chart, labels, 10.0)
        series.attachAxis(x)
        series.attachAxis(y)
        line.attachAxis(x)
        line.attachAxis(y)
        chart.legend().setVisible(True)
        chart.legend().setLabelColor(QColor(self.palette_.muted))
        grid.addWidget(self._view(chart), row, col)

    # -- export -----------------------------------------------------------------------

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Export to a folder"), str(Path.home()))
        if folder:
            self.export_requested.emit(Path(folder))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
