"""A button reached with Tab shows focus by its border, never by a box over its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from stretch_coach.flows.context import AppServices
from tests.apps import main_window

# The border (2 px when focused) and the rounded corners stay out of the comparison.
EDGE = 4


def inside(button: QPushButton) -> QImage:
    image = button.grab().toImage()
    return image.copy(EDGE, EDGE, image.width() - 2 * EDGE, image.height() - 2 * EDGE)


def background_share(image: QImage) -> float:
    """How much of the inside is the button's own background colour."""
    background = image.pixel(1, 1)
    same = sum(
        image.pixel(x, y) == background for x in range(image.width()) for y in range(image.height())
    )
    return same / (image.width() * image.height())


def tab_to(button: QPushButton) -> None:
    for _ in range(40):
        if button.hasFocus():
            return
        QTest.keyClick(QApplication.focusWidget() or button.window(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {button.text()!r}")


def test_focus_leaves_the_text_of_cramp_relief_alone(qtbot: QtBot, services: AppServices) -> None:
    window = main_window(services)
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = window.home.relief_button
    unfocused_whole, unfocused_inside = button.grab().toImage(), inside(button)
    tab_to(button)
    # The focus shows (the border changed) ...
    assert button.grab().toImage() != unfocused_whole
    # ... and nothing was drawn over the text: the inside keeps its background
    # (the thicker border may move the text by a pixel, so not pixel for pixel).
    before, after = background_share(unfocused_inside), background_share(inside(button))
    assert before > 0.5
    assert abs(after - before) < 0.05
