"""Problems and outcomes from the lower layers, put into words for the windows.

The core and the services report facts (which setting, what is wrong, which
file); this module is the one place the GUI turns them into sentences,
through Qt's translator, so a German window never shows an English message
from below. Technical reasons (a parser's message, an OS error) are kept
apart as details.
"""

from __future__ import annotations

from collections.abc import Sequence

from stretch_coach.core.settings import FIELDS, Problem, SettingsWarning, WholeNumber
from stretch_coach.flows.export import ExportOutcome, ExportResult
from stretch_coach.flows.settings import SaveFailure
from stretch_coach.services.routine_store import RoutineFault, RoutineProblem
from stretch_coach.services.settings_store import NotWritableReason
from stretch_coach.ui.texts import tr, tr_noop

# What is wrong with a value, in plain words; {value} is what the file says.
_SETTING_PROBLEMS = {
    Problem.NOT_TRUE_OR_FALSE: tr_noop("{value} is not true or false"),
    Problem.NOT_A_WHOLE_NUMBER: tr_noop("{value} is not a whole number"),
    Problem.OUT_OF_RANGE: tr_noop("{value} is outside the range the app allows"),
    Problem.NOT_A_TIME: tr_noop("{value} is not a time of day like 22:30"),
    Problem.NOT_A_WHOLE_MINUTE: tr_noop("{value} is not a whole minute like 22:30"),
    Problem.NOT_A_CHOICE: tr_noop("{value} is not one of the choices"),
    Problem.NOT_A_ROUTINE_ID: tr_noop("{value} is not the name of a routine"),
    Problem.UNKNOWN_ROUTINE: tr_noop("there is no routine called {value}"),
    Problem.NOT_A_LIST: tr_noop("{value} is not a list of days"),
    Problem.NOT_A_WEEKDAY: tr_noop("{value} is not a day of the week, so it was left out"),
    Problem.NOT_A_TABLE: tr_noop("{value} is not a group of settings"),
    Problem.SCHEMA_NOT_A_NUMBER: tr_noop("the file's version {value} is not a number"),
    Problem.SCHEMA_NEWER: tr_noop(
        "the file was written by a newer Stretch Coach; the settings this version knows are used"
    ),
    Problem.SCHEMA_TOO_OLD: tr_noop(
        "the file is from a very old Stretch Coach; the settings this version knows are used"
    ),
    Problem.FILE_UNREADABLE: tr_noop(
        "the settings file cannot be read; the defaults are used, and the file is not saved over"
    ),
    Problem.FILE_NOT_A_FILE: tr_noop(
        "the settings file is not an ordinary file (a folder, a pipe or a device); "
        "the defaults are used"
    ),
    Problem.FILE_NOT_TOML: tr_noop(
        "the settings file is damaged; a copy was kept and the defaults are used"
    ),
    Problem.FILE_TOO_LARGE: tr_noop(
        "the settings file is far too large to be a settings file; the defaults are used"
    ),
}

_ROUTINE_PROBLEMS = {
    RoutineFault.FOLDER_UNREADABLE: tr_noop("The folder of your own routines cannot be read."),
    RoutineFault.FILE_UNUSABLE: tr_noop(
        "Your routine file {file} could not be used and was left out."
    ),
    RoutineFault.ID_OF_BUILTIN: tr_noop(
        "Your routine file {file} has the same id as a built-in routine and was left out."
    ),
    RoutineFault.ID_TAKEN: tr_noop(
        "Your routine files {file} and {other} have the same id; {file} was left out."
    ),
}


def setting_name(key: str) -> str:
    """The setting's label as Preferences shows it, or its key if it has none."""
    setting_field = FIELDS.get(key) or FIELDS.get(key.rpartition(".")[0])
    return tr(setting_field.label) if setting_field is not None else key


def setting_problem(warning: SettingsWarning) -> str:
    """One line: which setting, what is wrong, and what is used instead."""
    what = tr(_SETTING_PROBLEMS[warning.problem]).format(value=warning.value)
    setting_field = FIELDS.get(warning.key)
    if warning.problem is Problem.OUT_OF_RANGE and setting_field is not None:
        value_type = setting_field.type
        assert isinstance(value_type, WholeNumber)
        what = tr("{value} is not from {low} to {high}").format(
            value=warning.value, low=value_type.low, high=value_type.high
        )
    if warning.key in ("file", "schema_version"):
        return _capitalised(what) + "."
    line = tr("{setting}: {problem}").format(setting=setting_name(warning.key), problem=what)
    if warning.fallback:
        line = tr("{line}; using {fallback}").format(line=line, fallback=warning.fallback)
    return line + "."


def routine_problem(problem: RoutineProblem) -> str:
    return tr(_ROUTINE_PROBLEMS[problem.fault]).format(file=problem.path.name, other=problem.other)


def startup_notice(settings: Sequence[SettingsWarning], routines: Sequence[RoutineProblem]) -> str:
    """The banner on the home page for what could not be used at start-up."""
    parts = []
    if settings:
        lines = "\n".join(f"• {setting_problem(w)}" for w in settings)
        parts.append(tr("Some settings could not be used and were reset:") + "\n" + lines)
    parts += [routine_problem(p) for p in routines]
    return "\n\n".join(parts)


def settings_not_saved(failure: SaveFailure) -> str:
    """Why the settings were not saved and, where the file was left alone on
    purpose, what the person can do about it."""
    if failure.refused is None:
        return tr("Your settings could not be saved ({error}).").format(error=failure.detail)
    if failure.refused is NotWritableReason.UNREADABLE:
        text = tr(
            "Your settings were not saved. Stretch Coach could not read {file} ({why}), "
            "so it left that file as it is rather than lose what it holds. Give yourself "
            "permission to read and write it, or move it away, then save again."
        )
    elif failure.refused is NotWritableReason.LINK_TARGET_MISSING:
        text = tr(
            "Your settings were not saved. {file} is a link to {target}, and the folder that "
            "file belongs in does not exist. Create the folder or change the link, then "
            "save again."
        )
    else:
        text = tr(
            "Your settings were not saved. {file} is not an ordinary file (it is a folder, "
            "a pipe or a device), so Stretch Coach left it as it is. Remove it or put a "
            "settings file in its place, then save again."
        )
    until = tr("Your choices stay in use until Stretch Coach is closed.")
    # The detail is why the file could not be read, or where the link leads.
    filled = text.format(file=failure.path, why=failure.detail, target=failure.detail)
    return filled + " " + until


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def export_result(result: ExportResult) -> str:
    if result.outcome is ExportOutcome.SAVED:
        return tr("Saved {files} in {folder}.").format(
            files=", ".join(p.name for p in result.written), folder=result.folder
        )
    if result.outcome is ExportOutcome.REFUSED:
        return tr("Nothing was written: {error}").format(error=result.detail)
    return tr("The export failed: {error}").format(error=result.detail)
