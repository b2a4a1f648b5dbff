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
    from PySide6.QtWidgets import QApplication

    from stretch_coach.core.settings import AppearanceSettings, Theme
    from stretch_coach.services.context import AppServices
    from stretch_coach.services.paths import AppPaths
    from stretch_coach.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    clock = StoppedClock()
    evening = dt.datetime(2026, 11, 27, 22, 0).astimezone()
    services = AppServices.load(AppPaths.for_user(), clock=clock, wall_clock=lambda: evening)
    written: list[Path] = []

    def shot(window: MainWindow, name: str) -> None:
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}.png"
        window.grab().save(str(path))
        written.append(path)

    for theme in (Theme.LIGHT, Theme.DARK, Theme.BEDTIME):
        services.settings = dataclasses.replace(
            services.settings, appearance=AppearanceSettings(theme)
        )
        window = MainWindow(services)
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
        if theme is Theme.DARK:
            controller.stop()
            window.start_session("bedtime")
            controller = window.controller
            assert controller is not None
            controller.skip()  # onto the toe curls
            clock.now += 1.0
            controller.refresh()
            shot(window, "session-reps-dark")
        if theme is Theme.BEDTIME:
            clock.now += 30.0
            controller.refresh()
            while controller.is_active:
                controller.skip()
            shot(window, "finish-bedtime")
        controller.stop()
        window.close()
        window.deleteLater()
        app.processEvents()

    services.close()
    for path in written:
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
