"""Reference, not a baseline: the home page's widgets in plain PySide6.

What Qt alone needs to show what the app's first window shows: the five
buttons along the top, the title and its line, the five routines as a list
of two-line rows, the length field, and the two buttons at the bottom, in
a style sheet, with the bare stack's scheduler started after the first paint
(as the app starts its reminders). No app code, no settings, no translator:
whatever this costs over the bare window and the bare stack, no program
showing this page on this stack can save.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

STYLE = """
QWidget { font-size: 11pt; }
QLabel#title { font-size: 22pt; font-weight: bold; }
QPushButton { padding: 8px 12px; border: 1px solid #c8ccd2; border-radius: 8px; }
QPushButton#start { font-size: 15pt; font-weight: bold; background: #2e7d6b; color: white; }
QListWidget { border: 2px solid #2e7d6b; border-radius: 6px; }
"""
ROUTINES = (
    (
        "Bedtime stretch · about 5 min",
        "Toe curls, heel raises and a calf stretch on each leg, just before sleep.",
    ),
    (
        "Research protocol · about 4 min",
        "The calf and hamstring stretches from a published trial: hold 10 s, relax 10 s.",
    ),
    ("Quick stretch · about 2 min", "Toe curls and one calf stretch per leg."),
    ("Seated stretch · about 5 min", "Everything done sitting."),
    ("Cramp relief · about 2 min", "Stretch the muscle, rub it, then stand on the leg."),
)


class HomePage(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        column = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        for text in ("Last night", "History", "About cramps", "Routines…", "Preferences…"):
            top.addWidget(QPushButton(text))
        column.addLayout(top)
        title = QLabel("Tonight's stretch")
        title.setObjectName("title")
        column.addWidget(title)
        column.addWidget(QLabel("A few calm minutes before bed may help keep night cramps away."))
        routines = QListWidget()
        for name, line in ROUTINES:
            routines.addItem(f"{name}\n{line}")
        routines.setCurrentRow(0)
        column.addWidget(routines, 1)
        length_row = QHBoxLayout()
        length_row.addWidget(QLabel("Length"))
        length = QSpinBox()
        length.setSuffix(" min")
        length.setValue(5)
        length_row.addWidget(length)
        length_row.addWidget(QLabel("Plan: 4:50"))
        length_row.addStretch(1)
        column.addLayout(length_row)
        bottom = QHBoxLayout()
        bottom.addWidget(QPushButton("Cramp relief now"))
        bottom.addStretch(1)
        start = QPushButton("Start")
        start.setObjectName("start")
        bottom.addWidget(start)
        column.addLayout(bottom)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, start_scheduler)


RUNNING: list[object] = []  # keeps the scheduler alive


def start_scheduler() -> None:
    from apscheduler.schedulers.qt import QtScheduler

    scheduler = QtScheduler()
    scheduler.add_job(print, "cron", hour=22, minute=30, args=["stretch"])
    scheduler.start()
    RUNNING.append(scheduler)


app = QApplication(sys.argv)
app.setStyle("Fusion")
app.setStyleSheet(STYLE)
window = HomePage()
window.resize(960, 700)
window.show()
sys.exit(app.exec())
