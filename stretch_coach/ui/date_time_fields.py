"""Date and time fields that Tab leaves, as it leaves every other field.

Qt's date and time edits take Tab to move between their own parts (hours,
then minutes; weekday, day, month, year), so a person going through a form
with Tab seems caught in the field for three or four presses. Here Tab goes
on to the next field. Typing still fills the parts one after another, Left
and Right move between them, and Up and Down change the one at the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QTimeEdit, QWidget


class TimeField(QTimeEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class DateField(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)
