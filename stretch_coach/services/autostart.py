"""Starting Stretch Coach when the person logs in, so evening reminders arrive on their own.

Every desktop has its own convention: an XDG autostart entry on Linux and the
BSDs, a launchd agent on macOS and a script in the Startup folder on Windows.
Each writes or removes exactly one file that belongs to Stretch Coach and
touches nothing else. The app is started with ``--minimized`` so logging in
does not throw a window in the person's face.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Protocol

from stretch_coach.services.atomic import atomic_write_bytes

APP_ID = "org.stretchcoach.StretchCoach"
SCRIPT_NAME = "stretch-coach"
MINIMIZED_FLAG = "--minimized"

XDG_FILE_NAME = "stretch-coach.desktop"
MAC_FILE_NAME = f"{APP_ID}.plist"
WINDOWS_FILE_NAME = "Stretch Coach.cmd"
# Below %APPDATA%: the current user's Startup folder.
STARTUP_FOLDER = Path("Microsoft", "Windows", "Start Menu", "Programs", "Startup")

# Readable by all is the norm for these files and they hold nothing private;
# launchd refuses agents that others may write to, so never wider than this.
_FILE_MODE = 0o644


class Autostart(Protocol):
    """Turns starting the app at login on and off for the current user."""

    @property
    def location(self) -> Path:
        """The one file whose presence means "start at login"."""
        ...

    def is_enabled(self) -> bool: ...

    def enable(self) -> None: ...

    def disable(self) -> None: ...


def default_command() -> list[str]:
    """The command that starts the installed app.

    The launcher's full path is written rather than its bare name, because a
    login session may not have the same PATH as the terminal it was found in
    (``~/.local/bin`` is often added only by an interactive shell). The
    self-contained bundle (tools/build_bundle.py) is its own launcher, and
    starts itself rather than another install found on PATH.
    """
    if getattr(sys, "frozen", False):
        return [sys.executable]
    launcher = shutil.which(SCRIPT_NAME)
    if launcher:
        return [launcher]
    return [sys.executable, "-m", "stretch_coach"]


def autostart_for_platform(platform: str = sys.platform) -> Autostart:
    if platform == "darwin":
        return MacLaunchAgent()
    if platform == "win32":
        return WindowsStartupShortcut()
    # Linux and the BSDs: every desktop that follows freedesktop.org reads XDG autostart.
    return XdgAutostart()


# -- Linux and other freedesktop.org desktops -----------------------------------------------

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Inside double quotes, these four must still be preceded by a backslash.
_EXEC_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def _escape_string_value(text: str) -> str:
    # Every value of type string has its own escapes, undone before anything
    # else reads it, so backslashes and control characters are escaped here.
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def quote_exec_arg(arg: str) -> str:
    """One argument, quoted for an Exec= line the way the Desktop Entry spec asks.

    A literal backslash in a quoted argument therefore ends up as four
    backslashes in the file: one pair from the quoting rule, doubled again by
    the string escapes that are applied first when the file is read.
    """
    # A lone % would start a field code such as %f.
    text = arg.replace("%", "%%")
    if not text or any(ch in _EXEC_RESERVED for ch in text):
        inner = "".join(f"\\{ch}" if ch in _EXEC_ESCAPED_IN_QUOTES else ch for ch in text)
        text = f'"{inner}"'
    return _escape_string_value(text)


def exec_line(command: list[str]) -> str:
    return " ".join(quote_exec_arg(arg) for arg in command)


def _xdg_config_home() -> Path:
    # The base directory spec says an unset, empty or relative value is to be ignored.
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".config"


def _desktop_entry_values(text: str) -> dict[str, str]:
    """The keys of the [Desktop Entry] group; other groups (actions) are not wanted here."""
    values: dict[str, str] = {}
    in_main_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            in_main_group = line == "[Desktop Entry]"
            continue
        if in_main_group and "=" in line:
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
    return values


class XdgAutostart:
    """``$XDG_CONFIG_HOME/autostart/stretch-coach.desktop``, read by the session at login."""

    def __init__(self, config_home: Path | None = None, command: list[str] | None = None) -> None:
        self._location = (config_home or _xdg_config_home()) / "autostart" / XDG_FILE_NAME
        self._command = list(command) if command is not None else default_command()

    @property
    def location(self) -> Path:
        return self._location

    def entry_text(self) -> str:
        lines = [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Stretch Coach",
            "Comment=Starts Stretch Coach in the background for the evening reminders",
            f"Exec={exec_line([*self._command, MINIMIZED_FLAG])}",
            # A session skips the entry quietly when the program has gone,
            # instead of failing at every login after the app is uninstalled.
            f"TryExec={_escape_string_value(self._command[0])}",
            # The name under which data/install-desktop-files.sh installs the icon.
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
        ]
        return "\n".join(lines) + "\n"

    def is_enabled(self) -> bool:
        try:
            text = self._location.read_text(encoding="utf-8", errors="replace")
        except OSError:
            # Missing, or unreadable: the session could not start it either.
            return False
        values = _desktop_entry_values(text)
        # Settings tools switch an entry off with either key rather than deleting the file.
        if values.get("Hidden", "").lower() == "true":
            return False
        return values.get("X-GNOME-Autostart-enabled", "true").lower() != "false"

    def enable(self) -> None:
        atomic_write_bytes(self._location, self.entry_text().encode("utf-8"), mode=_FILE_MODE)

    def disable(self) -> None:
        self._location.unlink(missing_ok=True)


# -- macOS ----------------------------------------------------------------------------------


class MacLaunchAgent:
    """``~/Library/LaunchAgents/org.stretchcoach.StretchCoach.plist``.

    launchd reads the agent at the next login; it is not loaded now, since the
    app asking for this is already running.
    """

    def __init__(self, home: Path | None = None, command: list[str] | None = None) -> None:
        self._location = (home or Path.home()) / "Library" / "LaunchAgents" / MAC_FILE_NAME
        self._command = list(command) if command is not None else default_command()

    @property
    def location(self) -> Path:
        return self._location

    def plist_data(self) -> dict[str, object]:
        return {
            "Label": APP_ID,
            "ProgramArguments": [*self._command, MINIMIZED_FLAG],
            "RunAtLoad": True,
            # Only in a graphical login; an ssh session has no menu bar for it.
            "LimitLoadToSessionType": "Aqua",
            "ProcessType": "Interactive",
        }

    def is_enabled(self) -> bool:
        import plistlib  # macOS only: Linux and Windows never load it

        try:
            with self._location.open("rb") as handle:
                data = plistlib.load(handle)
        except (OSError, ValueError, plistlib.InvalidFileException):
            return False
        return isinstance(data, dict) and not data.get("Disabled", False)

    def enable(self) -> None:
        import plistlib

        data = plistlib.dumps(self.plist_data(), fmt=plistlib.FMT_XML)
        atomic_write_bytes(self._location, data, mode=_FILE_MODE)

    def disable(self) -> None:
        self._location.unlink(missing_ok=True)


# -- Windows --------------------------------------------------------------------------------


def _quote_cmd_arg(arg: str) -> str:
    # Windows paths cannot hold a double quote, so quoting never needs escaping;
    # inside quotes only % is still special to a batch file.
    if '"' in arg or "\n" in arg or "\r" in arg:
        raise ValueError(f"cannot pass {arg!r} through a batch file")
    return '"' + arg.replace("%", "%%") + '"'


def _appdata() -> Path:
    value = os.environ.get("APPDATA", "")
    return Path(value) if value else Path.home() / "AppData" / "Roaming"


class WindowsStartupShortcut:
    """``Stretch Coach.cmd`` in the per-user Startup folder, which Explorer runs at login.

    A real shortcut (.lnk) is a binary Shell Link file that only COM or a
    hand-written encoder can produce, and the standard library has neither;
    Explorer runs batch files from the Startup folder just the same.
    """

    def __init__(self, appdata: Path | None = None, command: list[str] | None = None) -> None:
        self._location = (appdata or _appdata()) / STARTUP_FOLDER / WINDOWS_FILE_NAME
        self._command = list(command) if command is not None else default_command()

    @property
    def location(self) -> Path:
        return self._location

    def script_text(self) -> str:
        command = " ".join(_quote_cmd_arg(arg) for arg in [*self._command, MINIMIZED_FLAG])
        lines = [
            "@echo off",
            # The file is UTF-8 so a path with non-ASCII letters survives; cmd
            # reads batch files in the console code page, so switch it first.
            "chcp 65001 >nul",
            "rem Written by Stretch Coach to start it at login.",
            'rem Turn off "Start at login" in the app to remove this file.',
            # `start` lets this script end at once; /min keeps the console
            # window of the console launcher out of the way, and the empty
            # quotes are the window title, which `start` would otherwise take
            # from the first quoted argument (the program path).
            f'start "" /min {command}',
        ]
        return "\r\n".join(lines) + "\r\n"

    def is_enabled(self) -> bool:
        return self._location.is_file()

    def enable(self) -> None:
        atomic_write_bytes(self._location, self.script_text().encode("utf-8"), mode=_FILE_MODE)

    def disable(self) -> None:
        self._location.unlink(missing_ok=True)
