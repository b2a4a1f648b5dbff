"""Render screenshots of the main window, a session step and the finish screen.

    uv run python tools/screenshots.py [OUTPUT_DIR]

Runs offscreen (no display needed) in a throw-away home folder, with a
stopped clock so every picture is the same from run to run. The PNGs land
in docs/screenshots/ by default and are shown in the README.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class StoppedClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_SCALE_FACTOR", str(args.scale))

    with tempfile.TemporaryDirectory() as home:
        for var, sub in (("XDG_CONFIG_HOME", "c"), ("XDG_DATA_HOME", "d"), ("XDG_STATE_HOME", "s")):
            os.environ[var] = str(Path(home) / sub)
        return render(args.out)


def render(out: Path) -> int:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from stretch_coach.core.clock import Clocks
    from stretch_coach.core.settings import AppearanceSettings, Theme
    from stretch_coach.flows.context import AppServices
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.ui.i18n import install_translator
    from stretch_coach.ui.main_window import MainWindow
    from tests.apps import main_window

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    # In English, as the README shows; the catalogue gives "1 minute", "2 minutes".
    install_translator(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    out.mkdir(parents=True, exist_ok=True)
    clock = StoppedClock()
    evening = dt.datetime(2026, 11, 27, 22, 0).astimezone()
    services = AppServices.load(AppPaths.for_user(), Clocks(clock, lambda: evening))
    written: list[Path] = []

    def shot(window: MainWindow, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    for theme in (Theme.LIGHT, Theme.DARK, Theme.BEDTIME):
        services.settings_owner.update(
            dataclasses.replace(services.settings, appearance=AppearanceSettings(theme))
        )
        window = main_window(services)
        window.confirm = lambda *_: True
        window.resize(960, 700)
        window.show()
        if theme is Theme.LIGHT:
            shot(window, "home-light")
        window.start_session("trial-protocol")
        controller = window.controller
        assert controller is not None
        controller.skip()  # past "Get ready", onto the first calf stretch
        clock.now += 4.0
        controller.refresh()
        shot(window, f"session-{theme.value}")
        if theme is Theme.LIGHT:
            controller.skip()  # onto the rest after the first hold: the relaxed pose
            clock.now += 3.0
            controller.refresh()
            shot(window, "session-relax-light")
        if theme is Theme.DARK:
            controller.stop()
            window.start_session("bedtime")
            controller = window.controller
            assert controller is not None
            controller.skip()  # onto the toe curls
            clock.now += 1.0  # half way into the first curl: the figure mid-move
            controller.refresh()
            shot(window, "session-reps-dark")
        if theme is Theme.BEDTIME:
            # Run to the end, so the finish is a completed session's.
            while controller.is_active:
                clock.now += 1.0
                controller.refresh()
            shot(window, "finish-bedtime")
        controller.stop()
        window.close()
        window.deleteLater()
        app.processEvents()

    render_dialogs(app, services, out, written)
    services.close()
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


def render_dialogs(app: object, services: object, out: Path, written: list[Path]) -> None:
    """The preferences, the routine editor, a reminder window and the tray menu."""
    import dataclasses as dc

    from PySide6.QtWidgets import QApplication, QWidget

    from stretch_coach.core.reminders import ReminderKind
    from stretch_coach.core.settings import AppearanceSettings, Theme
    from stretch_coach.flows.context import AppServices
    from stretch_coach.ui.preferences import PreferencesDialog
    from stretch_coach.ui.reminder_notice import notice_for
    from stretch_coach.ui.reminder_window import ReminderWindow
    from stretch_coach.ui.routine_editor import RoutineEditor, UnsavedAnswer
    from stretch_coach.ui.tray import TrayMenu
    from tests.apps import main_window

    assert isinstance(app, QApplication) and isinstance(services, AppServices)

    def save(widget: QWidget, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    services.settings_owner.update(
        dc.replace(services.settings, appearance=AppearanceSettings(Theme.LIGHT))
    )
    window = main_window(services)  # applies the light palette
    prefs = PreferencesDialog(
        services.settings, services.routines(), start_at_login=True,
        evening=services.evening(),
    )  # fmt: skip
    prefs.resize(640, 900)
    prefs.show()
    save(prefs, "preferences-light")
    prefs.close()

    editor = RoutineEditor(services.routine_store, window.catalogue)
    editor.resize(960, 620)
    editor.show()
    editor.duplicate_routine()
    save(editor, "routine-editor-light")
    # The copy is not saved: closing would ask, and nobody answers here.
    editor.ask_unsaved = lambda _name: UnsavedAnswer.DISCARD
    editor.close()

    window.apply_theme(Theme.DARK)
    evening = services.wall_clock()
    reminder = ReminderWindow(notice_for(ReminderKind.STRETCH, evening, services.settings))
    reminder.show()
    save(reminder, "reminder-window-dark")
    reminder._answered = True
    reminder.close()

    menu = TrayMenu()
    menu.set_next_reminder("Stretch reminder at 22:00")
    menu.menu.show()
    save(menu.menu, "tray-menu-dark")
    menu.menu.hide()

    render_diary_pages(app, services, out, written, save)
    window.deleteLater()


def render_diary_pages(app: object, services: object, out: Path, written: list[Path],
                       save: object) -> None:  # fmt: skip
    """The morning check-in, the history page with a month of sample data, About."""

    from stretch_coach.core.clock import evening_of
    from stretch_coach.core.diary_rules import latest_night as last_night
    from stretch_coach.flows.context import AppServices
    from stretch_coach.ui.about_page import AboutDialog
    from stretch_coach.ui.diary_dialog import DiaryDialog
    from stretch_coach.ui.history_page import HistoryDialog
    from stretch_coach.ui.theme import DARK, LIGHT
    from tools.sample_history import fill_history

    assert isinstance(services, AppServices) and callable(save)
    now = services.wall_clock()
    history = services.history()
    fill_history(services)  # the same sample month as the UI audit's
    diary = DiaryDialog(last_night(now), latest_night=last_night(now))
    diary.cramps.setValue(1)
    diary.severity.setValue(5)
    diary.where["calf-right"].setChecked(True)
    diary.show()
    save(diary, "diary-light")
    diary.close()
    dialog = HistoryDialog(
        history.sessions(), history.hydration(), history.diary(), evening_of(now), DARK
    )
    from PySide6.QtWidgets import QApplication

    from stretch_coach.ui.theme import apply_palette

    assert isinstance(app, QApplication)
    apply_palette(app, DARK)
    dialog.resize(1000, 900)
    dialog.show()
    save(dialog, "history-dark")
    dialog.close()
    apply_palette(app, LIGHT)
    about = AboutDialog(LIGHT)
    about.resize(760, 900)
    about.show()
    save(about, "about-light")
    about.close()


if __name__ == "__main__":
    raise SystemExit(main())
