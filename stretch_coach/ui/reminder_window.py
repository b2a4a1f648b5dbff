"""A small always-on-top reminder window: the fallback when neither desktop
notifications with buttons nor a tray icon are available, and the place to
choose a snooze length."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stretch_coach import APP_DISPLAY_NAME
from stretch_coach.core.reminder_rules import (
    DEFAULT_SNOOZE_MINUTES,
    SNOOZE_CHOICES,
    Answer,
    ReminderAction,
)
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.reminder_notice import ReminderNotice
from stretch_coach.ui.texts import tr


class ReminderWindow(QWidget):
    action_chosen = Signal(str, str)  # notice key, ReminderAction value

    def __init__(self, notice: ReminderNotice, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.notice = notice
        self._answered = False
        self.setWindowTitle(f"{notice.title} · {APP_DISPLAY_NAME}")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        # A window never gets smaller than its wrapped texts and buttons need.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.title_label = QLabel(notice.title, self)
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)  # large text in a narrow window
        layout.addWidget(self.title_label)
        self.body_label = QLabel(notice.body, self)
        self.body_label.setWordWrap(True)
        layout.addWidget(self.body_label)
        # Wraps rather than squeezing the buttons (German, large text).
        row = ButtonRow(align=RowAlign.LEFT, spacing=8, group_gap=8)
        self.buttons: dict[ReminderAction, QPushButton | QToolButton] = {}
        for action, label in notice.actions:
            if action is ReminderAction.SNOOZE:
                self.buttons[action] = self._snooze_button(label)
            else:
                button = QPushButton(label, self)
                button.setAccessibleName(label)
                button.setToolTip(label)
                button.clicked.connect(lambda _=False, a=action: self.choose(a))
                if action in (ReminderAction.START, ReminderAction.DRANK):
                    button.setObjectName("accent")
                    button.setDefault(True)
                self.buttons[action] = button
            row.add_group(self.buttons[action])
        layout.addLayout(row)

    def _snooze_button(self, label: str) -> QToolButton:
        # One click snoozes for the usual time; the arrow offers the others.
        button = QToolButton(self)
        button.setText(label)
        button.setAccessibleName(label)
        button.setToolTip(tr("Remind me again later"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.clicked.connect(lambda: self.choose(ReminderAction.SNOOZE))
        menu = QMenu(button)
        for minutes in SNOOZE_CHOICES:
            item = QAction(tr("Snooze {n} min").format(n=minutes), menu)
            choice = Answer.snooze_for(minutes)
            item.triggered.connect(lambda _=False, a=choice: self.choose(a))
            if minutes == DEFAULT_SNOOZE_MINUTES:
                menu.setDefaultAction(item)
            menu.addAction(item)
        button.setMenu(menu)
        self.snooze_menu = menu
        return button

    def choose(self, answer: ReminderAction | Answer) -> None:
        if self._answered:
            return
        self._answered = True
        chosen = answer if isinstance(answer, Answer) else Answer(answer)
        self.action_chosen.emit(self.notice.key, chosen.text)
        self.close()

    def withdraw(self) -> None:
        """Close without an answer from the person (replaced, or the app is ending)."""
        self._answered = True
        self.close()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A window kept narrow (a small screen, large text) wraps its texts
        # and buttons onto more lines: it grows taller to show them all.
        layout = self.layout()
        needed = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing without an answer is a dismissal, never a lost reminder state.
        if not self._answered:
            self._answered = True
            self.action_chosen.emit(self.notice.key, ReminderAction.DISMISS.value)
        event.accept()
