"""The bundle's install.sh and uninstall.sh (data/bundle/), run for real on a
tiny stand-in for the bundle: a shell script in place of the launcher, and
the same desktop files and scripts that tools/build_bundle.py adds."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from stretch_coach.services.autostart import XdgAutostart, quote_exec_arg
from tests.optional_tools import missing_tool
from tests.test_autostart import split_exec
from tools import build_bundle as plan

APP_ID = "org.stretchcoach.StretchCoach"
ENTRY_NAME = f"{APP_ID}.desktop"
ICON_PLACE = Path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")

pytestmark = pytest.mark.slow


def tool(name: str, debian_package: str) -> str:
    found = shutil.which(name)
    if found is None:
        missing_tool(f"{name} is not installed; install it with: sudo apt install {debian_package}")
    return found


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A bundle folder as the build leaves it, with a launcher that only
    says who it is."""
    folder = tmp_path / "download" / "stretch-coach"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "part-of-the-app").write_text("")
    launcher = folder / "stretch-coach"
    launcher.write_text('#!/bin/sh\necho "stretch-coach 0.1.0 ($0 $*)"\n')
    launcher.chmod(0o755)
    plan.add_desktop_files(folder)
    return folder


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), **extra)
    return env


def run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [tool("sh", "dash"), str(script), *args], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


def desktop_values(path: Path) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.startswith(("#", "[")):
            values.setdefault(key, []).append(value)
    return values


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def test_install_into_home_and_uninstall(bundle: Path, home: Path) -> None:
    env = env_for(home)
    result = run(bundle / "install.sh", env=env)
    assert result.returncode == 0, result.stderr

    lib = home / ".local" / "lib" / "stretch-coach"
    launcher = lib / "stretch-coach"
    command = home / ".local" / "bin" / "stretch-coach"
    share = home / ".local" / "share"
    assert (lib / "_internal" / "part-of-the-app").is_file()
    assert command.is_symlink() and command.readlink() == launcher
    ran = subprocess.run([str(command), "--version"], capture_output=True, text=True, check=True)
    assert ran.stdout.startswith("stretch-coach 0.1.0")

    entry = share / "applications" / ENTRY_NAME
    values = desktop_values(entry)
    # Every Exec line runs this install's launcher by its full path, with the
    # arguments it had; the menu does not depend on the session's PATH.
    assert [split_exec(v) for v in values["Exec"]] == [
        [str(launcher)],
        [str(launcher), "start"],
        [str(launcher), "start", "cramp-relief"],
    ]
    assert values["TryExec"] == [str(launcher)]
    assert values["Icon"] == [APP_ID]
    for installed in (
        entry,
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        share / ICON_PLACE,
    ):
        assert installed.stat().st_mode & 0o777 == 0o644, installed
    assert (share / ICON_PLACE).read_bytes() == (bundle / "share" / ICON_PLACE).read_bytes()
    assert str(lib / "uninstall.sh") in result.stdout

    # The person's own files, and someone else's menu entry, must survive.
    data = share / "stretch-coach" / "history.sqlite3"
    settings = home / ".config" / "stretch-coach" / "settings.toml"
    other = share / "applications" / "other.desktop"
    for path in (data, settings, other):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep")

    result = run(lib / "uninstall.sh", env=env)
    assert result.returncode == 0, result.stderr
    assert not lib.exists() and not command.is_symlink()
    assert files_under(home) == {data, settings, other}
    assert "kept" in result.stdout


def test_the_menu_entry_follows_xdg_data_home(bundle: Path, home: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "data-home"
    result = run(bundle / "install.sh", env=env_for(home, XDG_DATA_HOME=str(data_home)))
    assert result.returncode == 0, result.stderr
    assert (data_home / "applications" / ENTRY_NAME).is_file()
    assert (home / ".local" / "bin" / "stretch-coach").is_symlink()


@pytest.mark.parametrize(
    "folder",
    ["with space", "Jürgen", 'it\'s $HOME "q" `b` back\\slash 100%'],
    ids=["space", "non-ascii", "reserved"],
)
def test_the_exec_line_is_quoted_as_the_spec_asks(
    bundle: Path, home: Path, tmp_path: Path, folder: str
) -> None:
    prefix = tmp_path / folder
    result = run(bundle / "install.sh", "--prefix", str(prefix), env=env_for(home))
    assert result.returncode == 0, result.stderr
    launcher = prefix / "lib" / "stretch-coach" / "stretch-coach"
    entry = prefix / "share" / "applications" / ENTRY_NAME
    values = desktop_values(entry)
    # The same quoting as the app's own start-at-login entry, and read back
    # by the spec's rules the path comes out whole.
    assert values["Exec"][0] == quote_exec_arg(str(launcher))
    assert split_exec(values["Exec"][2]) == [str(launcher), "start", "cramp-relief"]
    assert values["TryExec"] == [str(launcher).replace("\\", "\\\\")]
    validate = tool("desktop-file-validate", "desktop-file-utils")
    checked = subprocess.run([validate, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and checked.stdout.strip() == "", checked.stdout
    ran = subprocess.run(
        [str(prefix / "bin" / "stretch-coach")], capture_output=True, text=True, check=True
    )
    assert ran.stdout.startswith("stretch-coach 0.1.0")
    assert run(launcher.parent / "uninstall.sh", env=env_for(home)).returncode == 0
    assert files_under(prefix) == set()


def test_installing_again_replaces_the_earlier_install(bundle: Path, home: Path) -> None:
    env = env_for(home)
    assert run(bundle / "install.sh", env=env).returncode == 0
    lib = home / ".local" / "lib" / "stretch-coach"
    (lib / "_internal" / "from-the-old-version").write_text("")
    (bundle / "_internal" / "new-in-this-version").write_text("")
    result = run(bundle / "install.sh", env=env)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (lib / "_internal").iterdir()) == [
        "new-in-this-version",
        "part-of-the-app",
    ]
    assert sorted(p.name for p in lib.parent.iterdir()) == ["stretch-coach"]


def test_another_install_of_the_command_is_never_replaced(bundle: Path, home: Path) -> None:
    # pipx puts its stretch-coach in ~/.local/bin too.
    command = home / ".local" / "bin" / "stretch-coach"
    command.parent.mkdir(parents=True)
    command.symlink_to(home / ".local" / "pipx" / "venvs" / "stretch-coach" / "bin" / "x")
    result = run(bundle / "install.sh", env=env_for(home))
    assert result.returncode == 1
    assert "pipx" in result.stderr
    assert command.readlink().name == "x"
    assert not (home / ".local" / "lib").exists()


def test_a_folder_that_is_not_an_install_is_never_replaced(bundle: Path, home: Path) -> None:
    mine = home / ".local" / "lib" / "stretch-coach"
    mine.mkdir(parents=True)
    (mine / "notes.txt").write_text("mine")
    result = run(bundle / "install.sh", env=env_for(home))
    assert result.returncode == 1
    assert "move it away" in result.stderr
    assert (mine / "notes.txt").read_text() == "mine"


def test_uninstall_leaves_a_command_installed_since(bundle: Path, home: Path) -> None:
    env = env_for(home)
    assert run(bundle / "install.sh", env=env).returncode == 0
    command = home / ".local" / "bin" / "stretch-coach"
    command.unlink()
    command.write_text("#!/bin/sh\n")  # another install, made after ours
    result = run(home / ".local" / "lib" / "stretch-coach" / "uninstall.sh", env=env)
    assert result.returncode == 0, result.stderr
    assert command.read_text() == "#!/bin/sh\n"


@pytest.mark.parametrize("starts", ["launcher", "command", "someone-else"])
def test_uninstall_removes_start_at_login_only_when_it_starts_this_install(
    bundle: Path, home: Path, starts: str
) -> None:
    env = env_for(home)
    assert run(bundle / "install.sh", env=env).returncode == 0
    lib = home / ".local" / "lib" / "stretch-coach"
    program = {
        "launcher": lib / "stretch-coach",  # the bundle's own path (sys.executable)
        "command": home / ".local" / "bin" / "stretch-coach",  # found on PATH
        "someone-else": home / "elsewhere" / "stretch-coach",
    }[starts]
    autostart = XdgAutostart(config_home=home / ".config", command=[str(program)])
    autostart.enable()
    assert run(lib / "uninstall.sh", env=env).returncode == 0
    assert autostart.location.exists() == (starts == "someone-else")


def test_uninstall_finds_the_install_from_anywhere(
    bundle: Path, home: Path, tmp_path: Path
) -> None:
    # Run from the downloaded bundle rather than the installed copy.
    env = env_for(home)
    assert run(bundle / "install.sh", env=env).returncode == 0
    assert run(bundle / "uninstall.sh", env=env).returncode == 0
    assert not (home / ".local" / "lib" / "stretch-coach").exists()
    prefix = tmp_path / "opt"
    assert run(bundle / "install.sh", "--prefix", str(prefix), env=env).returncode == 0
    assert run(bundle / "uninstall.sh", "--prefix", str(prefix), env=env).returncode == 0
    assert files_under(prefix) == set()
    result = run(bundle / "uninstall.sh", env=env)
    assert result.returncode == 1
    assert "no Stretch Coach bundle is installed" in result.stderr


def test_wrong_use_says_how(bundle: Path, home: Path, tmp_path: Path) -> None:
    env = env_for(home)
    for script in ("install.sh", "uninstall.sh"):
        result = run(bundle / script, "--bogus", env=env)
        assert result.returncode == 2 and "usage:" in result.stderr
    stray = tmp_path / "stray.sh"
    shutil.copy(bundle / "install.sh", stray)
    result = run(stray, env=env)
    assert result.returncode == 1 and "bundle folder" in result.stderr
    result = run(bundle / "install.sh", "--prefix", str(tmp_path / "line\nbreak"), env=env)
    assert result.returncode == 1 and "line break" in result.stderr
    assert files_under(home) == set()
