"""History and insights: streak, minutes stretched, water, cramp nights, a
plain answer to "is it helping?" with the number of nights behind it, and the
diary's nights, each of which can be corrected or deleted.

The window shows what it is given and asks for changes through its signals;
the composition root carries them out and hands it the history again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
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
from stretch_coach.ui.charts import ChartSeries, WeekChart
from stretch_coach.ui.insight_texts import helping_sentences, one_decimal, short_month
from stretch_coach.ui.placement import fit_to_screen
from stretch_coach.ui.texts import short_weekday, tr, tr_n
from stretch_coach.ui.theme import Palette

log = logging.getLogger(__name__)
WEEKS_SHOWN = 8
PAIN_SCALE_TOP = 10  # worst pain is rated 0 to 10
NOTE_EXCERPT_CHARS = 60
# The diary list shows this many nights before it scrolls.
DIARY_ROWS_SHOWN = 6
NIGHT_ROLE = Qt.ItemDataRole.UserRole


def _week_label(start: dt.date) -> str:
    # Day/month is short enough for eight bars in a half-width chart.
    return tr("{day}/{month}").format(day=start.day, month=start.month)


def night_label(night: dt.date) -> str:
    return tr("{weekday} {day} {month} {year}").format(
        weekday=short_weekday(night), day=night.day, month=short_month(night), year=night.year
    )


def _minutes(value: float) -> str:
    n = round(value)
    return tr_n("%n minute(s)", n)


def _glasses(value: float) -> str:
    n = round(value)
    return tr_n("%n glass(es) of water", n)


def _cramp_nights(value: float) -> str:
    n = round(value)
    return tr_n("%n cramp night(s)", n)


def _mean_pain(value: float) -> str:
    return tr("mean worst pain {value} of 10").format(value=one_decimal(value))


def diary_row(entry: DiaryEntry) -> list[str]:
    """The columns of one night in the diary list: night, cramps, worst pain, note."""
    cramps = tr("Yes, {n}").format(n=entry.cramps) if entry.cramps else tr("No")
    pain = "–" if entry.severity is None else tr("{n} of 10").format(n=entry.severity)
    note = " ".join(entry.note.split())  # one line, however it was typed
    if len(note) > NOTE_EXCERPT_CHARS:
        note = note[: NOTE_EXCERPT_CHARS - 1].rstrip() + "…"
    return [night_label(entry.night), cramps, pain, note]


class HistoryDialog(QDialog):
    export_requested = Signal(object)  # Path of the chosen folder
    edit_requested = Signal(object)  # dt.date: the night to correct
    delete_requested = Signal(object)  # dt.date: the night to delete (not yet asked)

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
        fit_to_screen(self, QSize(900, 760))
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
        title.setWordWrap(True)  # large text in a narrow window
        layout.addWidget(title)
        # First, so an empty history says so before anything else.
        self.empty_note = QLabel(
            tr("Nothing recorded yet. Finished sessions, glasses of water and diary nights "
               "appear here."),
            body,
        )  # fmt: skip
        self.empty_note.setWordWrap(True)
        layout.addWidget(self.empty_note)
        self.streak = QLabel(body)
        self.streak.setObjectName("subtitle")
        self.streak.setWordWrap(True)
        layout.addWidget(self.streak)

        heading = QLabel(tr("Is it helping?"), body)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.insights = QLabel(body)
        self.insights.setWordWrap(True)
        self.insights.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.insights)

        self.charts: dict[str, WeekChart] = {}
        # Said in one line instead of a chart with nothing in it.
        self.chart_notes: dict[str, QLabel] = {}
        for key, chart_title in (
            ("minutes", tr("Minutes stretched per week")),
            ("water", tr("Glasses of water noted per week")),
            ("cramps", tr("Cramp nights and mean worst pain per week")),
        ):
            chart = WeekChart(chart_title, palette, body)
            note = QLabel(body)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(chart)
            layout.addWidget(note)
            self.charts[key] = chart
            self.chart_notes[key] = note

        self.diary_section = QWidget(body)
        self._build_diary_section(self.diary_section)
        layout.addWidget(self.diary_section)
        layout.addStretch(1)

        # Outside the scrolling body: always in reach, however small the window.
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
        # Takes room only once there is something to say (a small screen needs it).
        self.status.setVisible(False)
        outer.addWidget(self.status)

        self.show_history(sessions, hydration, diary, evening)

    def _build_diary_section(self, section: QWidget) -> None:
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Diary nights"), section)
        heading.setObjectName("sectionTitle")
        layout.addWidget(heading)
        self.diary_empty = QLabel(tr("No diary nights recorded yet."), section)
        self.diary_empty.setObjectName("hint")
        layout.addWidget(self.diary_empty)

        self.diary_list = QTreeWidget(section)
        self.diary_list.setColumnCount(4)
        self.diary_list.setHeaderLabels([tr("Night"), tr("Cramps"), tr("Worst pain"), tr("Note")])
        self.diary_list.setRootIsDecorated(False)
        self.diary_list.setUniformRowHeights(True)
        self.diary_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.diary_list.setAccessibleName(tr("Diary nights, newest first"))
        header = self.diary_list.header()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A line of text and the padding the theme gives each row.
        row_height = self.diary_list.fontMetrics().height() + 16
        self.diary_list.setMinimumHeight(row_height * (DIARY_ROWS_SHOWN + 1))
        self.diary_list.itemSelectionChanged.connect(self._selection_changed)
        self.diary_list.itemActivated.connect(lambda _item, _column: self._request_edit())
        self.diary_list.installEventFilter(self)  # the Delete key, see eventFilter
        layout.addWidget(self.diary_list)

        buttons = QHBoxLayout()
        self.edit_button = QPushButton(tr("Edit…"), section)
        self.edit_button.setAccessibleName(tr("Edit the selected night"))
        self.edit_button.setToolTip(tr("Correct what you noted for the selected night"))
        self.edit_button.clicked.connect(self._request_edit)
        self.delete_button = QPushButton(tr("Delete…"), section)
        self.delete_button.setAccessibleName(tr("Delete the selected night"))
        self.delete_button.setToolTip(tr("Remove the selected night from the diary (asks first)"))
        self.delete_button.clicked.connect(self._request_delete)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # -- what is shown ----------------------------------------------------------------

    def show_history(
        self,
        sessions: Sequence[SessionRecord],
        hydration: Sequence[HydrationRecord],
        diary: Sequence[DiaryEntry],
        evening: Evening,
    ) -> None:
        """Show (or show again, after a change) everything the window is about."""
        anything = bool(sessions or hydration or diary)
        self.empty_note.setVisible(not anything)
        streak = current_streak(sessions, evening)
        self.streak.setText(tr_n("%n evening(s) in a row with a completed routine.", streak))
        report = is_it_helping(sessions, diary, evening=evening)
        self.insights.setText("\n".join(f"• {line}" for line in helping_sentences(report)))

        minutes = minutes_per_week(sessions, evening, WEEKS_SHOWN)
        water = hydration_per_week(hydration, evening, WEEKS_SHOWN)
        cramps = cramps_per_week(diary, evening, WEEKS_SHOWN)
        labels = [_week_label(m.week.start) for m in minutes]
        palette = self.palette_
        self.charts["minutes"].show_weeks(
            labels,
            ChartSeries(tr("Minutes stretched"), [m.minutes for m in minutes], palette.accent,
                        _minutes),
        )  # fmt: skip
        self.charts["water"].show_weeks(
            labels,
            ChartSeries(tr("Glasses of water"), [float(w.count) for w in water], palette.muted,
                        _glasses),
        )  # fmt: skip
        self.charts["cramps"].show_weeks(
            labels,
            ChartSeries(tr("Cramp nights"), [float(w.cramp_nights) for w in cramps],
                        palette.danger, _cramp_nights),
            ChartSeries(tr("Mean worst pain (0–10)"), [w.mean_severity for w in cramps],
                        palette.text, _mean_pain),
            least_top=PAIN_SCALE_TOP,
        )  # fmt: skip
        diary_weeks = any(w.nights_recorded for w in cramps)
        nothing = {
            "minutes": tr_n("No stretching recorded in the last %n week(s).", WEEKS_SHOWN),
            "water": tr_n("No glasses of water noted in the last %n week(s).", WEEKS_SHOWN),
            # Nights without cramps are good news; no nights at all are just no news.
            "cramps": tr_n("No cramp nights in the last %n week(s).", WEEKS_SHOWN)
            if diary_weeks
            else tr_n("No diary nights in the last %n week(s).", WEEKS_SHOWN),
        }
        for key, chart in self.charts.items():
            # With nothing recorded at all the empty note says it once, for everything.
            chart.setVisible(anything and chart.has_data)
            note = self.chart_notes[key]
            note.setText(nothing[key])
            note.setVisible(anything and not chart.has_data)

        self.diary_section.setVisible(anything)
        self._show_diary(diary)

    def _show_diary(self, diary: Sequence[DiaryEntry]) -> None:
        selected = self.selected_night()
        row_before = self.diary_list.currentIndex().row()
        self.diary_list.clear()
        for entry in sorted(diary, key=lambda e: e.night, reverse=True):
            item = QTreeWidgetItem(diary_row(entry))
            item.setData(0, NIGHT_ROLE, entry.night.isoformat())
            if entry.note:
                item.setToolTip(3, entry.note)
            self.diary_list.addTopLevelItem(item)
        count = self.diary_list.topLevelItemCount()
        self.diary_list.setVisible(count > 0)
        self.diary_empty.setVisible(count == 0)
        # The same night stays selected after an edit; after a delete, its neighbour.
        if selected is not None and not self.select_night(selected) and count and row_before >= 0:
            self.diary_list.setCurrentItem(self._item(min(row_before, count - 1)))
        self._selection_changed()

    def _item(self, row: int) -> QTreeWidgetItem:
        item = self.diary_list.topLevelItem(row)
        assert item is not None, f"no row {row} in the diary list"
        return item

    def nights_listed(self) -> list[dt.date]:
        return [
            dt.date.fromisoformat(self._item(row).data(0, NIGHT_ROLE))
            for row in range(self.diary_list.topLevelItemCount())
        ]

    def select_night(self, night: dt.date) -> bool:
        if night not in self.nights_listed():
            return False
        self.diary_list.setCurrentItem(self._item(self.nights_listed().index(night)))
        return True

    def selected_night(self) -> dt.date | None:
        items = self.diary_list.selectedItems()
        if not items:
            return None
        return dt.date.fromisoformat(items[0].data(0, NIGHT_ROLE))

    def _selection_changed(self) -> None:
        chosen = self.selected_night() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The Delete key on the list deletes the selected night (asking first),
        # as Enter or a double click edits it.
        if (
            watched is self.diary_list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Delete)
        ):
            self._request_delete()
            return True
        return super().eventFilter(watched, event)

    def _request_edit(self) -> None:
        night = self.selected_night()
        if night is not None:
            self.edit_requested.emit(night)

    def _request_delete(self) -> None:
        night = self.selected_night()
        if night is not None:
            self.delete_requested.emit(night)

    # -- export -----------------------------------------------------------------------

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Export to a folder"), str(Path.home()))
        if folder:
            self.export_requested.emit(Path(folder))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
