"""A stand-in for the desktop's notification server, for tests on a private bus.

It owns ``org.freedesktop.Notifications`` and answers the way GDBus-based
servers do where it matters to us: a ``Notify`` whose signature is not
exactly ``susssasa{sv}i`` gets an InvalidArgs error, not a notification. Tests
read what it received and make it emit the signals a person's clicks cause.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    MessageFlag,
    MessageType,
    message_bus,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import DBusNameFlags  # type: ignore[import-untyped]
from jeepney.io.threading import (  # type: ignore[import-untyped]
    DBusRouter,
    Proxy,
    ReceiveStopped,
    open_dbus_connection,
)

log = logging.getLogger(__name__)

SERVICE_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

DEFAULT_CAPABILITIES = ("actions", "body", "body-markup", "persistence")

# Reasons a notification closed, as the spec numbers them.
CLOSED_EXPIRED = 1
CLOSED_DISMISSED = 2
CLOSED_BY_CALL = 3

_EMITTER = DBusAddress(OBJECT_PATH, interface=INTERFACE)


@dataclass(frozen=True, slots=True)
class NotifyCall:
    """One accepted Notify call, as it arrived."""

    sender: str
    signature: str
    app_name: str
    replaces_id: int
    app_icon: str
    summary: str
    body: str
    actions: list[str]
    hints: dict[str, tuple[str, Any]]  # name -> (variant signature, value)
    expire_timeout: int
    returned_id: int

    @property
    def action_pairs(self) -> list[tuple[str, str]]:
        return list(zip(self.actions[::2], self.actions[1::2], strict=True))


class FakeNotificationServer:
    """A notification server on its own connection and thread.

    Use as a context manager, or call start() and stop().
    """

    def __init__(
        self,
        bus_address: str,
        capabilities: Iterable[str] = DEFAULT_CAPABILITIES,
        *,
        name: str = "fake-notifyd",
        version: str = "1.0",
    ) -> None:
        self.bus_address = bus_address
        self.capabilities = list(capabilities)
        self.name = name
        self.version = version
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._calls: list[NotifyCall] = []
        self._rejected: list[str] = []
        self._close_requests: list[int] = []
        # Notifications "on screen": id -> unique name of the client that sent it.
        self._open: dict[int, str] = {}
        self._errors: list[BaseException] = []
        self._conn: Any = None
        self._thread: threading.Thread | None = None

    # Lifetime --------------------------------------------------------------

    def start(self) -> None:
        self._conn = open_dbus_connection(bus=self.bus_address)
        # Claiming the name needs a reply, which a router reads for us; it is
        # closed again before our own receive loop takes the connection.
        with DBusRouter(self._conn) as router:
            bus = Proxy(message_bus, router, timeout=5)
            (result,) = bus.RequestName(SERVICE_NAME, DBusNameFlags.do_not_queue)
        if result != 1:  # DBUS_REQUEST_NAME_REPLY_PRIMARY_OWNER
            self._conn.close()
            raise RuntimeError(f"could not own {SERVICE_NAME} (reply {result})")
        self._thread = threading.Thread(target=self._serve, name="fake-notifyd", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Disconnect, which also gives up the name."""
        if self._thread is None:
            return
        self._conn.interrupt()
        self._thread.join(5)
        self._conn.close()
        self._thread = None

    def __enter__(self) -> FakeNotificationServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def unique_name(self) -> str:
        return str(self._conn.unique_name)

    # What happened ---------------------------------------------------------

    @property
    def calls(self) -> list[NotifyCall]:
        with self._lock:
            return list(self._calls)

    @property
    def rejected_signatures(self) -> list[str]:
        with self._lock:
            return list(self._rejected)

    @property
    def close_requests(self) -> list[int]:
        """Ids passed to CloseNotification, in order."""
        with self._lock:
            return list(self._close_requests)

    @property
    def open_ids(self) -> set[int]:
        with self._lock:
            return set(self._open)

    @property
    def errors(self) -> list[BaseException]:
        """Exceptions the serving thread met; a sound test leaves this empty."""
        with self._lock:
            return list(self._errors)

    # A person at the screen ------------------------------------------------

    def emit_action_invoked(
        self, notification_id: int, action_key: str, *, to_sender: bool = False
    ) -> None:
        """Press a button.

        ``to_sender`` addresses the signal to the notification's creator alone
        instead of broadcasting it, which D-Bus leaves to each server.
        """
        self._emit("ActionInvoked", "us", (notification_id, action_key), notification_id, to_sender)

    def emit_notification_closed(
        self, notification_id: int, reason: int = CLOSED_DISMISSED, *, to_sender: bool = False
    ) -> None:
        """Close a notification the way the server or the person would."""
        with self._lock:
            self._open.pop(notification_id, None)
        self._emit(
            "NotificationClosed", "uu", (notification_id, reason), notification_id, to_sender
        )

    def _emit(
        self,
        member: str,
        signature: str,
        body: tuple[Any, ...],
        notification_id: int,
        to_sender: bool,
    ) -> None:
        message = new_signal(_EMITTER, member, signature, body)
        if to_sender:
            with self._lock:
                creator = next(
                    (c.sender for c in reversed(self._calls) if c.returned_id == notification_id),
                    None,
                )
            if creator is None:
                raise ValueError(f"no client created notification {notification_id}")
            message.header.fields[HeaderFields.destination] = creator
        # The threading connection serialises sends, so this may run beside
        # the serving thread's replies.
        self._conn.send(message)

    # Serving ---------------------------------------------------------------

    def _serve(self) -> None:
        while True:
            try:
                message = self._conn.receive()
            except (ReceiveStopped, OSError):
                return  # stopped, or the bus went away
            except Exception as exc:
                with self._lock:
                    self._errors.append(exc)
                return
            try:
                if message.header.message_type == MessageType.method_call:
                    self._answer(message)
            except Exception as exc:
                log.exception("fake notification server failed")
                with self._lock:
                    self._errors.append(exc)

    def _answer(self, call: Any) -> None:
        fields = call.header.fields
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        # The interface field is optional in a method call.
        interface = fields.get(HeaderFields.interface, INTERFACE)
        wrong_place = fields.get(HeaderFields.path) != OBJECT_PATH or interface != INTERFACE
        reply: Any
        if wrong_place:
            reply = _error(call, "org.freedesktop.DBus.Error.UnknownObject", "no such object")
        elif member == "Notify":
            reply = self._notify(call, signature)
        elif member == "CloseNotification":
            reply = self._close_notification(call, signature)
        elif member == "GetCapabilities":
            reply = new_method_return(call, "as", (self.capabilities,))
        elif member == "GetServerInformation":
            reply = new_method_return(
                call, "ssss", (self.name, "Stretch Coach tests", self.version, "1.2")
            )
        else:
            reply = _error(call, "org.freedesktop.DBus.Error.UnknownMethod", f"no method {member}")
        if not call.header.flags & MessageFlag.no_reply_expected:
            self._conn.send(reply)

    def _notify(self, call: Any, signature: str) -> Any:
        if signature != NOTIFY_SIGNATURE:
            with self._lock:
                self._rejected.append(signature)
            return _error(
                call,
                "org.freedesktop.DBus.Error.InvalidArgs",
                f"Type of message, '({signature})', does not match expected type "
                f"'({NOTIFY_SIGNATURE})'",
            )
        app_name, replaces_id, icon, summary, body, actions, hints, expire = call.body
        sender = call.header.fields.get(HeaderFields.sender, "")
        with self._lock:
            # Replacing keeps the id, as the spec asks; an unknown or closed
            # id gets a fresh one.
            new_id = replaces_id if replaces_id in self._open else next(self._ids)
            self._open[new_id] = sender
            self._calls.append(
                NotifyCall(
                    sender=sender,
                    signature=signature,
                    app_name=app_name,
                    replaces_id=replaces_id,
                    app_icon=icon,
                    summary=summary,
                    body=body,
                    actions=list(actions),
                    hints=dict(hints),
                    expire_timeout=expire,
                    returned_id=new_id,
                )
            )
        return new_method_return(call, "u", (new_id,))

    def _close_notification(self, call: Any, signature: str) -> Any:
        if signature != "u":
            return _error(call, "org.freedesktop.DBus.Error.InvalidArgs", "expected (u)")
        (notification_id,) = call.body
        with self._lock:
            self._close_requests.append(notification_id)
            known = self._open.pop(notification_id, None) is not None
        if not known:
            return _error(call, "org.freedesktop.Notifications.Error.NotFound", "no such id")
        # Real servers announce the closing too, before or after the reply.
        self._emit(
            "NotificationClosed", "uu", (notification_id, CLOSED_BY_CALL), notification_id, False
        )
        return new_method_return(call)


def _error(call: Any, name: str, text: str) -> Any:
    return new_error(call, name, "s", (text,))
