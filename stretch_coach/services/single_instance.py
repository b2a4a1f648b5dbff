"""One running app per user: a second launch hands its request to the first and exits.

The first process listens on a local socket (a Unix domain socket, or a named
pipe on Windows) whose name includes the user's id. A later launch connects,
sends one line of JSON ("open a session", "show the window", ...) and waits
for the one-line answer "ok", so the person sees the window they already have
instead of a second app with its own tray icon and its own reminders.

The protocol is one request per connection: a JSON object on a single line,
at most MAX_REQUEST_BYTES long including the newline. Anything else is logged
and dropped; a confused or hostile client must never take the app down.

A socket left behind by a crashed primary is recognised because nothing
answers on it, and is replaced. The check for a live primary and the listen
that follows run under a lock file in the same temporary folder, so launches
racing each other still end with exactly one primary.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QLockFile, QObject, QTimer, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

from stretch_coach import APP_NAME
from stretch_coach.core.routines import MAX_ID_LENGTH, ROUTINE_ID_PATTERN
from stretch_coach.core.scaling import MAX_MINUTES, MIN_MINUTES
from stretch_coach.services.paths import AppPaths

log = logging.getLogger(__name__)

COMMANDS = ("show", "start", "relief", "settings")
MAX_REQUEST_BYTES = 4096
ACK = b"ok\n"
REFUSAL = b"error\n"
# A client that connects and then says nothing (or dribbles bytes forever)
# must not hold a connection open for the life of the app.
CONNECTION_TIMEOUT_MS = 5000
PROBE_TIMEOUT_MS = 1000
LOCK_TIMEOUT_MS = 10_000

_FIELDS = frozenset({"command", "routine", "minutes"})
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


def instance_name(paths: AppPaths) -> str:
    """One running app per user and settings folder: a second profile (another
    config folder, as the tests use) is a separate app, not a duplicate."""
    digest = hashlib.sha256(str(paths.config_dir.absolute()).encode()).hexdigest()[:8]
    return f"{server_name()}-{digest}"


def server_name(app_name: str = APP_NAME) -> str:
    """The socket name for this user, the same in every process the user runs.

    On POSIX the numeric uid is both unique and short. Elsewhere the user name
    is used, made safe for a file or pipe name; a short hash of the real name
    keeps two names that clean up to the same text apart.
    """
    app = _UNSAFE_NAME_CHARS.sub("_", app_name)[:32] or "app"
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return f"{app}-{getuid()}"
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        # No user name anywhere in the environment: still one name per login.
        user = "user"
    safe = _UNSAFE_NAME_CHARS.sub("_", user)[:20]
    digest = hashlib.sha256(user.encode("utf-8")).hexdigest()[:8]
    return f"{app}-{safe}-{digest}"


@dataclass(frozen=True, slots=True)
class InstanceRequest:
    """What a second launch asks the running app to do."""

    command: str
    routine: str | None = None
    minutes: int | None = None

    def __post_init__(self) -> None:
        # Checked here as well as when decoding, so an invalid request can
        # never be built, let alone sent.
        if not isinstance(self.command, str) or self.command not in COMMANDS:
            raise ValueError(
                f"unknown command {self.command!r} (expected one of: {', '.join(COMMANDS)})"
            )
        if self.routine is not None and (
            not isinstance(self.routine, str)
            or len(self.routine) > MAX_ID_LENGTH
            or not ROUTINE_ID_PATTERN.match(self.routine)
        ):
            raise ValueError(f"routine {self.routine!r} is not a valid routine id")
        if self.minutes is not None and (
            isinstance(self.minutes, bool)
            or not isinstance(self.minutes, int)
            or not MIN_MINUTES <= self.minutes <= MAX_MINUTES
        ):
            raise ValueError(
                f"minutes must be a whole number from {MIN_MINUTES} to {MAX_MINUTES},"
                f" not {self.minutes!r}"
            )

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {"command": self.command}
        if self.routine is not None:
            data["routine"] = self.routine
        if self.minutes is not None:
            data["minutes"] = self.minutes
        # ASCII-only JSON never holds a raw newline, so the line stays one line.
        line = json.dumps(data, ensure_ascii=True, separators=(",", ":"), sort_keys=True)
        return line.encode("ascii") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes) -> InstanceRequest:
        """Decode one request line; raise ValueError on anything but a valid request."""
        if len(data) > MAX_REQUEST_BYTES:
            raise ValueError(f"request is {len(data)} bytes; the limit is {MAX_REQUEST_BYTES}")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"request is not UTF-8: {exc}") from None
        if text.endswith("\n"):
            text = text[:-1]
        if "\n" in text or "\r" in text:
            raise ValueError("request must be a single line")
        try:
            raw = json.loads(text, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as exc:
            raise ValueError(f"request is not valid JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise ValueError(f"request must be a JSON object, not {type(raw).__name__}")
        unknown = set(raw) - _FIELDS
        if unknown:
            raise ValueError(f"unknown request fields: {', '.join(sorted(unknown))}")
        if "command" not in raw:
            raise ValueError("request has no command")
        return cls(command=raw["command"], routine=raw.get("routine"), minutes=raw.get("minutes"))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # With duplicate keys json would silently keep the last one; a request
    # that says two things at once is malformed.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate field {key!r} in request")
        result[key] = value
    return result


class _Connection(QObject):
    """One client of the primary: collects its request line, answers, then goes."""

    def __init__(
        self,
        socket: QLocalSocket,
        deliver: Callable[[InstanceRequest], None],
        done: Callable[[_Connection], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        self._deliver = deliver
        self._done = done
        self._buffer = bytearray()
        self._answered = False
        self._finished = False
        socket.setParent(self)
        # Qt stops reading from the OS once this much is buffered, so one
        # client cannot make the app hold more than a request's worth.
        socket.setReadBufferSize(MAX_REQUEST_BYTES + 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)

    def start(self) -> None:
        """Begin serving; separate from __init__ so the owner can track us first."""
        self._timer.start(CONNECTION_TIMEOUT_MS)
        self._socket.readyRead.connect(self._read)
        self._socket.disconnected.connect(self._on_disconnected)
        # Data, or even the hang-up, may have come before the signals were
        # connected; neither would be announced again.
        self._read()
        state = self._socket.state()
        if not self._finished and state == QLocalSocket.LocalSocketState.UnconnectedState:
            self._on_disconnected()

    def _read(self) -> None:
        if self._answered or self._finished:
            # One request per connection: anything after the first line is ignored.
            self._socket.readAll()
            return
        self._buffer += self._socket.readAll().data()
        end = self._buffer.find(b"\n")
        if end < 0 or end >= MAX_REQUEST_BYTES:
            if len(self._buffer) >= MAX_REQUEST_BYTES:
                log.warning(
                    "dropped a request from another instance: more than %d bytes without"
                    " a line end",
                    MAX_REQUEST_BYTES,
                )
                self.abort()
            return
        line = bytes(self._buffer[: end + 1])
        try:
            request = InstanceRequest.from_bytes(line)
        except ValueError as exc:
            log.warning("dropped a malformed request from another instance: %s", exc)
            self._answer(REFUSAL)
            return
        self._answer(ACK)
        log.info("another launch asked for %s", request)
        self._deliver(request)

    def _answer(self, reply: bytes) -> None:
        self._answered = True
        self._socket.write(reply)
        self._socket.flush()
        # Closing gracefully lets the reply reach the client first; the
        # disconnected signal then cleans up.
        self._socket.disconnectFromServer()
        if self._socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            self._finish()

    def _on_disconnected(self) -> None:
        if not self._answered and self._buffer:
            log.warning(
                "another instance hung up in the middle of a request (%d bytes)",
                len(self._buffer),
            )
        elif not self._answered:
            # A launch that only checks whether we are alive connects and goes.
            log.debug("another instance checked that this one is running")
        self._finish()

    def _expire(self) -> None:
        if not self._answered:
            log.warning(
                "closed a connection that sent no complete request within %d ms",
                CONNECTION_TIMEOUT_MS,
            )
        self.abort()

    def abort(self) -> None:
        if not self._finished:
            # Finished first, so the hang-up this causes is not reported as the client's.
            self._finish()
            self._socket.abort()

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        self._timer.stop()
        self._socket.readyRead.disconnect(self._read)
        self._socket.disconnected.disconnect(self._on_disconnected)
        self.deleteLater()
        self._done(self)


class SingleInstance(QObject):
    """The primary's side: owns the socket and turns client lines into signals.

    Create and use it on the GUI thread; request_received is emitted there,
    with an InstanceRequest, after the client has been answered.
    """

    request_received = Signal(object)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name or server_name()
        self._server: QLocalServer | None = None
        # Python must hold the connections, or they could be collected while
        # Qt still delivers their signals.
        self._connections: set[_Connection] = set()

    @property
    def name(self) -> str:
        return self._name

    def become_primary(self) -> bool:
        """Listen for later launches; False when another live instance already does.

        True means "run the app": this process is now the primary, or the
        socket could not be set up for a reason other than a running
        instance, in which case a second app is better than none.
        """
        if self._server is not None:
            return True
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # With an access option, Qt on Unix creates the socket elsewhere and
        # renames it into place, which silently replaces any socket of that
        # name, a live primary's included. So listen() cannot say "in use";
        # asking first can, and the lock stops two launches from both asking,
        # both hearing nothing, and both listening.
        with _NameLock(self._name):
            for _attempt in range(2):
                found = _probe(self._name)
                if found is _Probe.ALIVE:
                    log.info("another instance is already running on %s", self._name)
                    server.deleteLater()
                    return False
                if found is _Probe.STALE:
                    log.warning(
                        "removing the socket %s: nothing answers on it, so an earlier run"
                        " must have ended without closing it",
                        self._name,
                    )
                    QLocalServer.removeServer(self._name)
                if server.listen(self._name):
                    break
                # Where listen() does report a taken name, look again: either
                # a primary started in the meantime or the leftover is stale.
                if server.serverError() != QAbstractSocket.SocketError.AddressInUseError:
                    return self._run_without_server(server)
            else:
                return self._run_without_server(server)
        server.newConnection.connect(self._accept)
        self._server = server
        log.info("this is the primary instance; listening on %s", server.fullServerName())
        return True

    def _run_without_server(self, server: QLocalServer) -> bool:
        log.warning(
            "cannot listen on %s (%s); later launches will start their own app",
            self._name,
            server.errorString(),
        )
        server.deleteLater()
        return True

    def _accept(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            connection = _Connection(
                server.nextPendingConnection(),
                self.request_received.emit,
                self._connections.discard,
                self,
            )
            self._connections.add(connection)
            connection.start()

    def close(self) -> None:
        """Stop listening and drop open connections; the socket file goes too."""
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None


class _NameLock:
    """Serialises becoming the primary between launches racing each other.

    Checking for a primary and then listening are two steps; without the
    lock, two launches could both check, find nobody, and both listen.
    QLockFile notices a lock left by a process that no longer exists.
    """

    def __init__(self, name: str) -> None:
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{name}.lock"))

    def __enter__(self) -> None:
        if not self._lock.tryLock(LOCK_TIMEOUT_MS):
            # Better a rare race than a launch that never opens.
            log.warning("could not take %s; going on without it", self._lock.fileName())
        elif os.name == "posix":
            # Qt creates it with the umask's mode, 0666 under umask 000 in a
            # shared folder: another user could then write a pid into it.
            with contextlib.suppress(OSError):
                Path(self._lock.fileName()).chmod(0o600)

    def __exit__(self, *exc_info: object) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


class _Probe(Enum):
    ALIVE = "alive"
    STALE = "stale"
    ABSENT = "absent"


def _probe(name: str, timeout_ms: int = PROBE_TIMEOUT_MS) -> _Probe:
    """Whether a primary listens on the name, a dead one left its socket, or neither."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    # A live primary is accepted by the OS even while its event loop is busy,
    # so connecting is enough; nothing is sent.
    if socket.waitForConnected(timeout_ms):
        socket.abort()
        return _Probe.ALIVE
    error = socket.error()
    socket.abort()
    if error == QLocalSocket.LocalSocketError.ServerNotFoundError:
        return _Probe.ABSENT
    if error == QLocalSocket.LocalSocketError.SocketTimeoutError:
        # Something holds the name but is too busy to take a connection: a
        # hung primary. Taking its name would leave two apps running.
        return _Probe.ALIVE
    return _Probe.STALE


def send_to_primary(
    request: InstanceRequest, name: str | None = None, timeout_ms: int = 2000
) -> bool:
    """Hand a request to the running app; False when none takes it in time.

    Blocking, for a second launch before it has built any window. It must not
    be called from the primary's own GUI thread, which could never answer.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_ms() -> int:
        return max(0, round((deadline - time.monotonic()) * 1000))

    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    try:
        if not socket.waitForConnected(remaining_ms()):
            log.debug("no running instance answered: %s", socket.errorString())
            return False
        socket.write(request.to_bytes())
        if not socket.waitForBytesWritten(remaining_ms()) and socket.bytesToWrite() > 0:
            log.warning("the running instance did not take the request in time")
            return False
        reply = bytearray()
        while b"\n" not in reply and len(reply) <= len(REFUSAL):
            if not socket.waitForReadyRead(remaining_ms()):
                break
            reply += socket.readAll().data()
        # The reply and the hang-up can arrive together; keep what was buffered.
        reply += socket.readAll().data()
        if bytes(reply) == ACK:
            return True
        log.warning("the running instance did not accept the request (reply %r)", bytes(reply))
        return False
    finally:
        socket.abort()
