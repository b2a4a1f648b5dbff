"""The check-in's calendar pop-up (Qt's own widget) in the app's themes.

Found by a person in the dark themes: the month and year were dark on dark,
the month arrows nearly invisible, and the weekends bright red.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton
from pytestqt.qtbot import QtBot

from stretch_coach.core.settings import AppearanceSettings, Theme
from stretch_coach.flows.context import AppServices
from tests.apps import build_app


def luminance(colour: QColor) -> float:
    def linear(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(image: QImage) -> float:
    """The contrast of the most different colour against the most common one
    (the background), read from the pixels."""
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(pixel), background) for pixel in counts)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.BEDTIME])
def test_the_calendar_reads_well_in_every_theme(
    qtbot: QtBot, services: AppServices, theme: Theme
) -> None:
    services.settings_owner.update(
        dataclasses.replace(services.settings, appearance=AppearanceSettings(theme))
    )
    app = build_app(qtbot, services, start=False)
    try:
        dialog = app.dialogs.open_diary()
        assert dialog is not None
        calendar = dialog.night.calendarWidget()
        assert isinstance(calendar, QCalendarWidget)
        calendar.resize(calendar.sizeHint())
        calendar.ensurePolished()
        QApplication.processEvents()
        text = calendar.palette().color(QPalette.ColorRole.Text)
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            assert calendar.weekdayTextFormat(day).foreground().color() == text
        for name in ("qt_calendar_monthbutton", "qt_calendar_yearbutton"):
            button = calendar.findChild(QToolButton, name)
            assert button is not None
            image = button.grab().toImage()
            assert text_contrast(image) >= 4.5, f"{name} in {theme}"
        for name, label in (
            ("qt_calendar_prevmonth", "Previous month"),
            ("qt_calendar_nextmonth", "Next month"),
        ):
            button = calendar.findChild(QToolButton, name)
            assert button is not None
            assert button.icon().isNull() and button.text() in ("‹", "›")
            assert button.accessibleName() == label
            assert text_contrast(button.grab().toImage()) >= 4.5, f"{name} in {theme}"
    finally:
        app.shutdown()
