"""A second launch hands its request to the running app and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from stretch_coach.app import StretchCoach
from stretch_coach.flows.context import AppServices
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.single_instance import InstanceRequest, SingleInstance, instance_name
from tests.apps import build_app
from tests.conftest import REPO_ROOT
from tests.test_single_instance import talk


def test_second_launch_hands_over_and_exits(qtbot: QtBot, app_paths: AppPaths) -> None:
    primary = SingleInstance(instance_name(app_paths))
    assert primary.become_primary()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        with qtbot.waitSignal(primary.request_received, timeout=20_000) as received:
            child = subprocess.Popen(
                [sys.executable, "-m", "stretch_coach", "start", "quick", "--minutes", "3"],
                cwd=REPO_ROOT,
                env=env,
            )
        assert received.args == [InstanceRequest("start", "quick", 3)]
        assert child.wait(timeout=20) == 0
    finally:
        primary.close()


def test_other_settings_folders_are_other_instances(app_paths: AppPaths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other = AppPaths(tmp_path / "c", tmp_path / "d", tmp_path / "l")
    assert instance_name(app_paths) != instance_name(other)
    assert instance_name(app_paths) == instance_name(AppPaths.for_user())


def test_the_app_refuses_a_routine_it_does_not_have(
    qtbot: QtBot, services: AppServices, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes: list[tuple[object, ...]] = []
    # A real message box would wait for a click that never comes here.
    monkeypatch.setattr("stretch_coach.ui.main_window.tell", lambda *args: boxes.append(args))
    instance = SingleInstance(instance_name(app_paths))
    assert instance.become_primary()
    app = build_app(qtbot, services, instance=instance)
    try:
        # "ok" and then a message box for each would pile up dialogs; the
        # launch is told instead, and nothing opens.
        for _ in range(3):
            assert talk(qtbot, instance.name, [InstanceRequest("start", "nope").to_bytes()]) == (
                b"refused\n"
            )
        qtbot.wait(50)
        assert boxes == []
        assert no_session(app)

        with qtbot.waitSignal(instance.request_received, timeout=20_000):
            request = InstanceRequest("start", "quick")
            assert talk(qtbot, instance.name, [request.to_bytes()]) == b"ok\n"
        assert app.window.controller is not None
        assert app.window.controller.plan.routine.id == "quick"
    finally:
        app.shutdown()


def no_session(app: StretchCoach) -> bool:
    return app.window.controller is None


@pytest.mark.slow
def test_a_refused_launch_says_so_and_starts_no_second_app(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    primary = SingleInstance(instance_name(app_paths))
    assert primary.become_primary()
    primary.set_request_check(lambda _request: False)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "stretch_coach", "start", "quick"],
            cwd=REPO_ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Refused by a running app is not "nobody answered": no second app starts.
        qtbot.waitUntil(lambda: child.poll() is not None, timeout=20_000)
        assert child.returncode == 1
        assert child.stderr is not None
        with child.stderr:
            assert "refused" in child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
        primary.close()
