"""Dialogs open over their window, reminders by the tray, and both stay on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.ui.placement import (
    MARGIN,
    SCROLLING_BODY,
    beside_tray,
    centre_on,
    fit_to_screen,
    grow_to_content,
    scrolling_body,
)


def test_a_dialog_opens_in_the_middle_of_its_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 80, 800, 600)
    window.show()
    dialog = QDialog(window)
    dialog.resize(300, 200)
    centre_on(dialog, window)
    middle = dialog.frameGeometry().center()
    assert abs(middle.x() - window.frameGeometry().center().x()) <= 2
    assert abs(middle.y() - window.frameGeometry().center().y()) <= 2


def test_a_reminder_without_a_known_tray_opens_top_right_on_screen(qtbot: QtBot) -> None:
    reminder = QWidget()
    qtbot.addWidget(reminder)
    reminder.resize(420, 160)
    beside_tray(reminder, None)
    screen = reminder.screen().availableGeometry()
    assert reminder.x() + reminder.width() == screen.right() + 1 - MARGIN
    assert reminder.y() == screen.top() + MARGIN
    assert screen.contains(QRect(reminder.pos(), reminder.size()))


def dialog_of_lines(qtbot: QtBot, lines: int) -> tuple[QDialog, QScrollArea]:
    """A dialog with a scrolling body of ``lines`` lines 40 px tall, and a button under it."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    body, outer = scrolling_body(dialog)
    for number in range(lines):
        line = QLabel(f"line {number}")
        line.setMinimumHeight(40)
        body.addWidget(line)
    outer.addWidget(QPushButton("Close"))
    scroll = dialog.findChild(QScrollArea, SCROLLING_BODY)
    assert scroll is not None
    return dialog, scroll


def test_a_dialog_opens_tall_enough_for_its_content_where_the_screen_has_room(
    qtbot: QtBot,
) -> None:
    # The welcome once opened 11 px too short on a laptop screen: a scroll
    # bar for nothing, and its last line cut.
    dialog, scroll = dialog_of_lines(qtbot, 8)
    fit_to_screen(dialog, QSize(300, 200))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() > 200
    assert scroll.verticalScrollBar().maximum() == 0


def test_a_dialog_taller_than_the_screen_stays_on_it_and_scrolls(qtbot: QtBot) -> None:
    dialog, scroll = dialog_of_lines(qtbot, 60)
    fit_to_screen(dialog, QSize(300, 200))
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() - 3 * MARGIN
    assert scroll.verticalScrollBar().maximum() > 0


def test_content_shown_later_makes_the_dialog_taller_once_asked(qtbot: QtBot) -> None:
    # The routine editor: editing controls appear when a routine is opened.
    dialog, scroll = dialog_of_lines(qtbot, 2)
    fit_to_screen(dialog, QSize(300, 150))
    dialog.show()
    qtbot.waitExposed(dialog)
    body = scroll.widget()
    layout = body.layout() if body is not None else None
    assert layout is not None
    for _ in range(6):
        line = QLabel("editing")
        line.setMinimumHeight(40)
        layout.addWidget(line)
    grow_to_content(dialog)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0)
    assert dialog.frameGeometry().bottom() <= dialog.screen().availableGeometry().bottom()
