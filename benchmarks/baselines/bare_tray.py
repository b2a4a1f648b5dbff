"""Baseline: the least a PySide6 program must do to show an icon in the system tray."""

import sys

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(32, 32)
pixmap.fill(QColor("teal"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
sys.exit(app.exec())
