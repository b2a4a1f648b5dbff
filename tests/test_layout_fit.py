"""The main window's pages fit small windows, large text and full screen.

A person runs the app in half a laptop screen or on a 640×480 screen, often
with larger text; nothing may be squeezed ("ound o"), overlap, or sit out of
reach, and full screen must be readable from the bed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from stretch_coach.core.plan import StepKind
from stretch_coach.core.settings import AppearanceSettings, TextSize, Theme
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.session_controller import SessionController
from stretch_coach.ui.button_row import ButtonRow, RowAlign
from stretch_coach.ui.home_page import DETAIL_LINES, detail_lines
from stretch_coach.ui.main_window import MainWindow, first_size
from stretch_coach.ui.theme import desktop_text_scale
from stretch_coach.ui.widgets import countdown_pixels
from tests.apps import main_window
from tests.fakes import FakeClock

SMALL = QSize(640, 480)
HALF_LAPTOP = QSize(683, 720)
LAPTOP = QSize(1366, 768)


def set_text_size(services: AppServices, size: TextSize) -> None:
    settings = services.settings
    services.settings_owner.update(
        dataclasses.replace(settings, appearance=AppearanceSettings(Theme.BEDTIME, size))
    )


@pytest.fixture
def window(qtbot: QtBot, services: AppServices) -> Iterator[MainWindow]:
    win = main_window(services)
    win.confirm = lambda *_: True
    qtbot.addWidget(win)
    win.show()
    yield win
    if win.controller is not None:
        win.controller.engine.stop()


def settle(window: MainWindow, size: QSize) -> None:
    window.resize(size)
    for _ in range(4):
        QApplication.processEvents()


def in_window(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def visible_buttons(page: QWidget) -> list[QPushButton]:
    return [b for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]


def assert_buttons_whole(page: QWidget, window: MainWindow, *, on_screen: bool) -> None:
    """Every button shows its whole text, none covers another and (when the page
    must fit) each is inside the window's visible area."""
    buttons = visible_buttons(page)
    assert buttons
    visible = QRect(0, 0, window.width(), window.height())
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is squeezed"
        if on_screen:
            assert visible.contains(in_window(button, window)), f"{button.text()!r} is cut off"
    for index, first in enumerate(buttons):
        for second in buttons[index + 1 :]:
            overlap = in_window(first, window).intersects(in_window(second, window))
            assert not overlap, f"{first.text()!r} and {second.text()!r} overlap"


def no_scrolling(window: MainWindow) -> bool:
    page = window.stack.currentWidget()
    # The session's and the finish's texts scroll in their own area, above
    # their buttons.
    inner = page.findChildren(QScrollArea) if page is not None else []
    return all(
        area.verticalScrollBar().maximum() == 0 and area.horizontalScrollBar().maximum() == 0
        for area in [window.scroller, *inner]
    )


@pytest.mark.parametrize("size", [SMALL, HALF_LAPTOP, LAPTOP], ids=str)
@pytest.mark.parametrize("language", ["en", "de"])
def test_every_page_fits_without_scrolling_at_normal_text(
    request: pytest.FixtureRequest, window: MainWindow, clock: FakeClock, size: QSize, language: str
) -> None:
    if language == "de":
        request.getfixturevalue("german")
        window.refresh_routines()
    settle(window, size)
    assert no_scrolling(window), f"home scrolls at {size}"
    assert_buttons_whole(window.home, window, on_screen=True)

    assert window.start_session("bedtime")
    settle(window, size)
    view = window.session_view
    assert no_scrolling(window), f"the session scrolls at {size}"
    assert_buttons_whole(view, window, on_screen=True)
    # The drawing never covers the instruction under it.
    drawing = in_window(view.illustration, window)
    assert drawing.bottom() < in_window(view.instruction, window).top()
    ring = in_window(view.ring, window)
    assert not ring.intersects(drawing)
    assert not ring.intersects(in_window(view.rep_label, window))

    window.request_stop()
    settle(window, size)
    assert window.stack.currentWidget() is window.finish_view
    assert no_scrolling(window), f"the finish scrolls at {size}"
    assert_buttons_whole(window.finish_view, window, on_screen=True)


@pytest.mark.parametrize("size", [QSize(960, 700), LAPTOP], ids=str)
def test_at_large_text_the_usual_window_shows_the_whole_session(
    window: MainWindow, services: AppServices, size: QSize
) -> None:
    # The window's own first size (960×700) and a laptop screen: room enough
    # for the session with large text, its buttons on one line. The page once
    # asked for the height its buttons take on two lines at its narrowest,
    # and scrolled them half out of sight.
    set_text_size(services, TextSize.LARGE)
    settle(window, size)
    assert window.start_session("bedtime")
    settle(window, size)
    assert no_scrolling(window), f"the session scrolls at {size} with large text"
    assert_buttons_whole(window.session_view, window, on_screen=True)


@pytest.mark.parametrize("text_size", [TextSize.LARGE, TextSize.LARGEST])
def test_large_text_in_the_smallest_window_keeps_every_button_whole_and_in_reach(
    window: MainWindow, services: AppServices, text_size: TextSize
) -> None:
    set_text_size(services, text_size)
    settle(window, SMALL)
    assert_buttons_whole(window.home, window, on_screen=False)
    assert window.start_session("bedtime")
    settle(window, SMALL)
    # What does not fit scrolls: the stack is never cut off by the window.
    assert window.stack.height() >= window.stack.minimumSizeHint().height()
    # In a session, the texts and the drawing scroll and the buttons stay in
    # sight under them, clear of the texts.
    view = window.session_view
    assert_buttons_whole(view, window, on_screen=True)
    content = view.body.widget()
    assert content is not None
    assert content.height() >= content.minimumHeight()
    first_button = min(in_window(b, window).top() for b in visible_buttons(view))
    assert in_window(view.body, window).bottom() < first_button
    # And at its finish, "Good night" and the rest are in sight too.
    window.request_stop()
    settle(window, SMALL)
    assert window.stack.currentWidget() is window.finish_view
    assert_buttons_whole(window.finish_view, window, on_screen=True)


def largest_session_in_smallest_window(
    window: MainWindow, services: AppServices
) -> SessionController:
    set_text_size(services, TextSize.LARGEST)
    settle(window, SMALL)
    assert window.start_session("bedtime")
    settle(window, SMALL)
    controller = window.controller
    assert controller is not None
    return controller


def test_a_long_finish_keeps_good_night_in_sight_in_the_smallest_window(
    window: MainWindow, services: AppServices
) -> None:
    # "You reached the end, but much of it was skipped." at the largest text
    # once pushed "Good night" below the fold on a 640×480 screen.
    controller = largest_session_in_smallest_window(window, services)
    while window.stack.currentWidget() is not window.finish_view:
        controller.skip()
        QApplication.processEvents()
    settle(window, SMALL)
    assert window.finish_view.redo_button.isVisible()  # the partial finish
    assert_buttons_whole(window.finish_view, window, on_screen=True)


def test_a_new_step_is_read_from_its_top_where_the_session_scrolls(
    window: MainWindow, services: AppServices
) -> None:
    controller = largest_session_in_smallest_window(window, services)
    view = window.session_view
    assert view.is_cramped()
    assert_buttons_whole(view, window, on_screen=True)
    bar = view.body.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())  # the person read down to the safety note
    controller.skip()
    QApplication.processEvents()
    assert bar.value() == 0


def test_the_text_size_preference_makes_every_text_larger(
    window: MainWindow, services: AppServices
) -> None:
    settle(window, SMALL)
    normal = window.home.start_button.font().pointSizeF()
    title = window.home.findChild(QWidget, "title")
    assert title is not None
    normal_title = title.font().pointSizeF()
    set_text_size(services, TextSize.LARGEST)
    settle(window, SMALL)
    assert window.home.start_button.font().pointSizeF() == pytest.approx(normal * 1.5)
    assert title.font().pointSizeF() == pytest.approx(normal_title * 1.5)


def test_the_desktop_font_size_makes_the_app_larger_never_smaller(qapp: QApplication) -> None:
    usual = qapp.font()
    try:
        larger = QFont(usual)
        larger.setPointSizeF(13.0)
        qapp.setFont(larger)
        assert desktop_text_scale(qapp) == pytest.approx(1.3)
        smaller = QFont(usual)
        smaller.setPointSizeF(8.0)
        qapp.setFont(smaller)
        assert desktop_text_scale(qapp) == 1.0
    finally:
        qapp.setFont(usual)


@pytest.mark.parametrize("text_size", list(TextSize))
@pytest.mark.parametrize("size", [SMALL, HALF_LAPTOP, QSize(960, 700), LAPTOP], ids=str)
def test_in_a_hold_the_countdown_is_never_smaller_than_the_exercises_name(
    window: MainWindow, services: AppServices, size: QSize, text_size: TextSize
) -> None:
    # It is what a person glances at from the wall all through a hold. With
    # the largest text in half a laptop screen its seconds were 33 px under
    # a 52 px name: larger text had made the countdown smaller.
    set_text_size(services, text_size)
    settle(window, size)
    assert window.start_session("trial-protocol")
    controller = window.controller
    assert controller is not None
    while (step := controller.engine.snapshot().step) is not None and step.kind != StepKind.HOLD:
        controller.skip()
    assert step is not None
    settle(window, size)
    view = window.session_view
    if window.isFullScreen():
        # The session took the whole screen, larger here than a small
        # screen's; left with F, it shows in the room it was given.
        view.fullscreen_toggled.emit()
        settle(window, size)
    assert not window.isFullScreen()
    ring = view.ring
    seconds, _caption = countdown_pixels(
        min(ring.width(), ring.height()), QFontInfo(ring.font()).pixelSize()
    )
    name = QFontInfo(view.name_label.font()).pixelSize()
    assert seconds >= name, f"{seconds} px seconds under a {name} px name at {size}"


def test_full_screen_makes_the_session_readable_from_a_distance(window: MainWindow) -> None:
    settle(window, QSize(960, 700))
    assert window.start_session("bedtime")
    settle(window, QSize(960, 700))
    view = window.session_view
    usual = view.instruction.font().pointSizeF()
    usual_button = view.pause_button.font().pointSizeF()
    settle(window, QSize(1920, 1080))
    assert view.instruction.font().pointSizeF() >= usual * 1.4
    assert view.pause_button.font().pointSizeF() >= usual_button * 1.4
    settle(window, QSize(960, 700))
    assert view.instruction.font().pointSizeF() == pytest.approx(usual)


def test_the_first_window_fits_the_screen() -> None:
    assert first_size(QSize(1920, 1050)) == QSize(960, 700)
    small = first_size(QSize(640, 450))
    assert small.width() <= 640 and small.height() <= 450


def test_routine_descriptions_wrap_onto_a_second_line_before_being_cut(
    qapp: QApplication,
) -> None:
    metrics = QFontMetrics(qapp.font())
    text = (
        "Zehen einrollen, Fersenheben und eine Wadendehnung an jedem Bein, direkt vor dem Schlafen."
    )
    width = metrics.horizontalAdvance(text) * 2 // 3
    lines = detail_lines(text, metrics, width)
    assert len(lines) == DETAIL_LINES
    assert " ".join(lines) == text  # nothing cut: two lines hold it
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    cut = detail_lines(text * 3, metrics, width)
    assert len(cut) == DETAIL_LINES and cut[-1].endswith("…")


class _Button(QPushButton):
    def __init__(self, width: int) -> None:
        super().__init__("x")
        self._hint = QSize(width, 30)

    def sizeHint(self) -> QSize:
        return self._hint


def test_a_button_row_wraps_whole_groups_and_never_squeezes(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = ButtonRow(host, align=RowAlign.SPREAD, spacing=8, group_gap=24)
    left = [_Button(100), _Button(100), _Button(100)]
    right = [_Button(120), _Button(120)]
    row.add_group(*left)
    row.add_group(*right)
    one_line = 3 * 100 + 2 * 8 + 24 + 2 * 120 + 8
    assert row.sizeHint().width() == one_line
    assert row.heightForWidth(one_line) == 30
    assert row.heightForWidth(one_line - 1) == 30 + 8 + 30  # the right group moves down

    row.setGeometry(QRect(0, 0, 400, row.heightForWidth(400)))
    assert [b.geometry().width() for b in left + right] == [100, 100, 100, 120, 120]
    assert {b.geometry().top() for b in left} == {0}
    assert {b.geometry().top() for b in right} == {38}
    assert left[0].geometry().left() == 0  # the first group stays at the left
    assert right[-1].geometry().right() == 399  # the others go to the right


def test_a_group_wider_than_the_room_gives_way_button_by_button(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    row = ButtonRow(host, align=RowAlign.LEFT, spacing=8, group_gap=24)
    group = [_Button(150), _Button(150), _Button(150)]
    row.add_group(*group)
    assert row.minimumSize().width() == 150  # not the group's 466
    # Split, the buttons are spaced like groups: 150 + 24 + 150 fit in 340.
    row.setGeometry(QRect(0, 0, 340, row.heightForWidth(340)))
    assert row.heightForWidth(340) == 30 + 8 + 30  # two buttons, then one
    assert [b.geometry().width() for b in group] == [150, 150, 150]
    assert {b.geometry().top() for b in group[:2]} == {0}
    assert group[2].geometry().top() == 38


def test_on_a_small_screen_a_session_takes_the_whole_screen_until_its_finish(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(MainWindow, "on_small_screen", lambda _self: True)
    assert window.start_session("quick")
    qtbot.waitUntil(window.isFullScreen)
    window.request_stop()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def start_in_a_window_too_short(
    window: MainWindow, services: AppServices, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """A usual screen, but a window too short for the session at large text
    (as German at large text is for the window's first size on a laptop):
    the session takes the whole screen."""
    monkeypatch.setattr(MainWindow, "on_small_screen", lambda _self: False)
    set_text_size(services, TextSize.LARGE)
    settle(window, QSize(960, 420))
    assert window.start_session("bedtime")
    qtbot.waitUntil(window.isFullScreen)


def test_a_session_that_would_scroll_in_its_window_takes_the_whole_screen(
    window: MainWindow, services: AppServices, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    start_in_a_window_too_short(window, services, monkeypatch, qtbot)
    window.request_stop()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_a_session_left_full_screen_with_f_stays_in_its_window_at_later_steps(
    window: MainWindow, services: AppServices, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    start_in_a_window_too_short(window, services, monkeypatch, qtbot)
    window.toggle_fullscreen()  # F: the person wants the window
    qtbot.waitUntil(lambda: not window.isFullScreen())
    controller = window.controller
    assert controller is not None
    controller.skip()  # the next step, as tall as ever
    QApplication.processEvents()
    assert not window.isFullScreen()


def test_on_a_usual_screen_a_session_stays_in_its_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "on_small_screen", lambda _self: False)
    assert window.start_session("quick")
    QApplication.processEvents()
    assert not window.isFullScreen()
