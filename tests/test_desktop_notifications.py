"""Freedesktop notifications over a private D-Bus daemon and a fake notification server.

Each test starts its own ``dbus-daemon`` in a temporary folder, so neither the
real session bus nor the system bus is ever touched.
"""

from __future__ import annotations

import logging
import os
import selectors
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    HeaderFields,
    MessageType,
    message_bus,
    new_method_call,
    new_signal,
)
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

from stretch_coach.services.desktop_notifications import (
    CATEGORY,
    DESKTOP_ENTRY,
    NOTIFY_SIGNATURE,
    FreedesktopNotifications,
    NotificationServiceUnavailable,
)
from tests.fake_notification_server import (
    CLOSED_EXPIRED,
    DEFAULT_CAPABILITIES,
    INTERFACE,
    OBJECT_PATH,
    SERVICE_NAME,
    FakeNotificationServer,
)

pytestmark = [
    pytest.mark.slow,
    # The listener thread must log its troubles, never die of them.
    pytest.mark.filterwarnings("error::pytest.PytestUnhandledThreadExceptionWarning"),
]

LISTENER_THREAD = "stretch-coach-notifications"
WAIT_SECONDS = 5.0

BUS_CONFIG = """\
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# A notification server the bus could start on demand. All it does when
# started is leave a file behind, which shows that something asked for it.
ACTIVATABLE_SERVICE = """\
[D-BUS Service]
Name={name}
Exec={touch} {marker}
"""


@dataclass(frozen=True)
class PrivateBus:
    address: str
    daemon: subprocess.Popen[bytes]
    activation_marker: Path


@pytest.fixture
def private_bus() -> Iterator[PrivateBus]:
    daemon_path = shutil.which("dbus-daemon")
    if daemon_path is None:
        pytest.fail(
            "dbus-daemon is not installed: install the Debian/Ubuntu package 'dbus-daemon' "
            "(called 'dbus' on older releases) to run the notification tests"
        )
    touch = shutil.which("touch") or "/usr/bin/touch"
    # Made under the system temp folder, not pytest's: a unix socket path may
    # be at most 107 bytes long.
    with tempfile.TemporaryDirectory(prefix="sc-dbus-") as folder:
        root = Path(folder)
        services = root / "services"
        services.mkdir()
        marker = root / "activated"
        (services / f"{SERVICE_NAME}.service").write_text(
            ACTIVATABLE_SERVICE.format(name=SERVICE_NAME, touch=touch, marker=marker),
            encoding="utf-8",
        )
        config = root / "bus.conf"
        config.write_text(
            BUS_CONFIG.format(socket=escape(str(root / "bus")), services=escape(str(services))),
            encoding="utf-8",
        )
        log_path = root / "daemon.log"
        with log_path.open("wb") as daemon_log:
            daemon = subprocess.Popen(
                [
                    daemon_path,
                    f"--config-file={config}",
                    "--nofork",
                    "--nopidfile",
                    "--print-address=1",  # on stdout, once it listens
                ],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=daemon_log,
                env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
            )
        try:
            address = _read_address(daemon, log_path)
            yield PrivateBus(address, daemon, marker)
        finally:
            daemon.terminate()
            try:
                daemon.wait(5)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait(5)
            assert daemon.stdout is not None
            daemon.stdout.close()


def _read_address(daemon: subprocess.Popen[bytes], log_path: Path) -> str:
    # The daemon prints its address once it is listening.
    assert daemon.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(daemon.stdout, selectors.EVENT_READ)
        if not selector.select(WAIT_SECONDS):
            pytest.fail(f"dbus-daemon printed no address: {log_path.read_text(errors='replace')}")
    line = daemon.stdout.readline().decode().strip()
    if not line:
        pytest.fail(f"dbus-daemon did not start: {log_path.read_text(errors='replace')}")
    return line


class Events:
    """What the callbacks received, and on which thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._actions: list[tuple[str, str]] = []
        self._closed: list[str] = []
        self.threads: set[str] = set()

    def on_action(self, key: str, action_id: str) -> None:
        with self._lock:
            self._actions.append((key, action_id))
            self.threads.add(threading.current_thread().name)

    def on_closed(self, key: str) -> None:
        with self._lock:
            self._closed.append(key)
            self.threads.add(threading.current_thread().name)

    @property
    def actions(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self._actions)

    @property
    def closed(self) -> list[str]:
        with self._lock:
            return list(self._closed)


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Poll until ``condition`` holds; fail after a generous bound."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.005)


def listener_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == LISTENER_THREAD and t.is_alive()]


@pytest.fixture
def server(private_bus: PrivateBus) -> Iterator[FakeNotificationServer]:
    with FakeNotificationServer(private_bus.address) as fake:
        yield fake
    assert fake.errors == []


@pytest.fixture
def events() -> Events:
    return Events()


@pytest.fixture
def notifier(
    private_bus: PrivateBus, server: FakeNotificationServer, events: Events
) -> Iterator[FreedesktopNotifications]:
    notifications = FreedesktopNotifications.connect(
        events.on_action, events.on_closed, bus_address=private_bus.address
    )
    yield notifications
    notifications.close()


def show_reminder(notifier: FreedesktopNotifications, key: str = "evening") -> int:
    return notifier.notify(
        key, "Time to stretch", "Two minutes for calves and feet.", [("start", "Start now")]
    )


# Connecting --------------------------------------------------------------


def test_connect_fails_cleanly_when_no_server_runs(private_bus: PrivateBus) -> None:
    with pytest.raises(NotificationServiceUnavailable, match=SERVICE_NAME):
        FreedesktopNotifications.connect(lambda key, action: None, bus_address=private_bus.address)
    assert listener_threads() == []
    # Had connect() called the service, the bus would have started it and
    # only answered once the started program had exited, marker written.
    assert not private_bus.activation_marker.exists()

    # The control: asking for the service does start it.
    with open_dbus_connection(bus=private_bus.address) as raw:
        raw.send(message_bus.StartServiceByName(SERVICE_NAME))
        wait_until(private_bus.activation_marker.exists, "the bus to start the service")


@pytest.mark.parametrize(
    "address",
    ["unix:path=/nonexistent/stretch-coach/bus", "not-an-address", "nonsense:x=y", ""],
)
def test_connect_fails_cleanly_for_a_bogus_bus_address(
    address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The empty address falls back to the environment, emptied here too.
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(NotificationServiceUnavailable):
        FreedesktopNotifications.connect(lambda key, action: None, bus_address=address)
    assert listener_threads() == []


def test_connect_reads_what_the_server_offers(
    notifier: FreedesktopNotifications,
) -> None:
    assert notifier.capabilities == frozenset(DEFAULT_CAPABILITIES)
    assert notifier.supports_actions
    assert notifier.server_name == "fake-notifyd 1.0"


# Sending -----------------------------------------------------------------


def test_notify_sends_the_exact_signature_and_fields(
    notifier: FreedesktopNotifications, server: FakeNotificationServer
) -> None:
    returned = notifier.notify(
        "evening",
        "Time to stretch",
        "Calves & feet <3",
        [("start", "Start now"), ("snooze", "In 10 minutes")],
        icon="stretch-coach",
        urgency=2,
        timeout_ms=0,
    )
    (call,) = server.calls
    assert call.signature == NOTIFY_SIGNATURE
    assert call.returned_id == returned
    assert call.app_name == "Stretch Coach"
    assert call.replaces_id == 0
    assert call.app_icon == "stretch-coach"
    assert call.summary == "Time to stretch"
    # The fake advertises body-markup, so the body must not read as markup.
    assert call.body == "Calves &amp; feet &lt;3"
    assert call.action_pairs == [("start", "Start now"), ("snooze", "In 10 minutes")]
    assert call.expire_timeout == 0
    assert call.hints == {
        "urgency": ("y", 2),
        "desktop-entry": ("s", DESKTOP_ENTRY),
        "category": ("s", CATEGORY),
        "resident": ("b", True),
    }


def test_a_plain_server_gets_no_buttons_markup_or_resident_hint(
    private_bus: PrivateBus, events: Events
) -> None:
    with FakeNotificationServer(private_bus.address, capabilities=["body"]) as plain:
        notifier = FreedesktopNotifications.connect(
            events.on_action, bus_address=private_bus.address
        )
        try:
            assert not notifier.supports_actions
            notifier.notify("evening", "Time to stretch", "Calves & feet", [("start", "Start")])
        finally:
            notifier.close()
        (call,) = plain.calls
    assert call.signature == NOTIFY_SIGNATURE
    assert call.actions == []
    assert call.body == "Calves & feet"
    assert "resident" not in call.hints
    assert call.hints["urgency"] == ("y", 1)


def test_resident_is_left_out_unless_asked_for(
    notifier: FreedesktopNotifications, server: FakeNotificationServer
) -> None:
    notifier.notify("evening", "Time to stretch", "", resident=False)
    assert "resident" not in server.calls[0].hints


@pytest.mark.parametrize(("urgency", "timeout_ms"), [(3, -1), (-1, -1), (1, -2)])
def test_notify_rejects_values_the_spec_does_not_allow(
    notifier: FreedesktopNotifications, urgency: int, timeout_ms: int
) -> None:
    with pytest.raises(ValueError):
        notifier.notify("evening", "t", "b", urgency=urgency, timeout_ms=timeout_ms)


def test_the_same_key_replaces_and_another_key_adds(
    notifier: FreedesktopNotifications, server: FakeNotificationServer
) -> None:
    first = show_reminder(notifier)
    again = show_reminder(notifier)
    other = show_reminder(notifier, "snoozed")
    calls = server.calls
    assert [c.replaces_id for c in calls] == [0, first, 0]
    assert again == first
    assert other != first
    assert server.open_ids == {first, other}


def test_notify_raises_unavailable_once_the_server_has_gone(
    notifier: FreedesktopNotifications, server: FakeNotificationServer, private_bus: PrivateBus
) -> None:
    server.stop()
    with pytest.raises(NotificationServiceUnavailable, match=r"NameHasNoOwner|ServiceUnknown"):
        show_reminder(notifier)
    # The call failed without the bus starting a server in its place.
    assert not private_bus.activation_marker.exists()


def test_the_fake_server_refuses_ids_sent_as_int32(
    server: FakeNotificationServer, private_bus: PrivateBus
) -> None:
    # What Qt's D-Bus module sends for replaces_id and timeout from Python.
    wrong = "sisssasa{sv}i"
    call = new_method_call(
        DBusAddress(OBJECT_PATH, bus_name=SERVICE_NAME, interface=INTERFACE),
        "Notify",
        wrong,
        ("Stretch Coach", 0, "", "Time to stretch", "", [], {}, -1),
    )
    with open_dbus_connection(bus=private_bus.address) as raw:
        reply = raw.send_and_get_reply(call, timeout=WAIT_SECONDS)
    assert reply.header.message_type == MessageType.error
    assert reply.header.fields[HeaderFields.error_name] == "org.freedesktop.DBus.Error.InvalidArgs"
    assert server.rejected_signatures == [wrong]
    assert server.calls == []


# Signals -----------------------------------------------------------------


@pytest.mark.parametrize("to_sender", [False, True], ids=["broadcast", "addressed"])
def test_a_pressed_button_reaches_on_action_with_our_key(
    notifier: FreedesktopNotifications,
    server: FakeNotificationServer,
    events: Events,
    to_sender: bool,
) -> None:
    notification_id = show_reminder(notifier)
    server.emit_action_invoked(notification_id, "start", to_sender=to_sender)
    wait_until(lambda: events.actions != [], "the action")
    assert events.actions == [("evening", "start")]
    # The documented contract: callbacks come from the listener thread.
    assert events.threads == {LISTENER_THREAD}


def test_signals_for_ids_we_did_not_create_are_ignored(
    notifier: FreedesktopNotifications, server: FakeNotificationServer, events: Events
) -> None:
    ours = show_reminder(notifier)
    server.emit_action_invoked(ours + 100, "start")
    server.emit_notification_closed(ours + 100)
    server.emit_action_invoked(ours, "start")
    # Signals arrive in order, so once ours is in the others were handled.
    wait_until(lambda: events.actions != [], "our action")
    assert events.actions == [("evening", "start")]
    assert events.closed == []


def test_look_alike_signals_from_another_program_are_ignored(
    notifier: FreedesktopNotifications,
    server: FakeNotificationServer,
    events: Events,
    private_bus: PrivateBus,
) -> None:
    ours = show_reminder(notifier)
    our_connection = server.calls[0].sender
    emitter = DBusAddress(OBJECT_PATH, interface=INTERFACE)
    with open_dbus_connection(bus=private_bus.address) as impostor:
        impostor.send(new_signal(emitter, "ActionInvoked", "us", (ours, "broadcast")))
        addressed = new_signal(emitter, "ActionInvoked", "us", (ours, "addressed"))
        addressed.header.fields[HeaderFields.destination] = our_connection
        impostor.send(addressed)
        # A round trip to the bus: it has passed on both signals before replying.
        impostor.send_and_get_reply(message_bus.GetId(), timeout=WAIT_SECONDS)
    server.emit_action_invoked(ours, "start")
    wait_until(lambda: events.actions != [], "the real action")
    assert events.actions == [("evening", "start")]


def test_a_closed_notification_reaches_on_closed_and_is_forgotten(
    notifier: FreedesktopNotifications, server: FakeNotificationServer, events: Events
) -> None:
    first = show_reminder(notifier)
    server.emit_notification_closed(first, CLOSED_EXPIRED)
    wait_until(lambda: events.closed != [], "the closed signal")
    assert events.closed == ["evening"]
    show_reminder(notifier)
    assert server.calls[-1].replaces_id == 0


def test_withdraw_closes_our_notification_without_reporting_it(
    notifier: FreedesktopNotifications, server: FakeNotificationServer, events: Events
) -> None:
    evening = show_reminder(notifier)
    notifier.withdraw("evening")
    notifier.withdraw("evening")
    notifier.withdraw("never-shown")
    assert server.close_requests == [evening]
    assert server.open_ids == set()

    # The server announced the closing; handle a later signal to be sure
    # that one was seen, then check it was not passed on.
    later = show_reminder(notifier, "snoozed")
    server.emit_action_invoked(later, "start")
    wait_until(lambda: events.actions != [], "the later action")
    assert events.closed == []
    assert server.calls[-1].replaces_id == 0


def test_withdraw_survives_a_server_that_has_gone(
    notifier: FreedesktopNotifications,
    server: FakeNotificationServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    show_reminder(notifier)
    server.stop()
    with caplog.at_level(logging.INFO, logger="stretch_coach.services.desktop_notifications"):
        notifier.withdraw("evening")  # returns, rather than raising
    assert "could not withdraw notification 'evening'" in caplog.text
    # The notification is forgotten all the same: there is nothing left to
    # withdraw, so a second call does not even try.
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="stretch_coach.services.desktop_notifications"):
        notifier.withdraw("evening")
    assert "could not withdraw" not in caplog.text


def test_a_failing_callback_does_not_stop_the_listener(
    private_bus: PrivateBus,
    server: FakeNotificationServer,
    events: Events,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def clumsy(key: str, action_id: str) -> None:
        events.on_action(key, action_id)
        if len(events.actions) == 1:
            raise RuntimeError("the GUI fell over")

    notifier = FreedesktopNotifications.connect(clumsy, bus_address=private_bus.address)
    try:
        notification_id = show_reminder(notifier)
        with caplog.at_level(logging.ERROR):
            server.emit_action_invoked(notification_id, "start")
            server.emit_action_invoked(notification_id, "snooze")
            wait_until(lambda: len(events.actions) == 2, "the second action")
        assert "the GUI fell over" in caplog.text
    finally:
        notifier.close()


def test_calls_from_inside_a_callback_are_refused_not_deadlocked(
    private_bus: PrivateBus, server: FakeNotificationServer, caplog: pytest.LogCaptureFixture
) -> None:
    outcome: list[BaseException] = []
    holder: dict[str, FreedesktopNotifications] = {}

    def reentrant(key: str, action_id: str) -> None:
        try:
            holder["n"].notify("again", "t", "b")
        except RuntimeError as exc:
            outcome.append(exc)

    notifier = FreedesktopNotifications.connect(reentrant, bus_address=private_bus.address)
    holder["n"] = notifier
    try:
        server.emit_action_invoked(show_reminder(notifier), "start")
        wait_until(lambda: outcome != [], "the callback")
        assert "callback" in str(outcome[0])
    finally:
        notifier.close()


# Closing -----------------------------------------------------------------


def test_close_is_idempotent_and_stops_the_listener(
    notifier: FreedesktopNotifications,
) -> None:
    show_reminder(notifier)
    assert len(listener_threads()) == 1
    notifier.close()
    notifier.close()
    assert listener_threads() == []
    with pytest.raises(NotificationServiceUnavailable):
        show_reminder(notifier)
    notifier.withdraw("evening")  # nothing to do once closed


def test_close_from_inside_a_callback(
    private_bus: PrivateBus, server: FakeNotificationServer
) -> None:
    holder: dict[str, FreedesktopNotifications] = {}
    notifier = FreedesktopNotifications.connect(
        lambda key, action: holder["n"].close(), bus_address=private_bus.address
    )
    holder["n"] = notifier
    server.emit_action_invoked(show_reminder(notifier), "start")
    wait_until(lambda: listener_threads() == [], "the listener to stop")
    notifier.close()


def test_a_lost_bus_stops_the_listener_quietly(
    notifier: FreedesktopNotifications,
    private_bus: PrivateBus,
    caplog: pytest.LogCaptureFixture,
) -> None:
    show_reminder(notifier)
    with caplog.at_level(logging.WARNING):
        private_bus.daemon.kill()
        wait_until(lambda: listener_threads() == [], "the listener to stop")
    assert "lost the connection" in caplog.text
    with pytest.raises(NotificationServiceUnavailable):
        show_reminder(notifier)
