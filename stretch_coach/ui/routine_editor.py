"""The routine editor: the person's own routines, made from scratch or from a
built-in one, saved as hand-editable TOML files."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stretch_coach.core.exercises import Catalogue, ExerciseKind
from stretch_coach.core.plan import build_plan
from stretch_coach.core.routines import (
    BOTH_LEGS,
    LEG_CHOICES,
    LIMITS,
    MAX_DESCRIPTION_LENGTH,
    MAX_EXERCISES,
    MAX_NAME_LENGTH,
    Routine,
    RoutineError,
    RoutineItem,
    legs_name,
)
from stretch_coach.core.scaling import MAX_MINUTES, MIN_MINUTES, default_minutes, scale_routine
from stretch_coach.services.routine_store import RoutineIdTakenError, RoutineStore
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.placement import fit_to_screen, grow_to_content, scrolling_body
from stretch_coach.ui.question import ask
from stretch_coach.ui.texts import (
    clock_text,
    exercise_name,
    routine_description,
    routine_name,
    tr,
    tr_n,
    tr_noop,
)
from stretch_coach.ui.wording import routine_error, routine_problem

log = logging.getLogger(__name__)

ITEM_ROLE = Qt.ItemDataRole.UserRole
SIDE_NAMES = {
    "both": tr_noop("Both legs"),
    "left": tr_noop("Left leg only"),
    "right": tr_noop("Right leg only"),
}


def _button(parent: QWidget, label: str, tip: str) -> QPushButton:
    button = QPushButton(label, parent)
    button.setAccessibleName(label.rstrip("…"))
    button.setToolTip(tip)
    return button


class UnsavedAnswer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep-editing"


class RoutineEditor(QDialog):
    routines_changed = Signal()

    def __init__(
        self,
        store: RoutineStore,
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalogue = catalogue
        self.setWindowTitle(tr("Routines"))
        self.setMinimumSize(560, 400)
        fit_to_screen(self, QSize(900, 640))
        self._grown = False  # to the editing controls' height, once
        self._routines: list[Routine] = []
        self._user_ids: frozenset[str] = frozenset()
        self._draft: Routine | None = None
        self._dirty = False
        self._loading = False
        # Asks what to do with unsaved edits; replaceable so tests never block.
        self.ask_unsaved: Callable[[str], UnsavedAnswer] = self._ask_with_dialog

        # Scrolls down rather than squeezing its rows together when a small
        # screen, large text and long words leave too little height.
        outer, _dialog_row = scrolling_body(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.hide()
        outer.addWidget(self.notice)
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        columns.addLayout(self._build_routine_column(), 2)
        columns.addLayout(self._build_editor_column(), 3)
        self.reload()

    # -- layout ------------------------------------------------------------------

    def _build_routine_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.routine_list = QListWidget(self)
        self.routine_list.setAccessibleName(tr("Routines"))
        self.routine_list.setToolTip(tr("Built-in routines are read-only; duplicate one to edit"))
        self.routine_list.currentRowChanged.connect(self._select)
        self.routine_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.routine_list, 1)
        # Rows that wrap rather than squeeze, for narrow windows and large text.
        row = ButtonRow(align=RowAlign.LEFT, group_gap=8)
        self.new_button = _button(self, tr("New"), tr("Start an empty routine"))
        self.duplicate_button = _button(self, tr("Duplicate"), tr("Make your own copy"))
        self.delete_button = _button(self, tr("Delete"), tr("Delete this routine"))
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            row.add_group(button)
        column.addLayout(row)
        row = ButtonRow(align=RowAlign.LEFT, group_gap=8)
        self.import_button = _button(self, tr("Import…"), tr("Add a routine from a file"))
        self.export_button = _button(self, tr("Export…"), tr("Save this routine to a file"))
        row.add_group(self.import_button)
        row.add_group(self.export_button)
        column.addLayout(row)
        self.new_button.clicked.connect(self.new_routine)
        self.duplicate_button.clicked.connect(self.duplicate_routine)
        self.delete_button.clicked.connect(self.delete_routine)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        return column

    def _build_editor_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        self.read_only_hint = QLabel(
            tr("Built-in routines cannot be changed. Duplicate one to make it your own."), self
        )
        self.read_only_hint.setObjectName("hint")
        self.read_only_hint.setWordWrap(True)
        column.addWidget(self.read_only_hint)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setAccessibleName(tr("Routine name"))
        self.name_edit.setToolTip(tr("Routine name"))
        self.name_edit.textEdited.connect(self._name_edited)
        form.addRow(tr("Name"), self.name_edit)
        # Shown under the routine's name on the home page.
        self.description_edit = QLineEdit(self)
        self.description_edit.setMaxLength(MAX_DESCRIPTION_LENGTH)
        self.description_edit.setAccessibleName(tr("Description"))
        self.description_edit.setToolTip(tr("A line about the routine, shown with its name"))
        self.description_edit.textEdited.connect(self._description_edited)
        form.addRow(tr("Description"), self.description_edit)
        column.addLayout(form)

        self.item_list = QListWidget(self)
        self.item_list.setAccessibleName(tr("Exercises in this routine"))
        self.item_list.setToolTip(tr("Drag to reorder, or use Move up / Move down"))
        # Like the routine list: a line too long for a narrow window ends in
        # "…", with the whole in its tooltip, rather than scrolling sideways.
        self.item_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.item_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        model = self.item_list.model()
        model.rowsMoved.connect(self._rows_moved)
        self.item_list.currentRowChanged.connect(self._show_item)
        column.addWidget(self.item_list, 1)

        moves = ButtonRow(align=RowAlign.LEFT, group_gap=8)
        self.exercise_choice = QComboBox(self)
        self.exercise_choice.setAccessibleName(tr("Exercise to add"))
        self.exercise_choice.setToolTip(tr("Exercise to add"))
        for exercise in self.catalogue.values():
            self.exercise_choice.addItem(exercise_name(self.catalogue, exercise.id), exercise.id)
        self.add_button = _button(self, tr("Add"), tr("Add the chosen exercise at the end"))
        self.up_button = _button(self, tr("Move up"), tr("Move up (Alt+Up)"))
        self.down_button = _button(self, tr("Move down"), tr("Move down (Alt+Down)"))
        self.remove_button = _button(self, tr("Remove"), tr("Remove this exercise (Delete)"))
        # Two short rows rather than one long one, so longer translations fit.
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.add_group(button)
        column.addLayout(moves)
        row = QHBoxLayout()
        # Labelled, so the exercise to add is not taken for the one being edited.
        self.add_label = QLabel(tr("Add an exercise:"), self)
        row.addWidget(self.add_label)
        row.addWidget(self.exercise_choice, 1)
        row.addWidget(self.add_button)
        column.addLayout(row)
        self.item_editing = QLabel(self)
        self.item_editing.setObjectName("subtitle")
        self.item_editing.setWordWrap(True)
        column.addWidget(self.item_editing)
        self.add_button.clicked.connect(self.add_exercise)
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.remove_button.clicked.connect(self.remove_item)
        for keys, slot in (
            ("Alt+Up", lambda: self.move_item(-1)),
            ("Alt+Down", lambda: self.move_item(1)),
            ("Delete", self.remove_item),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.item_list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        details = QFormLayout()

        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.sides = QComboBox(self)
        for side, label in SIDE_NAMES.items():
            self.sides.addItem(tr(label), side)
        self.amount = QSpinBox(self)
        self.sets = QSpinBox(self)
        self.sets.setRange(*LIMITS["sets"])
        self.rest = QSpinBox(self)
        self.rest.setRange(*LIMITS["rest_seconds"])
        self.rest.setSuffix(tr(" s"))
        self.amount_label = QLabel(tr("Hold"), self)
        for widget, name in (
            (self.sides, tr("Sides")),
            (self.amount, tr("Hold seconds or repetitions")),
            (self.sets, tr("Sets")),
            (self.rest, tr("Rest between sets")),
        ):
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        details.addRow(tr("Sides"), self.sides)
        details.addRow(self.amount_label, self.amount)
        details.addRow(tr("Sets"), self.sets)
        details.addRow(tr("Rest between sets"), self.rest)
        self.details = QWidget(self)
        self.details.setLayout(details)
        column.addWidget(self.details)
        self.sides.currentIndexChanged.connect(self._item_edited)
        for spin in (self.amount, self.sets, self.rest):
            spin.valueChanged.connect(self._item_edited)

        # Wraps (Save under the length) rather than widening the window.
        trial = ButtonRow(align=RowAlign.SPREAD)
        try_label = QLabel(tr("Try a length"), self)
        self.target = QSpinBox(self)
        self.target.setRange(MIN_MINUTES, MAX_MINUTES)
        self.target.setSuffix(tr(" min"))
        self.target.setAccessibleName(tr("Target length in minutes"))
        self.target.setToolTip(tr("The same rescaling as the main window's length"))
        self.target.valueChanged.connect(self._update_total)
        try_label.setBuddy(self.target)
        trial.add_group(try_label, self.target)
        self.save_button = _button(self, tr("Save"), tr("Save this routine"))
        self.save_button.setObjectName("accent")
        self.save_button.clicked.connect(self.save)
        trial.add_group(self.save_button)
        column.addLayout(trial)
        self.total = QLabel(self)
        self.total.setObjectName("subtitle")
        self.total.setWordWrap(True)
        column.addWidget(self.total)
        return column

    # -- loading and choosing ----------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        loaded = self.store.load()
        self._routines = loaded.routines
        self._user_ids = loaded.user_ids
        self.set_notice("\n".join(routine_problem(p) for p in loaded.problems))
        current = select or (self._draft.id if self._draft else None)
        self._loading = True
        self.routine_list.clear()
        row_to_select = 0
        for row, routine in enumerate(self._routines):
            mark = "" if routine.id in self._user_ids else tr(" (built-in)")
            item = QListWidgetItem(routine_name(routine) + mark)
            item.setData(ITEM_ROLE, routine.id)
            item.setToolTip(item.text())
            self.routine_list.addItem(item)
            if routine.id == current:
                row_to_select = row
        self._loading = False
        self.routine_list.setCurrentRow(row_to_select)
        self._select(row_to_select)

    def set_notice(self, text: str, detail: str = "") -> None:
        """Show a message; a technical ``detail`` goes in its tooltip."""
        self.notice.setText(text)
        self.notice.setToolTip(detail)
        self.notice.setVisible(bool(text))

    def _select(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._routines):
            return
        self._open(self._routines[row], dirty=False)

    def _open(self, routine: Routine, *, dirty: bool) -> None:
        self._draft = routine
        self._dirty = dirty
        editable = self.is_editable(routine)
        self.read_only_hint.setVisible(not editable)
        # A built-in routine is shown, not offered for editing: its editing
        # controls are hidden rather than greyed out.
        for widget in (
            self.add_label,
            self.exercise_choice,
            self.add_button,
            self.up_button,
            self.down_button,
            self.remove_button,
            self.details,
            self.item_editing,
        ):
            widget.setVisible(editable)
        if editable and not self._grown and self.isVisible():
            # A built-in routine (shown first) needs less room than editing
            # one: the first routine opened for editing makes the window
            # taller where the screen allows, rather than hide Save below.
            self._grown = True
            grow_to_content(self)
        for widget in (self.name_edit, self.description_edit, self.item_list):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        self.name_edit.setText(routine_name(routine))
        self.description_edit.setText(routine_description(routine))
        self._fill_items(0)
        self._loading = True
        self.target.setValue(default_minutes(routine) if routine.items else 1)
        self._loading = False
        self._update_total()

    def reject(self) -> None:
        """Esc or Close: unsaved edits are not thrown away without asking."""
        if self._dirty and self._draft is not None:
            answer = self.ask_unsaved(self._draft.name)
            if answer is UnsavedAnswer.KEEP_EDITING:
                return
            if answer is UnsavedAnswer.SAVE and not self.save():
                return
            self._dirty = False
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and self._draft is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _ask_with_dialog(self, name: str) -> UnsavedAnswer:
        save, discard, keep = tr("Save changes"), tr("Discard changes"), tr("Keep editing")
        answer = ask(
            self,
            tr("Unsaved changes"),
            tr("“{name}” has changes that are not saved.").format(name=name),
            [save, discard, keep],
            safe=keep,
        )
        if answer == save:
            return UnsavedAnswer.SAVE
        if answer == discard:
            return UnsavedAnswer.DISCARD
        return UnsavedAnswer.KEEP_EDITING

    def is_editable(self, routine: Routine) -> bool:
        return not routine.builtin and routine.id not in {r.id for r in self._routines if r.builtin}

    def _fill_items(self, select: int) -> None:
        assert self._draft is not None
        self._loading = True
        self.item_list.clear()
        for index, item in enumerate(self._draft.items):
            entry = QListWidgetItem(self._describe(item))
            entry.setToolTip(entry.text())  # the whole line, when the list cuts it short
            entry.setData(ITEM_ROLE, index)
            self.item_list.addItem(entry)
        self._loading = False
        if self._draft.items:
            self.item_list.setCurrentRow(min(select, len(self._draft.items) - 1))
            self._show_item(self.item_list.currentRow())
        self.save_button.setEnabled(self._dirty)

    def _describe(self, item: RoutineItem) -> str:
        exercise = self.catalogue[item.exercise]
        if exercise.kind is ExerciseKind.HOLD:
            dose = tr("hold {n} s").format(n=item.amount)
        else:
            dose = tr_n("%n rep(s)", item.amount)
        sets = tr_n(" × %n set(s)", item.sets) if item.sets > 1 else ""
        side = ""
        if exercise.per_side and item.sides != BOTH_LEGS:
            side = " · " + tr(SIDE_NAMES[legs_name(item.sides)])
        return f"{exercise_name(self.catalogue, exercise.id)} · {dose}{sets}{side}"

    # -- editing ------------------------------------------------------------------

    def _replace_draft(self, **changes: object) -> None:
        assert self._draft is not None
        self._draft = dataclasses.replace(self._draft, **changes)  # type: ignore[arg-type]
        self._dirty = True
        self.save_button.setEnabled(True)
        self._update_total()

    def _name_edited(self, text: str) -> None:
        if self._draft is not None and text.strip():
            self._replace_draft(name=text.strip())

    def _description_edited(self, text: str) -> None:
        if self._draft is not None:
            self._replace_draft(description=text.strip())

    def _show_item(self, row: int) -> None:
        if self._loading or self._draft is None or not 0 <= row < len(self._draft.items):
            return
        item = self._draft.items[row]
        exercise = self.catalogue[item.exercise]
        self._loading = True
        editable = self.is_editable(self._draft)
        self.sides.setEnabled(editable and exercise.per_side)
        self.sides.setCurrentIndex(self.sides.findData(legs_name(item.sides)))
        key = "hold_seconds" if exercise.kind is ExerciseKind.HOLD else "reps"
        self.amount.setRange(*LIMITS[key])
        self.amount.setSuffix(tr(" s") if key == "hold_seconds" else tr(" reps"))
        self.amount_label.setText(tr("Hold") if key == "hold_seconds" else tr("Repetitions"))
        self.amount.setValue(item.amount)
        self.sets.setValue(item.sets)
        self.rest.setValue(item.rest_seconds)
        self.item_editing.setText(
            tr("Exercise {n}: {name}").format(
                n=row + 1, name=exercise_name(self.catalogue, item.exercise)
            )
        )
        self._loading = False

    def _item_edited(self) -> None:
        row = self.item_list.currentRow()
        if self._loading or self._draft is None or not 0 <= row < len(self._draft.items):
            return
        items = list(self._draft.items)
        items[row] = dataclasses.replace(
            items[row],
            amount=self.amount.value(),
            sets=self.sets.value(),
            rest_seconds=self.rest.value(),
            sides=LEG_CHOICES[str(self.sides.currentData())],
        )
        self._replace_draft(items=tuple(items))
        current = self.item_list.item(row)
        if current is not None:
            current.setText(self._describe(items[row]))
            current.setToolTip(current.text())

    def add_exercise(self) -> None:
        if self._draft is None or len(self._draft.items) >= MAX_EXERCISES:
            return
        exercise = self.catalogue[str(self.exercise_choice.currentData())]
        amount = exercise.hold_seconds if exercise.kind is ExerciseKind.HOLD else exercise.reps
        item = RoutineItem(exercise.id, amount or 1)
        self._replace_draft(items=(*self._draft.items, item))
        self._fill_items(len(self._draft.items) - 1)

    def remove_item(self) -> None:
        row = self.item_list.currentRow()
        if self._draft is None or not 0 <= row < len(self._draft.items):
            return
        items = list(self._draft.items)
        del items[row]
        self._replace_draft(items=tuple(items))
        self._fill_items(row)

    def move_item(self, offset: int) -> None:
        row = self.item_list.currentRow()
        if self._draft is None or not self.is_editable(self._draft):
            return
        target = row + offset
        if not (0 <= row < len(self._draft.items) and 0 <= target < len(self._draft.items)):
            return
        items = list(self._draft.items)
        items[row], items[target] = items[target], items[row]
        self._replace_draft(items=tuple(items))
        self._fill_items(target)

    def _rows_moved(self, *_: QModelIndex | int | QAbstractItemModel) -> None:
        # After a drag the list holds the truth: read the new order from it.
        if self._loading or self._draft is None:
            return
        order = [int(self.item_list.item(i).data(ITEM_ROLE)) for i in range(self.item_list.count())]
        items = tuple(self._draft.items[i] for i in order)
        self._replace_draft(items=items)
        self._fill_items(self.item_list.currentRow())

    def _update_total(self) -> None:
        if self._draft is None or not self._draft.items:
            self.total.setText(tr("Add an exercise to begin."))
            return
        as_written = build_plan(self._draft).total_seconds
        scaled = build_plan(scale_routine(self._draft, self.target.value()))
        self.total.setText(
            tr("As written {written} · at this length {scaled}").format(
                written=clock_text(as_written), scaled=clock_text(scaled.total_seconds)
            )
        )

    # -- routine actions ------------------------------------------------------------------

    def new_routine(self) -> None:
        ident = self.store.unique_id("my-routine")
        self._open(Routine(ident, tr("My routine"), ()), dirty=True)
        self._unselect_list()
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def _unselect_list(self) -> None:
        # The draft is not in the list until it is saved: highlight nothing,
        # so no other routine looks as if it were the one being edited.
        self._loading = True
        self.routine_list.setCurrentRow(-1)
        self.routine_list.clearSelection()
        self._loading = False

    def duplicate_routine(self) -> None:
        if self._draft is None:
            return
        # The copy is the person's own, so it keeps the words they were shown
        # (a name too long for that is left to the store, which shortens it).
        name = tr("{name} (copy)").format(name=routine_name(self._draft))
        copy = self.store.duplicate(self._draft, name if len(name) <= MAX_NAME_LENGTH else None)
        copy = dataclasses.replace(copy, description=routine_description(self._draft))
        self._open(copy, dirty=True)
        self._unselect_list()
        self.name_edit.setFocus()

    def save(self) -> bool:
        if self._draft is None:
            return False
        if not self._draft.items:
            self.set_notice(tr("Add at least one exercise, then save."))
            self.exercise_choice.setFocus()
            return False
        try:
            self.store.save(self._draft, replace=self._draft.id in self._user_ids)
        except RoutineError as exc:
            self.set_notice(tr("The routine was not saved.") + " " + routine_error(exc), str(exc))
            return False
        except OSError as exc:
            self.set_notice(tr("The routine was not saved: {error}").format(error=exc))
            return False
        log.info("saved routine %s", self._draft.id)
        self._dirty = False
        self.reload(select=self._draft.id)
        self.routines_changed.emit()
        return True

    def delete_routine(self) -> None:
        if self._draft is None or self._draft.id not in self._user_ids:
            return
        delete, keep = tr("Delete this routine"), tr("Keep it")
        answer = ask(
            self,
            tr("Delete routine?"),
            tr("Delete “{name}”? This cannot be undone.").format(name=self._draft.name),
            [delete, keep],
            safe=keep,
        )
        if answer == delete:
            self.delete_current()

    def delete_current(self) -> None:
        assert self._draft is not None
        try:
            self.store.delete(self._draft.id)
        except RoutineError as exc:
            self.set_notice(routine_error(exc), str(exc))
            return
        except OSError as exc:
            self.set_notice(tr("The routine was not deleted: {error}").format(error=exc))
            return
        self._draft = None
        self.reload()
        self.routines_changed.emit()

    def import_from(self, path: Path) -> Routine | None:
        try:
            routine = self.store.import_file(path)
        except RoutineIdTakenError as taken:
            # Same id as one we have: keep both, the new one under a free id.
            try:
                routine = self.store.import_file(path, new_id=taken.suggested_id)
            except RoutineError as again:
                self.set_notice(routine_error(again), str(again))
                return None
            except OSError as again:
                self.set_notice(tr("Cannot read {path}: {error}").format(path=path, error=again))
                return None
        except RoutineError as exc:
            self.set_notice(routine_error(exc), str(exc))
            return None
        except OSError as exc:
            self.set_notice(tr("Cannot read {path}: {error}").format(path=path, error=exc))
            return None
        self.reload(select=routine.id)
        self.routines_changed.emit()
        return routine

    def export_to(self, path: Path) -> bool:
        if self._draft is None:
            return False
        try:
            self.store.export(self._draft, path)
        except RoutineError as exc:
            self.set_notice(tr("Cannot export.") + " " + routine_error(exc), str(exc))
            return False
        except OSError as exc:
            self.set_notice(tr("Cannot export: {error}").format(error=exc))
            return False
        self.set_notice("")
        return True

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import a routine"), str(Path.home()), tr("Routines (*.toml)")
        )
        if name:
            self.import_from(Path(name))

    def _ask_export(self) -> None:
        if self._draft is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export routine"),
            str(Path.home() / f"{self._draft.id}.toml"),
            tr("Routines (*.toml)"),
        )
        if name:
            self.export_to(Path(name))
