"""Privacy: the app talks to no network, and what it keeps is private to the person.

The whole app is used once, in process: the real services, the history, a
settings save, the terminal commands and the main window with a session. Any
Python-level socket use is recorded (and internet ones refused, so nothing
can leave even if the assertion were wrong); on Linux the process's own
socket table is read as well, which also sees sockets opened by Qt in C++.

Local (AF_UNIX) sockets are allowed: the single-instance server and D-Bus
use them.
"""

from __future__ import annotations

import _socket
import contextlib
import dataclasses
import datetime as dt
import io
import os
import socket
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach import cli
from stretch_coach.core.clock import Clocks, local_now
from stretch_coach.core.hints import AppHints
from stretch_coach.core.routines import builtin_routines
from stretch_coach.core.settings import BedtimeSettings, SoundSettings
from stretch_coach.flows.context import AppServices
from stretch_coach.services.paths import AppPaths
from stretch_coach.services.routine_store import RoutineStore
from stretch_coach.services.settings_store import SettingsStore
from stretch_coach.services.state_store import SavedState, StateStore
from stretch_coach.ui.main_window import MainWindow
from tests.apps import main_window
from tests.fakes import FakeClock

INTERNET = (socket.AF_INET, socket.AF_INET6)
CLI_RUNS = [
    ["routines"],
    ["routines", "--json"],
    ["plan", "quick"],
    ["plan", "bedtime", "--minutes", "8", "--json"],
    ["reminders", "--from", "2026-11-27T12:00", "--days", "2"],
    ["reminders", "--json"],
    ["paths"],
    ["paths", "--json"],
]


@dataclass
class SocketLog:
    """Every socket operation seen, as (operation, family, address)."""

    calls: list[tuple[str, int | None, object]] = field(default_factory=list)

    def internet(self) -> list[tuple[str, int | None, object]]:
        return [call for call in self.calls if call[1] in INTERNET or call[1] is None]


class NetworkRefusedError(OSError):
    pass


@pytest.fixture
def socket_log(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> SocketLog:
    log = SocketLog()
    original_init = socket.socket.__init__

    def init(self: socket.socket, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        log.calls.append(("socket", self.family, None))

    monkeypatch.setattr(socket.socket, "__init__", init)

    def watch(name: str) -> None:
        original: Callable[..., Any] = getattr(socket.socket, name)

        def watched(self: socket.socket, *args: Any) -> Any:
            address = args[-1] if args else None
            log.calls.append((name, self.family, address))
            if self.family in INTERNET:
                raise NetworkRefusedError(f"{name} to {address!r} refused by the test")
            return original(self, *args)

        monkeypatch.setattr(socket.socket, name, watched)

    for name in ("connect", "connect_ex", "bind", "sendto"):
        watch(name)

    def refuse(name: str) -> Callable[..., Any]:
        def refused(*args: Any, **kwargs: Any) -> Any:
            # No family here: a name lookup or a TCP connection is network use.
            log.calls.append((name, None, args[:2]))
            raise NetworkRefusedError(f"{name}{args[:2]!r} refused by the test")

        return refused

    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))

    # A bus reached over TCP is the machine's choice, not the app's; keep the
    # check about the app by pointing such a set-up at a local path instead.
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS", "").startswith("tcp:"):
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    return log


def open_internet_sockets() -> set[int] | None:
    """Inode numbers of this process's open internet sockets, whoever opened them
    (Python, Qt's C++, a library), or None where descriptors cannot be listed."""
    listing = next((Path(p) for p in ("/proc/self/fd", "/dev/fd") if Path(p).is_dir()), None)
    if listing is None:
        return None
    found = set()
    for entry in listing.iterdir():
        # A descriptor may close between listing and looking; that one is gone.
        with contextlib.suppress(OSError, ValueError):
            fd = int(entry.name)
            info = os.fstat(fd)
            if not stat.S_ISSOCK(info.st_mode):
                continue
            # The C-level class, so the recording wrapper does not see this look.
            probe = _socket.socket(fileno=fd)
            try:
                if probe.family in INTERNET:
                    found.add(info.st_ino)
            finally:
                probe.detach()  # the descriptor still belongs to its owner
    return found


def use_the_whole_app(qtbot: QtBot) -> tuple[AppServices, MainWindow]:
    """Everything a person does in a first evening, through the real code paths.

    The window is returned so the caller keeps it (and whatever it opened) alive
    while checking: qtbot holds it only weakly."""
    clock = FakeClock()
    services = AppServices.load(AppPaths.for_user(), Clocks(clock, local_now))
    history = services.history()
    history.add_hydration()
    changed = dataclasses.replace(
        services.settings,
        bedtime=BedtimeSettings(services.settings.bedtime.time, {"fri": dt.time(0, 30)}),
        sound=SoundSettings(enabled=False),
    )
    assert services.settings_owner.update(changed) is None

    for argv in CLI_RUNS:
        assert cli.main(argv, out=io.StringIO()) == 0, argv
    # The calendar file for the phone is made here, not fetched or sent anywhere.
    calendar = Path.home() / "stretch-coach-reminders.ics"
    assert cli.main(["export", "--ics", str(calendar)], out=io.StringIO()) == 0

    window = main_window(services)
    window.confirm = lambda _title, _question: True  # never block on a dialog
    qtbot.addWidget(window)
    window.show()
    assert window.start_session("quick")
    controller = window.controller
    assert controller is not None
    for _ in range(3):
        clock.advance(4)
        controller.refresh()
        QApplication.processEvents()
    assert window.request_stop()
    QApplication.processEvents()
    [session] = history.sessions()
    assert session.routine_id == "quick"
    return services, window


@pytest.fixture
def used_app(qtbot: QtBot, socket_log: SocketLog) -> Iterator[AppServices]:
    services, window = use_the_whole_app(qtbot)
    yield services
    window.close()
    services.close()


def test_the_app_opens_no_network_connection(qtbot: QtBot, socket_log: SocketLog) -> None:
    before = open_internet_sockets()
    services, window = use_the_whole_app(qtbot)
    try:
        assert window.isVisible()
        assert socket_log.internet() == [], socket_log.calls
        # Only local sockets, if any at all.
        assert all(family == socket.AF_UNIX for _, family, _ in socket_log.calls), socket_log.calls
        after = open_internet_sockets()
        if before is not None and after is not None:
            # Also sees sockets the Python-level watch cannot, such as Qt's own.
            assert after <= before, "an internet socket is open"
    finally:
        services.close()


def test_the_socket_watch_itself_sees_internet_use(socket_log: SocketLog) -> None:
    """The check above would pass vacuously if the patching missed; it does not."""
    with pytest.raises(NetworkRefusedError):
        socket.create_connection(("192.0.2.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(OSError):
        udp.sendto(b"x", ("192.0.2.1", 9))
    assert [call[0] for call in socket_log.internet()] == ["create_connection", "socket", "sendto"]


posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def usual_umask() -> Iterator[None]:
    # The common desktop default: new files readable by all unless the app
    # says otherwise. Privacy must not depend on a stricter umask.
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_history_and_its_folder_are_readable_by_the_owner_alone(used_app: AppServices) -> None:
    paths = used_app.paths
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.history_db) == 0o600
    for extra in ("-wal", "-shm", "-journal"):
        companion = paths.history_db.with_name(paths.history_db.name + extra)
        if companion.exists():
            assert mode(companion) & 0o077 == 0, companion
    assert mode(paths.settings_file) == 0o600


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_the_log_folder_is_not_world_readable(used_app: AppServices) -> None:
    log_dir = used_app.paths.log_dir
    assert log_dir.is_dir() and used_app.paths.log_file.exists()
    assert mode(log_dir) & 0o007 == 0, oct(mode(log_dir))


@posix_only
@pytest.mark.usefixtures("usual_umask")
def test_the_settings_folder_is_not_world_readable(used_app: AppServices) -> None:
    config_dir = used_app.paths.config_dir
    assert mode(config_dir) & 0o007 == 0, oct(mode(config_dir))


@pytest.fixture
def no_umask() -> Iterator[None]:
    # umask 000: every mode the app does not set itself comes out open to all.
    previous = os.umask(0)
    yield
    os.umask(previous)


@posix_only
@pytest.mark.usefixtures("no_umask")
def test_everything_the_app_makes_is_private_even_with_no_umask(
    used_app: AppServices, private_home: Path
) -> None:
    # What the first evening above does not reach: the reminder state, a
    # routine of the person's own, a settings file that had to be copied aside.
    paths = used_app.paths
    hinted = SavedState(hints=AppHints(told_about_tray=True))
    StateStore(paths.state_file, now=local_now).save(hinted)
    store = RoutineStore(paths.routines_dir)
    store.save(store.duplicate(builtin_routines()[0], "Mine"))
    paths.settings_file.write_bytes(b"not [toml")
    assert SettingsStore(paths.settings_file).load().broken_copy is not None
    paths.settings_file.unlink()
    # Every folder from ~/.config and ~/.local down, and every file, was made by the app.
    made = list(private_home.rglob("*"))
    assert paths.log_file in made and paths.state_file in made
    loose = {
        str(path.relative_to(private_home)): oct(mode(path))
        for path in made
        if mode(path) != (0o700 if path.is_dir() else 0o600)
    }
    assert loose == {}
