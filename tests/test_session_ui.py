"""The guided session driven through the real window with a fake clock."""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QStyle
from pytestqt.qtbot import QtBot

from stretch_coach.core.clock import Clocks
from stretch_coach.core.engine import SessionStatus
from stretch_coach.core.plan import StepKind
from stretch_coach.core.records import SessionOutcome
from stretch_coach.core.routines import builtin_routines
from stretch_coach.core.settings import AppearanceSettings, Theme
from stretch_coach.flows.context import AppServices
from stretch_coach.flows.session_controller import SessionController
from stretch_coach.services.history import HistoryError
from stretch_coach.services.paths import AppPaths
from stretch_coach.ui.main_window import MainWindow
from stretch_coach.ui.theme import BEDTIME
from tests.apps import main_window
from tests.conftest import EVENING
from tests.fakes import BrokenPlayer, FakeClock, FakePlayer


@pytest.fixture
def window(qtbot: QtBot, services: AppServices) -> Iterator[MainWindow]:
    win = make_window(qtbot, services)
    win.show()
    yield win
    if win.controller is not None:
        win.controller.engine.stop()


def make_window(qtbot: QtBot, services: AppServices) -> MainWindow:
    win = main_window(services)

    def refuse_to_block(title: str, _question: str) -> bool:
        # Closing at teardown may ask; a test that cares replaces this.
        return True

    win.confirm = refuse_to_block
    qtbot.addWidget(win)
    return win


def controller(window: MainWindow) -> SessionController:
    assert window.controller is not None
    return window.controller


def tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let time pass and let the controller catch up, as its timer would."""
    clock.advance(seconds)
    controller(window).refresh()


def press(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    QTest.keyClick(window, key)


def test_home_lists_routines_with_lengths_and_defaults_from_settings(window: MainWindow) -> None:
    home = window.home
    assert home.routine_list.count() == len(builtin_routines())
    assert home.routine_list.item(0).text() == "Bedtime stretch · about 5 min"
    assert home.selected_routine is not None and home.selected_routine.id == "bedtime"
    assert home.minutes.value() == 5
    assert home.summary.text() == "Plan: 4:50"
    home.routine_list.setCurrentRow(1)
    assert home.minutes.value() == 4  # the chosen routine's own length
    home.minutes.setValue(10)
    assert home.summary.text().startswith("Plan: 9:") or home.summary.text().startswith("Plan: 10:")


def test_start_button_opens_a_running_session(
    qtbot: QtBot, window: MainWindow, player: FakePlayer
) -> None:
    window.home.minutes.setValue(8)
    QTest.mouseClick(window.home.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.session_view
    ctl = controller(window)
    assert ctl.engine.status is SessionStatus.RUNNING
    assert abs(ctl.plan.total_seconds - 480) <= 24
    assert player.played == ["step"]
    view = window.session_view
    assert view.name_label.text() == "Get ready"
    assert view.ring.text == "5"
    assert "Toe curls" in view.instruction.text()


def test_a_whole_session_with_keys_pause_skip_back_and_finish(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, services: AppServices, player: FakePlayer
) -> None:
    window.start_session("quick")
    ctl = controller(window)
    view = window.session_view
    tick(window, clock, 2)
    assert view.ring.text == "3"
    assert player.played[-1] == "countdown"

    press(qtbot, window, Qt.Key.Key_Space)  # pause: time stands still
    assert ctl.engine.status is SessionStatus.PAUSED
    assert view.pause_button.text() == "Resume"
    tick(window, clock, 60)
    assert view.ring.text == "3"

    press(qtbot, window, Qt.Key.Key_Space)  # resume
    tick(window, clock, 3)  # prepare ends; toe curls start
    assert view.name_label.text() == "Toe curls"
    assert view.rep_label.text() == "Rep 1 of 8 · curl…"

    press(qtbot, window, Qt.Key.Key_Right)  # skip to the switch
    assert ctl.engine.snapshot().step.kind is StepKind.SWITCH  # type: ignore[union-attr]
    press(qtbot, window, Qt.Key.Key_B)  # straight back to the toe curls
    assert view.name_label.text() == "Toe curls"
    press(qtbot, window, Qt.Key.Key_N)
    press(qtbot, window, Qt.Key.Key_N)
    assert (view.side_badge.text(), view.illustration.mirrored) == ("Left leg", False)
    press(qtbot, window, Qt.Key.Key_Right)
    press(qtbot, window, Qt.Key.Key_Right)
    # The right leg is the same drawing, mirrored.
    assert (view.side_badge.text(), view.illustration.mirrored) == ("Right leg", True)
    tick(window, clock, 30)  # the last hold runs out

    assert window.stack.currentWidget() is window.finish_view
    # The toe curls and the left leg were skipped: the end was reached, but
    # only 30 of the 100 s of stretching were done, so it is not "well done".
    assert window.finish_view.message.text() == "You reached the end, but much of it was skipped."
    assert window.finish_view.details.text() == (
        "You did 0:30 of 1:40 of stretching — skipped steps don't count."
    )
    assert "ready for the night" not in window.finish_view.good_night.text()
    assert window.finish_view.redo_button.isVisibleTo(window.finish_view)
    # The routine's end was reached, partial or not: the "done" cue says so.
    assert player.played[-1] == "done"
    sessions = services.history().sessions()
    assert len(sessions) == 1 and sessions[0].outcome is SessionOutcome.PARTIAL
    assert not sessions[0].completed
    assert sessions[0].routine_id == "quick"
    assert sessions[0].actual_seconds == pytest.approx(ctl.engine.active_seconds)
    assert sessions[0].work_planned_seconds == 100
    assert sessions[0].work_done_seconds == pytest.approx(30.0)


def test_rep_drawing_alternates_with_the_phase(window: MainWindow, clock: FakeClock) -> None:
    window.start_session("bedtime")
    controller(window).skip()  # to the toe curls
    image = window.session_view.illustration
    assert image.pose_name == "curled"
    tick(window, clock, 3.2)  # into "release"
    assert window.session_view.rep_label.text().endswith("release…")
    assert image.pose_name == "relaxed"
    tick(window, clock, 2)  # next rep curls again
    assert image.pose_name == "curled"


def test_escape_in_the_first_seconds_stops_without_asking(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    def never(*_: object) -> bool:
        raise AssertionError("must not ask")

    window.confirm = never
    window.start_session("bedtime")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.finish_view
    assert window.finish_view.message.text() == "Stopped for tonight."
    [record] = services.history().sessions()
    assert not record.completed


@pytest.mark.parametrize(
    ("answer", "stopped"),
    [(False, False), (True, True)],
)
def test_stopping_later_asks_first(
    qtbot: QtBot,
    window: MainWindow,
    clock: FakeClock,
    answer: bool,
    stopped: bool,
) -> None:
    asked: list[str] = []

    def question(title: str, _question: str) -> bool:
        asked.append(title)
        return answer

    window.confirm = question
    window.start_session("bedtime")
    tick(window, clock, 20)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert asked == ["Stop the session?"]
    status = controller(window).engine.status
    assert status is (SessionStatus.STOPPED if stopped else SessionStatus.RUNNING)


def test_closing_the_window_during_a_session_asks(window: MainWindow, clock: FakeClock) -> None:
    window.confirm = lambda *_: False
    window.start_session("bedtime")
    tick(window, clock, 30)
    window.close()
    assert window.isVisible()
    assert controller(window).is_active


def test_nothing_ticks_when_paused_or_over(window: MainWindow, clock: FakeClock) -> None:
    window.start_session("quick")
    ctl = controller(window)
    assert ctl._timer.isActive()
    ctl.toggle_pause()
    assert not ctl._timer.isActive()
    ctl.toggle_pause()
    ctl.stop()
    assert not ctl._timer.isActive()


def test_a_broken_sound_player_does_not_break_the_session(
    qtbot: QtBot, services: AppServices, clock: FakeClock
) -> None:
    broken = BrokenPlayer()
    services.player = broken
    window = make_window(qtbot, services)
    window.start_session("quick")
    for _ in range(5):
        controller(window).skip()
    tick(window, clock, 40)
    assert controller(window).engine.status is SessionStatus.FINISHED
    assert len(broken.played) >= 6  # every step start tried its cue


def test_with_no_sound_player_the_button_says_so_and_why(
    qtbot: QtBot, services: AppServices
) -> None:
    services.player = FakePlayer(missing=True)
    window = make_window(qtbot, services)
    window.start_session("quick")
    button = window.session_view.sound_button
    assert not button.isEnabled()
    assert button.text() == "No sound"
    assert "gst-play-1.0" in button.toolTip()
    assert "no sound player was found" in button.accessibleDescription()


def test_with_a_sound_player_the_button_is_the_usual_toggle(window: MainWindow) -> None:
    window.start_session("quick")
    button = window.session_view.sound_button
    assert button.isEnabled()
    assert button.text() == "Sound on"
    assert button.toolTip() == "Turn sound cues on or off"


def test_sound_toggle_silences_cues_and_is_saved(
    qtbot: QtBot, window: MainWindow, services: AppServices, player: FakePlayer
) -> None:
    window.start_session("quick")
    QTest.mouseClick(window.session_view.sound_button, Qt.MouseButton.LeftButton)
    assert window.session_view.sound_button.text() == "Sound off"
    before = len(player.played)
    controller(window).skip()
    assert len(player.played) == before
    saved = tomllib.loads(services.paths.settings_file.read_text())
    assert saved["sound"]["enabled"] is False


def test_voice_prompts_when_enabled(services: AppServices, qtbot: QtBot) -> None:
    services.settings_owner.update(
        dataclasses.replace(
            services.settings, sound=dataclasses.replace(services.settings.sound, voice=True)
        )
    )
    window = make_window(qtbot, services)
    window.start_session("trial-protocol")
    controller(window).skip()
    said = services.voice.said  # type: ignore[attr-defined]
    assert said == [
        "Calf stretch at the wall, left leg. Face a wall and put both palms on it at chest height.",
        "Hold for 10 seconds.",
    ]


def test_every_control_has_an_accessible_name_and_tooltip(window: MainWindow) -> None:
    buttons = window.findChildren(QPushButton)
    assert len(buttons) >= 8
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert button.toolTip(), button.text()


def test_cramp_relief_uses_the_bedtime_theme(window: MainWindow) -> None:
    colours: list[str] = []
    window.palette_changed.connect(lambda p: colours.append(p.name))
    window.home.relief_button.click()
    assert controller(window).plan.routine.id == "cramp-relief"
    assert colours[-1] == BEDTIME.name


def test_night_cramp_relief_stays_dim_to_the_end_with_its_own_words(
    window: MainWindow, clock: FakeClock
) -> None:
    colours: list[str] = []
    window.palette_changed.connect(lambda p: colours.append(p.name))
    window.home.relief_button.click()  # 22:00, before a 22:30 bedtime: night
    while controller(window).is_active:
        tick(window, clock, 1.0)
    finish = window.finish_view
    assert finish.message.text() == "I hope the cramp has eased."
    assert "ready for the night" not in finish.good_night.text()
    window.show_home()
    assert set(colours) == {BEDTIME.name}  # nothing bright, not even at the end


def test_cramp_relief_in_the_daytime_is_not_dimmed(qtbot: QtBot, services: AppServices) -> None:
    services.wall_clock = lambda: EVENING.replace(hour=13, minute=14)
    window = make_window(qtbot, services)
    colours: list[str] = []
    window.palette_changed.connect(lambda p: colours.append(p.name))
    window.home.relief_button.click()
    assert colours and BEDTIME.name not in colours


def test_theme_setting_is_applied(qtbot: QtBot, services: AppServices) -> None:
    services.settings_owner.update(
        dataclasses.replace(services.settings, appearance=AppearanceSettings(Theme.DARK))
    )
    window = make_window(qtbot, services)
    assert window.apply_theme().name == "dark"


def test_changing_the_theme_keeps_one_style(qtbot: QtBot, services: AppServices) -> None:
    window = make_window(qtbot, services)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.apply_theme(Theme.LIGHT)
    style = app.style()
    before = len(app.findChildren(QStyle))
    for theme in (Theme.DARK, Theme.BEDTIME, Theme.LIGHT, Theme.SYSTEM, Theme.DARK):
        window.apply_theme(theme)
    # Setting the style again would make a new one each time and restyle
    # every widget; the palette is all that changes.
    assert app.style() is style
    assert len(app.findChildren(QStyle)) == before
    # Fusion still, under the wrapper Qt adds for the style sheet.
    assert "fusion" in {s.name() for s in [style, *app.findChildren(QStyle)]}


def test_history_failure_is_shown_not_raised(
    window: MainWindow, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken() -> None:
        raise HistoryError("the disk is full")

    monkeypatch.setattr(services, "history", broken)
    window.start_session("quick")
    controller(window).stop()
    assert window.stack.currentWidget() is window.finish_view
    assert "the disk is full" in window.finish_view.notice.text()


def test_settings_problems_are_shown_on_the_home_page(qtbot: QtBot, app_paths, clock) -> None:  # type: ignore[no-untyped-def]
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_text('[bedtime]\ntime = "25:99"\n')
    services = AppServices.load(app_paths, Clocks(clock, lambda: EVENING))
    window = make_window(qtbot, services)
    assert "Usual bedtime: '25:99' is not a time of day" in window.home.notice.text()
    assert not window.home.notice_box.isHidden()
    services.close()


def test_the_end_is_announced_even_when_reached_between_reads(
    window: MainWindow, clock: FakeClock, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.start_session("quick")
    ctl = controller(window)
    engine = ctl.engine
    original = engine.seconds_until_next_change

    def late_read() -> float | None:
        # Time runs on between the controller's reads: here past the very end.
        clock.advance(engine.plan.total_seconds + 60)
        return original()

    monkeypatch.setattr(engine, "seconds_until_next_change", late_read)
    ctl.refresh()
    assert engine.status is SessionStatus.FINISHED
    assert window.stack.currentWidget() is window.finish_view
    assert len(services.history().sessions()) == 1


def test_a_default_routine_that_does_not_exist_is_named_on_the_home_page(
    qtbot: QtBot, app_paths: AppPaths, clock: FakeClock
) -> None:
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_text('[routine]\ndefault = "nosuch"\n')
    services = AppServices.load(app_paths, Clocks(clock, lambda: EVENING))
    window = make_window(qtbot, services)
    assert "Default routine: there is no routine called 'nosuch'" in window.home.notice.text()
    services.close()


def animating(window: MainWindow) -> bool:
    """Whether the figure's frame timer runs (read afresh each time)."""
    return window.session_view.illustration.animating


def test_the_figure_animates_only_while_running_and_on_screen(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    window.start_session("bedtime")
    image = window.session_view.illustration
    assert not animating(window)  # getting ready: the figure stands still
    controller(window).skip()  # toe curls: a rep move
    assert animating(window)
    start = image.pose
    tick(window, clock, 1.0)  # half way into the curl
    image._next_frame()
    assert image.pose not in (start, None)
    controller(window).toggle_pause()
    assert not animating(window)  # paused: no timer at all
    controller(window).toggle_pause()
    assert animating(window)
    window.showMinimized()
    qtbot.waitUntil(lambda: not animating(window))
    window.showNormal()
    qtbot.waitUntil(lambda: animating(window))
    window.hide()
    qtbot.waitUntil(lambda: not animating(window))


def test_the_drawing_and_the_ring_keep_their_size_all_session(
    window: MainWindow, clock: FakeClock
) -> None:
    window.resize(900, 700)
    window.start_session("trial-protocol")
    view = window.session_view
    sizes = set()
    for _ in range(14):  # getting ready, holds, rests and a side switch
        QApplication.processEvents()
        sizes.add((view.illustration.geometry().size(), view.ring.geometry().size()))
        assert view.illustration.pose_name in ("hold", "relaxed")
        tick(window, clock, 10)
    assert len(sizes) == 1
    [(drawing, ring)] = sizes
    assert drawing.width() == drawing.height() >= 200
    assert ring.width() == ring.height() > 100


def test_escape_leaves_full_screen_before_it_stops(qtbot: QtBot, window: MainWindow) -> None:
    window.start_session("bedtime")
    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(window.isFullScreen)
    assert window.session_view.fullscreen_button.text() == "Leave full screen"
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert controller(window).is_active  # the first Esc only left full screen
    assert window.session_view.fullscreen_button.text() == "Full screen"
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not controller(window).is_active


def test_the_stop_question_answers_with_verbs(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from stretch_coach.ui.question import Question

    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, Question)  # the app's own window, not a stock box
        seen.append([b.text() for b in box.buttons.values()])
        box.buttons["Keep going"].click()

    QTimer.singleShot(0, answer)
    assert not window._confirm_with_dialog("Stop the session?", "Stop now?")
    assert sorted(seen[0]) == ["Keep going", "Stop for tonight"]


def test_the_settings_notice_has_details_and_can_be_dismissed(
    qtbot: QtBot, app_paths: AppPaths, clock: FakeClock
) -> None:
    app_paths.settings_file.parent.mkdir(parents=True)
    app_paths.settings_file.write_text('[bedtime]\ntime = "25:99"\n')
    services = AppServices.load(app_paths, Clocks(clock, lambda: EVENING))
    window = make_window(qtbot, services)
    window.show()
    home = window.home
    assert "TOML" not in home.notice.text() and "bedtime.time" not in home.notice.text()
    assert not home.details.isVisible()
    home.details_button.click()
    assert "bedtime.time" in home.details.text()  # the technical part, on request
    home.dismiss_button.click()
    assert not home.notice_box.isVisible()
    services.close()
