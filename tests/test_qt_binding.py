"""Guards against a Qt binding that would crash the app after long use.

PySide6 6.12.0 on Python 3.11 released a reference to None on every call of a
method returning nothing (setText, update, QPainter.drawArc ...). Python 3.11
frees None once its count reaches zero and aborts, so the coach died a few
minutes into a session. Python 3.12 and later make None immortal, where the
count does not move at all.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000


def test_void_methods_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    timer = QTimer()
    pixmap = QPixmap(20, 20)
    painter = QPainter(pixmap)
    rect = QRectF(0, 0, 10, 10)
    colour = QColor("#2E8B7A")
    before = sys.getrefcount(None)
    try:
        for _ in range(CALLS):
            label.setText("5")
            label.update()
            timer.start(1000)
            painter.setPen(colour)
            painter.drawArc(rect, 0, 90 * 16)
    finally:
        painter.end()
    drift = sys.getrefcount(None) - before
    # A few stray references come and go; a per-call loss shows as -10000.
    assert abs(drift) < CALLS // 10
