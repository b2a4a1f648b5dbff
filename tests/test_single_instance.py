from __future__ import annotations

import dataclasses
import getpass
import json
import logging
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from stretch_coach.services import single_instance
from stretch_coach.services.single_instance import (
    MAX_REQUEST_BYTES,
    InstanceRequest,
    SingleInstance,
    send_to_primary,
    server_name,
)
from tests.conftest import REPO_ROOT

SIGNAL_TIMEOUT_MS = 30_000
CHILD_TIMEOUT_S = 30.0

SENDER = """
import sys
from stretch_coach.services.single_instance import InstanceRequest, send_to_primary
ok = send_to_primary(InstanceRequest("start", "quick", 3), name=sys.argv[1], timeout_ms=10_000)
sys.exit(0 if ok else 3)
"""


@pytest.fixture
def name() -> Iterator[str]:
    # Unique per test, so a leftover from one test (or a parallel run) never
    # answers for another; short, because socket paths have a length limit.
    made = f"sc-test-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    yield made
    # Killed children leave their sockets behind on purpose; not in /tmp, though.
    QLocalServer.removeServer(made)


@pytest.fixture
def primary(qtbot: QtBot, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(name)
    assert instance.become_primary()
    yield instance
    instance.close()


class ChildPrimary:
    """A primary in another process; its stdout lines are read on a thread."""

    def __init__(self, name: str, on_cue: bool = False) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.single_instance_child", name]
            + (["--on-cue"] if on_cue else []),
            cwd=REPO_ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line.rstrip("\n"))

    def next_line(self, timeout: float = CHILD_TIMEOUT_S) -> str:
        try:
            return self._lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"the child primary printed nothing within {timeout} s")

    def cue(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def kill(self) -> None:
        if self.process.poll() is None:
            if hasattr(signal, "SIGKILL"):
                self.process.send_signal(signal.SIGKILL)
            else:
                self.process.kill()
        self.process.wait(timeout=CHILD_TIMEOUT_S)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def child_primary(name: str) -> Iterator[ChildPrimary]:
    child = ChildPrimary(name)
    try:
        assert child.next_line() == "ready"
        yield child
    finally:
        child.kill()


def run_sender(name: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", SENDER, name], cwd=REPO_ROOT, text=True)


def talk(qtbot: QtBot, name: str, chunks: list[bytes], hang_up: bool = False) -> bytes:
    """Send raw bytes as a client in this process and return what the server answered.

    The primary lives on this thread too, so the client must not block: the
    event loop runs while waiting for the server to close the connection.
    """
    client = QLocalSocket()
    received = bytearray()
    client.readyRead.connect(lambda: received.extend(client.readAll().data()))
    client.connectToServer(name)
    assert client.waitForConnected(5000)
    for chunk in chunks:
        client.write(chunk)
        client.flush()
        # Give the server a turn between pieces, so it really sees them apart.
        qtbot.wait(30)
    if hang_up:
        client.disconnectFromServer()
    qtbot.waitUntil(
        lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState,
        timeout=SIGNAL_TIMEOUT_MS,
    )
    received.extend(client.readAll().data())
    return bytes(received)


# -- the request line ----------------------------------------------------------


@pytest.mark.parametrize(
    "request_",
    [
        InstanceRequest("show"),
        InstanceRequest("start"),
        InstanceRequest("start", "quick", 3),
        InstanceRequest("start", minutes=60),
        InstanceRequest("relief"),
        InstanceRequest("settings"),
    ],
)
def test_requests_survive_a_round_trip(request_: InstanceRequest) -> None:
    data = request_.to_bytes()
    assert data.endswith(b"\n") and data.count(b"\n") == 1
    assert len(data) <= MAX_REQUEST_BYTES
    assert InstanceRequest.from_bytes(data) == request_


def test_a_line_without_its_newline_still_decodes() -> None:
    assert InstanceRequest.from_bytes(b'{"command":"show"}') == InstanceRequest("show")


def test_the_line_is_plain_json() -> None:
    data = InstanceRequest("start", "bedtime", 8).to_bytes()
    assert json.loads(data) == {"command": "start", "routine": "bedtime", "minutes": 8}


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\n",
        b"not json\n",
        b"[]\n",
        b'"show"\n',
        b"{}\n",
        b'{"command": "fly"}\n',
        b'{"command": "SHOW"}\n',
        b'{"command": null}\n',
        b'{"command": 1}\n',
        b'{"command": "show", "extra": 1}\n',
        b'{"command": "show", "command": "start"}\n',
        b'{"command": "start", "minutes": "3"}\n',
        b'{"command": "start", "minutes": 3.0}\n',
        b'{"command": "start", "minutes": true}\n',
        b'{"command": "start", "minutes": 0}\n',
        b'{"command": "start", "minutes": 61}\n',
        b'{"command": "start", "minutes": NaN}\n',
        b'{"command": "start", "routine": ""}\n',
        b'{"command": "start", "routine": "../etc"}\n',
        b'{"command": "start", "routine": "Quick"}\n',
        b'{"command": "start", "routine": 5}\n',
        b'{"command": "start", "routine": "' + b"a" * 65 + b'"}\n',
        b'{"command": "show"}\n{"command": "show"}\n',
        b'{"command":\n"show"}\n',
        b'{"command": "show"}\r\n',
        b'{"command": "sh\xffow"}\n',
        b'{"command": "show", "routine": "' + b"a" * MAX_REQUEST_BYTES + b'"}\n',
    ],
)
def test_malformed_requests_are_rejected(data: bytes) -> None:
    with pytest.raises(ValueError):
        InstanceRequest.from_bytes(data)


def test_oversized_input_is_rejected_before_parsing() -> None:
    with pytest.raises(ValueError, match="limit"):
        InstanceRequest.from_bytes(b" " * (MAX_REQUEST_BYTES + 1))


def test_an_invalid_request_cannot_be_built() -> None:
    with pytest.raises(ValueError, match="unknown command"):
        InstanceRequest("quit")
    with pytest.raises(ValueError, match="minutes"):
        InstanceRequest("start", minutes=0)
    with pytest.raises(ValueError, match="routine"):
        InstanceRequest("start", routine="no spaces")


# -- the server name -----------------------------------------------------------


def test_server_name_is_per_user_and_filesystem_safe() -> None:
    first = server_name()
    assert first == server_name()
    assert first.startswith("stretch-coach-")
    assert server_name("other-app") != first
    assert len(first) <= 64
    assert all(c.isascii() and (c.isalnum() or c in "-_.") for c in first)
    if hasattr(os, "getuid"):
        assert first.endswith(f"-{os.getuid()}")


def test_server_name_uses_the_user_name_without_a_uid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "getuid", raising=False)
    monkeypatch.setattr(getpass, "getuser", lambda: "Zoë van Dijk/2")
    zoe = server_name()
    monkeypatch.setattr(getpass, "getuser", lambda: "Zoë van Dijk?2")
    other = server_name()
    assert zoe != other  # both clean up to the same text; the hash keeps them apart
    for made in (zoe, other):
        assert made.startswith("stretch-coach-")
        assert len(made) <= 64
        assert all(c.isascii() and (c.isalnum() or c in "-_.") for c in made)


# -- two real processes --------------------------------------------------------


@pytest.mark.slow
def test_a_second_process_hands_its_request_to_the_primary(
    qtbot: QtBot, primary: SingleInstance, name: str
) -> None:
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        sender = run_sender(name)
    assert blocker.args == [InstanceRequest("start", "quick", 3)]
    assert sender.wait(timeout=CHILD_TIMEOUT_S) == 0


@pytest.mark.slow
def test_this_process_defers_to_a_primary_in_another(
    child_primary: ChildPrimary, name: str
) -> None:
    assert send_to_primary(InstanceRequest("relief"), name=name)
    reported = json.loads(child_primary.next_line())
    assert reported == dataclasses.asdict(InstanceRequest("relief"))

    second = SingleInstance(name)
    try:
        assert not second.become_primary()
    finally:
        second.close()
    # Being probed did not disturb the primary.
    assert send_to_primary(InstanceRequest("start", "bedtime", 5), name=name)
    assert json.loads(child_primary.next_line()) == {
        "command": "start",
        "routine": "bedtime",
        "minutes": 5,
    }


@pytest.mark.slow
def test_a_second_child_primary_refuses(child_primary: ChildPrimary, name: str) -> None:
    second = ChildPrimary(name)
    try:
        assert second.next_line() == "not-primary"
        assert second.process.wait(timeout=CHILD_TIMEOUT_S) == 1
    finally:
        second.kill()


@pytest.mark.slow
def test_a_killed_primary_leaves_a_socket_that_is_taken_over(
    qtbot: QtBot, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    child = ChildPrimary(name)
    try:
        assert child.next_line() == "ready"
    finally:
        child.kill()  # SIGKILL: no chance to remove its socket
    if sys.platform != "win32":
        assert (Path(QDir.tempPath()) / name).exists()

    instance = SingleInstance(name)
    try:
        with caplog.at_level(logging.INFO, logger=single_instance.__name__):
            assert instance.become_primary()
        if sys.platform != "win32":
            assert "removing the socket" in caplog.text
        with qtbot.waitSignal(instance.request_received, timeout=SIGNAL_TIMEOUT_MS) as blocker:
            sender = run_sender(name)
        assert blocker.args == [InstanceRequest("start", "quick", 3)]
        assert sender.wait(timeout=CHILD_TIMEOUT_S) == 0
    finally:
        instance.close()
    if sys.platform != "win32":
        assert not (Path(QDir.tempPath()) / name).exists()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix domain sockets")
def test_a_dead_socket_file_is_replaced(name: str) -> None:
    path = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(path))
    dead.close()  # the file stays, with nobody behind it
    try:
        instance = SingleInstance(name)
        assert instance.become_primary()
        instance.close()
    finally:
        path.unlink(missing_ok=True)


@pytest.mark.slow
@pytest.mark.parametrize("leftover", [False, True], ids=["fresh", "after-a-crash"])
def test_launches_racing_each_other_make_exactly_one_primary(name: str, leftover: bool) -> None:
    path = Path(QDir.tempPath()) / name
    if leftover:
        if not hasattr(socket, "AF_UNIX"):
            pytest.skip("needs Unix domain sockets")
        dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        dead.bind(str(path))
        dead.close()
    children = [ChildPrimary(name, on_cue=True) for _ in range(6)]
    try:
        assert all(child.next_line() == "waiting" for child in children)
        for child in children:
            child.cue()
        first_lines = sorted(child.next_line() for child in children)
        assert first_lines == ["not-primary"] * 5 + ["ready"]
    finally:
        for child in children:
            child.kill()
        if leftover:
            path.unlink(missing_ok=True)


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_only_the_user_may_connect(primary: SingleInstance, name: str) -> None:
    mode = (Path(QDir.tempPath()) / name).stat().st_mode
    assert mode & 0o077 == 0


def test_sending_without_a_primary_fails_quickly(name: str) -> None:
    started = time.monotonic()
    assert not send_to_primary(InstanceRequest("show"), name=name, timeout_ms=2000)
    assert time.monotonic() - started < 5


def test_become_primary_twice_keeps_the_server(primary: SingleInstance) -> None:
    assert primary.become_primary()


def test_close_is_idempotent(name: str) -> None:
    instance = SingleInstance(name)
    assert instance.become_primary()
    instance.close()
    instance.close()
    assert not send_to_primary(InstanceRequest("show"), name=name, timeout_ms=500)


# -- a server that cannot be knocked over --------------------------------------


def test_garbage_is_dropped_and_the_next_request_is_served(
    qtbot: QtBot,
    primary: SingleInstance,
    name: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(single_instance, "CONNECTION_TIMEOUT_MS", 300)
    received: list[object] = []
    primary.request_received.connect(received.append)
    with caplog.at_level(logging.WARNING, logger=single_instance.__name__):
        assert talk(qtbot, name, [b"hello\n"]) == b"error\n"
        assert talk(qtbot, name, [b'{"command": "fly"}\n']) == b"error\n"
        assert talk(qtbot, name, [b"\xff\xfe\x00\n"]) == b"error\n"
        # Too long without a line end: the server hangs up without an answer.
        assert talk(qtbot, name, [b"x" * (MAX_REQUEST_BYTES + 100)]) == b""
        # Half a request, then gone.
        assert talk(qtbot, name, [b'{"command": "sh'], hang_up=True) == b""
        # Connected, then silent: closed after the timeout.
        assert talk(qtbot, name, []) == b""
        # Connected and gone at once, like a liveness probe.
        assert talk(qtbot, name, [], hang_up=True) == b""
    assert received == []
    assert "malformed" in caplog.text
    assert "without a line end" in caplog.text
    assert "no complete request" in caplog.text

    # A valid request arriving in pieces, with trailing bytes that are ignored.
    pieces = [b'{"comm', b'and": "start", "rou', b'tine": "quick"}', b"\nmore"]
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        assert talk(qtbot, name, pieces) == b"ok\n"
    assert blocker.args == [InstanceRequest("start", "quick")]


@pytest.mark.slow
def test_a_real_client_is_served_after_garbage(
    qtbot: QtBot, primary: SingleInstance, name: str
) -> None:
    assert talk(qtbot, name, [b"{" * 20 + b"\n"]) == b"error\n"
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        sender = run_sender(name)
    assert blocker.args == [InstanceRequest("start", "quick", 3)]
    assert sender.wait(timeout=CHILD_TIMEOUT_S) == 0


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX file modes")
def test_the_lock_file_is_the_users_alone_even_with_no_umask(name: str) -> None:
    previous = os.umask(0)
    try:
        with single_instance._NameLock(name):
            mode = (Path(QDir.tempPath()) / f"{name}.lock").stat().st_mode
    finally:
        os.umask(previous)
    assert mode & 0o077 == 0, oct(mode)
