"""Every fact the lower layers report reaches the person as a translated sentence,
and the layers keep to their places."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from stretch_coach.core.routines import RoutineError, RoutineFailure
from stretch_coach.core.settings import FIELDS, Problem, SettingsWarning
from stretch_coach.flows.export import ExportOutcome, ExportResult
from stretch_coach.flows.settings import SaveFailure
from stretch_coach.services.routine_store import RoutineFault, RoutineProblem
from stretch_coach.ui import wording
from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "stretch_coach"


def every_setting_warning() -> list[SettingsWarning]:
    keys = {
        Problem.OUT_OF_RANGE: "routine.minutes",
        Problem.NOT_A_WEEKDAY: "bedtime.weekdays.funday",
        Problem.SCHEMA_NEWER: "schema_version",
        Problem.SCHEMA_TOO_OLD: "schema_version",
        Problem.SCHEMA_NOT_A_NUMBER: "schema_version",
        Problem.FILE_UNREADABLE: "file",
        Problem.FILE_NOT_TOML: "file",
        Problem.FILE_TOO_LARGE: "file",
    }
    return [
        SettingsWarning(keys.get(problem, "bedtime.time"), problem, "'x'", "22:30", "detail")
        for problem in Problem
    ]


def every_routine_problem() -> list[RoutineProblem]:
    return [
        RoutineProblem(Path("mine.toml"), fault, "detail", "other.toml") for fault in RoutineFault
    ]


def every_routine_error() -> list[RoutineError]:
    return [
        RoutineError("detail", failure, minutes=78, file="mine.toml") for failure in RoutineFailure
    ]


def every_sentence() -> list[str]:
    return [
        *(wording.routine_error(e) for e in every_routine_error()),
        *(wording.setting_problem(w) for w in every_setting_warning()),
        *(wording.routine_problem(p) for p in every_routine_problem()),
        wording.settings_not_saved(SaveFailure("disk full")),
        *(wording.export_result(ExportResult(o, Path("out"), [], "x")) for o in ExportOutcome),
    ]


def test_every_problem_has_words_in_english() -> None:
    sentences = every_sentence()
    assert all(sentences)
    assert "Usual bedtime: 'x' is not a time of day like 22:30; using 22:30." in sentences
    minutes = wording.setting_problem(
        SettingsWarning("routine.minutes", Problem.OUT_OF_RANGE, "99")
    )
    assert minutes == "Default length: 99 is not from 1 to 60."
    too_long = RoutineError("x", RoutineFailure.TOO_LONG, minutes=78)
    assert wording.routine_error(too_long).startswith(
        "As written, the routine would take about 78 minutes; "
        "a routine can take at most 60 minutes."
    )


@pytest.mark.usefixtures("german")
def test_every_problem_is_worded_in_german_without_english_from_below() -> None:
    english_labels = {f.label for f in FIELDS.values()}
    for sentence in every_sentence():
        # No English sentence template and no English setting label survives.
        for word in (" is not ", " could not ", " was left out", "using ", "Saved ", "routine"):
            assert word not in sentence, sentence
        assert not any(label in sentence for label in english_labels), sentence
    assert wording.setting_problem(every_setting_warning()[0]).startswith("Übliche Schlafenszeit")


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_window_reaches_the_sql_module() -> None:
    for path in sorted((PACKAGE / "ui").glob("*.py")):
        assert "stretch_coach.services.history" not in imports_of(path), path.name


def test_the_core_and_the_flows_import_nothing_above_them() -> None:
    for path in sorted((PACKAGE / "core").rglob("*.py")):
        assert not any(
            m.startswith(("PySide6", "stretch_coach.services", "stretch_coach.flows",
                          "stretch_coach.ui")) for m in imports_of(path)
        ), path.name  # fmt: skip
    for path in sorted((PACKAGE / "flows").glob("*.py")):
        assert not any(m.startswith("stretch_coach.ui") for m in imports_of(path)), path.name
