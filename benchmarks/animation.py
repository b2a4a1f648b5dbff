"""The moving figure's CPU cost: a session view running a rep move, offscreen.

    uv run python benchmarks/animation.py SECONDS

Shows the session window with the toe curls running on the real clock (the
figure tweening with the tempo, the ring emptying) and prints the process's
CPU time over the wall time as a percentage of one core.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(seconds: float) -> float:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as home:
        os.environ["HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / ".config")
        os.environ["XDG_DATA_HOME"] = str(Path(home) / ".local" / "share")
        os.environ["XDG_STATE_HOME"] = str(Path(home) / ".local" / "state")
        from stretch_coach.core.clock import Clocks
        from stretch_coach.flows.context import AppServices
        from stretch_coach.services.paths import AppPaths
        from tests.apps import main_window
        from tests.fakes import FakePlayer, FakeVoice

        services = AppServices.load(
            AppPaths.for_user(), Clocks.system(), player=FakePlayer(), voice=FakeVoice()
        )
        services.settings_owner.first_run = False
        window = main_window(services)
        window.resize(1000, 760)
        window.show()
        window.start_session("bedtime")
        assert window.controller is not None
        window.controller.skip()  # to the toe curls: a rep move, always moving
        assert window.session_view.illustration.animating
        loop = QEventLoop()
        QTimer.singleShot(500, loop.quit)  # settle
        loop.exec()
        cpu, wall = time.process_time(), time.monotonic()
        QTimer.singleShot(round(seconds * 1000), loop.quit)
        loop.exec()
        share = (time.process_time() - cpu) / (time.monotonic() - wall) * 100.0
        window.controller.engine.stop()
        services.close()
        del app
        return share


if __name__ == "__main__":
    print(f"{main(float(sys.argv[1])):.3f}")
