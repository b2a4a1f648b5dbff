"""The routine editor: create, duplicate, edit, reorder, delete, import and export."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.plan import build_plan
from stretch_coach.core.routines import BOTH_LEGS
from stretch_coach.core.scaling import scale_routine
from stretch_coach.flows.context import AppServices
from stretch_coach.services.routine_store import RoutineStore
from stretch_coach.ui.routine_editor import RoutineEditor, UnsavedAnswer
from stretch_coach.ui.texts import clock_text
from tests.apps import main_window


@pytest.fixture
def store(services: AppServices) -> RoutineStore:
    return services.routine_store


@pytest.fixture
def editor(qtbot: QtBot, store: RoutineStore) -> RoutineEditor:
    dialog = RoutineEditor(store, load_catalogue())
    # A test that wants the question answers it itself; none may block on it.
    dialog.ask_unsaved = lambda _name: UnsavedAnswer.DISCARD
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select(editor: RoutineEditor, routine_id: str) -> None:
    for row in range(editor.routine_list.count()):
        if editor.routine_list.item(row).data(Qt.ItemDataRole.UserRole) == routine_id:
            editor.routine_list.setCurrentRow(row)
            return
    raise AssertionError(f"{routine_id} is not listed")


def saved_file(store: RoutineStore, routine_id: str) -> dict:  # type: ignore[type-arg]
    return tomllib.loads((store.folder / f"{routine_id}.toml").read_text())


def test_built_ins_are_read_only(editor: RoutineEditor) -> None:
    select(editor, "bedtime")
    assert editor.read_only_hint.isVisibleTo(editor)
    assert not editor.item_list.isEnabled()
    assert not editor.save_button.isEnabled()
    assert not editor.delete_button.isEnabled()


def test_create_a_routine_from_scratch(editor: RoutineEditor, store: RoutineStore) -> None:
    editor.new_button.click()
    editor.name_edit.setText("My evening")
    editor.name_edit.textEdited.emit("My evening")
    editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData("calf-stretch"))
    editor.add_button.click()
    editor.amount.setValue(20)
    editor.sets.setValue(2)
    editor.sides.setCurrentIndex(editor.sides.findData("left"))
    editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData("toe-curl"))
    editor.add_button.click()
    editor.amount.setValue(12)
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    data = saved_file(store, "my-routine")
    assert data["name"] == "My evening"
    assert [e["id"] for e in data["exercises"]] == ["calf-stretch", "toe-curl"]
    assert data["exercises"][0]["hold_seconds"] == 20
    assert data["exercises"][0]["sets"] == 2
    assert data["exercises"][0]["sides"] == "left"
    assert data["exercises"][1]["reps"] == 12
    assert "my-routine" in {r.id for r in store.load().routines}


def test_duplicate_then_reorder_with_keys_and_buttons(
    qtbot: QtBot, editor: RoutineEditor, store: RoutineStore
) -> None:
    select(editor, "bedtime")
    editor.duplicate_button.click()
    assert editor.item_list.isEnabled()
    first = [i.exercise for i in editor._draft.items]  # type: ignore[union-attr]
    editor.item_list.setCurrentRow(0)
    editor.down_button.click()
    editor.item_list.setFocus()
    QTest.keyClick(editor.item_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    editor.save_button.click()
    [copy_id] = store.load().user_ids
    ids = [e["id"] for e in saved_file(store, copy_id)["exercises"]]
    assert ids == [first[1], first[2], first[0]]
    assert saved_file(store, copy_id)["name"].startswith("Bedtime stretch")


def test_remove_and_delete(editor: RoutineEditor, store: RoutineStore) -> None:
    select(editor, "quick")
    editor.duplicate_button.click()
    editor.item_list.setCurrentRow(0)
    editor.remove_button.click()
    editor.save_button.click()
    [copy_id] = store.load().user_ids
    assert [e["id"] for e in saved_file(store, copy_id)["exercises"]] == ["calf-stretch"]
    select(editor, copy_id)
    editor.delete_current()
    assert store.load().user_ids == frozenset()


def test_target_length_uses_the_same_scaling_as_the_plan(editor: RoutineEditor) -> None:
    select(editor, "bedtime")
    editor.target.setValue(9)
    routine = editor._draft
    assert routine is not None
    expected = build_plan(scale_routine(routine, 9)).total_seconds
    assert editor.total.text().endswith(clock_text(expected))


def test_import_and_export_round_trip(
    editor: RoutineEditor, store: RoutineStore, tmp_path: Path
) -> None:
    select(editor, "trial-protocol")
    target = tmp_path / "shared.toml"
    assert editor.export_to(target)
    imported = editor.import_from(target)  # clashes with the built-in: gets a new id
    assert imported is not None and imported.id != "trial-protocol"
    assert [i.exercise for i in imported.items] == ["calf-stretch", "hamstring-stretch"]
    assert imported.id in store.load().user_ids


def test_a_bad_file_is_reported_not_fatal(
    editor: RoutineEditor, store: RoutineStore, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nname = "X"\n[[exercises]]\nid = "moonwalk"\n')
    assert editor.import_from(bad) is None
    assert editor.notice.text() == "bad.toml: The routine has a value the app cannot use."
    assert "moonwalk" in editor.notice.toolTip()  # the technical detail
    store.folder.mkdir(parents=True, exist_ok=True)
    (store.folder / "broken.toml").write_text("not = [toml")
    editor.reload()
    assert "broken.toml" in editor.notice.text()


def test_the_main_window_lists_user_routines_and_reports_bad_files(
    qtbot: QtBot, services: AppServices, store: RoutineStore
) -> None:
    routine = store.duplicate(next(r for r in store.load().routines if r.id == "quick"), "Mine")
    store.save(routine)
    store.folder.joinpath("evil.toml").write_text('id = "../../etc"\nname = "x"\n')
    window = main_window(services)
    qtbot.addWidget(window)
    names = [
        window.home.routine_list.item(i).text() for i in range(window.home.routine_list.count())
    ]
    assert any(n.startswith("Mine") for n in names)
    assert "evil.toml" in window.home.notice.text()
    assert routine.items[0].sides == BOTH_LEGS


def test_drag_and_drop_reorders_the_draft(editor: RoutineEditor, store: RoutineStore) -> None:
    select(editor, "bedtime")
    editor.duplicate_button.click()
    first = [i.exercise for i in editor._draft.items]  # type: ignore[union-attr]
    model = editor.item_list.model()
    # What a drop does: the view's model moves the row, the editor follows.
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert [i.exercise for i in editor._draft.items] == [first[1], first[2], first[0]]  # type: ignore[union-attr]
    editor.save_button.click()
    [copy_id] = store.load().user_ids
    assert [e["id"] for e in saved_file(store, copy_id)["exercises"]] == [
        first[1], first[2], first[0]
    ]  # fmt: skip


# -- what a new user tripped over --------------------------------------------------------


def test_a_duplicate_gets_its_own_editable_description(
    editor: RoutineEditor, store: RoutineStore
) -> None:
    select(editor, "bedtime")
    editor.duplicate_button.click()
    assert editor.description_edit.isEnabled()
    assert editor.description_edit.text()  # the built-in's words, to change
    editor.description_edit.setText("Mine, for late nights.")
    editor.description_edit.textEdited.emit("Mine, for late nights.")
    assert editor.save()
    copy = editor._draft
    assert copy is not None
    assert saved_file(store, copy.id)["description"] == "Mine, for late nights."


def test_escape_asks_before_throwing_edits_away(editor: RoutineEditor, store: RoutineStore) -> None:
    asked: list[str] = []

    def answer(choice: UnsavedAnswer) -> None:
        def ask(name: str) -> UnsavedAnswer:
            asked.append(name)
            return choice

        editor.ask_unsaved = ask

    editor.new_button.click()
    editor.add_exercise()
    answer(UnsavedAnswer.KEEP_EDITING)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["My routine"] and editor.isVisible()
    answer(UnsavedAnswer.SAVE)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert [r.name for r in store.load().routines if not r.builtin] == ["My routine"]


def test_after_duplicate_or_new_no_other_routine_is_highlighted(editor: RoutineEditor) -> None:
    select(editor, "bedtime")
    editor.duplicate_button.click()
    assert editor.routine_list.selectedItems() == []
    select(editor, "quick")
    editor.new_button.click()
    assert editor.routine_list.selectedItems() == []


def test_the_fields_say_which_exercise_they_edit(editor: RoutineEditor) -> None:
    editor.new_button.click()
    editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData("toe-curl"))
    editor.add_exercise()
    editor.exercise_choice.setCurrentIndex(editor.exercise_choice.findData("calf-stretch"))
    editor.add_exercise()
    editor.item_list.setCurrentRow(0)
    assert editor.item_editing.text() == "Exercise 1: Toe curls"
    assert editor.add_label.text() == "Add an exercise:"


def test_saving_an_empty_routine_says_what_is_missing(editor: RoutineEditor) -> None:
    editor.new_button.click()
    assert editor.save_button.isEnabled()
    editor.save_button.click()
    assert editor.notice.text() == "Add at least one exercise, then save."


def test_built_in_routines_offer_no_editing_controls(editor: RoutineEditor) -> None:
    select(editor, "bedtime")
    for widget in (editor.exercise_choice, editor.add_button, editor.details, editor.remove_button):
        assert not widget.isVisibleTo(editor)
    editor.duplicate_button.click()
    for widget in (editor.exercise_choice, editor.add_button, editor.details, editor.remove_button):
        assert widget.isVisibleTo(editor)


def test_long_exercise_lines_are_cut_with_the_whole_in_a_tooltip(editor: RoutineEditor) -> None:
    # A narrow window or large text: the list never scrolls sideways.
    select(editor, "bedtime")
    editor.resize(560, 400)
    assert editor.item_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    items = [editor.item_list.item(i) for i in range(editor.item_list.count())]
    assert items and all(item.toolTip() == item.text() for item in items)
