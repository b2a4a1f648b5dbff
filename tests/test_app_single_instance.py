"""A second launch hands its request to the running app and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys

from pytestqt.qtbot import QtBot

from stretch_coach.services.paths import AppPaths
from stretch_coach.services.single_instance import InstanceRequest, SingleInstance, instance_name
from tests.conftest import REPO_ROOT


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
