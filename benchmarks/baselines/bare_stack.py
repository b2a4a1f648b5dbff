"""Baseline for memory: a bare window plus the scheduler the design prescribes.

The app must keep an APScheduler QtScheduler with tonight's reminders, so
that scheduler, running one cron job, is the one fixed cost beyond Qt that
the app's memory is allowed to be measured against.
"""

import sys

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
window = QWidget()
window.resize(960, 700)
window.show()
scheduler = QtScheduler()
scheduler.add_job(print, "cron", hour=22, minute=30, args=["stretch"])
scheduler.start()
sys.exit(app.exec())
