from __future__ import annotations

from pytestqt.qtbot import QtBot

from stretch_coach.core.routines import builtin_routines
from stretch_coach.ui.main_window import MainWindow


def test_main_window_lists_every_builtin_routine(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.routine_list.count() == len(builtin_routines())
    assert "5 min" in window.routine_list.item(0).text()
