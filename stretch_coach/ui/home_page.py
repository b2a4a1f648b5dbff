"""The start page: choose a routine and a length, then start."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.routines import Routine
from stretch_coach.core.scaling import MAX_MINUTES, MIN_MINUTES, default_minutes, scaled_plan
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.texts import (
    clock_text,
    exercise_name,
    routine_description,
    routine_name,
    tr,
)

ROUTINE_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1
# Lines a routine's description may take in the list (German needs two).
DETAIL_LINES = 2


def detail_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The description in at most DETAIL_LINES lines, word by word; only the
    last line is cut short (with "…"), and the whole text is in the tooltip."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < DETAIL_LINES - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class RoutineDelegate(QStyledItemDelegate):
    """Draws a routine as a bold title with its length and a muted line of moves."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = option.fontMetrics
        # A title line and up to DETAIL_LINES lines of description.
        return QSize(200, metrics.height() * (1 + DETAIL_LINES) + 4 * DETAIL_LINES + 22)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(14, 8, -14, -8)
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group))
        height = option.fontMetrics.height()
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole)),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        lines = detail_lines(str(index.data(DETAIL_ROLE) or ""), option.fontMetrics, rect.width())
        for number, line in enumerate(lines, start=1):
            painter.drawText(
                QRect(rect.left(), rect.top() + number * (height + 4), rect.width(), height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                line,
            )
        painter.restore()


class HomePage(QWidget):
    start_requested = Signal(str, int)  # routine id, minutes
    relief_requested = Signal()
    preferences_requested = Signal()
    editor_requested = Signal()
    history_requested = Signal()
    about_requested = Signal()
    diary_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._routines: list[Routine] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)

        # A notice in plain words, its technical part behind "Details", and
        # a way to put it away.
        self.notice_box = QWidget(self)
        box = QVBoxLayout(self.notice_box)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.notice = QLabel(self.notice_box)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.notice, 1)
        self.details_button = QPushButton(tr("Details"), self.notice_box)
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(tr("Details"))
        self.details_button.setToolTip(tr("Show the technical details"))
        self.dismiss_button = QPushButton(tr("Dismiss"), self.notice_box)
        self.dismiss_button.setAccessibleName(tr("Dismiss"))
        self.dismiss_button.setToolTip(tr("Put this message away"))
        row.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(row)
        self.details = QLabel(self.notice_box)
        self.details.setObjectName("hint")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        box.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)
        self.dismiss_button.clicked.connect(lambda: self.set_notice(""))
        self.notice_box.hide()
        layout.addWidget(self.notice_box)

        # Each button its own group: a narrow window or large text wraps them.
        header = ButtonRow(align=RowAlign.RIGHT, group_gap=8)
        self.nav_buttons: dict[str, QPushButton] = {}
        for name, label, tip, signal in (
            (
                "diary",
                tr("Last night"),
                tr("Note last night's cramps"),
                self.diary_requested,
            ),
            (
                "history",
                tr("History"),
                tr("Your sessions, water and cramp diary"),
                self.history_requested,
            ),
            (
                "about",
                tr("About cramps"),
                tr("What may help, and when to see a doctor"),
                self.about_requested,
            ),
            (
                "editor",
                tr("Routines…"),
                tr("Create and edit your own routines"),
                self.editor_requested,
            ),
            (
                "preferences",
                tr("Preferences…"),
                tr("Bedtime, reminders, sound, theme"),
                self.preferences_requested,
            ),
        ):
            button = QPushButton(label, self)
            button.setObjectName("nav")
            button.setAccessibleName(label.rstrip("…"))
            button.setToolTip(tip)
            button.clicked.connect(signal)
            header.add_group(button)
            self.nav_buttons[name] = button
        layout.addLayout(header)
        title = QLabel(tr("Tonight's stretch"), self)
        title.setObjectName("title")
        title.setWordWrap(True)  # large text in a narrow window
        layout.addWidget(title)
        subtitle = QLabel(
            tr("A few calm minutes before bed may help keep night cramps away."), self
        )
        subtitle.setObjectName("subtitle")
        subtitle.setWordWrap(True)
        layout.addWidget(subtitle)

        self.routine_list = QListWidget(self)
        self.routine_list.setItemDelegate(RoutineDelegate(self.routine_list))
        self.routine_list.setAccessibleName(tr("Routines"))
        self.routine_list.setToolTip(tr("Choose a routine"))
        self.routine_list.currentRowChanged.connect(self._routine_changed)
        self.routine_list.itemActivated.connect(lambda _item: self._start())
        layout.addWidget(self.routine_list, 1)

        row = QHBoxLayout()
        length_label = QLabel(tr("Length"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setAccessibleName(tr("Length in minutes"))
        self.minutes.setToolTip(tr("Rescale the routine to this many minutes"))
        length_label.setBuddy(self.minutes)
        self.minutes.valueChanged.connect(self._update_summary)
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        row.addWidget(length_label)
        row.addWidget(self.minutes)
        row.addSpacing(12)
        row.addWidget(self.summary, 1)
        layout.addLayout(row)

        buttons = ButtonRow(align=RowAlign.SPREAD)
        self.relief_button = QPushButton(tr("Cramp relief now"), self)
        self.relief_button.setAccessibleName(tr("Cramp relief now"))
        self.relief_button.setToolTip(tr("A gentle guide to use during a cramp"))
        self.relief_button.clicked.connect(self.relief_requested)
        self.start_button = QPushButton(tr("Start"), self)
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.start_button.setAccessibleName(tr("Start the routine"))
        self.start_button.setToolTip(tr("Start the chosen routine (Enter)"))
        self.start_button.clicked.connect(self._start)
        buttons.add_group(self.relief_button)
        buttons.add_group(self.start_button)
        layout.addLayout(buttons)

    def set_routines(self, routines: list[Routine], selected: str, minutes: int) -> None:
        catalogue = load_catalogue()
        self._routines = list(routines)
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for routine in self._routines:
            item = QListWidgetItem(
                tr("{name} · about {minutes} min").format(
                    name=routine_name(routine), minutes=default_minutes(routine)
                )
            )
            moves = ", ".join(exercise_name(catalogue, i.exercise) for i in routine.items)
            item.setData(DETAIL_ROLE, routine_description(routine) or moves)
            item.setData(ROUTINE_ROLE, routine.id)
            description = routine_description(routine)
            item.setToolTip(f"{description}\n{moves}" if description else moves)
            self.routine_list.addItem(item)
        self.routine_list.blockSignals(False)
        ids = [r.id for r in self._routines]
        row = ids.index(selected) if selected in ids else 0
        self.routine_list.setCurrentRow(row)
        if selected in ids:
            self.minutes.setValue(minutes)
        self._update_summary()

    def set_notice(self, text: str, details: str = "") -> None:
        """Show ``text`` (nothing: put the notice away); ``details`` behind a button."""
        self.notice.setText(text)
        self.details.setText(details)
        self.details_button.setChecked(False)
        self.details_button.setVisible(bool(details))
        self.notice_box.setVisible(bool(text))

    @property
    def selected_routine(self) -> Routine | None:
        row = self.routine_list.currentRow()
        return self._routines[row] if 0 <= row < len(self._routines) else None

    def _routine_changed(self, _row: int) -> None:
        routine = self.selected_routine
        if routine is not None:
            self.minutes.setValue(default_minutes(routine))
        self._update_summary()

    def _update_summary(self) -> None:
        routine = self.selected_routine
        if routine is None:
            self.summary.clear()
            return
        plan = scaled_plan(routine, self.minutes.value())
        self.summary.setText(tr("Plan: {time}").format(time=clock_text(plan.total_seconds)))

    def _start(self) -> None:
        routine = self.selected_routine
        if routine is not None:
            self.start_requested.emit(routine.id, self.minutes.value())
