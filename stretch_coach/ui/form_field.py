"""A field for Qt's form that goes under its label when it would not fit beside it.

With WrapLongRows, QFormLayout keeps a field beside the labels while the
widest label and the field's least width fit the form, forgetting the
spacing between them. A field within that spacing of fitting is then
squeezed narrower than it can be: the diary's body-part boxes stuck out of
the dialog (German, largest text, 640×480), and the preferences' weekday
boxes were cut (Polish and Portuguese, large text). Counting the spacing in
its least width, the field goes under its label instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QWidget


class FormField(QWidget):
    """A field's holder; give it a layout, or ``add_row`` puts a widget in one."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width() + max(0, self._form.horizontalSpacing()), hint.height())


def add_row(form: QFormLayout, label: str, field: QWidget) -> None:
    """``form.addRow(label, field)``, with the field in a FormField; the label
    still names the field itself (its buddy, for screen readers and keys)."""
    parent = form.parentWidget()
    assert parent is not None, "the form needs its widget first"
    holder = FormField(form, parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    form.addRow(label, holder)
    label_item = form.labelForField(holder)
    if isinstance(label_item, QLabel):
        label_item.setBuddy(field)
