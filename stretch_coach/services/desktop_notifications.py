"""Desktop notifications through the freedesktop.org notification service (Linux, BSD).

Qt's own D-Bus module cannot be used here: from Python it sends every int as
int32, while ``Notify`` takes uint32 ids and real servers reject a call whose
signature differs from ``susssasa{sv}i``. jeepney writes the exact signature
we give it.

Everything goes over a single session-bus connection. A server may address
``ActionInvoked`` and ``NotificationClosed`` only to the connection that sent
``Notify``, so signals must arrive on the same connection the calls leave
from. One daemon thread reads that connection: it hands each method reply to
the caller waiting for it and turns the two signals into the ``on_action`` and
``on_closed`` callbacks. The callbacks therefore run on that thread, never on
the GUI thread; Qt code must hop over (emit a queued signal) before touching
widgets. This module imports nothing from Qt.
"""

from __future__ import annotations

import contextlib
import html
import logging
import os
import socket
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    MatchRule,
    MessageFlag,
    MessageType,
    message_bus,
    new_method_call,
)
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
from jeepney.wrappers import DBusErrorResponse  # type: ignore[import-untyped]

log = logging.getLogger(__name__)

SERVICE_NAME = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"

# Lets the desktop match our notifications to the installed .desktop file
# (its icon, name and per-app notification settings).
DESKTOP_ENTRY = "org.stretchcoach.StretchCoach"
# The spec reserves the "x-vendor." prefix for categories it does not define.
CATEGORY = "x-stretch-coach.reminder"

URGENCY_LOW = 0
URGENCY_NORMAL = 1
URGENCY_CRITICAL = 2

_SERVICE = DBusAddress(OBJECT_PATH, bus_name=SERVICE_NAME, interface=INTERFACE)
# How long close() waits for the listener; it only overruns while a callback
# is still busy, which must not hold up quitting the app.
_JOIN_SECONDS = 5.0


# Named for the state callers react to (by falling back), hence no Error suffix.
class NotificationServiceUnavailable(Exception):  # noqa: N818
    """No notification server can be reached, or it refused a request.

    Callers fall back to another way of reminding (a tray message, the window).
    """


@dataclass(slots=True)
class _PendingCall:
    future: Future[Any]
    # Runs on the listener thread as the reply is read, before any message
    # that came after it, so an id is known before its signals are handled.
    on_return: Callable[[Any], None] | None


class FreedesktopNotifications:
    """Sends notifications and reports the action buttons people press.

    Each notification is named by a key of the caller's choosing; notifying
    again with the same key replaces the notification still on screen.

    ``on_action(key, action_id)`` runs when a button is pressed (``"default"``
    when the server reports a click on the notification itself) and
    ``on_closed(key)`` when the notification goes away by expiring, by being
    dismissed or by the server; not after :meth:`withdraw`, which the caller
    asked for. Both run on a background thread: GUI code must hand the event
    to its own thread. Calling :meth:`notify` or :meth:`withdraw` from inside
    a callback raises RuntimeError: the reply could only be read by the very
    thread that would be waiting for it.

    Constructing connects to the session bus; :meth:`connect` is the same
    with a name that makes the I/O plain at the call site.
    """

    def __init__(
        self,
        on_action: Callable[[str, str], None],
        on_closed: Callable[[str], None] | None = None,
        *,
        app_name: str = "Stretch Coach",
        bus_address: str | None = None,
        timeout: float = 2.0,
    ) -> None:
        self._on_action = on_action
        self._on_closed = on_closed
        self._app_name = app_name
        self._timeout = timeout

        # _state_lock guards the maps, the pending replies and the flags; it
        # is never held while waiting on the bus or running a callback.
        self._state_lock = threading.Lock()
        # Whole socket writes only; also orders closing the socket after them.
        self._send_lock = threading.Lock()
        # One notify/withdraw at a time, so reading a key's current id and
        # recording its new one cannot interleave with another call's.
        self._request_lock = threading.Lock()

        self._ids_by_key: dict[str, int] = {}
        self._keys_by_id: dict[int, str] = {}
        self._pending: dict[int, _PendingCall] = {}
        # Unique bus name of the process that currently owns the service.
        self._server_owner: str | None = None
        self._closing = False
        self._listener_done = False
        self._socket_closed = False
        self._capabilities: frozenset[str] = frozenset()
        self._server_name = ""

        self._conn: Any = None
        self._listener: threading.Thread | None = None
        try:
            self._open(bus_address)
        except NotificationServiceUnavailable:
            self.close()
            raise
        except (OSError, ValueError, RuntimeError, DBusErrorResponse) as exc:
            # OSError covers a missing socket and timeouts; ValueError a bad
            # address or failed authentication; RuntimeError a transport
            # jeepney cannot use (tcp:, launchd:).
            self.close()
            raise NotificationServiceUnavailable(f"cannot reach the session bus: {exc}") from exc

    @classmethod
    def connect(
        cls,
        on_action: Callable[[str, str], None],
        on_closed: Callable[[str], None] | None = None,
        *,
        app_name: str = "Stretch Coach",
        bus_address: str | None = None,
        timeout: float = 2.0,
    ) -> FreedesktopNotifications:
        """Connect to the notification server on the session bus.

        ``bus_address`` defaults to $DBUS_SESSION_BUS_ADDRESS; ``timeout``
        bounds, in seconds, the authentication and every call's wait for its
        reply. Raises NotificationServiceUnavailable when there is no session
        bus or no running server. A server that is installed but not running
        is not started: we only ask whether the name has an owner.
        """
        return cls(
            on_action,
            on_closed,
            app_name=app_name,
            bus_address=bus_address,
            timeout=timeout,
        )

    @property
    def capabilities(self) -> frozenset[str]:
        """What the server said it can do when we connected ("actions", "body-markup", ...)."""
        return self._capabilities

    @property
    def supports_actions(self) -> bool:
        return "actions" in self._capabilities

    @property
    def server_name(self) -> str:
        """The server's name and version, for the log (e.g. "dunst 1.11.0")."""
        return self._server_name

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        icon: str = "",
        urgency: int = URGENCY_NORMAL,
        timeout_ms: int = -1,
        resident: bool = True,
    ) -> int:
        """Show a notification, replacing the one shown earlier under ``key``.

        ``actions`` are (action_id, label) pairs; they are left out when the
        server cannot show buttons. ``timeout_ms`` of -1 lets the server
        decide and 0 keeps the notification until dismissed. Returns the id
        the server gave it. Raises NotificationServiceUnavailable when the
        server cannot be reached or refuses the request.
        """
        if urgency not in (URGENCY_LOW, URGENCY_NORMAL, URGENCY_CRITICAL):
            raise ValueError(f"urgency must be 0, 1 or 2, not {urgency}")
        if timeout_ms < -1:
            raise ValueError(f"timeout_ms must be -1 or more, not {timeout_ms}")

        flat_actions: list[str] = []
        if self.supports_actions:
            for action_id, label in actions:
                flat_actions += [action_id, label]
        if "body-markup" in self._capabilities:
            # Such servers read the body as a small HTML subset, so a stray
            # "<" or "&" would hide text or void the whole body.
            body = html.escape(body, quote=False)
        hints: dict[str, tuple[str, Any]] = {
            "urgency": ("y", urgency),
            "desktop-entry": ("s", DESKTOP_ENTRY),
            "category": ("s", CATEGORY),
        }
        # The spec ties "resident" to servers that keep notifications around
        # ("persistence"); elsewhere the hint means nothing.
        if resident and "persistence" in self._capabilities:
            hints["resident"] = ("b", True)

        with self._request_lock:
            with self._state_lock:
                replaces_id = self._ids_by_key.get(key, 0)

            def remember(reply: Any) -> None:
                self._remember(key, reply)

            reply = self._call_service(
                "Notify",
                NOTIFY_SIGNATURE,
                (
                    self._app_name,
                    replaces_id,
                    icon,
                    title,
                    body,
                    flat_actions,
                    hints,
                    timeout_ms,
                ),
                on_return=remember,
            )
        return int(reply[0])

    def withdraw(self, key: str) -> None:
        """Take the notification shown under ``key`` off the screen, if there is one.

        Best effort: a notification the server has already dropped, or a lost
        connection, is only logged.
        """
        with self._request_lock:
            with self._state_lock:
                notification_id = self._ids_by_key.pop(key, None)
                if notification_id is None or self._closing:
                    return
                # Forgotten first, so the NotificationClosed this causes is
                # not reported as the person dismissing it.
                self._keys_by_id.pop(notification_id, None)
            try:
                self._call_service("CloseNotification", "u", (notification_id,))
            except NotificationServiceUnavailable as exc:
                log.info("could not withdraw notification %r: %s", key, exc)

    def close(self) -> None:
        """Stop listening and disconnect. Safe to call more than once, and from a callback.

        Notifications still on screen stay there; withdraw them first if their
        buttons should not outlive the app.
        """
        with self._state_lock:
            if self._closing:
                return
            self._closing = True
        listener = self._listener
        if listener is None:
            # The listener never started, so nothing else uses the socket.
            self._close_socket()
            return
        with self._send_lock:
            if not self._socket_closed:
                # Wakes the listener from its blocking read; it then closes
                # the socket itself, as the last user of it.
                with contextlib.suppress(OSError):
                    self._conn.sock.shutdown(socket.SHUT_RDWR)
        if listener is not threading.current_thread():
            listener.join(_JOIN_SECONDS)
            if listener.is_alive():
                log.warning("the notification listener is still busy in a callback")

    # Connecting ----------------------------------------------------------

    def _open(self, bus_address: str | None) -> None:
        address = bus_address or os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        if not address:
            raise NotificationServiceUnavailable(
                "no session bus (DBUS_SESSION_BUS_ADDRESS is not set)"
            )
        self._conn = open_dbus_connection(bus=address, auth_timeout=self._timeout)
        self._listener = threading.Thread(
            target=self._listen, name="stretch-coach-notifications", daemon=True
        )
        self._listener.start()

        # NameHasOwner asks the bus and never starts the service; calling the
        # service directly could launch one that the desktop does not run.
        (has_owner,) = self._call(message_bus.NameHasOwner(SERVICE_NAME))
        if not has_owner:
            raise NotificationServiceUnavailable(f"nothing on the session bus owns {SERVICE_NAME}")
        # Naming the well-known sender makes the bus drop look-alike signals
        # from other programs; the bus matches it against the current owner.
        rule = MatchRule(type="signal", sender=SERVICE_NAME, interface=INTERFACE, path=OBJECT_PATH)
        self._call(message_bus.AddMatch(rule))
        (capabilities,) = self._call_service("GetCapabilities")
        self._capabilities = frozenset(str(c) for c in capabilities)
        name, _vendor, version, _spec_version = self._call_service(
            "GetServerInformation", on_return=self._note_server
        )
        self._server_name = f"{name} {version}".strip()

    def _note_server(self, reply: Any) -> None:
        with self._state_lock:
            self._server_owner = reply.header.fields.get(HeaderFields.sender)

    # Calls ---------------------------------------------------------------

    def _call_service(
        self,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        *,
        on_return: Callable[[Any], None] | None = None,
    ) -> tuple[Any, ...]:
        message = new_method_call(_SERVICE, method, signature, body)
        # Should the server vanish between calls, the bus must not start a
        # replacement on our account.
        message.header.flags |= MessageFlag.no_auto_start
        try:
            return self._call(message, on_return=on_return)
        except DBusErrorResponse as exc:
            raise NotificationServiceUnavailable(
                f"{method} failed: {exc.name}: {_error_text(exc.data)}"
            ) from exc
        except OSError as exc:
            raise NotificationServiceUnavailable(f"{method} failed: {exc}") from exc

    def _call(
        self, message: Any, *, on_return: Callable[[Any], None] | None = None
    ) -> tuple[Any, ...]:
        """Send a method call and wait for its reply, which the listener reads.

        Raises DBusErrorResponse for an error reply, TimeoutError when none
        comes in time and ConnectionError when the connection is gone.
        """
        if threading.current_thread() is self._listener:
            raise RuntimeError(
                "notification calls cannot be made from the on_action/on_closed callbacks; "
                "hand the event to another thread first"
            )
        future: Future[Any] = Future()
        with self._state_lock:
            if self._closing or self._listener_done:
                raise ConnectionError("the notification connection is closed")
            serial = next(self._conn.outgoing_serial)
            self._pending[serial] = _PendingCall(future, on_return)
        try:
            with self._send_lock:
                if self._socket_closed:
                    raise ConnectionError("the notification connection is closed")
                self._conn.send(message, serial=serial)
            reply = future.result(timeout=self._timeout)
        except TimeoutError as exc:
            raise TimeoutError(f"no reply within {self._timeout:g} s") from exc
        finally:
            with self._state_lock:
                self._pending.pop(serial, None)
        if reply.header.message_type == MessageType.error:
            raise DBusErrorResponse(reply)
        return tuple(reply.body)

    def _remember(self, key: str, reply: Any) -> None:
        """Record the id the server gave ``key`` (runs on the listener thread)."""
        (notification_id,) = reply.body
        sender = reply.header.fields.get(HeaderFields.sender)
        with self._state_lock:
            if sender != self._server_owner:
                # A restarted server numbers afresh: the old ids mean nothing.
                self._ids_by_key.clear()
                self._keys_by_id.clear()
                self._server_owner = sender
            previous = self._ids_by_key.get(key)
            if previous is not None:
                self._keys_by_id.pop(previous, None)
            other_key = self._keys_by_id.get(notification_id)
            if other_key is not None:
                self._ids_by_key.pop(other_key, None)
            self._ids_by_key[key] = notification_id
            self._keys_by_id[notification_id] = key

    # Listener thread -----------------------------------------------------

    def _listen(self) -> None:
        try:
            while True:
                try:
                    message = self._conn.receive()
                except Exception as exc:
                    with self._state_lock:
                        closing = self._closing
                    if not closing:
                        log.warning("lost the connection to the session bus: %s", exc)
                    return
                try:
                    self._dispatch(message)
                except Exception:
                    log.exception("error while handling a message from the notification server")
        finally:
            self._stop_listening()

    def _stop_listening(self) -> None:
        with self._state_lock:
            self._listener_done = True
            pending = list(self._pending.values())
            self._pending.clear()
        for call in pending:
            if not call.future.done():
                call.future.set_exception(
                    ConnectionError("the notification connection closed before the reply")
                )
        self._close_socket()

    def _close_socket(self) -> None:
        with self._send_lock:
            if self._socket_closed or self._conn is None:
                return
            self._socket_closed = True
            with contextlib.suppress(OSError):
                self._conn.close()

    def _dispatch(self, message: Any) -> None:
        kind = message.header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            self._deliver_reply(message)
        elif kind == MessageType.signal:
            self._handle_signal(message)
        # Nobody has reason to call methods on us; such calls are ignored.

    def _deliver_reply(self, message: Any) -> None:
        serial = message.header.fields.get(HeaderFields.reply_serial)
        with self._state_lock:
            call = self._pending.pop(serial, None)
        if call is None:
            return  # the caller gave up waiting
        if call.on_return is not None and message.header.message_type == MessageType.method_return:
            try:
                call.on_return(message)
            except Exception as exc:
                call.future.set_exception(
                    ConnectionError(f"unexpected reply from the notification server: {exc!r}")
                )
                return
        call.future.set_result(message)

    def _handle_signal(self, message: Any) -> None:
        fields = message.header.fields
        if fields.get(HeaderFields.interface) != INTERFACE:
            return  # e.g. NameAcquired from the bus itself
        if fields.get(HeaderFields.path) != OBJECT_PATH:
            return
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature)
        action_id: str | None = None
        with self._state_lock:
            if fields.get(HeaderFields.sender) != self._server_owner:
                return
            if member == "ActionInvoked" and signature == "us":
                notification_id, action_id = message.body
                key = self._keys_by_id.get(notification_id)
            elif member == "NotificationClosed" and signature == "uu":
                notification_id, _reason = message.body
                key = self._keys_by_id.pop(notification_id, None)
                if key is not None:
                    self._ids_by_key.pop(key, None)
            else:
                return  # ActivationToken and later additions
        if key is None:
            return  # another program's notification, or one we withdrew
        # Outside the lock, so a callback may use our properties freely.
        try:
            if action_id is not None:
                self._on_action(key, action_id)
            elif self._on_closed is not None:
                self._on_closed(key)
        except Exception:
            log.exception("notification callback failed for %r", key)


def _error_text(data: Any) -> str:
    # An error's body is by convention one human-readable string, but it may be empty.
    if isinstance(data, tuple) and data and isinstance(data[0], str):
        return data[0]
    return "(no message)"
