"""Before Qt loads its window-system plugin: missing libraries are named in
one line with the command that installs them, and the app exits 1 instead of
Qt aborting with a core dump."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from stretch_coach.phrasing import missing_qt_libraries
from stretch_coach.services.qt_platform import (
    MissingLibraries,
    chosen_platform,
    debian_package,
    install_command,
    ldd_env,
    missing_libraries,
)
from tests.conftest import REPO_ROOT

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
"""
# The check itself runs only on Linux, where Qt loads its X11 or Wayland
# plugin through the dynamic linker; elsewhere there is nothing to ask.
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"),
    reason="the library check runs only on Linux (Qt's X11 and Wayland plugins)",
)
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'
UBUNTU = "ID=ubuntu\nID_LIKE=debian\n"
FEDORA = "ID=fedora\n"
ARCH = "ID=arch\n"


def test_debian_names_follow_the_soname() -> None:
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"


@pytest.mark.parametrize(
    ("release", "command"),
    [
        (DEBIAN, "sudo apt install libxcb-cursor0 libxcb-icccm4"),
        (UBUNTU, "sudo apt install libxcb-cursor0 libxcb-icccm4"),
        (FEDORA, "sudo dnf install xcb-util-cursor xcb-util-wm"),
        (ARCH, "sudo pacman -S xcb-util-cursor xcb-util-wm"),
        ("ID=plan9\n", None),
    ],
)
def test_one_install_command_for_the_system(release: str, command: str | None) -> None:
    assert install_command(("libxcb-cursor.so.0", "libxcb-icccm.so.4"), release) == command


def test_the_plugin_qt_will_choose() -> None:
    assert chosen_platform({"DISPLAY": ":0"}) == "xcb"
    assert chosen_platform({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert chosen_platform({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "w"}) == "xcb"
    assert chosen_platform({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}) is None
    assert chosen_platform({}) is None  # no display: Qt says that itself


@linux_only
def test_missing_libraries_are_listed_once_each_with_the_command(tmp_path: Path) -> None:
    plugins = tmp_path / "platforms"
    plugins.mkdir()
    (plugins / "libqxcb.so").write_bytes(b"")
    release = tmp_path / "os-release"
    release.write_text(DEBIAN)
    found = missing_libraries(
        {"DISPLAY": ":0"},
        plugins=plugins,
        loads=lambda _path: False,
        ldd=lambda _path: LDD_OUTPUT,
        os_release=release,
    )
    assert found == MissingLibraries(
        "xcb",
        ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
        "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1",
    )
    line = missing_qt_libraries(found)
    assert "\n" not in line
    assert "libxcb-cursor.so.0" in line and "sudo apt install libxcb-cursor0" in line

    # A plugin that loads needs no ldd at all.
    def no_ldd(_path: Path) -> str:
        raise AssertionError("ldd runs only when the plugin does not load")

    assert (
        missing_libraries({"DISPLAY": ":0"}, plugins=plugins, loads=lambda _p: True, ldd=no_ldd)
        is None
    )


def test_ldd_sees_the_libraries_the_bundle_carries(monkeypatch: pytest.MonkeyPatch) -> None:
    # The bundle's own process finds its libraries through the LD_LIBRARY_PATH
    # it started with; ldd, a child, gets the system's back, so it is told.
    environ = {"PATH": "/usr/bin", "LD_LIBRARY_PATH": "/opt/lib"}
    assert ldd_env(environ) == environ
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/stretch-coach/_internal", raising=False)
    assert ldd_env(environ)["LD_LIBRARY_PATH"] == "/opt/stretch-coach/_internal:/opt/lib"
    assert ldd_env({})["LD_LIBRARY_PATH"] == "/opt/stretch-coach/_internal"


@linux_only
def test_this_computer_has_what_the_window_needs() -> None:
    # The real plugin and the real linker: CI installs Qt's libraries.
    assert missing_libraries({"DISPLAY": ":0"}) is None


@pytest.mark.slow
def test_the_app_says_what_is_missing_and_exits_1(private_home: Path) -> None:
    probe = (
        "import sys\n"
        "import stretch_coach.services.qt_platform as platform\n"
        "platform.missing_libraries = lambda: platform.MissingLibraries(\n"
        "    'xcb', ('libxcb-cursor.so.0',), 'sudo apt install libxcb-cursor0')\n"
        "from stretch_coach.cli import main\n"
        "sys.exit(main([]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":0"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO_ROOT, env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr[-2000:]
    lines = done.stderr.strip().splitlines()
    assert lines == [
        "stretch-coach: the window cannot open: Qt's X11 support needs libxcb-cursor.so.0, "
        "which this computer does not have. Install them with: sudo apt install libxcb-cursor0"
    ]
