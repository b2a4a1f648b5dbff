"""One running app per user: a second launch hands its request to the first and exits.

The first process listens on a local socket (a Unix domain socket, or a named
pipe on Windows) that only the user can reach. A later launch connects,
sends one line of JSON ("open a session", "show the window", ...) and waits
for the one-line answer "ok", so the person sees the window they already have
instead of a second app with its own tray icon and its own reminders.

The protocol is one request per connection: a JSON object on a single line,
at most MAX_REQUEST_BYTES long including the newline and nested no deeper than
MAX_NESTING. The answer is one line too, and says what happened (see Reply):
"ok" only when the request was taken. Anything malformed is logged and
answered "error"; a confused or hostile client must never take the app down.
At most MAX_CONNECTIONS clients are served at once, each for at most
CONNECTION_TIMEOUT_MS, and of each kind of request one at a time waits to be
carried out, so a flood cannot pile up windows or memory.

On POSIX the socket is a file in a private folder: $XDG_RUNTIME_DIR where
set, else <temp>/stretch-coach-<uid>, which the app creates with mode 0700.
Before use the folder must be a real directory (not a link) owned by the user
and closed to everyone else; a folder someone else made, or one left open,
is refused, and the app then runs without single instance rather than trust
it. On Linux each end also asks the kernel who the other is (SO_PEERCRED) and
talks only to the same user. Whatever is found at the socket's path (another
user's listener, a plain file, a folder) never stops the app from starting,
and the log says what it was.

A socket left behind by a crashed primary is recognised because nothing
answers on it, and is replaced. The check for a live primary and the listen
that follows run under a lock file beside the socket, so launches racing
each other still end with exactly one primary.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import socket as stdsocket
import stat
import struct
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import partial
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
# A request is a flat object; more than this many brackets deep is not one,
# and far deeper would exhaust json's recursion.
MAX_NESTING = 4
# Clients served at once. A later launch is one client for a moment; more
# than a few at a time is a flood, and each would hold a file descriptor.
MAX_CONNECTIONS = 8
# A client that connects and then says nothing (or dribbles bytes forever)
# must not hold a connection open for the life of the app.
CONNECTION_TIMEOUT_MS = 5000
PROBE_TIMEOUT_MS = 1000
LOCK_TIMEOUT_MS = 10_000


class Reply(Enum):
    """The primary's one-line answer."""

    ACCEPTED = "ok"  # taken; the app will carry it out
    BUSY = "busy"  # one of the same kind is still waiting, or too many clients at once
    REFUSED = "refused"  # valid, but this app cannot carry it out (say, no such routine)
    MALFORMED = "error"  # not a valid request

    @property
    def line(self) -> bytes:
        return self.value.encode("ascii") + b"\n"


_FIELDS = frozenset({"command", "routine", "minutes"})
_UNSAFE_NAME_CHARS = re.compile(r"[^A-Za-z0-9_.-]+")


def instance_name(paths: AppPaths) -> str:
    """One running app per user and settings folder: a second profile (another
    config folder, as the tests use) is a separate app, not a duplicate."""
    return instance_address(paths.config_dir)


def _short_tag(text: str) -> str:
    """Eight hex digits that tell names apart. Not a secret and not a
    defence (the folder's permissions are): a CRC from zlib, which Python
    has loaded already, where hashlib would load OpenSSL before the window
    paints."""
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


def server_name(app_name: str = APP_NAME) -> str:
    """The socket name for this user, the same in every process the user runs.

    On POSIX the numeric uid is both unique and short. Elsewhere the user name
    is used, made safe for a file or pipe name; a short hash of the real name
    keeps two names that clean up to the same text apart.
    """
    app = _app_part(app_name)
    getuid = getattr(os, "getuid", None)
    if getuid is not None:
        return f"{app}-{getuid()}"
    import getpass  # only here: POSIX has the uid

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):
        # No user name anywhere in the environment: still one name per login.
        user = "user"
    safe = _UNSAFE_NAME_CHARS.sub("_", user)[:20]
    return f"{app}-{safe}-{_short_tag(user)}"


def runtime_folder(app_name: str = APP_NAME) -> Path:
    """The private folder for the socket (POSIX): $XDG_RUNTIME_DIR, which the
    session makes for the user alone, else a folder of our own in the
    temporary folder. Neither is created or checked here."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute():  # the spec says to ignore a relative one
        return Path(runtime)
    import tempfile  # only without a runtime folder

    return Path(tempfile.gettempdir()) / f"{_app_part(app_name)}-{os.getuid()}"


def instance_address(profile: Path, app_name: str = APP_NAME) -> str:
    """Where the app for this settings folder listens: the socket's full path
    on POSIX, a pipe name on Windows. Another settings folder (as the tests
    use) is another app, not a duplicate."""
    digest = _short_tag(str(profile.absolute()))
    if sys.platform == "win32":
        # Named pipes have no folder; UserAccessOption limits them to the user.
        return f"{server_name(app_name)}-{digest}"
    return str(runtime_folder(app_name) / f"{_app_part(app_name)}-{digest}")


def _app_part(app_name: str) -> str:
    return _UNSAFE_NAME_CHARS.sub("_", app_name)[:32] or "app"


class UnsafeFolderError(Exception):
    """The socket's folder is not one that only this user can enter."""


def check_private_folder(folder: Path, *, create: bool = False) -> None:
    """Raise UnsafeFolderError unless folder is a real directory (not a link)
    owned by this user, with no access for group or others.

    With create, a missing folder is made with mode 0700 first. An existing
    one is never repaired: whoever left it open may already have put
    something inside.
    """
    if create:
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError as exc:
            raise UnsafeFolderError(f"{folder} cannot be made: {exc.strerror}") from None
    try:
        info = os.lstat(folder)
    except OSError as exc:
        raise UnsafeFolderError(f"{folder} cannot be used: {exc.strerror}") from None
    if not stat.S_ISDIR(info.st_mode):
        raise UnsafeFolderError(f"{folder} is {_kind(info.st_mode)}, not a folder")
    if info.st_uid != os.getuid():
        raise UnsafeFolderError(f"{folder} is owned by uid {info.st_uid}, not {os.getuid()}")
    if info.st_mode & 0o077:
        raise UnsafeFolderError(
            f"{folder} is open to other users (mode {oct(stat.S_IMODE(info.st_mode))})"
        )


def _kind(mode: int) -> str:
    kinds = (
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISREG, "a regular file"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISFIFO, "a named pipe"),
    )
    return next((name for test, name in kinds if test(mode)), "a device or other special file")


def _private_folder_of(name: str) -> Path | None:
    """The folder to check for a socket name; None where there is none (Windows)."""
    if sys.platform == "win32":
        return None
    path = Path(name)
    # Qt puts a bare name in the shared temporary folder, which the check refuses.
    return path.parent if path.is_absolute() else Path(QDir.tempPath())


# struct ucred: pid, uid, gid.
_UCRED = struct.Struct("iII")


def _peer_uid(descriptor: int) -> int | None:
    """The uid of the process at the other end of a connected local socket;
    None where the system cannot tell (SO_PEERCRED is Linux's)."""
    option = getattr(stdsocket, "SO_PEERCRED", None)
    if option is None:
        return None
    if descriptor < 0:
        raise OSError(errno.EBADF, "the connection has no descriptor")
    # A duplicate, so closing the Python object leaves Qt's descriptor open.
    with stdsocket.socket(fileno=os.dup(descriptor)) as handle:
        raw = handle.getsockopt(stdsocket.SOL_SOCKET, option, _UCRED.size)
    _pid, uid, _gid = _UCRED.unpack(raw)
    return int(uid)


def _peer_problem(socket: QLocalSocket) -> str | None:
    """Who is at the other end, when it is not this user; None when it is, or
    when the system cannot say (the private folder is the guard there)."""
    try:
        uid = _peer_uid(int(socket.socketDescriptor()))
    except OSError as exc:
        return f"a process whose user cannot be read ({exc.strerror or exc})"
    if uid is None or uid == os.getuid():
        return None
    return f"a process of another user (uid {uid})"


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
        if _too_deep(text, MAX_NESTING):
            raise ValueError(f"request is nested more than {MAX_NESTING} levels deep")
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


def _too_deep(text: str, limit: int) -> bool:
    """Whether brackets outside strings nest deeper than limit; checked before
    json.loads, whose recursion would otherwise give up with RecursionError."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


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
        take: Callable[[InstanceRequest], Reply],
        done: Callable[[_Connection], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        self._take = take
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
            self._answer(Reply.MALFORMED)
            return
        reply = self._take(request)
        log.info("another launch asked for %s; answered %r", request, reply.value)
        self._answer(reply)

    def _answer(self, reply: Reply) -> None:
        self._answered = True
        self._socket.write(reply.line)
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
    with an InstanceRequest, from the event loop after the client has been
    answered. Until the slots connected to it return (a modal dialog may keep
    them for a while), later requests of the same kind are answered "busy".
    """

    request_received = Signal(object)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        """name: from instance_address(); on POSIX a path in a private folder."""
        super().__init__(parent)
        self._name = name
        self._server: QLocalServer | None = None
        # Python must hold the connections, or they could be collected while
        # Qt still delivers their signals.
        self._connections: set[_Connection] = set()
        # Taken requests not yet handled, one per command.
        self._waiting: dict[str, InstanceRequest] = {}
        self._check: Callable[[InstanceRequest], bool] | None = None
        self._turned_away = 0

    @property
    def name(self) -> str:
        return self._name

    @property
    def open_connections(self) -> int:
        return len(self._connections)

    def set_request_check(self, check: Callable[[InstanceRequest], bool]) -> None:
        """Answer "refused" to requests for which check is False, rather than
        "ok" and then failing (such as starting a routine that does not exist)."""
        self._check = check

    def become_primary(self) -> bool:
        """Listen for later launches; False when another live instance already does.

        True means "run the app": this process is now the primary, or the
        socket could not be set up for a reason other than a running
        instance, in which case a second app is better than none.
        """
        if self._server is not None:
            return True
        folder = _private_folder_of(self._name)
        if folder is not None:
            try:
                check_private_folder(folder, create=True)
            except UnsafeFolderError as exc:
                log.warning(
                    "not using the single-instance socket: %s; later launches will start"
                    " their own app",
                    exc,
                )
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
                found, what = _probe(self._name)
                if found is _Probe.ALIVE:
                    log.info("another instance is already running on %s", self._name)
                    server.deleteLater()
                    return False
                if found is _Probe.FOREIGN:
                    # Only root or a mistake could put it in our folder; it
                    # gets no request, and its name is taken back.
                    log.warning("%s listens on %s; replacing its socket", what, self._name)
                    QLocalServer.removeServer(self._name)
                elif found is _Probe.STALE:
                    log.warning(
                        "removing the socket %s: nothing answers on it, so an earlier run"
                        " must have ended without closing it",
                        self._name,
                    )
                    QLocalServer.removeServer(self._name)
                elif found is _Probe.OBSTACLE and not self._clear_obstacle(what):
                    return self._run_without_server(server)
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

    def _clear_obstacle(self, what: str) -> bool:
        """Remove something that is not a socket from the socket's path, if
        that is safe: a file or link goes, a folder (with who knows what in
        it) stays and the app runs without single instance."""
        path = Path(self._name)
        if path.is_dir() and not path.is_symlink():
            log.warning("found a directory at %s, where the socket belongs", self._name)
            return False
        log.warning("found %s at %s, where the socket belongs; replacing it", what, self._name)
        try:
            path.unlink()
        except OSError as exc:
            log.warning("cannot remove %s: %s", self._name, exc.strerror)
            return False
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
            socket = server.nextPendingConnection()
            problem = _peer_problem(socket)
            if problem is not None:
                log.warning("refused a connection from %s", problem)
                socket.abort()
                socket.deleteLater()
                continue
            if len(self._connections) >= MAX_CONNECTIONS:
                self._turn_away(socket)
                continue
            connection = _Connection(socket, self._take, self._connection_done, self)
            self._connections.add(connection)
            connection.start()

    def _turn_away(self, socket: QLocalSocket) -> None:
        # Said and closed at once, so a flood holds no descriptors; a launch
        # that hears "busy" knows an app is running.
        if self._turned_away == 0:
            log.warning(
                "too many connections from other instances (%d at once); turning more away",
                MAX_CONNECTIONS,
            )
        self._turned_away += 1
        socket.write(Reply.BUSY.line)
        socket.flush()
        socket.abort()
        socket.deleteLater()

    def _connection_done(self, connection: _Connection) -> None:
        self._connections.discard(connection)
        if self._turned_away and not self._connections:
            log.warning("turned away %d connections while full", self._turned_away)
            self._turned_away = 0

    def _take(self, request: InstanceRequest) -> Reply:
        """Decide the answer; a taken request is handed on from the event loop."""
        if request.command in self._waiting:
            return Reply.BUSY
        if self._check is not None and not self._check(request):
            return Reply.REFUSED
        self._waiting[request.command] = request
        QTimer.singleShot(0, self, partial(self._hand_on, request.command))
        return Reply.ACCEPTED

    def _hand_on(self, command: str) -> None:
        request = self._waiting.get(command)
        if request is None:
            return  # closed in the meantime
        try:
            self.request_received.emit(request)
        finally:
            # Only now: while a slot still runs (in a dialog's own event loop,
            # say), another request like it is "busy" instead of nesting.
            self._waiting.pop(command, None)

    def close(self) -> None:
        """Stop listening and drop open connections; the socket file goes too."""
        for connection in list(self._connections):
            connection.abort()
        self._connections.clear()
        self._waiting.clear()
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
        # Beside the socket, in the private folder, where nobody else can
        # leave a lock that makes every start wait.
        folder = Path(name).parent if Path(name).is_absolute() else Path(QDir.tempPath())
        self._lock = QLockFile(str(folder / f"{Path(name).name}.lock"))

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
    FOREIGN = "foreign"  # a listener of another user
    OBSTACLE = "obstacle"  # not a socket at all


def _probe(name: str, timeout_ms: int = PROBE_TIMEOUT_MS) -> tuple[_Probe, str]:
    """Whether our primary listens on the name, a dead one left its socket,
    someone else's is there, something else is, or nothing; with what was found."""
    if Path(name).is_absolute() and sys.platform != "win32":
        try:
            info = os.lstat(name)
        except FileNotFoundError:
            return _Probe.ABSENT, "nothing"
        except OSError:
            pass  # let the connection attempt tell
        else:
            if not stat.S_ISSOCK(info.st_mode):
                return _Probe.OBSTACLE, _kind(info.st_mode)
    socket = QLocalSocket()
    socket.connectToServer(name)
    # A live primary is accepted by the OS even while its event loop is busy,
    # so connecting is enough; nothing is sent.
    if socket.waitForConnected(timeout_ms):
        problem = _peer_problem(socket)
        socket.abort()
        if problem is not None:
            return _Probe.FOREIGN, problem
        return _Probe.ALIVE, "a running instance"
    error = socket.error()
    socket.abort()
    if error == QLocalSocket.LocalSocketError.ServerNotFoundError:
        return _Probe.ABSENT, "nothing"
    if error == QLocalSocket.LocalSocketError.SocketTimeoutError:
        # Something holds the name but is too busy to take a connection: a
        # hung primary. Taking its name would leave two apps running.
        return _Probe.ALIVE, "a busy instance"
    return _Probe.STALE, "a socket nobody answers on"


class Handover(Enum):
    """What became of a request handed to the running app."""

    ACCEPTED = Reply.ACCEPTED.value
    BUSY = Reply.BUSY.value
    REFUSED = Reply.REFUSED.value
    MALFORMED = Reply.MALFORMED.value
    NO_ANSWER = "no-answer"  # nobody listening, or no clear answer in time
    UNTRUSTED = "untrusted"  # the folder or the listener is not this user's; nothing sent


_REPLY_LIMIT = max(len(reply.line) for reply in Reply)


def send_to_primary(request: InstanceRequest, name: str, timeout_ms: int = 2000) -> bool:
    """Hand a request to the running app; True only when it took it."""
    return hand_to_primary(request, name, timeout_ms) is Handover.ACCEPTED


def hand_to_primary(request: InstanceRequest, name: str, timeout_ms: int = 2000) -> Handover:
    """Hand a request to the running app and say what it answered.

    Blocking, for a second launch before it has built any window. It must not
    be called from the primary's own GUI thread, which could never answer.
    """
    deadline = time.monotonic() + timeout_ms / 1000

    def remaining_ms() -> int:
        return max(0, round((deadline - time.monotonic()) * 1000))

    folder = _private_folder_of(name)
    if folder is not None:
        try:
            check_private_folder(folder)
        except UnsafeFolderError as exc:
            log.warning("not handing the request over: %s", exc)
            return Handover.UNTRUSTED
    socket = QLocalSocket()
    socket.connectToServer(name)
    try:
        if not socket.waitForConnected(remaining_ms()):
            log.debug("no running instance answered: %s", socket.errorString())
            return Handover.NO_ANSWER
        problem = _peer_problem(socket)
        if problem is not None:
            log.warning("not handing the request over: %s listens on %s", problem, name)
            return Handover.UNTRUSTED
        socket.write(request.to_bytes())
        if not socket.waitForBytesWritten(remaining_ms()) and socket.bytesToWrite() > 0:
            log.warning("the running instance did not take the request in time")
            return Handover.NO_ANSWER
        reply = bytearray()
        while b"\n" not in reply and len(reply) <= _REPLY_LIMIT:
            if not socket.waitForReadyRead(remaining_ms()):
                break
            reply += socket.readAll().data()
        # The reply and the hang-up can arrive together; keep what was buffered.
        reply += socket.readAll().data()
        outcome = _handover(bytes(reply))
        if outcome is not Handover.ACCEPTED:
            log.warning("the running instance did not take the request (reply %r)", bytes(reply))
        return outcome
    finally:
        socket.abort()


def _handover(reply: bytes) -> Handover:
    for known in Reply:
        if reply == known.line:
            return Handover(known.value)
    return Handover.NO_ANSWER
