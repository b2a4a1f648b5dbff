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
from concurrent.futures import Future, ThreadPoolExecutor
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


# -- limits: nesting, connections, one waiting request of each kind --------------------


def socket_path(name: str) -> str:
    """The file a name stands for; Qt puts bare names in the temporary folder."""
    return name if Path(name).is_absolute() else str(Path(QDir.tempPath()) / name)


def exchange(path: str, data: bytes, timeout: float = 20.0) -> bytes:
    """A blocking client on a plain socket, for threads: send, read until the hang-up."""
    received = bytearray()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(timeout)
        client.connect(path)
        client.sendall(data)
        try:
            while chunk := client.recv(64):
                received += chunk
        except ConnectionResetError:
            pass  # closed with our request unread: what came before still counts
    return bytes(received)


@pytest.mark.parametrize("depth", [50, 1000, 2000])
def test_deeply_nested_json_is_refused_as_malformed(depth: int) -> None:
    # Within the size limit, but deep enough for json's recursion to give up.
    with pytest.raises(ValueError, match="nest"):
        InstanceRequest.from_bytes(b"[" * depth + b"]" * depth + b"\n")
    with pytest.raises(ValueError):
        InstanceRequest.from_bytes(b'{"command": ' + b"[" * depth + b"\n")


def test_a_hundred_thousand_brackets_are_refused(qtbot: QtBot, primary: SingleInstance) -> None:
    with pytest.raises(ValueError):
        InstanceRequest.from_bytes(b"[" * 100_000)
    # Over the socket, as many as fit in a request: an answer, not an exception
    # (pytest-qt fails the test on an exception raised inside a Qt slot).
    assert talk(qtbot, primary.name, [b"[" * (MAX_REQUEST_BYTES - 1) + b"\n"]) == b"error\n"
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS):
        assert talk(qtbot, primary.name, [InstanceRequest("show").to_bytes()]) == b"ok\n"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix domain sockets")
def test_connections_are_capped_and_idle_ones_time_out(
    qtbot: QtBot,
    primary: SingleInstance,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(single_instance, "CONNECTION_TIMEOUT_MS", 1500)
    cap = single_instance.MAX_CONNECTIONS
    extra = 40
    clients: list[QLocalSocket] = []
    replies: dict[int, bytearray] = {}
    with caplog.at_level(logging.WARNING, logger=single_instance.__name__):
        for index in range(cap + extra):
            client = QLocalSocket()
            replies[index] = bytearray()
            client.readyRead.connect(
                lambda c=client, r=replies[index]: r.extend(c.readAll().data())
            )
            client.connectToServer(primary.name)
            assert client.waitForConnected(5000)
            clients.append(client)
            qtbot.wait(5)  # the server accepts as they come, as it would from other processes

        def closed() -> list[int]:
            return [
                i
                for i, c in enumerate(clients)
                if c.state() == QLocalSocket.LocalSocketState.UnconnectedState
            ]

        # The ones over the cap are told so and let go at once, long before the time-out.
        qtbot.waitUntil(lambda: len(closed()) >= extra, timeout=1000)
        assert closed() == list(range(cap, cap + extra))
        for index in closed():
            replies[index].extend(clients[index].readAll().data())
            assert bytes(replies[index]) == b"busy\n"
        assert primary.open_connections == cap
        # The silent ones are closed after the idle time-out, without an answer.
        qtbot.waitUntil(lambda: len(closed()) == cap + extra, timeout=SIGNAL_TIMEOUT_MS)
    assert all(bytes(replies[i]) == b"" for i in range(cap))
    assert primary.open_connections == 0
    assert "too many connections" in caplog.text
    # The warning about turned-away clients is not repeated for each of them.
    assert caplog.text.count("too many connections") == 1
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS):
        assert talk(qtbot, primary.name, [InstanceRequest("show").to_bytes()]) == b"ok\n"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix domain sockets")
def test_a_flood_waits_one_request_of_each_kind_and_is_told_so(
    qtbot: QtBot, primary: SingleInstance
) -> None:
    path = socket_path(primary.name)
    handled: list[InstanceRequest] = []
    depth = [0, 0]  # now, deepest
    flood: list[Future[bytes]] = []
    start = InstanceRequest("start", "quick").to_bytes()
    show = InstanceRequest("show").to_bytes()

    def handler(request: object) -> None:
        assert isinstance(request, InstanceRequest)
        handled.append(request)
        depth[0] += 1
        depth[1] = max(depth)
        try:
            if len(handled) == 1:
                # Like a modal message box: the handler runs its own event loop,
                # in which other clients are served, until the flood is over.
                flood.extend(pool.submit(exchange, path, start) for _ in range(60))
                flood.append(pool.submit(exchange, path, show))
                qtbot.waitUntil(lambda: all(f.done() for f in flood), timeout=SIGNAL_TIMEOUT_MS)
        finally:
            depth[0] -= 1

    primary.request_received.connect(handler)
    with ThreadPoolExecutor(max_workers=6) as pool:
        first = pool.submit(exchange, path, start)
        qtbot.waitUntil(lambda: first.done() and not depth[0], timeout=SIGNAL_TIMEOUT_MS)
    assert first.result() == b"ok\n"
    replies = [f.result() for f in flood]
    # The start requests came while one was still being handled: each is told
    # "busy", not "ok" and then dropped. The one of another kind is taken.
    assert replies[:-1] == [b"busy\n"] * 60
    assert replies[-1] == b"ok\n"
    assert handled == [InstanceRequest("start", "quick"), InstanceRequest("show")]
    assert depth[1] <= len(single_instance.COMMANDS)
    # Once handled, the same kind is welcome again.
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS):
        assert talk(qtbot, primary.name, [start]) == b"ok\n"


def test_a_request_the_app_cannot_carry_out_is_refused(
    qtbot: QtBot, primary: SingleInstance
) -> None:
    received: list[object] = []
    primary.request_received.connect(received.append)
    primary.set_request_check(lambda request: request.routine != "gone")
    refused = InstanceRequest("start", "gone").to_bytes()
    assert talk(qtbot, primary.name, [refused]) == b"refused\n"
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS) as blocker:
        assert talk(qtbot, primary.name, [InstanceRequest("start", "quick").to_bytes()]) == b"ok\n"
    assert blocker.args == [InstanceRequest("start", "quick")]
    assert received == [InstanceRequest("start", "quick")]


SENDER_OUTCOME = """
import sys
from stretch_coach.services.single_instance import InstanceRequest, hand_to_primary
request = InstanceRequest("start", sys.argv[2])
print(hand_to_primary(request, name=sys.argv[1], timeout_ms=10_000).value)
"""


@pytest.mark.slow
def test_the_second_launch_hears_the_honest_answer(qtbot: QtBot, primary: SingleInstance) -> None:
    primary.set_request_check(lambda request: request.routine != "gone")

    def outcome(routine: str) -> str:
        sender = subprocess.Popen(
            [sys.executable, "-c", SENDER_OUTCOME, primary.name, routine],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: sender.poll() is not None, timeout=SIGNAL_TIMEOUT_MS)
        assert sender.stdout is not None
        with sender.stdout:
            return sender.stdout.read().strip()

    assert outcome("gone") == "refused"
    assert outcome("quick") == "ok"
