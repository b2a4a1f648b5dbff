"""PySide6's scan of every imported module's source, and the app's way around it."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import REPO_ROOT

# Imports a module of its own after PySide6 and says whether its source was
# read into linecache; with "stop", after stop_source_scan. Qt must still
# work for a module imported afterwards: signals, enums, a widget.
SCAN = textwrap.dedent(
    """
    import linecache, os, sys, tempfile
    from pathlib import Path
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    folder = Path(tempfile.mkdtemp())
    (folder / "late_module.py").write_text(
        "from PySide6.QtCore import QObject, Qt, Signal\\n"
        "from PySide6.QtWidgets import QLabel\\n"
        "class Source(QObject):\\n"
        "    said = Signal(str)\\n"
        "def label():\\n"
        "    shown = QLabel('words')\\n"
        "    shown.setAlignment(Qt.AlignmentFlag.AlignRight)\\n"
        "    return shown\\n"
    )
    sys.path.insert(0, str(folder))
    import PySide6.QtCore
    from PySide6.QtWidgets import QApplication
    replaced = None
    if sys.argv[1] == "stop":
        from stretch_coach.ui.qt_startup import stop_source_scan
        replaced = stop_source_scan()
    import late_module
    app = QApplication([])
    heard = []
    source = late_module.Source()
    source.said.connect(heard.append)
    source.said.emit("hello")
    label = late_module.label()
    assert heard == ["hello"], heard
    assert label.alignment() & PySide6.QtCore.Qt.AlignmentFlag.AlignRight
    read = any(name.endswith("late_module.py") for name in linecache.cache)
    print(replaced, read)
    """
)


def scan(mode: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SCAN, mode],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.split()


@pytest.mark.slow
def test_stopping_the_scan_leaves_sources_unread_and_qt_working() -> None:
    plain = scan("plain")
    if plain == ["None", "False"]:
        # A later PySide6 that no longer scans: nothing is left to stop, and
        # the workaround may go (stop_source_scan then does nothing).
        pytest.skip("this PySide6 does not read imported modules' sources")
    assert plain == ["None", "True"]  # the scan this workaround is for
    assert scan("stop") == ["True", "False"]


def test_the_app_selects_no_pyside_feature() -> None:
    # stop_source_scan answers "no feature selected" for every module.
    package = REPO_ROOT / "stretch_coach"
    users = [
        path.relative_to(REPO_ROOT)
        for path in package.rglob("*.py")
        if re.search(r"^\s*from __feature__ import", path.read_text(encoding="utf-8"), re.M)
    ]
    assert users == []


def test_the_launch_stops_the_scan_before_the_apps_qt_modules() -> None:
    launch = (REPO_ROOT / "stretch_coach" / "launch.py").read_text(encoding="utf-8")
    body = launch[launch.index("def run_gui(") :]
    first_app_module = body.index("from stretch_coach.services.single_instance")
    assert body.index("stop_source_scan()") < first_app_module
