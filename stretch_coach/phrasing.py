"""Problems from the lower layers in plain words, for every front end.

The core and the services report facts (which setting, what is wrong, which
file, why); the sentences for people are made here from English source text,
each template passed through the front end's ``translate``: the GUI gives Qt's
translator (``ui/wording.py``), the command line prints the English.
Technical reasons (a parser's message, an OS error) stay apart as details.

No Qt here, so the command line can use it without loading Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from stretch_coach import counted
from stretch_coach.core.routines import MAX_ROUTINE_MINUTES, RoutineError, RoutineFailure
from stretch_coach.core.settings import FIELDS, Problem, SettingsWarning, WholeNumber
from stretch_coach.services.qt_platform import MissingLibraries
from stretch_coach.services.routine_store import RoutineFault, RoutineProblem

Translate = Callable[[str], str]


def as_written(text: str) -> str:
    return text


def tr_noop(text: str) -> str:
    """Marks a template for the translation catalogue; translated where it is used."""
    return text


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


def setting_name(key: str, translate: Translate = as_written) -> str:
    """The setting's label as Preferences shows it, or its key if it has none."""
    setting_field = FIELDS.get(key) or FIELDS.get(key.rpartition(".")[0])
    return translate(setting_field.label) if setting_field is not None else key


def setting_problem(
    warning: SettingsWarning, translate: Translate = as_written, *, by_key: bool = False
) -> str:
    """One line: which setting (its label, or with ``by_key`` its key in the
    file, for people editing it), what is wrong, and what is used instead."""
    what = translate(_SETTING_PROBLEMS[warning.problem]).format(value=warning.value)
    setting_field = FIELDS.get(warning.key)
    if warning.problem is Problem.OUT_OF_RANGE and setting_field is not None:
        value_type = setting_field.type
        assert isinstance(value_type, WholeNumber)
        what = translate("{value} is not from {low} to {high}").format(
            value=warning.value, low=value_type.low, high=value_type.high
        )
    if warning.key in ("file", "schema_version"):
        return _capitalised(what) + "."
    name = warning.key if by_key else setting_name(warning.key, translate)
    line = translate("{setting}: {problem}").format(setting=name, problem=what)
    if warning.fallback:
        line = translate("{line}; using {fallback}").format(line=line, fallback=warning.fallback)
    return line + "."


def routine_problem(problem: RoutineProblem, translate: Translate = as_written) -> str:
    return translate(_ROUTINE_PROBLEMS[problem.fault]).format(
        file=problem.path.name, other=problem.other
    )


_ROUTINE_FAILURES = {
    RoutineFailure.INVALID: tr_noop("The routine has a value the app cannot use."),
    RoutineFailure.UNREADABLE: tr_noop("The file cannot be read as a routine."),
    RoutineFailure.BUILTIN: tr_noop("A built-in routine cannot be changed or deleted."),
    RoutineFailure.ID_TAKEN: tr_noop("Another routine already has this id."),
    RoutineFailure.NOT_SAVED: tr_noop("The routine could not be saved as it is."),
}


def routine_error(
    error: RoutineError,
    translate: Translate = as_written,
    translate_n: counted.CountTranslate = counted.english,
) -> str:
    """What went wrong with a routine, in plain words; the technical detail is
    ``str(error)`` (for a Details part or a log)."""
    if error.failure is RoutineFailure.TOO_LONG:
        # Counted: the word for "minutes" depends on the number in some languages.
        said = translate_n(
            "As written, the routine would take about %n minute(s); a routine can take at "
            "most {limit} minutes. Use fewer exercises or sets, or shorter holds and rests.",
            error.minutes or 0,
        ).format(limit=MAX_ROUTINE_MINUTES)
    else:
        said = translate(_ROUTINE_FAILURES[error.failure])
    if error.file:
        said = translate("{file}: {problem}").format(file=error.file, problem=said)
    return said


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


PLATFORM_NAMES = {"xcb": "X11", "wayland": "Wayland"}


def missing_qt_libraries(problem: MissingLibraries) -> str:
    """One line: what the window needs, and the command that installs it."""
    needs = ", ".join(problem.libraries)
    system = PLATFORM_NAMES.get(problem.platform, problem.platform)
    line = (
        f"the window cannot open: Qt's {system} support needs {needs}, "
        "which this computer does not have."
    )
    if problem.install is not None:
        return f"{line} Install them with: {problem.install}"
    return f"{line} Install them with your system's package manager."
