"""Dialogs open over their window, reminders by the tray, and both stay on screen."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.ui.placement import MARGIN, beside_tray, centre_on


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
