"""Tab leaves a date or time field at once; typing still fills its parts."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTimeEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.ui.date_time_fields import TimeField
from stretch_coach.ui.diary_dialog import DiaryDialog
from stretch_coach.ui.setting_editors import time_edit


def form_with(qtbot: QtBot, field: QTimeEdit) -> tuple[QWidget, QTimeEdit, QWidget]:
    """``field`` and a field after it, in a shown and active window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    after = QTimeEdit(window)
    field.setParent(window)
    field.setDisplayFormat("HH:mm")
    layout.addWidget(field)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)
    return window, field, after


def test_qts_own_time_field_keeps_tab_for_its_minutes(qtbot: QtBot) -> None:
    """What the app's fields change: Qt's takes the first Tab itself."""
    _window, field, _after = form_with(qtbot, QTimeEdit())
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert field.hasFocus()


def test_tab_leaves_the_apps_time_field_and_shift_tab_comes_back(qtbot: QtBot) -> None:
    _window, field, after = form_with(qtbot, TimeField())
    QTest.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Backtab)
    assert field.hasFocus()


def test_typing_still_fills_hours_then_minutes(qtbot: QtBot) -> None:
    _window, field, _after = form_with(qtbot, TimeField())
    QTest.keyClicks(field, "2145")
    assert field.time() == QTime(21, 45)


def test_the_preferences_time_field_is_the_apps(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert isinstance(time_edit(parent, dt.time(22, 30), "Bedtime"), TimeField)


def test_one_tab_takes_the_diary_from_the_night_to_the_cramps(qtbot: QtBot) -> None:
    dialog = DiaryDialog(dt.date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.night.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.night.hasFocus)
    QTest.keyClick(dialog.night, Qt.Key.Key_Tab)
    assert dialog.cramps.hasFocus()
