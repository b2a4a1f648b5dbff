"""The app's secondary windows: preferences, routine editor, welcome, diary,
history, About and the doctor suggestion.

Each is opened from an intent (a menu entry, a button), shows what a flow
gives it and hands the person's answer back to that flow.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QWidget

from stretch_coach.core.records import DiaryEntry
from stretch_coach.core.settings import Settings
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.diary import DiaryFlow
from stretch_coach.flows.journal import Journal
from stretch_coach.services.autostart import Autostart
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.main_window import MainWindow
from stretch_coach.ui.placement import centre_on, fit_to_screen, scrolling_body
from stretch_coach.ui.question import ask, tell
from stretch_coach.ui.texts import tr
from stretch_coach.ui.wording import (
    calendar_result,
    export_result,
    no_calendar_reminders,
    settings_not_saved,
    startup_notice,
)

if TYPE_CHECKING:
    from stretch_coach.flows.export import ExportResult
    from stretch_coach.ui.about_page import AboutDialog
    from stretch_coach.ui.diary_dialog import DiaryDialog
    from stretch_coach.ui.first_run import WelcomeDialog
    from stretch_coach.ui.history_page import HistoryDialog
    from stretch_coach.ui.preferences import PreferencesDialog
    from stretch_coach.ui.routine_editor import RoutineEditor

log = logging.getLogger(__name__)

# Asks (parent, title, question, the verb that goes ahead, the verb that keeps things).
Confirm = Callable[[QWidget, str, str, str, str], bool]


def confirm_with_verbs(parent: QWidget, title: str, question: str, go: str, keep: str) -> bool:
    """Ask before something that cannot be undone. The buttons say what they
    do ("Delete this night", "Keep it"), not Yes and No; keeping is the default,
    and Esc keeps too."""
    return ask(parent, title, question, [go, keep], safe=keep) == go


# Says something and waits until it is read (parent, title, text, the close button's word).
Tell = Callable[[QWidget, str, str, str], None]
# Asks where to save a file, offering a path; None when the person cancels.
ChooseFile = Callable[[QWidget, Path], Path | None]


def choose_calendar_file(parent: QWidget, offered: Path) -> Path | None:
    """The save dialog for the calendar file. It does not ask before replacing
    a file: the app asks that itself, in its own words."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        tr("Save the reminders as a calendar file"),
        str(offered),
        tr("Calendar files (*.ics)"),
        "",
        QFileDialog.Option.DontConfirmOverwrite,
    )
    if not name:
        return None
    chosen = Path(name)
    # A name typed without an ending gets the one calendars look for.
    return chosen if chosen.suffix else chosen.with_name(chosen.name + ".ics")


class AdviceDialog(QDialog):
    """Health advice in the app's own look: plain text that scrolls on a small
    screen, with one button that says what it does (no stock icon box)."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        body, outer = scrolling_body(self)
        heading = QLabel(title, self)
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        body.addWidget(heading)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.message)
        body.addStretch(1)
        row = ButtonRow(align=RowAlign.RIGHT)
        self.close_button = QPushButton(tr("Close"), self)
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        row.add_group(self.close_button)
        outer.addLayout(row)
        fit_to_screen(self, QSize(560, 600))

    def text(self) -> str:
        return self.message.text()


class Dialogs:
    def __init__(
        self,
        services: AppServices,
        window: MainWindow,
        diary: DiaryFlow,
        journal: Journal,
        autostart: Autostart,
    ) -> None:
        self.services = services
        self.window = window
        self.diary_flow = diary
        self.journal = journal
        self.autostart = autostart
        self.preferences: PreferencesDialog | None = None
        self.editor: RoutineEditor | None = None
        self.welcome: WelcomeDialog | None = None
        self.diary: DiaryDialog | None = None
        self.doctor_box: AdviceDialog | None = None
        self.history: HistoryDialog | None = None
        self.about: AboutDialog | None = None
        # Replaceable, so a test can answer without a modal box.
        self.confirm: Confirm = confirm_with_verbs
        self.tell: Tell = tell
        self.choose_calendar_file: ChooseFile = choose_calendar_file
        self._calendar_file: Path | None = None  # where the last one was saved

    # -- preferences and routines -------------------------------------------------

    def open_settings(self) -> PreferencesDialog:
        from stretch_coach.ui.preferences import PreferencesDialog

        self.window.raise_and_show()
        if self.preferences is not None:
            self.preferences.raise_()
            self.preferences.activateWindow()
            return self.preferences
        try:
            start_at_login = self.autostart.is_enabled()
        except OSError:
            start_at_login = False
        owner = self.services.settings_owner
        dialog = PreferencesDialog(
            owner.current,
            self.services.routines(),
            start_at_login=start_at_login,
            voice_available=self.services.voice.available,
            voice_module_missing=self.services.voice.module_missing,
            evening=self.services.evening(),
            problems=startup_notice(owner.problems, []),
            parent=self.window,
        )
        dialog.settings_saved.connect(self.apply_preferences)
        dialog.calendar_requested.connect(lambda shown: self.export_calendar(shown, dialog))
        dialog.finished.connect(self._preferences_closed)
        self.preferences = dialog
        dialog.show()
        return dialog

    def _preferences_closed(self) -> None:
        if self.preferences is not None:
            self.preferences.deleteLater()
            self.preferences = None

    def apply_preferences(self, settings: Settings, start_at_login: bool) -> None:
        problems = []
        failure = self.services.settings_owner.update(settings)
        if failure is not None:
            problems.append(settings_not_saved(failure))
        try:
            if start_at_login != self.autostart.is_enabled():
                if start_at_login:
                    self.autostart.enable()
                else:
                    self.autostart.disable()
        except OSError as exc:
            log.error("cannot change start at login: %s", exc)
            problems.append(tr("Start at login could not be changed ({error}).").format(error=exc))
        if problems:
            self.window.home.set_notice("\n\n".join(problems))

    def export_calendar(self, settings: Settings, parent: QWidget) -> ExportResult | None:
        """The reminders of ``settings`` as a calendar file where the person
        chooses, asking before replacing a file, then what to do with it;
        None when nothing was tried (no reminders, or the person cancelled)."""
        from stretch_coach.calendar_wording import calendar_wording
        from stretch_coach.flows.export import ExportFlow
        from stretch_coach.services.paths import suggested_calendar_file

        title = tr("Reminders for your phone")
        flow = ExportFlow(self.services)
        if not flow.has_reminders(settings):
            self.tell(parent, title, no_calendar_reminders(), tr("Close"))
            return None
        path = self.choose_calendar_file(parent, self._calendar_file or suggested_calendar_file())
        if path is None:
            return None
        replace = path.exists()
        if replace and not self.confirm(
            parent,
            tr("Replace the file?"),
            tr("{file} already exists. Replace it with your reminders as they are now?").format(
                file=path
            ),
            tr("Replace it"),
            tr("Keep it"),
        ):
            return None
        result = flow.export_calendar(path, settings, calendar_wording(tr), replace=replace)
        if result.written:
            self._calendar_file = path
        self.tell(parent, title, calendar_result(result, path), tr("Close"))
        return result

    def open_routine_editor(self) -> RoutineEditor:
        from stretch_coach.ui.routine_editor import RoutineEditor

        if self.editor is None:
            self.editor = RoutineEditor(
                self.services.routine_store, self.window.catalogue, parent=self.window
            )
            self.editor.routines_changed.connect(self.window.refresh_routines)
        self.editor.show()
        self.editor.raise_()
        return self.editor

    # -- first run and the diary ----------------------------------------------------

    def open_welcome(self) -> WelcomeDialog:
        from stretch_coach.ui.first_run import WelcomeDialog

        dialog = WelcomeDialog(
            self.services.settings, voice=self.services.voice, parent=self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_welcome.connect(self._welcome_done)
        # The choices come first; show() keeps the event loop (and tests) free.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.welcome = dialog
        centre_on(dialog, self.window)
        dialog.show()
        return dialog

    def _welcome_done(self, settings: Settings, wants_diary: bool) -> None:
        failure = self.services.settings_owner.update(settings)
        if failure is not None:
            self.window.home.set_notice(settings_not_saved(failure))
        # The check-in waits for the next morning: not a second dialog right
        # after the first.
        self.diary_flow.set_prompts(wants_diary)
        self.diary_flow.mark_prompted()

    def open_diary(
        self,
        *,
        prompted: bool = False,
        night: dt.date | None = None,
        over: QWidget | None = None,
    ) -> DiaryDialog:
        """The check-in for last night, or for ``night`` when one is corrected
        (from the History window, given as ``over``, which waits meanwhile)."""
        from stretch_coach.ui.diary_dialog import DiaryDialog

        latest = self.diary_flow.night_to_ask()
        earliest = self.diary_flow.earliest_night()
        shown = latest if night is None else night
        owner = self.window if over is None else over
        if prompted:
            self.diary_flow.mark_prompted()
        existing = self.diary_flow.entry(shown)
        dialog = DiaryDialog(
            shown,
            existing,
            # A night stored outside the usual range (entered early, by the
            # command line) is still shown as itself, not clamped to another night.
            latest_night=max(latest, shown),
            earliest_night=min(earliest, shown),
            parent=owner,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.save_diary_entry)
        dialog.night.dateChanged.connect(
            lambda _d: dialog.show_entry(self.diary_flow.entry(dialog.entry().night))
        )
        self.diary = dialog
        if over is None:
            self.window.raise_and_show()
        else:
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
        centre_on(dialog, owner)
        dialog.show()
        return dialog

    def save_diary_entry(self, entry: DiaryEntry) -> None:
        saved = self.diary_flow.save(entry)
        if saved.failure is not None:
            problem = tr("Last night's entry could not be saved: {error}").format(
                error=saved.failure
            )
            self.window.home.set_notice(problem)
            if self.history is not None:  # said where the person is looking, too
                self.history.show_status(problem)
        elif saved.suggest_doctor:
            self.suggest_doctor()
        self.refresh_history()

    def suggest_doctor(self) -> AdviceDialog:
        from stretch_coach.core.health import FREQUENT_CRAMPS, RED_FLAGS, SEE_A_DOCTOR
        from stretch_coach.ui.about_page import medicines_pointer

        lines = [tr(FREQUENT_CRAMPS.text), "", tr("It is worth talking to a doctor if:")]
        lines += [f"• {tr(f.text)}" for f in SEE_A_DOCTOR]
        lines += ["", tr("Get advice straight away if:")]
        lines += [f"• {tr(f.text)}" for f in RED_FLAGS]
        lines += ["", medicines_pointer()]
        box = AdviceDialog(tr("Cramps most nights"), "\n".join(lines), self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.doctor_box = box
        box.show()
        return box

    # -- history and About --------------------------------------------------------------

    def open_history(self) -> HistoryDialog:
        from stretch_coach.ui.history_page import HistoryDialog
        from stretch_coach.ui.theme import palette_for

        everything = self.journal.everything()
        if everything.failure is not None:
            self.window.home.set_notice(
                tr("Your history could not be read: {error}").format(error=everything.failure)
            )
        dialog = HistoryDialog(
            everything.sessions,
            everything.hydration,
            everything.diary,
            self.services.evening(),
            palette_for(self.services.settings.appearance.theme),
            self.window,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.export_requested.connect(lambda folder: self.export_csv(folder, dialog))
        dialog.edit_requested.connect(lambda night: self.open_diary(night=night, over=dialog))
        dialog.delete_requested.connect(lambda night: self.delete_diary_night(night, dialog))
        dialog.finished.connect(lambda _result: self._history_closed(dialog))
        self.history = dialog
        dialog.show()
        return dialog

    def _history_closed(self, dialog: HistoryDialog) -> None:
        if self.history is dialog:
            self.history = None

    def refresh_history(self) -> None:
        """Show the open History window the history as it is now (after a night
        was saved or deleted); it stays open where it was."""
        dialog = self.history
        if dialog is None:
            return
        everything = self.journal.everything()
        if everything.failure is not None:
            dialog.show_status(
                tr("Your history could not be read: {error}").format(error=everything.failure)
            )
            return
        dialog.show_history(
            everything.sessions, everything.hydration, everything.diary, self.services.evening()
        )

    def delete_diary_night(self, night: dt.date, dialog: HistoryDialog) -> bool:
        """Delete a diary night once the person has said so; whether it was deleted."""
        from stretch_coach.ui.history_page import night_label

        shown = night_label(night)
        if not self.confirm(
            dialog,
            tr("Delete this night?"),
            tr("Delete what you noted for the night of {night}? This cannot be undone.").format(
                night=shown
            ),
            tr("Delete this night"),
            tr("Keep it"),
        ):
            return False
        failure = self.diary_flow.delete(night)
        self.refresh_history()
        if failure is not None:
            dialog.show_status(
                tr("The night of {night} could not be deleted: {error}").format(
                    night=shown, error=failure
                )
            )
            return False
        dialog.show_status(tr("The night of {night} was deleted.").format(night=shown))
        return True

    def export_csv(self, folder: Path, dialog: HistoryDialog | None = None) -> ExportResult:
        from stretch_coach.flows.export import ExportFlow  # only when exporting

        result = ExportFlow(self.services).export_csv(folder)
        if dialog is not None:
            dialog.show_status(export_result(result))
        return result

    def open_about(self) -> AboutDialog:
        from stretch_coach.ui.about_page import AboutDialog
        from stretch_coach.ui.theme import palette_for

        dialog = AboutDialog(palette_for(self.services.settings.appearance.theme), self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.about = dialog
        dialog.show()
        return dialog
