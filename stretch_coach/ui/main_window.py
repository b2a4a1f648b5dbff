"""The main window: routines, the guided session and its finish, on one stack."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from stretch_coach import APP_DISPLAY_NAME
from stretch_coach.core.reminder_rules import is_night
from stretch_coach.core.settings import Settings, Theme
from stretch_coach.ui.home_page import HomePage
from stretch_coach.ui.placement import size_within
from stretch_coach.ui.question import ask, tell
from stretch_coach.ui.texts import tr
from stretch_coach.ui.theme import Palette, palette_for
from stretch_coach.ui.wording import settings_not_saved, startup_notice

if TYPE_CHECKING:
    from stretch_coach.core.engine import SessionSnapshot
    from stretch_coach.core.exercises import Catalogue
    from stretch_coach.core.records import SessionRecord
    from stretch_coach.flows.context import AppServices
    from stretch_coach.flows.session import SessionFlow
    from stretch_coach.flows.session_controller import SessionController
    from stretch_coach.ui.finish_view import FinishView
    from stretch_coach.ui.session_view import SessionView

log = logging.getLogger(__name__)

# Stopping after this much active time asks first; a mistaken Esc in the
# first seconds costs nothing.
CONFIRM_STOP_AFTER_SECONDS = 5.0
# Every page fits a 640×480 screen without scrolling (tested); a window made
# smaller than that, or very large text, scrolls rather than hiding controls.
MIN_WIDTH, MIN_HEIGHT = 480, 360
PREFERRED_SIZE = QSize(960, 700)
# Below this free height a session opens full screen (a 640×480 or 800×600
# screen, where a window's frame and the panel take room the session needs).
SMALL_SCREEN_HEIGHT = 620


def first_size(available: QSize) -> QSize:
    """The window's first size: the preferred size, made to fit the screen
    as every other window of the app is (placement.size_within)."""
    return size_within(PREFERRED_SIZE, available).expandedTo(QSize(MIN_WIDTH, MIN_HEIGHT))


def least_height_for_width(layout: QLayout, width: int) -> int:
    """The least height ``layout`` needs at ``width``: what wraps (texts, rows
    of buttons) as it wraps at that width, everything else at its minimum.
    Qt's own minimum counts a wrapping text as one line, and its
    height-for-width gives drawings and lists their full preferred size."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    heights = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None or item.isEmpty():
            continue
        least = item.minimumSize().height()
        widget = item.widget()
        wraps = item.hasHeightForWidth() and (
            widget is None or isinstance(widget, QLabel)  # a row, or a wrapping text
        )
        heights.append(max(least, item.heightForWidth(inner)) if wraps else least)
    spacing = max(0, layout.spacing())
    return margins.top() + margins.bottom() + sum(heights) + spacing * max(0, len(heights) - 1)


class _Pages(QStackedWidget):
    """The pages, sized to the window and scrolled only below their minimum."""

    # A scroll area gives a page with height-for-width (wrapped text) its
    # *preferred* height for the width, which scrolls a session that fits.
    # Saying "no preference" lets the page take the window's height, down to
    # the least it needs at that width (minimumSizeHint below).
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def hasHeightForWidth(self) -> bool:
        return False

    def heightForWidth(self, _width: int) -> int:
        return -1

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        page = self.currentWidget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None or self.width() <= 0:
            return hint
        # The page shown, not the tallest of all: a session that needs to
        # scroll must not make the routine list scroll too. And its height at
        # the width it has, not Qt's minimum, which is the height at the
        # page's narrowest: there a row of buttons takes two lines, and a
        # session that fits 1366×768 at large text scrolled its buttons half
        # out of sight (seen on Xvfb). Wrapped titles and rows of buttons
        # that do take more lines in a narrow window are counted, so the
        # window scrolls rather than drawing one line over another.
        need = max(least_height_for_width(layout, self.width()), page.minimumHeight())
        return QSize(hint.width(), need)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the least height depends on the width


class MainWindow(QMainWindow):
    palette_changed = Signal(object)  # Palette
    hidden_to_tray = Signal()

    def __init__(
        self,
        services: AppServices,
        sessions: SessionFlow,
        catalogue: Catalogue,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.sessions = sessions
        self.catalogue = catalogue
        self._fullscreen_for_session = False
        self._fitted_step: int | None = None  # the session's step measured last (_fit_step)
        self._full_screen_declined = False  # left with F during this session
        self._night_relief = False  # cramp relief at night: dim until closed
        # Set by the composition root when a tray icon exists: closing the
        # window then leaves the app running for tonight's reminders.
        self.stays_in_tray = False
        # Asks the person a yes/no question; replaceable so tests never block on a modal box.
        self.confirm: Callable[[str, str], bool] = self._confirm_with_dialog
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)
        screen = self.screen()
        self.resize(first_size(screen.availableGeometry().size()) if screen else PREFERRED_SIZE)

        self.stack = _Pages(self)
        self.home = HomePage(self)
        self.stack.addWidget(self.home)
        # The session and finish pages are built when first shown: most
        # evenings the app starts only to sit in the tray, and the window
        # paints sooner without them (benchmarks/run.py).
        self._session_view: SessionView | None = None
        self._finish_view: FinishView | None = None
        self._palette: Palette | None = None
        self._text_scale = 1.0
        # Pages fit the smallest screen; only a smaller window or the largest
        # text makes them scroll, and then nothing is out of reach.
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.stack)
        self.setCentralWidget(self.scroller)

        self.home.start_requested.connect(self.start_session)
        self.home.relief_requested.connect(self.start_cramp_relief)
        sessions.started.connect(self._session_started)
        sessions.ended.connect(self._session_ended)
        sessions.unknown_routine.connect(self._unknown_routine)
        services.settings_owner.changed.connect(self._settings_changed)

        # The session's keys, made with the first session (see _set_session_keys).
        self._session_actions: list[QAction] | None = None

        self.refresh_routines()
        self.apply_theme()
        self.home.routine_list.setFocus()

    # -- set-up -------------------------------------------------------------------

    @property
    def session_view(self) -> SessionView:
        """The session page, built the first time it is needed."""
        if self._session_view is None:
            from stretch_coach.ui.session_view import SessionView

            view = SessionView(self.catalogue, self)
            self.stack.addWidget(view)
            view.pause_toggled.connect(self._toggle_pause)
            view.skip_requested.connect(self._skip)
            view.back_requested.connect(self._back)
            view.stop_requested.connect(self.request_stop)
            view.sound_toggled.connect(self._set_sound)
            view.fullscreen_toggled.connect(self.toggle_fullscreen)
            self._session_view = view
            self._style_session_view()
            view.fit_to_room(self.scroller.maximumViewportSize())
            view.show_fullscreen(self.isFullScreen())
        return self._session_view

    @property
    def finish_view(self) -> FinishView:
        """The finish page, built the first time it is needed."""
        if self._finish_view is None:
            from stretch_coach.ui.finish_view import FinishView

            view = FinishView(self.catalogue, self)
            self.stack.addWidget(view)
            view.home_requested.connect(self.show_home)
            view.close_requested.connect(self.close)
            view.skipped_part_requested.connect(self.sessions.start_skipped_part)
            self._finish_view = view
        return self._finish_view

    def _style_session_view(self) -> None:
        if self._session_view is None or self._palette is None:
            return
        self._session_view.set_text_scale(self._text_scale)
        self._session_view.set_palette(self._palette)

    def _action(self, text: str, keys: list[str], slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _set_session_keys(self, enabled: bool) -> None:
        if self._session_actions is None:
            if not enabled:
                return
            self._session_actions = [
                self._action(tr("Pause or resume"), ["Space"], self._toggle_pause),
                self._action(tr("Skip"), ["Right", "N"], self._skip),
                self._action(tr("Back"), ["Left", "B"], self._back),
                self._action(tr("Stop"), ["Escape"], self._escape),
                self._action(tr("Full screen"), ["F", "F11"], self.toggle_fullscreen),
            ]
        for action in self._session_actions:
            action.setEnabled(enabled)

    def refresh_routines(self) -> None:
        settings = self.services.settings
        loaded = self.services.load_routines()
        self.home.set_routines(loaded.routines, settings.routine.default, settings.routine.minutes)
        known = {routine.id for routine in loaded.routines}
        problems = self.services.settings_owner.problems_with(known)
        # The plain sentences up front; what the files said, for whoever wants it.
        details = "\n".join([*(str(w) for w in problems), *(str(p) for p in loaded.problems)])
        self.home.set_notice(startup_notice(problems, loaded.problems), details)

    def _settings_changed(self, _new: Settings, _old: Settings) -> None:
        self.apply_theme()
        self.refresh_routines()

    def apply_theme(self, theme: Theme | None = None) -> Palette:
        from PySide6.QtWidgets import QApplication

        from stretch_coach.ui.theme import apply_palette, desktop_text_scale

        if theme is None and self._night_relief:
            theme = Theme.BEDTIME  # night cramp relief stays dim until the window closes
        palette = palette_for(theme or self.services.settings.appearance.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            text_size = self.services.settings.appearance.text_size
            apply_palette(app, palette, text_size)
            self._text_scale = text_size.scale * desktop_text_scale(app)
        self._palette = palette
        self._style_session_view()
        self.palette_changed.emit(palette)
        return palette

    # -- sessions -----------------------------------------------------------------

    @property
    def controller(self) -> SessionController | None:
        return self.sessions.controller

    def start_session(self, routine_id: str, minutes: int | None = None) -> bool:
        if self.sessions.running:
            self.raise_and_show()
            return False
        return self.sessions.start(routine_id, minutes)

    def start_cramp_relief(self) -> None:
        """The relief guide; at night in the dim bedtime theme, kept until the
        window is closed, so nothing bright flashes at the end."""
        self._night_relief = is_night(self.services.settings, self.services.wall_clock())
        self.apply_theme()
        if not self.sessions.start_cramp_relief():
            self.raise_and_show()

    def _unknown_routine(self, routine_id: str) -> None:
        tell(
            self,
            APP_DISPLAY_NAME,
            tr("There is no routine called “{id}”.").format(id=routine_id),
            tr("Close"),
        )

    def _session_started(self, controller: SessionController) -> None:
        controller.snapshot_changed.connect(self.session_view.show_snapshot)
        # After the view: each step is measured with its own words shown.
        controller.snapshot_changed.connect(self._fit_step)
        self._fitted_step = None
        self._full_screen_declined = False
        controller.phase_changed.connect(self.session_view.show_phase)
        self.session_view.set_pose_source(controller.engine.snapshot)
        self.session_view.set_sound(controller.sound_enabled)
        self.session_view.set_sound_missing(self.sessions.sound_missing)
        self.stack.setCurrentWidget(self.session_view)
        self._set_session_keys(True)
        self.raise_and_show()
        # The first snapshot went out before this view was listening.
        controller.refresh()

    def _fit_step(self, snapshot: SessionSnapshot) -> None:
        """At each new step: the whole screen for the session where the
        window is too small for it, unless the person has left full screen
        during this session (F); then its texts scroll above its buttons."""
        if snapshot.index == self._fitted_step:
            return
        self._fitted_step = snapshot.index
        if self.isFullScreen() or self._full_screen_declined:
            return
        if self.on_small_screen() or self._session_scrolls():
            # A window on a small screen loses its frame's and the panel's
            # room, and large text in a longer language can need more than
            # the window has (German on a laptop, seen on Xvfb): rather than
            # scroll its buttons out of sight, the session takes the whole
            # screen, and gives it back at the finish (F or Esc too).
            self._fullscreen_for_session = True
            self.showFullScreen()

    def _session_scrolls(self) -> bool:
        """Whether the session's texts and drawing need more height than the
        window gives them (its buttons stay in sight), or the page itself does."""
        page_scrolls = self.stack.minimumSizeHint().height() > self.scroller.viewport().height()
        return page_scrolls or self.session_view.is_cramped()

    def on_small_screen(self) -> bool:
        screen = self.screen()
        return screen is not None and screen.availableGeometry().height() < SMALL_SCREEN_HEIGHT

    def _toggle_pause(self) -> None:
        if self.controller is not None:
            self.controller.toggle_pause()

    def _skip(self) -> None:
        if self.controller is not None:
            self.controller.skip()

    def _back(self) -> None:
        if self.controller is not None:
            self.controller.back()

    def request_stop(self) -> bool:
        """Stop the session, asking first if a real part of it is done.
        Returns False if the person chose to carry on."""
        controller = self.controller
        if controller is None or not controller.is_active:
            return True
        if controller.engine.active_seconds > CONFIRM_STOP_AFTER_SECONDS:
            from stretch_coach.core.engine import SessionStatus

            was_running = controller.engine.status is SessionStatus.RUNNING
            if was_running:
                controller.toggle_pause()
            if not self.confirm(
                tr("Stop the session?"),
                tr("Stop now? What you have done so far is still recorded."),
            ):
                if was_running:
                    controller.toggle_pause()
                return False
        controller.stop()
        return True

    def _escape(self) -> None:
        """Esc leaves full screen first; pressed again, it stops the session."""
        if self.isFullScreen():
            self.toggle_fullscreen()
            return
        self.request_stop()

    def _confirm_with_dialog(self, title: str, question: str) -> bool:
        # Our own verbs, not Yes and No: the answer says what will happen.
        stop, keep = tr("Stop for tonight"), tr("Keep going")
        return ask(self, title, question, [stop, keep], safe=keep) == stop

    def _set_sound(self, enabled: bool) -> None:
        failure = self.sessions.set_sound(enabled)
        if failure is not None:
            self.home.set_notice(settings_not_saved(failure))

    def _session_ended(self, record: SessionRecord, not_saved: str | None) -> None:
        self._set_session_keys(False)
        if self._session_view is not None:
            self._session_view.set_pose_source(None)
        error = (
            None
            if not_saved is None
            else tr("This session could not be saved to your history: {error}").format(
                error=not_saved
            )
        )
        if self._fullscreen_for_session and self.isFullScreen():
            self.showNormal()
        controller = self.sessions.controller
        assert controller is not None
        self.finish_view.show_result(
            record,
            controller.engine.exercise_seconds,
            error,
            skipped_part=controller.engine.skipped_part() is not None,
        )
        self.stack.setCurrentWidget(self.finish_view)
        self.apply_theme()

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self.home)
        self.apply_theme()

    def toggle_fullscreen(self) -> None:
        if self.isFullScreen():
            self._full_screen_declined = True  # for the rest of this session
            self.showNormal()
        else:
            showing = self.stack.currentWidget()
            self._fullscreen_for_session = showing is not None and showing is self._session_view
            self.showFullScreen()

    def raise_and_show(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._session_view is not None:
            self._session_view.fit_to_room(self.scroller.maximumViewportSize())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # However full screen was left, the button says what it will do.
        if event.type() == QEvent.Type.WindowStateChange and self._session_view is not None:
            self._session_view.show_fullscreen(self.isFullScreen())

    # -- closing -----------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.request_stop():
            event.ignore()
            return
        showing = self.stack.currentWidget()
        if showing is not None and showing is self._finish_view:
            self.show_home()
        if self.isFullScreen():
            self.showNormal()
        if self._night_relief:
            self._night_relief = False
            self.apply_theme()
        if self.stays_in_tray:
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        event.accept()

    @property
    def settings(self) -> Settings:
        return self.services.settings
