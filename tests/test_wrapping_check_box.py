"""The check box whose label wraps: narrower means taller, never wider than
its longest word, and it is still a check box in every other way."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleFactory, QStyleOptionButton, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.ui.app_style import AppStyle
from stretch_coach.ui.wrapping_check_box import WrappingCheckBox
from tools.ui_audit import check_clipping

LONG = "Ricordami di fare stretching prima di andare a letto ogni sera"


def test_it_asks_for_its_longest_word_and_grows_downwards(qtbot: QtBot) -> None:
    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    one_line = box.sizeHint()
    narrow = box.minimumSizeHint()
    longest = max(box.fontMetrics().horizontalAdvance(word) for word in LONG.split())
    assert narrow.width() < one_line.width() / 3
    assert narrow.width() >= longest
    assert box.hasHeightForWidth()
    assert box.heightForWidth(narrow.width()) > 3 * box.heightForWidth(one_line.width())
    assert box.heightForWidth(one_line.width()) == one_line.height()


def test_it_is_still_a_check_box_and_its_words_toggle_it(qtbot: QtBot) -> None:
    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    assert isinstance(box, QCheckBox) and box.text() == LONG
    box.resize(box.minimumSizeHint().width(), box.heightForWidth(box.minimumSizeHint().width()))
    box.show()
    corner = QPoint(box.width() - 5, box.height() - 5)
    QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, corner)
    assert box.isChecked()
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()


def test_the_audit_lets_a_wrapped_box_be_narrow_but_not_a_plain_one(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    plain, wrapping = QCheckBox(LONG, page), WrappingCheckBox(LONG, page)
    page.resize(220, 600)
    page.show()
    qtbot.waitExposed(page)
    # Sized once shown, with the font and style they are drawn with.
    plain.setGeometry(0, 0, 200, plain.sizeHint().height())
    wrapping.setGeometry(0, 100, 200, wrapping.heightForWidth(200))
    found = check_clipping(page)
    assert [f.widget for f in found if "Wrapping" in f.widget] == []
    assert any(f.widget.startswith("QCheckBox") for f in found)
    # Squeezed below its longest word, the wrapping one is clipped too.
    wrapping.resize(wrapping.minimumSizeHint().width() - 20, wrapping.height())
    assert any("Wrapping" in f.widget for f in check_clipping(page))


def test_its_least_height_is_the_height_at_the_width_it_has(qtbot: QtBot) -> None:
    # Not the wrapped height at its narrowest: that made Preferences end in a
    # screenful of nothing. A narrower width asks the layout for more height.
    box = WrappingCheckBox(LONG)
    qtbot.addWidget(box)
    box.show()  # a hidden widget gets its resize events only when shown
    one_line = box.sizeHint()
    box.resize(one_line)
    assert box.minimumSizeHint().height() == one_line.height()
    narrow = box.minimumSizeHint().width()
    box.resize(narrow, one_line.height())
    assert box.minimumSizeHint().height() == box.heightForWidth(narrow) > one_line.height()


@pytest.mark.parametrize("pixels", [12, 20, 32])
def test_the_box_grows_with_the_text_beside_it(qtbot: QtBot, pixels: int) -> None:
    # Large text with a box still sized for small text is hard to see and hit.
    style = AppStyle()
    fusion = QStyleFactory.create("Fusion")
    box = WrappingCheckBox("Remind me to stretch")
    qtbot.addWidget(box)
    box.setStyle(style)
    font = QFont(box.font())
    font.setPixelSize(pixels)
    box.setFont(font)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    drawn = style.subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    line = box.fontMetrics().height()
    least = fusion.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, box)
    assert drawn.width() == drawn.height() >= max(least, round(line * 0.8))
    assert box.heightForWidth(box.sizeHint().width()) >= drawn.height()
