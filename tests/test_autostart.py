"""Start at login: the file each platform reads, written and removed safely."""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stretch_coach.services import autostart
from stretch_coach.services.autostart import (
    APP_ID,
    Autostart,
    MacLaunchAgent,
    WindowsStartupShortcut,
    XdgAutostart,
    autostart_for_platform,
    default_command,
    exec_line,
    quote_exec_arg,
)

COMMAND = ["/opt/stretch-coach/bin/stretch-coach"]


def read_entry(path: Path) -> dict[str, str]:
    """The [Desktop Entry] keys of a file, read the simple way a test can trust."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def split_exec(value: str) -> list[str]:
    """Undo an Exec= value as the Desktop Entry spec describes, independently of the app.

    First the string escapes, then the quoting rule, then the %% field-code escape.
    """
    unescaped: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch == "\\":
            nxt = next(chars)
            unescaped.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[nxt])
        else:
            unescaped.append(ch)
    args: list[str] = []
    current: list[str] | None = None  # None between arguments
    quoted = False
    chars = iter(unescaped)
    for ch in chars:
        if quoted and ch == "\\":
            nxt = next(chars)
            assert nxt in '"`$\\', f"a backslash before {nxt!r} is not allowed"
            current = [*(current or []), nxt]
        elif ch == '"':
            quoted = not quoted
            current = current or []
        elif quoted:
            current = [*(current or []), ch]
        elif ch == " ":
            if current is not None:
                args.append("".join(current))
            current = None
        else:
            assert ch not in autostart._EXEC_RESERVED, f"unquoted reserved {ch!r}"
            current = [*(current or []), ch]
    assert not quoted, "unterminated quote"
    if current is not None:
        args.append("".join(current))
    return [arg.replace("%%", "%") for arg in args]


# -- Linux ----------------------------------------------------------------------------------


def test_xdg_defaults_to_the_config_home_from_the_environment(private_home: Path) -> None:
    entry = XdgAutostart(command=COMMAND)
    assert entry.location == private_home / ".config" / "autostart" / "stretch-coach.desktop"


@pytest.mark.parametrize("value", [None, "", "relative/config"])
def test_xdg_falls_back_to_dot_config(
    value: str | None, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if value is None:
        monkeypatch.delenv("XDG_CONFIG_HOME")
    else:
        monkeypatch.setenv("XDG_CONFIG_HOME", value)
    entry = XdgAutostart(command=COMMAND)
    assert entry.location == private_home / ".config" / "autostart" / "stretch-coach.desktop"


def test_xdg_enable_disable_round_trip(tmp_path: Path) -> None:
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    assert entry.location == tmp_path / "autostart" / "stretch-coach.desktop"
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()
    entry.enable()  # a second time simply rewrites it
    assert entry.is_enabled()
    entry.disable()
    assert not entry.is_enabled()
    assert not entry.location.exists()


def test_xdg_entry_content(tmp_path: Path) -> None:
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    entry.enable()
    values = read_entry(entry.location)
    assert values == {
        "Type": "Application",
        "Name": "Stretch Coach",
        "Comment": values["Comment"],
        "Exec": "/opt/stretch-coach/bin/stretch-coach --minimized",
        "TryExec": "/opt/stretch-coach/bin/stretch-coach",
        "Icon": APP_ID,
        "Terminal": "false",
        "X-GNOME-Autostart-enabled": "true",
    }
    assert values["Comment"]
    assert entry.location.read_bytes().endswith(b"\n")
    if os.name == "posix":
        assert entry.location.stat().st_mode & 0o777 == 0o644


def test_xdg_quotes_a_path_with_spaces(tmp_path: Path) -> None:
    python = "/home/someone/My Programs/venv/bin/python3"
    entry = XdgAutostart(config_home=tmp_path, command=[python, "-m", "stretch_coach"])
    entry.enable()
    exec_value = read_entry(entry.location)["Exec"]
    assert exec_value == '"/home/someone/My Programs/venv/bin/python3" -m stretch_coach --minimized'
    assert split_exec(exec_value) == [python, "-m", "stretch_coach", "--minimized"]


@pytest.mark.parametrize(
    ("arg", "written"),
    [
        ("plain", "plain"),
        ("", '""'),
        ("a b", '"a b"'),
        ('say "hi"', '"say \\\\"hi\\\\""'),
        ("cost $5", '"cost \\\\$5"'),
        ("`tick`", '"\\\\`tick\\\\`"'),
        # A literal backslash becomes four, as the spec's own example says.
        ("C:\\dir", '"C:\\\\\\\\dir"'),
        ("100%", "100%%"),
        ("50% off", '"50%% off"'),
        ("it's", '"it\'s"'),
        ("a=b", "a=b"),
    ],
)
def test_exec_quoting_follows_the_spec(arg: str, written: str) -> None:
    assert quote_exec_arg(arg) == written
    assert split_exec(written) == [arg]


@given(
    st.lists(
        # Control characters other than these three cannot appear in a desktop file at all.
        st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t\r")),
        min_size=1,
        max_size=4,
    )
)
def test_exec_line_round_trips(command: list[str]) -> None:
    line = exec_line(command)
    assert "\n" not in line and "\r" not in line
    assert split_exec(line) == command


@pytest.mark.parametrize(
    "switch_off",
    ["Hidden=true", "Hidden=True", "X-GNOME-Autostart-enabled=false"],
)
def test_xdg_entry_switched_off_in_the_file_is_not_enabled(tmp_path: Path, switch_off: str) -> None:
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    entry.enable()
    text = entry.location.read_text(encoding="utf-8").replace("X-GNOME-Autostart-enabled=true", "")
    entry.location.write_text(text + switch_off + "\n", encoding="utf-8")
    assert not entry.is_enabled()
    entry.enable()
    assert entry.is_enabled()
    assert "Hidden" not in read_entry(entry.location)


def test_xdg_hidden_key_in_another_group_does_not_count(tmp_path: Path) -> None:
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    entry.enable()
    with entry.location.open("a", encoding="utf-8") as handle:
        handle.write("\n[Desktop Action other]\nName=Other\nHidden=true\n")
    assert entry.is_enabled()


def test_xdg_disable_removes_only_our_file(tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    folder.mkdir()
    other = folder / "someone-else.desktop"
    other.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    entry.enable()
    entry.disable()
    assert sorted(p.name for p in folder.iterdir()) == ["someone-else.desktop"]


def test_xdg_disable_when_nothing_is_there(tmp_path: Path) -> None:
    entry = XdgAutostart(config_home=tmp_path / "missing", command=COMMAND)
    entry.disable()
    entry.disable()
    assert not entry.is_enabled()
    assert not (tmp_path / "missing").exists()


def test_xdg_enable_leaves_no_temporary_files(tmp_path: Path) -> None:
    entry = XdgAutostart(config_home=tmp_path, command=COMMAND)
    entry.enable()
    entry.enable()
    assert [p.name for p in entry.location.parent.iterdir()] == ["stretch-coach.desktop"]


def test_xdg_failed_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = XdgAutostart(config_home=tmp_path, command=["/old/stretch-coach"])
    old.enable()
    before = old.location.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    # Path.replace goes through os.replace too, so this catches either way of renaming.
    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        XdgAutostart(config_home=tmp_path, command=["/new/stretch-coach"]).enable()
    monkeypatch.undo()
    assert old.location.read_bytes() == before
    assert [p.name for p in old.location.parent.iterdir()] == ["stretch-coach.desktop"]


# -- macOS ----------------------------------------------------------------------------------


def test_mac_launch_agent_plist(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path, command=["/Applications/Stretch Coach/stretch-coach"])
    assert agent.location == (
        tmp_path / "Library" / "LaunchAgents" / "org.stretchcoach.StretchCoach.plist"
    )
    assert not agent.is_enabled()
    agent.enable()
    assert agent.is_enabled()
    with agent.location.open("rb") as handle:
        data = plistlib.load(handle)
    assert data["Label"] == "org.stretchcoach.StretchCoach"
    assert data["ProgramArguments"] == ["/Applications/Stretch Coach/stretch-coach", "--minimized"]
    assert data["RunAtLoad"] is True
    assert agent.location.read_bytes().startswith(b"<?xml")
    assert [p.name for p in agent.location.parent.iterdir()] == [agent.location.name]
    agent.disable()
    assert not agent.is_enabled()
    agent.disable()


def test_mac_agent_marked_disabled_or_broken_is_not_enabled(tmp_path: Path) -> None:
    agent = MacLaunchAgent(home=tmp_path, command=COMMAND)
    agent.enable()
    data = plistlib.loads(agent.location.read_bytes())
    agent.location.write_bytes(plistlib.dumps({**data, "Disabled": True}))
    assert not agent.is_enabled()
    agent.location.write_bytes(b"not a plist")
    assert not agent.is_enabled()


def test_mac_defaults_to_the_home_folder(private_home: Path) -> None:
    agent = MacLaunchAgent(command=COMMAND)
    assert agent.location.parent == private_home / "Library" / "LaunchAgents"


# -- Windows --------------------------------------------------------------------------------


def test_windows_startup_script(tmp_path: Path) -> None:
    app = r"C:\Users\Some One\AppData\Local\Programs\100% Stretch\stretch-coach.exe"
    shortcut = WindowsStartupShortcut(appdata=tmp_path, command=[app])
    startup = tmp_path.joinpath("Microsoft", "Windows", "Start Menu", "Programs", "Startup")
    assert shortcut.location == startup / "Stretch Coach.cmd"
    assert not shortcut.is_enabled()
    shortcut.enable()
    assert shortcut.is_enabled()
    raw = shortcut.location.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n"), "batch files want CRLF line ends"
    lines = raw.decode("utf-8").splitlines()
    assert lines[0] == "@echo off"
    assert lines[-1] == (
        'start "" /min '
        '"C:\\Users\\Some One\\AppData\\Local\\Programs\\100%% Stretch\\stretch-coach.exe" '
        '"--minimized"'
    )
    shortcut.disable()
    assert not shortcut.is_enabled()
    assert list(shortcut.location.parent.iterdir()) == []
    shortcut.disable()


def test_windows_python_fallback_command(tmp_path: Path) -> None:
    python = r"C:\Python311\python.exe"
    shortcut = WindowsStartupShortcut(appdata=tmp_path, command=[python, "-m", "stretch_coach"])
    last = shortcut.script_text().splitlines()[-1]
    assert last == 'start "" /min "C:\\Python311\\python.exe" "-m" "stretch_coach" "--minimized"'


def test_windows_refuses_what_a_batch_file_cannot_carry(tmp_path: Path) -> None:
    shortcut = WindowsStartupShortcut(appdata=tmp_path, command=['C:\\bad"name.exe'])
    with pytest.raises(ValueError, match="batch file"):
        shortcut.enable()
    assert not shortcut.location.exists()


def test_windows_appdata_from_the_environment(
    tmp_path: Path, private_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPDATA", str(tmp_path))
    assert WindowsStartupShortcut(command=COMMAND).location.is_relative_to(tmp_path)
    monkeypatch.delenv("APPDATA")
    expected = private_home / "AppData" / "Roaming"
    assert WindowsStartupShortcut(command=COMMAND).location.is_relative_to(expected)


# -- choosing ---------------------------------------------------------------------------------


def test_default_command_prefers_the_installed_launcher(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/local/bin/{name}" if name else None)
    assert default_command() == ["/usr/local/bin/stretch-coach"]


def test_default_command_falls_back_to_this_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert default_command() == [sys.executable, "-m", "stretch_coach"]


def test_the_bundle_starts_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    # Inside the self-contained bundle sys.executable is the bundle's own
    # launcher, which takes no "-m"; another install on PATH is not it.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/home/ann/.local/lib/stretch-coach/stretch-coach")
    monkeypatch.setattr(shutil, "which", lambda name: f"/usr/local/bin/{name}")
    assert default_command() == ["/home/ann/.local/lib/stretch-coach/stretch-coach"]


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", XdgAutostart),
        ("freebsd14", XdgAutostart),
        ("darwin", MacLaunchAgent),
        ("win32", WindowsStartupShortcut),
    ],
)
def test_autostart_for_platform(platform: str, kind: type[Autostart]) -> None:
    chosen = autostart_for_platform(platform)
    assert isinstance(chosen, kind)
    assert not chosen.is_enabled()


def test_autostart_for_this_platform_round_trips() -> None:
    chosen = autostart_for_platform()
    chosen.enable()
    assert chosen.is_enabled()
    chosen.disable()
    assert not chosen.is_enabled()
