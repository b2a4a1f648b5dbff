"""Baseline: the least a PySide6 program must do to show a window.

Nothing else is imported or installed, so the app's measured start-up and
memory are set against Qt's own cost and nothing of the benchmark's.
"""

import sys

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(960, 700)  # the app's main window opens at about this size
window.show()
sys.exit(app.exec())
