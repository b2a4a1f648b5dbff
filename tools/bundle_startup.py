"""Runs first inside the bundle, before the app (a PyInstaller run-time hook).

It takes the place of PyInstaller's own hook for PySide6, which imports
QtCore at start-up (loading Qt and its 30 MiB ICU library) for every command,
`--version` included, only to register a qt.conf that PySide6's wheel already
has built in. What that hook does besides is done here, without Qt:

- Qt looks for plugins in the bundle alone, so a QT_PLUGIN_PATH left by the
  desktop (pointing at the system's Qt, another version) cannot load them.
- On Linux, PyInstaller's launcher starts the program with LD_LIBRARY_PATH
  set to the bundle, and the dynamic loader keeps that list from then on;
  programs the app starts (the sound player, speech-dispatcher) get the
  system's value back, or they would load the bundle's copies of libraries.
  `services/qt_platform.py` passes the bundle's folder to `ldd` itself.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _prepare() -> None:
    bundle = getattr(sys, "_MEIPASS", None)
    if not isinstance(bundle, str):
        return
    qt_dir = Path(bundle, "PySide6") if os.name == "nt" else Path(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = str(qt_dir / "plugins")
    if sys.platform.startswith("linux"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is None:
            os.environ.pop("LD_LIBRARY_PATH", None)
        else:
            os.environ["LD_LIBRARY_PATH"] = original


_prepare()
