"""Fields a person types or picks in share one height, in every theme."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.core.settings import Settings
from stretch_coach.ui import theme
from stretch_coach.ui.diary_dialog import DiaryDialog
from stretch_coach.ui.preferences import PreferencesDialog

THEMES = {"light": theme.LIGHT, "dark": theme.DARK, "bedtime": theme.BEDTIME}


def qt_class(widget: QWidget) -> str:
    """The Qt class a widget is (the app's own date and time fields are Qt's
    with another Tab)."""
    return next(c.__name__ for c in type(widget).__mro__ if c.__module__.startswith("PySide6"))


def field_heights(dialog: QWidget) -> dict[str, set[int]]:
    fields: list[QWidget] = [
        *dialog.findChildren(QComboBox),
        *dialog.findChildren(QAbstractSpinBox),
        # A spin box's own text line is part of the spin box, not a field.
        *(
            e
            for e in dialog.findChildren(QLineEdit)
            if e.parent() is not None and not isinstance(e.parent(), (QAbstractSpinBox, QComboBox))
        ),
    ]
    heights: dict[str, set[int]] = {}
    for field in fields:
        if field.isVisible():
            heights.setdefault(qt_class(field), set()).add(field.height())
    return heights


@pytest.mark.parametrize("name", THEMES)
def test_the_check_in_fields_have_one_height(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    theme.apply_palette(themed_app, THEMES[name])
    dialog = DiaryDialog(dt.date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.show()
    heights = field_heights(dialog)
    assert {"QDateEdit", "QSpinBox", "QLineEdit"} <= heights.keys()
    assert len(set().union(*heights.values())) == 1, heights


@pytest.mark.parametrize("name", THEMES)
def test_the_preferences_fields_have_one_height(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    theme.apply_palette(themed_app, THEMES[name])
    dialog = PreferencesDialog(Settings(), [], start_at_login=False, evening=dt.date(2026, 11, 29))
    qtbot.addWidget(dialog)
    dialog.resize(700, 2600)
    dialog.show()
    heights = field_heights(dialog)
    assert {"QComboBox", "QSpinBox", "QTimeEdit"} <= heights.keys()
    assert len(set().union(*heights.values())) == 1, heights
