"""Sliders, scroll bars, spin buttons and menu arrows can be seen, and hit, in every theme."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyleOptionToolButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stretch_coach.core.settings import TextSize
from stretch_coach.ui import theme
from stretch_coach.ui.diary_dialog import DiaryDialog
from tools.ui_audit import UI_COMPONENT, contrast_of

THEMES = {"light": theme.LIGHT, "dark": theme.DARK, "bedtime": theme.BEDTIME}


def shown_diary(qtbot: QtBot, cramps: int = 1) -> DiaryDialog:
    """The diary of a night with ``cramps``: with none, there is no pain to rate."""
    dialog = DiaryDialog(dt.date(2026, 11, 28))
    qtbot.addWidget(dialog)
    dialog.cramps.setValue(cramps)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.severity.isEnabled() == (cramps > 0)
    return dialog


def seen_against(image: QImage, background: str) -> int:
    """Pixels that stand out from ``background`` as a control must (3:1)."""
    window = QColor(background).rgb()
    return sum(
        contrast_of(image.pixel(x, y), window) >= UI_COMPONENT
        for x in range(image.width())
        for y in range(image.height())
    )


@pytest.mark.parametrize("name", THEMES)
def test_the_whole_slider_stands_out_at_no_pain(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    """At 0, where it starts, there is no filled part: the empty groove and
    the handle alone must show where the slider is."""
    theme.apply_palette(themed_app, THEMES[name])
    slider = shown_diary(qtbot).severity
    assert slider.value() == 0
    image = slider.grab().toImage()
    # At least a groove's length three pixels thick, plus the handle's ring.
    assert seen_against(image, THEMES[name].window) >= 3 * slider.width()


@pytest.mark.parametrize("name", THEMES)
def test_the_slider_looks_unusable_before_a_cramp_is_counted(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    theme.apply_palette(themed_app, THEMES[name])
    usable = seen_against(shown_diary(qtbot).severity.grab().toImage(), THEMES[name].window)
    waiting = seen_against(
        shown_diary(qtbot, cramps=0).severity.grab().toImage(), THEMES[name].window
    )
    assert waiting < usable / 4


def test_the_slider_grows_with_the_text(qtbot: QtBot, themed_app: QApplication) -> None:
    heights = {}
    for size in (TextSize.NORMAL, TextSize.LARGEST):
        theme.apply_palette(themed_app, theme.BEDTIME, size)
        slider = shown_diary(qtbot).severity
        # No smaller than a line of its own text, so the handle is easy to grab.
        assert slider.height() >= slider.fontMetrics().height()
        heights[size] = slider.height()
    assert heights[TextSize.LARGEST] >= 1.3 * heights[TextSize.NORMAL]


@pytest.mark.parametrize("name", THEMES)
def test_the_slider_shows_keyboard_focus(qtbot: QtBot, themed_app: QApplication, name: str) -> None:
    theme.apply_palette(themed_app, THEMES[name])
    dialog = shown_diary(qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    slider = dialog.severity
    dialog.cramps.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.cramps.hasFocus)
    before = slider.grab().toImage()
    slider.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(slider.hasFocus)
    after = slider.grab().toImage()
    changed = sum(
        contrast_of(before.pixel(x, y), after.pixel(x, y)) >= UI_COMPONENT
        for x in range(before.width())
        for y in range(before.height())
    )
    # The handle fills: far more than a thin line of pixels changes.
    assert changed >= 2 * slider.fontMetrics().height()


@pytest.mark.parametrize("name", THEMES)
def test_a_scroll_bar_shows_its_handle(qtbot: QtBot, themed_app: QApplication, name: str) -> None:
    """A dialog too tall for a small screen scrolls: the handle says there is more."""
    theme.apply_palette(themed_app, THEMES[name])
    area = QScrollArea()
    qtbot.addWidget(area)
    tall = QWidget()
    tall.setMinimumSize(200, 2000)
    area.setWidget(tall)
    area.resize(300, 300)
    area.show()
    qtbot.waitExposed(area)
    bar = area.verticalScrollBar()
    assert bar.isVisible()
    standing_out = seen_against(bar.grab().toImage(), THEMES[name].track)
    # The handle is at least 40 px long and most of the bar's width.
    assert standing_out >= 40 * (bar.width() // 2)


def spin_in_view(qtbot: QtBot, themed_app: QApplication, name: str) -> QSpinBox:
    """The diary's cramp count at the largest text, in the app's own style."""
    theme.apply_palette(themed_app, THEMES[name], TextSize.LARGEST)
    theme.use_app_style(themed_app)
    dialog = shown_diary(qtbot)
    dialog.cramps.setValue(3)
    return dialog.cramps


@pytest.mark.parametrize("name", THEMES)
def test_a_spin_button_is_as_wide_as_a_line(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    """A click a line's height in from the right edge, in the upper half, still
    counts one up: the button is not a thin strip beside the number."""
    spin = spin_in_view(qtbot, themed_app, name)
    line = spin.fontMetrics().height()
    QTest.mouseClick(
        spin, Qt.MouseButton.LeftButton, pos=QPoint(spin.width() - line + 4, spin.height() // 4)
    )
    assert spin.value() == 4


@pytest.mark.parametrize("name", THEMES)
def test_the_spin_arrows_are_drawn_in_the_text_colour(
    qtbot: QtBot, themed_app: QApplication, name: str
) -> None:
    spin = spin_in_view(qtbot, themed_app, name)
    line = spin.fontMetrics().height()
    image = spin.grab().toImage()
    # Inside the buttons, clear of the frame.
    buttons = image.copy(spin.width() - line, 4, line - 4, spin.height() - 8)
    arrows = seen_against(buttons, THEMES[name].surface)
    # Two arrows of about a third of the line across (Fusion: a few faint pixels).
    assert arrows >= line * line // 12, arrows


@pytest.mark.parametrize("size", [TextSize.NORMAL, TextSize.LARGEST])
def test_the_arrow_of_a_button_with_more_choices_is_a_target_of_its_own(
    qtbot: QtBot, themed_app: QApplication, size: TextSize
) -> None:
    """The reminder's snooze: a click snoozes for the usual time, the arrow
    offers other lengths, and it must be wide enough to hit."""
    theme.apply_palette(themed_app, theme.BEDTIME, size)
    button = QToolButton()
    qtbot.addWidget(button)
    button.setText("10 min later")
    button.setMenu(QMenu(button))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    arrow = button.style().subControlRect(
        QStyle.ComplexControl.CC_ToolButton, option, QStyle.SubControl.SC_ToolButtonMenu, button
    )
    assert arrow.width() >= button.fontMetrics().height()
