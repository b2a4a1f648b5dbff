from __future__ import annotations

import dataclasses
import getpass
import json
import logging
import os
import queue
import shutil
import signal
import socket
import stat
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from stretch_coach.services import single_instance
from stretch_coach.services.single_instance import (
    MAX_REQUEST_BYTES,
    InstanceRequest,
    SingleInstance,
    instance_address,
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
    # answers for another. The runtime folder is the test's own (conftest).
    made = instance_address(Path(f"profile-{uuid.uuid4().hex}"))
    yield made
    # Killed children leave their sockets behind on purpose.
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
        assert Path(name).exists()

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
        assert not Path(name).exists()


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix domain sockets")
def test_a_dead_socket_file_is_replaced(name: str) -> None:
    path = Path(name)
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
    path = Path(name)
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
    mode = Path(name).stat().st_mode
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
            mode = Path(f"{name}.lock").stat().st_mode
    finally:
        os.umask(previous)
    assert mode & 0o077 == 0, oct(mode)


# -- limits: nesting, connections, one waiting request of each kind --------------------


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
    path = primary.name
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
    # A taken request is handed on from the event loop, after its "ok": on a
    # loaded machine the show may still be on its way when the flood is done.
    qtbot.waitUntil(lambda: len(handled) >= 2, timeout=SIGNAL_TIMEOUT_MS)
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


# -- where the socket lives, and who is at the other end -------------------------------

NOBODY = 65534
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX folders and file modes")
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="acting as another user needs root",
)
needs_peercred = pytest.mark.skipif(
    not hasattr(socket, "SO_PEERCRED"), reason="SO_PEERCRED is Linux's"
)

SQUATTER = """
import os, socket, sys
from PySide6.QtCore import QLockFile
folder, address, uid = sys.argv[1], sys.argv[2], int(sys.argv[3])
if uid != os.getuid():
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
os.makedirs(folder, exist_ok=True)
listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
listener.bind(address)
listener.listen(8)
lock = QLockFile(address + ".lock")
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("ready", flush=True)
listener.settimeout(60)
while True:
    connection, _ = listener.accept()
    print("connected", flush=True)
    connection.settimeout(2)
    try:
        data = connection.recv(4096)
    except OSError:
        data = b""
    if data:
        print("got " + data.decode("ascii", "replace").strip(), flush=True)
    connection.close()
"""


class Squatter:
    """Another program, possibly another user's, listening where the socket goes.

    It also holds a lock file beside it, as a launch in progress would. Its
    stdout says what reached it: "connected" per connection, "got ..." per request.
    """

    def __init__(self, folder: Path, address: str, uid: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", SQUATTER, str(folder), address, str(uid)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        assert self.lines.get(timeout=CHILD_TIMEOUT_S) == "ready"

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def heard(self, settle: float = 1.0) -> list[str]:
        time.sleep(settle)  # anything on its way arrives first
        found = []
        while not self.lines.empty():
            found.append(self.lines.get_nowait())
        return found

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=CHILD_TIMEOUT_S)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def shared_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """No XDG_RUNTIME_DIR, and a temporary folder that, like /tmp, anyone may write to."""
    folder = Path(tempfile.mkdtemp(prefix="sc-tmp-"))
    folder.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def become_primary_quickly(instance: SingleInstance) -> bool:
    started = time.monotonic()
    result = instance.become_primary()
    # A lock nobody will release must not cost a lock time-out per start.
    assert time.monotonic() - started < single_instance.LOCK_TIMEOUT_MS / 2000
    return result


@posix_only
def test_the_socket_and_its_lock_live_in_the_runtime_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    address = Path(instance_address(tmp_path))
    assert address.parent == Path(os.environ["XDG_RUNTIME_DIR"])
    assert address.name.startswith("stretch-coach-")
    # A lock held where the launch takes its lock shows where that is.
    monkeypatch.setattr(single_instance, "LOCK_TIMEOUT_MS", 200)
    held = QLockFile(f"{address}.lock")
    assert held.tryLock(0)
    instance = SingleInstance(str(address))
    try:
        with caplog.at_level(logging.WARNING, logger=single_instance.__name__):
            assert instance.become_primary()
        assert f"could not take {address}.lock" in caplog.text
        assert address.is_socket()
    finally:
        instance.close()
        held.unlock()


@posix_only
@pytest.mark.parametrize("runtime", [None, "", "relative/run"])
def test_without_a_runtime_folder_the_app_makes_a_private_one(
    shared_tmp: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, runtime: str | None
) -> None:
    if runtime is not None:
        monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)  # unusable, so ignored
    address = Path(instance_address(tmp_path))
    folder = shared_tmp / f"stretch-coach-{os.getuid()}"
    assert address.parent == folder
    instance = SingleInstance(str(address))
    try:
        assert instance.become_primary()
        info = os.lstat(folder)
        assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
        assert stat.S_IMODE(info.st_mode) == 0o700
        assert address.is_socket()
        # and the next launch finds it there
        second = SingleInstance(str(address))
        assert not second.become_primary()
        second.close()
    finally:
        instance.close()


@posix_only
@pytest.mark.parametrize(
    ("squatter_uid", "expected"),
    [
        pytest.param(None, "mode 0o777", id="own-folder-open-to-others"),
        pytest.param(NOBODY, f"owned by uid {NOBODY}", id="another-users", marks=needs_root),
    ],
)
def test_a_squatted_folder_in_the_shared_temp_folder_is_refused(
    qtbot: QtBot,
    shared_tmp: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    squatter_uid: int | None,
    expected: str,
) -> None:
    address = instance_address(tmp_path)
    folder = Path(address).parent
    if squatter_uid is None:
        # What another user could make of it, were it not checked: open to all.
        folder.mkdir(mode=0o700)
        folder.chmod(0o777)
        squatter = Squatter(folder, address, os.getuid())
    else:
        # Another user got there first, with a folder that looks just right.
        squatter = Squatter(folder, address, squatter_uid)
        folder.chmod(0o700)
    try:
        instance = SingleInstance(address)
        with caplog.at_level(logging.INFO, logger=single_instance.__name__):
            # The app starts (without a single-instance socket) rather than
            # handing its request to whoever made the folder, or waiting.
            assert become_primary_quickly(instance)
            assert not send_to_primary(InstanceRequest("start", "quick"), name=address)
        instance.close()
        assert str(folder) in caplog.text and expected in caplog.text
        assert squatter.heard() == []
    finally:
        squatter.stop()


@posix_only
@pytest.mark.parametrize("kind", ["symlink", "file", "open-to-group"])
def test_a_runtime_folder_that_is_not_private_is_refused(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    kind: str,
) -> None:
    real = Path(tempfile.mkdtemp(prefix="sc-real-"))
    runtime = Path(tempfile.mkdtemp(prefix="sc-run-")) / "run"
    if kind == "symlink":
        runtime.symlink_to(real)
        described = "a symbolic link"
    elif kind == "file":
        runtime.write_text("")
        described = "a regular file"
    else:
        runtime.mkdir(mode=0o700)
        runtime.chmod(0o750)
        described = "mode 0o750"
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    address = instance_address(tmp_path)
    try:
        instance = SingleInstance(address)
        with caplog.at_level(logging.INFO, logger=single_instance.__name__):
            assert become_primary_quickly(instance)
        instance.close()
        assert described in caplog.text
        assert list(real.iterdir()) == []
        if kind == "open-to-group":
            assert list(runtime.iterdir()) == []
    finally:
        shutil.rmtree(real, ignore_errors=True)
        shutil.rmtree(runtime.parent, ignore_errors=True)


@posix_only
def test_a_plain_file_at_the_path_is_replaced(
    qtbot: QtBot, name: str, caplog: pytest.LogCaptureFixture
) -> None:
    Path(name).parent.mkdir(mode=0o700, exist_ok=True)
    Path(name).write_text("not a socket")
    instance = SingleInstance(name)
    try:
        with caplog.at_level(logging.INFO, logger=single_instance.__name__):
            assert become_primary_quickly(instance)
        assert "a regular file" in caplog.text
        assert Path(name).is_socket()
        with qtbot.waitSignal(instance.request_received, timeout=SIGNAL_TIMEOUT_MS):
            assert talk(qtbot, name, [InstanceRequest("show").to_bytes()]) == b"ok\n"
    finally:
        instance.close()


@posix_only
def test_a_folder_at_the_path_does_not_stop_the_app(
    name: str, caplog: pytest.LogCaptureFixture
) -> None:
    Path(name).mkdir(parents=True)
    (Path(name) / "keep").write_text("something of the user's")
    instance = SingleInstance(name)
    with caplog.at_level(logging.INFO, logger=single_instance.__name__):
        assert become_primary_quickly(instance)
    instance.close()
    assert "a directory" in caplog.text
    assert (Path(name) / "keep").exists()  # not ours to remove


@pytest.fixture(params=["another-user", "uid-reported-differently"])
def foreign_peers(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Makes the process at the other end of a connection foreign.

    As root, for real: a process of user nobody. Otherwise (and also as root,
    so both run) the kernel's answer is replaced for every peer while the
    returned switch is on.
    """
    switch = [request.param == "uid-reported-differently"]
    if request.param == "another-user":
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            pytest.skip("acting as another user needs root")
    else:
        real = single_instance._peer_uid

        def reported(descriptor: int) -> int | None:
            uid = real(descriptor)
            return NOBODY if switch[0] and uid is not None else uid

        monkeypatch.setattr(single_instance, "_peer_uid", reported)
    return switch


@needs_peercred
def test_a_listener_of_another_user_gets_nothing_and_is_replaced(
    qtbot: QtBot,
    name: str,
    foreign_peers: list[bool],
    caplog: pytest.LogCaptureFixture,
) -> None:
    folder = Path(name).parent
    scratch = Path(tempfile.mkdtemp(prefix="sc-scratch-"))
    scratch.chmod(0o777)
    uid = os.getuid() if foreign_peers[0] else NOBODY
    # It listens elsewhere and its socket is moved into place: only root (or
    # a mistake) could put it there, but the app must not take it on trust.
    squatter = Squatter(scratch, str(scratch / "s"), uid)
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        (scratch / "s").rename(name)
        with caplog.at_level(logging.INFO, logger=single_instance.__name__):
            assert not send_to_primary(InstanceRequest("start", "quick"), name=name)
            instance = SingleInstance(name)
            assert become_primary_quickly(instance)
        try:
            assert f"uid {NOBODY}" in caplog.text
            assert not any(line.startswith("got") for line in squatter.heard())
            foreign_peers[0] = False
            with qtbot.waitSignal(instance.request_received, timeout=SIGNAL_TIMEOUT_MS) as got:
                sender = run_sender(name)
            assert got.args == [InstanceRequest("start", "quick", 3)]
            assert sender.wait(timeout=CHILD_TIMEOUT_S) == 0
        finally:
            instance.close()
    finally:
        squatter.stop()
        shutil.rmtree(scratch, ignore_errors=True)


FOREIGN_CLIENT = """
import os, socket, sys
path, uid = sys.argv[1], int(sys.argv[2])
if uid != os.getuid():
    os.setgroups([])
    os.setgid(uid)
    os.setuid(uid)
with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
    client.settimeout(20)
    client.connect(path)
    reply = b""
    try:
        client.sendall(b'{"command":"start","routine":"quick"}\\n')
        while chunk := client.recv(64):
            reply += chunk
    except OSError:
        pass  # closed on us
print(repr(reply), flush=True)
"""


@needs_peercred
def test_a_client_of_another_user_is_turned_away(
    qtbot: QtBot,
    primary: SingleInstance,
    foreign_peers: list[bool],
    caplog: pytest.LogCaptureFixture,
) -> None:
    received: list[object] = []
    primary.request_received.connect(received.append)
    scratch = Path(tempfile.mkdtemp(prefix="sc-scratch-"))
    scratch.chmod(0o755)
    try:
        # A second way in, for a process that cannot enter the private
        # folder: what a mistake or root could open up.
        os.link(primary.name, scratch / "s")
        Path(primary.name).chmod(0o777)
        uid = os.getuid() if foreign_peers[0] else NOBODY
        with caplog.at_level(logging.WARNING, logger=single_instance.__name__):
            client = subprocess.Popen(
                [sys.executable, "-c", FOREIGN_CLIENT, str(scratch / "s"), str(uid)],
                cwd=REPO_ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
            qtbot.waitUntil(lambda: client.poll() is not None, timeout=SIGNAL_TIMEOUT_MS)
        assert client.stdout is not None
        with client.stdout:
            assert client.stdout.read().strip() == "b''"
        assert received == []
        assert f"uid {NOBODY}" in caplog.text
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


@needs_peercred
def test_without_peer_credentials_the_folder_is_the_guard(
    qtbot: QtBot, primary: SingleInstance, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on macOS and the BSDs: no SO_PEERCRED, and requests still work.
    monkeypatch.delattr(socket, "SO_PEERCRED")
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS):
        assert talk(qtbot, primary.name, [InstanceRequest("show").to_bytes()]) == b"ok\n"
    # The client's side, in a process without SO_PEERCRED either.
    without = "import socket\ndel socket.SO_PEERCRED\n" + SENDER
    with qtbot.waitSignal(primary.request_received, timeout=SIGNAL_TIMEOUT_MS) as got:
        sender = subprocess.Popen([sys.executable, "-c", without, primary.name], cwd=REPO_ROOT)
    assert got.args == [InstanceRequest("start", "quick", 3)]
    assert sender.wait(timeout=CHILD_TIMEOUT_S) == 0
