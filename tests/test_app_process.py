"""The real app as a process: it ends cleanly when the session manager asks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from stretch_coach.core.clock import local_now
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.single_instance import instance_name
from tests.conftest import REPO_ROOT


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_ends_the_app_and_records_the_session(
    app_paths: AppPaths, number: signal.Signals
) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    app = subprocess.Popen(
        [sys.executable, "-m", "stretch_coach", "start", "quick"], cwd=REPO_ROOT, env=env
    )
    # On Unix the name is the socket file's full path.
    socket_file = Path(instance_name(app_paths))
    try:
        deadline = time.monotonic() + 30
        while not socket_file.exists():  # up and listening: the session has begun
            assert app.poll() is None, "the app ended on its own"
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        time.sleep(1.5)
        app.send_signal(number)
        assert app.wait(timeout=20) == 0
    finally:
        if app.poll() is None:
            app.kill()
    assert not socket_file.exists()
    from stretch_coach.services.history import HistoryRepository

    history = HistoryRepository(app_paths.history_db, now=local_now)
    try:
        [record] = history.sessions()
    finally:
        history.close()
    assert record.routine_id == "quick" and not record.completed
    assert record.actual_seconds > 0
