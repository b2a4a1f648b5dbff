"""The main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QMainWindow, QVBoxLayout, QWidget

from stretch_coach import APP_DISPLAY_NAME
from stretch_coach.core.routines import builtin_routines
from stretch_coach.core.scaling import default_minutes


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(APP_DISPLAY_NAME)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(QLabel(self.tr("Choose a routine")))
        self.routine_list = QListWidget(central)
        for routine in builtin_routines():
            self.routine_list.addItem(f"{routine.name} — {default_minutes(routine)} min")
        self.routine_list.setCurrentRow(0)
        layout.addWidget(self.routine_list)
        self.setCentralWidget(central)
        self.resize(480, 360)
