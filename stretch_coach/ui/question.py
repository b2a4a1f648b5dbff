"""The app's own question and message windows.

In the app's look (no stock icons, no Yes and No): the buttons say what will
happen ("Stop for tonight", "Keep going"), the safe answer is the default and
Esc gives it, and a long text wraps and, on a small screen, scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.placement import fit_to_screen, scrolling_body


class Question(QDialog):
    """``answers`` are the buttons' texts, left to right; ``safe`` is the one
    Enter and Esc give. ``answer`` is the text of the button pressed."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        answers: list[str],
        safe: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.answer = safe
        self._safe = safe
        body, outer = scrolling_body(self)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        body.addWidget(self.message)
        body.addStretch(1)
        row = ButtonRow(align=RowAlign.RIGHT, group_gap=8)
        self.buttons: dict[str, QPushButton] = {}
        for answer in answers:
            button = QPushButton(answer, self)
            button.setAccessibleName(answer)
            button.clicked.connect(lambda _=False, a=answer: self._choose(a))
            if answer == safe:
                button.setDefault(True)
                button.setAutoDefault(True)
            else:
                button.setAutoDefault(False)
            row.add_group(button)
            self.buttons[answer] = button
        outer.addLayout(row)
        fit_to_screen(self, QSize(480, 220).expandedTo(self.sizeHint()))

    def text(self) -> str:
        return self.message.text()

    def _choose(self, answer: str) -> None:
        self.answer = answer
        self.accept()

    def reject(self) -> None:
        # Esc and the window's close button give the safe answer.
        self.answer = self._safe
        super().reject()


def ask(parent: QWidget | None, title: str, text: str, answers: list[str], safe: str) -> str:
    """Ask and wait; the text of the button pressed (``safe`` on Esc)."""
    question = Question(parent, title, text, answers, safe)
    question.exec()
    return question.answer


def tell(parent: QWidget | None, title: str, text: str, close: str) -> None:
    """Say something that needs no choice, and wait until it is read."""
    ask(parent, title, text, [close], close)
