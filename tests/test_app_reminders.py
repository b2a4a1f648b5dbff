"""The whole app wired together: reminders reach the person and their answers work."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.core.clock import local_now
from stretch_coach.core.engine import SessionStatus
from stretch_coach.core.records import SessionOutcome, SessionRecord
from stretch_coach.core.reminder_rules import PauseChoice, ReminderAction, Verdict
from stretch_coach.core.reminders import ReminderKind
from stretch_coach.flows.context import AppServices
from stretch_coach.services.scheduler import DueReminder
from stretch_coach.services.state_store import StateStore
from stretch_coach.ui.reminder_delivery import DeliveryPath
from tests.apps import build_app
from tests.conftest import EVENING, REPO_ROOT
from tests.fakes import FakeDesktopNotifier, FakePlayer

STRETCH_DUE = DueReminder(ReminderKind.STRETCH, EVENING)
WATER_DUE = DueReminder(ReminderKind.HYDRATION, EVENING.replace(hour=17))


class Notifiers:
    """Hands out fake notifiers and remembers the last one."""

    def __init__(self, *, actions: bool = True, available: bool = True) -> None:
        self.actions = actions
        self.available = available
        self.last: FakeDesktopNotifier | None = None

    def __call__(self, on_action: Callable[[str, str], None]) -> FakeDesktopNotifier:
        if not self.available:
            raise RuntimeError("no notification service on this bus")
        self.last = FakeDesktopNotifier(on_action, actions=self.actions)
        return self.last


def build(
    qtbot: QtBot, services: AppServices, notifiers: Notifiers, *, tray: bool = False
) -> StretchCoach:
    return build_app(qtbot, services, notifier_factory=notifiers, tray=tray)


@pytest.fixture
def notifiers() -> Notifiers:
    return Notifiers()


@pytest.fixture
def app(qtbot: QtBot, services: AppServices, notifiers: Notifiers) -> Iterator[StretchCoach]:
    built = build(qtbot, services, notifiers)
    yield built
    built.reminders.shutdown()
    built.delivery.close()
    QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]


def test_a_stretch_reminder_shows_as_a_desktop_notification_with_buttons(
    app: StretchCoach, notifiers: Notifiers, player: FakePlayer
) -> None:
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.SHOW
    assert app.delivery.last_path is DeliveryPath.DESKTOP
    assert notifiers.last is not None
    _key, title, body, actions = notifiers.last.shown[-1]
    assert title == "Time to stretch"
    assert "22:30" in body and "may help" in body
    assert [a for a, _ in actions] == ["start", "snooze", "skip-tonight"]
    assert player.played[-1] == "reminder"


def test_start_now_opens_the_default_routine(app: StretchCoach, notifiers: Notifiers) -> None:
    app.reminder_flow.on_due(STRETCH_DUE)
    assert notifiers.last is not None
    notifiers.last.press("start")
    assert app.window.controller is not None
    assert app.window.controller.plan.routine.id == "bedtime"
    assert app.window.controller.engine.status is SessionStatus.RUNNING
    app.window.controller.engine.stop()


def test_snooze_schedules_the_reminder_again(app: StretchCoach, notifiers: Notifiers) -> None:
    app.reminder_flow.on_due(STRETCH_DUE)
    assert notifiers.last is not None
    notifiers.last.press("snooze")
    job = app.reminders.scheduler.get_job("snooze-stretch")
    assert job is not None
    assert job.next_run_time == EVENING + dt.timedelta(minutes=10)


def test_skip_tonight_silences_tonight_only_and_is_remembered(
    app: StretchCoach, notifiers: Notifiers, services: AppServices
) -> None:
    app.reminder_flow.on_due(STRETCH_DUE)
    assert notifiers.last is not None
    notifiers.last.press("skip-tonight")
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.SKIPPED_TONIGHT
    saved = StateStore(services.paths.state_file, now=local_now).load()
    assert saved.answers.skipped_evening == EVENING.date()
    tomorrow = DueReminder(ReminderKind.STRETCH, EVENING + dt.timedelta(days=1))
    services.wall_clock = lambda: EVENING + dt.timedelta(days=1)
    assert app.reminder_flow.on_due(tomorrow) is Verdict.SHOW


def test_no_stretch_reminder_after_tonights_session(
    app: StretchCoach, services: AppServices
) -> None:
    services.history().add_session(
        SessionRecord("quick", "Quick", 120, 120.0, SessionOutcome.COMPLETED,
                      EVENING - dt.timedelta(minutes=30), EVENING - dt.timedelta(minutes=28))
    )  # fmt: skip
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.ALREADY_STRETCHED


def test_i_drank_a_glass_records_a_hydration_check_in(
    app: StretchCoach, notifiers: Notifiers, services: AppServices
) -> None:
    services.wall_clock = lambda: EVENING.replace(hour=17)
    assert app.reminder_flow.on_due(WATER_DUE) is Verdict.SHOW
    assert notifiers.last is not None
    assert [a for a, _ in notifiers.last.shown[-1][3]] == ["drank", "snooze", "dismiss"]
    notifiers.last.press("drank")
    [record] = services.history().hydration()
    assert record.at == EVENING.replace(hour=17)


def test_without_notifications_or_tray_a_reminder_window_appears(
    qtbot: QtBot, services: AppServices
) -> None:
    app = build(qtbot, services, Notifiers(available=False))
    services.wall_clock = lambda: EVENING.replace(hour=17)
    app.reminder_flow.on_due(WATER_DUE)
    assert app.delivery.last_path is DeliveryPath.WINDOW
    window = app.delivery.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    window.buttons[ReminderAction.DRANK].click()
    assert len(services.history().hydration()) == 1
    assert app.delivery.window is None or not app.delivery.window.isVisible()
    app.shutdown()


def test_a_server_without_buttons_falls_back_to_the_window(
    qtbot: QtBot, services: AppServices
) -> None:
    app = build(qtbot, services, Notifiers(actions=False))
    app.reminder_flow.on_due(STRETCH_DUE)
    assert app.delivery.last_path is DeliveryPath.WINDOW
    window = app.delivery.window
    assert window is not None
    qtbot.addWidget(window)
    snooze_20 = next(a for a in window.snooze_menu.actions() if "20" in a.text())
    snooze_20.trigger()
    job = app.reminders.scheduler.get_job("snooze-stretch")
    assert job is not None and job.next_run_time == EVENING + dt.timedelta(minutes=20)
    app.shutdown()


def test_closing_the_reminder_window_dismisses_it(qtbot: QtBot, services: AppServices) -> None:
    app = build(qtbot, services, Notifiers(available=False))
    app.reminder_flow.on_due(STRETCH_DUE)
    window = app.delivery.window
    assert window is not None
    answers: list[tuple[str, str]] = []
    app.delivery.action_chosen.connect(lambda k, a: answers.append((k, a)))
    window.close()
    assert answers == [("stretch-2026-11-27", "dismiss")]
    assert app.reminders.scheduler.get_job("snooze-stretch") is None
    app.shutdown()


def test_pausing_from_the_tray_menu(app: StretchCoach) -> None:
    # Which comes next depends on the real time of day the test runs.
    assert re.fullmatch(
        r"(Stretch|Water) reminder at (\w{3} )?\d\d:\d\d", app.menu.next_action.text()
    )
    app.menu.pause_actions[PauseChoice.HOUR].trigger()
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.PAUSED
    assert app.menu.resume_action.isVisible()
    assert not app.menu.pause_menu.menuAction().isVisible()
    assert app.menu.next_action.text() == "Reminders paused until 23:00"
    app.menu.resume_action.trigger()
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.SHOW


def test_with_a_tray_closing_the_window_keeps_the_app(
    qtbot: QtBot, services: AppServices, notifiers: Notifiers
) -> None:
    app = build(qtbot, services, notifiers, tray=True)
    assert not app.qapp.quitOnLastWindowClosed()
    app.window.close()
    assert not app.window.isVisible()
    assert app.reminders.scheduler.running
    assert app.reminder_flow.state.hints.told_about_tray
    app.menu.open_action.trigger()
    assert app.window.isVisible()
    app.shutdown()
    app.qapp.setQuitOnLastWindowClosed(True)


def test_without_a_tray_closing_the_window_quits(app: StretchCoach) -> None:
    assert app.qapp.quitOnLastWindowClosed()
    assert not app.window.stays_in_tray


def test_settings_changes_rebuild_the_jobs(app: StretchCoach, services: AppServices) -> None:
    before = {j.id for j in app.reminders.plan_jobs()}
    later = dataclasses.replace(
        services.settings,
        stretch=dataclasses.replace(services.settings.stretch, minutes_before_bedtime=60),
    )
    # Nobody passes the settings on: the reminders follow the owner's change.
    services.settings_owner.update(later)
    after = {j.id for j in app.reminders.plan_jobs()}
    assert before != after
    assert any("stretch-2130" in i for i in after)


def test_start_requests_use_the_right_length(app: StretchCoach) -> None:
    from stretch_coach.services.single_instance import InstanceRequest

    app.handle_request(InstanceRequest("start", "quick"))
    assert app.window.controller is not None
    assert app.window.controller.plan.total_seconds == 120  # quick as written
    app.window.controller.engine.stop()
    app.handle_request(InstanceRequest("start", "quick", 4))
    assert abs(app.window.controller.plan.total_seconds - 240) <= 15
    app.window.controller.engine.stop()
    app.handle_request(InstanceRequest("start"))
    assert app.window.controller.plan.routine.id == "bedtime"  # the default at its length
    app.window.controller.engine.stop()


def planned_for(kind: ReminderKind, at: dt.datetime) -> DueReminder:
    """A reminder as the scheduler hands it over: with the time it was planned for."""
    return DueReminder(kind, at, planned=at)


def test_a_reminder_is_not_shown_again_when_the_clock_is_set_back(
    app: StretchCoach, services: AppServices
) -> None:
    shown: list[object] = []
    app.reminder_flow.shown.connect(shown.append)
    assert app.reminder_flow.on_due(planned_for(ReminderKind.STRETCH, EVENING)) is Verdict.SHOW
    # The clock is set back two minutes: the rebuilt job reaches 22:00 again.
    services.wall_clock = lambda: EVENING + dt.timedelta(seconds=40)
    again = DueReminder(ReminderKind.STRETCH, EVENING + dt.timedelta(seconds=40), planned=EVENING)
    assert app.reminder_flow.on_due(again) is Verdict.ALREADY_SHOWN
    # Once an evening: also when a new bedtime plans it for later tonight.
    later = planned_for(ReminderKind.STRETCH, EVENING + dt.timedelta(minutes=30))
    assert app.reminder_flow.on_due(later) is Verdict.ALREADY_SHOWN
    assert len(shown) == 1
    # A snooze the person asked for still comes, and so does tomorrow's reminder.
    snoozed = DueReminder(ReminderKind.STRETCH, EVENING + dt.timedelta(minutes=10), snoozed=True)
    assert app.reminder_flow.on_due(snoozed) is Verdict.SHOW
    tomorrow = EVENING + dt.timedelta(days=1)
    services.wall_clock = lambda: tomorrow
    assert app.reminder_flow.on_due(planned_for(ReminderKind.STRETCH, tomorrow)) is Verdict.SHOW


def test_each_planned_water_reminder_is_shown_once(
    app: StretchCoach, services: AppServices
) -> None:
    five, six = EVENING.replace(hour=17), EVENING.replace(hour=18)
    services.wall_clock = lambda: five
    assert app.reminder_flow.on_due(planned_for(ReminderKind.HYDRATION, five)) is Verdict.SHOW
    # Again after the clock was set back, or from a second job planned for the
    # same instant (times the clock skips all come when it jumps): not again.
    assert app.reminder_flow.on_due(planned_for(ReminderKind.HYDRATION, five)) is (
        Verdict.ALREADY_SHOWN
    )
    services.wall_clock = lambda: six
    assert app.reminder_flow.on_due(planned_for(ReminderKind.HYDRATION, six)) is Verdict.SHOW


def test_what_was_shown_is_remembered_after_a_restart(
    app: StretchCoach, services: AppServices
) -> None:
    from stretch_coach.flows.reminders import ReminderFlow
    from stretch_coach.flows.state import StateOwner

    app.reminder_flow.on_due(planned_for(ReminderKind.STRETCH, EVENING))
    state = StateOwner(StateStore(services.paths.state_file, now=local_now))
    restarted = ReminderFlow(services, state, app.reminders, app.delivery)
    assert restarted.on_due(planned_for(ReminderKind.STRETCH, EVENING)) is Verdict.ALREADY_SHOWN


def test_the_scheduler_reaching_a_shown_reminder_again_does_not_show_it(
    qtbot: QtBot, app: StretchCoach
) -> None:
    shown: list[object] = []
    app.reminder_flow.shown.connect(shown.append)
    job = next(j for j in app.reminders.plan_jobs() if j.args[0] == "stretch")
    due_at = dt.datetime.now(job.next_run_time.tzinfo) - dt.timedelta(seconds=30)
    for _ in range(2):
        # The second time as after the clock was set back: the job is due again.
        job.modify(next_run_time=due_at)
        with qtbot.waitSignal(app.reminders.fired, timeout=5000) as fired:
            app.reminders.scheduler.wakeup()
        assert fired.args[0].planned == due_at
    QApplication.processEvents()
    assert len(shown) == 1


def test_answers_are_spelled_and_read_in_one_place() -> None:
    from stretch_coach.core.reminder_rules import (
        DEFAULT_SNOOZE_MINUTES,
        SNOOZE_CHOICES,
        Answer,
        ReminderAction,
    )

    for minutes in SNOOZE_CHOICES:
        answer = Answer.snooze_for(minutes)
        assert Answer.parse(answer.text) == answer and answer.snooze_minutes == minutes
    usual = Answer.parse("snooze")
    assert usual == Answer(ReminderAction.SNOOZE)
    assert usual.snooze_minutes == DEFAULT_SNOOZE_MINUTES
    assert Answer.parse("drank").snooze_minutes is None
    for nonsense in ("snooze-7", "snooze-", "snooze-٥", "snooze-5-5", "nap"):
        with pytest.raises(ValueError):
            Answer.parse(nonsense)


def test_the_tray_words_the_reminder_status() -> None:
    from stretch_coach.flows.reminders import ReminderStatus
    from stretch_coach.ui.tray import reminder_status_text

    now = EVENING.replace(hour=20)
    assert reminder_status_text(ReminderStatus(True, None), now) == "Reminders paused"
    assert reminder_status_text(ReminderStatus(False, None), now) == "No reminders planned"
    water = ReminderStatus(False, None, ReminderKind.HYDRATION, now.replace(hour=21))
    assert reminder_status_text(water, now) == "Water reminder at 21:00"
    tomorrow = ReminderStatus(
        False, None, ReminderKind.STRETCH, now.replace(hour=22) + dt.timedelta(days=1)
    )
    assert reminder_status_text(tomorrow, now) == "Stretch reminder at Sat 22:00"


def test_the_launch_paints_first_and_builds_the_rest_right_after(
    qtbot: QtBot, services: AppServices
) -> None:
    app = build_app(qtbot, services, start=False, paint_first=True)
    app.start()
    qtbot.addWidget(app.window)
    # Not yet: the window paints first.
    assert not hasattr(app, "reminder_flow")
    assert not hasattr(app, "dialogs")
    assert app.tray is None
    player = services.player
    assert isinstance(player, FakePlayer)
    prepared_at_paint = player.prepared
    qtbot.waitUntil(lambda: hasattr(app, "reminder_flow"), timeout=3000)
    # Built because the window painted, not because the time limit ran out.
    assert app.first_paint is not None
    assert app.first_paint.painted
    assert hasattr(app, "dialogs")
    assert app.reminders.scheduler.running
    # Whether cues can be heard is asked only after the paint.
    assert (prepared_at_paint, player.prepared) == (False, True)
    assert app.reminder_flow.on_due(STRETCH_DUE) is Verdict.SHOW
    app.shutdown()


def test_the_launch_hears_once_when_everything_is_built(
    qtbot: QtBot, services: AppServices
) -> None:
    built: list[bool] = []
    app = build_app(
        qtbot,
        services,
        start=False,
        paint_first=True,
        when_built=lambda: built.append(hasattr(app, "reminder_flow")),
    )
    app.start()
    qtbot.addWidget(app.window)
    assert built == []  # the window paints first
    qtbot.waitUntil(lambda: built != [], timeout=3000)
    app.window.raise_and_show()  # a later paint builds nothing again
    qtbot.wait(100)
    assert built == [True]  # once, with the reminders in place
    app.shutdown()


def test_the_launch_hears_when_building_the_reminders_failed_too(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []
    app = build_app(
        qtbot, services, start=False, paint_first=True, when_built=lambda: built.append("built")
    )

    def broken() -> None:
        raise RuntimeError("no scheduler")

    monkeypatch.setattr(app, "_make_reminders", broken)
    with pytest.raises(RuntimeError, match="no scheduler"):
        app._build_reminders()
    assert built == ["built"]
    app.shutdown()


def test_the_launch_paints_in_a_lighter_style_which_draws_the_home_page_as_the_apps_style(
    qtbot: QtBot, services: AppServices
) -> None:
    from stretch_coach.ui import theme
    from stretch_coach.ui.app_style import SpinButtonsStyle

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    qapp.setProperty(theme._FUSION_SET, None)  # as in a new process
    try:
        app = build_app(qtbot, services, start=False, paint_first=True)
        app.start()
        qtbot.addWidget(app.window)
        assert qapp.property(theme._FUSION_SET) == theme.FIRST_PAINT
        qtbot.waitUntil(lambda: hasattr(app, "reminder_flow"), timeout=3000)
        # The app's own check boxes come with the rest, before any window
        # that has one can open.
        assert qapp.property(theme._FUSION_SET) is True
        apps_style = app.window.grab().toImage()
        qapp.setStyle(SpinButtonsStyle())  # what the window first painted with
        assert app.window.grab().toImage() == apps_style
        app.shutdown()
    finally:
        qapp.setProperty(theme._FUSION_SET, None)
        theme.use_app_style(qapp)


def test_a_first_start_shows_the_welcome_once_the_window_has_painted(
    qtbot: QtBot, services: AppServices
) -> None:
    services.settings_owner.first_run = True
    app = build_app(qtbot, services, start=False, paint_first=True)
    app.start()
    qtbot.addWidget(app.window)
    assert not hasattr(app, "dialogs")
    qtbot.waitUntil(lambda: hasattr(app, "reminder_flow"), timeout=3000)
    welcome = app.dialogs.welcome
    assert welcome is not None
    assert welcome.isVisible()
    welcome.close()
    app.shutdown()


def test_what_is_asked_before_the_paint_is_carried_out(qtbot: QtBot, services: AppServices) -> None:
    from stretch_coach.services.single_instance import InstanceRequest

    app = build_app(qtbot, services, start=False, paint_first=True)
    app.start()
    qtbot.addWidget(app.window)
    assert not hasattr(app, "dialogs")
    # A second launch, or a button on the home page, before the rest is built.
    app.handle_request(InstanceRequest("show"))
    assert hasattr(app, "dialogs")
    app.window.home.about_requested.emit()
    assert app.dialogs.about is not None
    assert app.dialogs.about.isVisible()
    app.dialogs.about.close()
    app.shutdown()


def window_built(app: StretchCoach) -> bool:
    return app._window is not None


def test_a_launch_into_the_tray_shows_the_icon_before_building_the_reminders(
    qtbot: QtBot, services: AppServices
) -> None:
    app = build_app(qtbot, services, tray=True, start=False, paint_first=True)
    app.start(minimized=True)
    assert app.tray is not None  # use_tray=True: the icon is built, whatever the platform
    # The icon first: no reminders yet, and no main window or dialogs either.
    assert not hasattr(app, "reminder_flow")
    assert not hasattr(app, "dialogs")
    assert not window_built(app)
    qtbot.waitUntil(lambda: hasattr(app, "reminder_flow"), timeout=3000)
    assert window_built(app)  # built right after the icon, not on first use
    qtbot.addWidget(app.window)
    assert not app.window.isVisible()
    assert app.window.stays_in_tray
    assert app.reminders.scheduler.running
    app.shutdown()


def test_the_tray_menu_builds_what_it_asks_for_before_the_rest_is_built(
    qtbot: QtBot, services: AppServices
) -> None:
    app = build_app(qtbot, services, tray=True, start=False, paint_first=True)
    app.start(minimized=True)
    assert not window_built(app)
    app.menu.open_requested.emit()  # chosen before the icon has painted
    qtbot.addWidget(app.window)
    assert app.window.isVisible()
    assert app.window.stays_in_tray
    assert hasattr(app, "dialogs")
    app.menu.settings_requested.emit()
    assert app.dialogs.preferences is not None
    assert app.dialogs.preferences.isVisible()
    app.dialogs.preferences.close()
    app.shutdown()


# A launch as run_gui makes it, in a Python of its own, up to the show: the
# first paint is still to come.
LAUNCHED = """
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = tempfile.mkdtemp()
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from stretch_coach.app import StretchCoach
from stretch_coach.core.clock import Clocks
from stretch_coach.flows.context import AppServices
from stretch_coach.services.paths import AppPaths
services = AppServices.load(AppPaths.for_user(), Clocks.system())
app = StretchCoach(qapp, services, use_tray=False, paint_first=True)
app.start()
"""

FIRST_PAINT_IMPORTS = (
    LAUNCHED
    + """
later = ("apscheduler", "sqlite3", "stretch_coach.ui.dialogs", "stretch_coach.ui.session_view")
before = [name for name in later if name in sys.modules]
# Not needed at all before the paint (the instance check's name is a CRC).
before += [name for name in ("hashlib", "importlib.resources") if name in sys.modules]
while not hasattr(app, "reminder_flow"):
    qapp.processEvents()
print(",".join(before) or "-", ",".join(name for name in later if name in sys.modules))
app.shutdown()
"""
)


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a Python of its own: what a launch loads, unmixed with the tests'."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )


LENGTH_FIELD_AT_FIRST_PAINT = (
    LAUNCHED
    + """
from PySide6.QtWidgets import QStyle, QStyleOptionSpinBox
home = app.window.home
spin = home.minutes
option = QStyleOptionSpinBox()
spin.initStyleOption(option)
up = spin.style().subControlRect(
    QStyle.ComplexControl.CC_SpinBox, option, QStyle.SubControl.SC_SpinBoxUp, spin
)
print(spin.font().pointSizeF() == home.summary.font().pointSizeF(),
      up.width() >= spin.fontMetrics().height(), hasattr(app, "dialogs"))
app.shutdown()
"""
)


@pytest.mark.slow
def test_the_length_field_has_the_apps_buttons_and_text_from_the_first_paint() -> None:
    """In a new process, as the launch builds it: the app's text size, and
    spin buttons as wide as a line of it, before the rest of the app is built."""
    done = run_python(LENGTH_FIELD_AT_FIRST_PAINT)
    assert done.stdout.split() == ["True", "True", "False"], done.stderr


@pytest.mark.slow
def test_the_scheduler_history_and_dialogs_are_not_loaded_before_the_first_paint() -> None:
    done = run_python(FIRST_PAINT_IMPORTS)
    # Before the paint none of them; after it all but the session page,
    # which waits for the first session.
    assert done.stdout.split() == ["-", "apscheduler,sqlite3,stretch_coach.ui.dialogs"], done.stderr


def test_after_first_paint_calls_once_for_a_paint_inside_the_window(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from stretch_coach.app import after_first_paint

    window = QMainWindow()
    window.setCentralWidget(QLabel("words"))  # covers the window: only the label paints
    qtbot.addWidget(window)
    calls: list[int] = []
    watcher = after_first_paint(window, lambda: calls.append(1))
    window.show()
    qtbot.waitUntil(lambda: calls == [1], timeout=3000)
    assert watcher.painted
    qtbot.wait(1200)  # past the one-second limit: not called again
    assert calls == [1]


def test_after_first_paint_watches_a_qwindow_too(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from stretch_coach.app import after_first_paint

    label = QLabel("icon")  # as the tray icon's own small window
    qtbot.addWidget(label)
    label.show()
    handle = label.windowHandle()
    assert handle is not None
    calls: list[int] = []
    watcher = after_first_paint(handle, lambda: calls.append(1))
    qtbot.waitUntil(lambda: calls == [1], timeout=3000)
    assert watcher.painted


WATCHED_PAINT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from stretch_coach.app import after_first_paint
qapp = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("words"))
window.show()
watcher = after_first_paint(window, qapp.quit)
qapp.exec()
unrelated = ("QProcess", "QSharedMemory", "QTimeLine")
print(watcher.painted, ",".join(name for name in unrelated if name in vars(QtCore)) or "-")
"""


@pytest.mark.slow
def test_watching_for_the_first_paint_loads_no_unrelated_qt_classes() -> None:
    # PySide6 makes its classes on first use. A filter on every event of the
    # app made it find a Python class for each object an event was for,
    # making a hundred classes (and their enums) nothing else needed.
    done = run_python(WATCHED_PAINT)
    assert done.stdout.split() == ["True", "-"], done.stderr
