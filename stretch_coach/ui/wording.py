"""Problems and outcomes from the lower layers, put into words for the windows.

The core and the services report facts (which setting, what is wrong, which
file); this module is the one place the GUI turns them into sentences,
through Qt's translator, so a German window never shows an English message
from below. Technical reasons (a parser's message, an OS error) are kept
apart as details.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from stretch_coach import phrasing
from stretch_coach.core.routines import RoutineError
from stretch_coach.core.settings import SettingsWarning
from stretch_coach.flows.settings import SaveFailure
from stretch_coach.services.routine_store import RoutineProblem
from stretch_coach.services.settings_store import NotWritableReason
from stretch_coach.ui.texts import tr, tr_n

if TYPE_CHECKING:
    from stretch_coach.flows.export import ExportResult


def setting_name(key: str) -> str:
    """The setting's label as Preferences shows it, or its key if it has none."""
    return phrasing.setting_name(key, tr)


def setting_problem(warning: SettingsWarning) -> str:
    """One line: which setting, what is wrong, and what is used instead."""
    return phrasing.setting_problem(warning, tr)


def routine_problem(problem: RoutineProblem) -> str:
    return phrasing.routine_problem(problem, tr)


def routine_error(error: RoutineError) -> str:
    return phrasing.routine_error(error, tr, tr_n)


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


def export_result(result: ExportResult) -> str:
    from stretch_coach.flows.export import ExportOutcome  # loaded with the export

    if result.outcome is ExportOutcome.SAVED:
        return tr("Saved {files} in {folder}.").format(
            files=", ".join(p.name for p in result.written), folder=result.folder
        )
    if result.outcome is ExportOutcome.REFUSED:
        return tr("Nothing was written: {error}").format(error=result.detail)
    return tr("The export failed: {error}").format(error=result.detail)


def no_calendar_reminders() -> str:
    return tr(
        "There are no reminders to add: the stretch reminder and the water "
        "reminders are both turned off."
    )


def calendar_result(result: ExportResult, path: Path) -> str:
    """What became of the calendar file and, once saved, what to do with it."""
    from stretch_coach.flows.export import ExportOutcome  # loaded with the export

    if result.outcome is ExportOutcome.SAVED:
        return tr(
            "Your reminders are saved in {file}.\n\n"
            "On an iPhone or iPad: send the file to yourself by e-mail, open it in Mail "
            "and add all the events.\n\n"
            "With an Android phone: on this computer, open Google Calendar in your web "
            "browser, choose Settings, then Import, and pick this file. The reminders "
            "then appear on the phone.\n\n"
            "Check that the calendar rings at the time of each event. The file holds your "
            "reminders as they are now: after changing your bedtime or reminders, delete "
            "the old events and add a new file."
        ).format(file=path)
    if result.outcome is ExportOutcome.REFUSED:
        return tr("{file} already exists. Nothing was written.").format(file=path)
    if result.outcome is ExportOutcome.NOTHING:
        return no_calendar_reminders()
    return tr("The calendar file could not be saved: {error}").format(error=result.detail)
