"""A private desktop for the benchmark, and a watcher that sees first paints from outside.

``XSession`` starts what a person's desktop has and the measurements need:
an X server (Xvfb), a window manager (openbox, when installed), a private
session bus (dbus-daemon) and a system tray host (trayer), and stops them
again. Nothing of the person's own session is used or touched.

``PaintWatcher`` is a separate X client. It asks the server for every new
top-level window and puts a DAMAGE monitor on each; the first damage report
on a window that belongs to the launched process is the moment its first
pixels reached the screen. Neither the app nor the baselines load anything
for this, so the baselines stay truly bare.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from Xlib import X, Xatom
from Xlib import display as xdisplay
from Xlib.error import XError
from Xlib.ext import damage

SCREEN = "1366x768x24"
# trayer takes the tray selection a moment after it starts; a launch before
# that would find no tray (the app would say so and keep its window).
TRAY_WAIT_SECONDS = 10.0
TRAY_SELECTION = "_NET_SYSTEM_TRAY_S0"


class SessionError(RuntimeError):
    """The private desktop could not be started or did not behave."""


def missing_tools(need_tray: bool = True) -> list[str]:
    """The programs XSession needs that are not installed (openbox is optional)."""
    tools = ["Xvfb", "dbus-daemon"] + (["trayer"] if need_tray else [])
    return [tool for tool in tools if shutil.which(tool) is None]


@dataclass
class XSession:
    """Xvfb + openbox + a private session bus + trayer, for one benchmark run."""

    tray: bool = True
    display: str = ""
    bus_address: str = ""
    window_manager: bool = False
    _processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    _runtime: Path | None = None

    def __enter__(self) -> XSession:
        try:
            self._start()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def env(self, base: dict[str, str]) -> dict[str, str]:
        """``base`` pointed at this desktop: its display and its session bus."""
        env = dict(base)
        env.pop("QT_QPA_PLATFORM", None)
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = self.display
        env["DBUS_SESSION_BUS_ADDRESS"] = self.bus_address
        env["XDG_SESSION_TYPE"] = "x11"
        return env

    def _start(self) -> None:
        missing = missing_tools(self.tray)
        if missing:
            raise SessionError(f"not installed: {', '.join(missing)}")
        self._runtime = Path(tempfile.mkdtemp(prefix="stretch-coach-bench-x-"))
        read_fd, write_fd = os.pipe()
        # -displayfd lets the server pick a free display and say which.
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", SCREEN, "-nolisten", "tcp"],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._processes.append(server)
        os.close(write_fd)
        number = _read_line(read_fd, 15.0)
        os.close(read_fd)
        if not number:
            raise SessionError("Xvfb did not start")
        self.display = f":{number}"
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._processes.append(bus)
        assert bus.stdout is not None
        self.bus_address = _read_line(bus.stdout.fileno(), 15.0)
        if not self.bus_address:
            raise SessionError("dbus-daemon did not start")
        env = self.env(dict(os.environ))
        env["XDG_RUNTIME_DIR"] = str(self._runtime)
        if shutil.which("openbox"):
            self._spawn(["openbox", "--sm-disable"], env)
            self.window_manager = True
        if self.tray:
            self._spawn(
                ["trayer", "--edge", "bottom", "--align", "right", "--widthtype", "request"],
                env,
            )
            self._wait_for_tray()

    def _spawn(self, command: list[str], env: dict[str, str]) -> None:
        self._processes.append(
            subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )

    def _wait_for_tray(self) -> None:
        connection = xdisplay.Display(self.display)
        try:
            selection = connection.intern_atom(TRAY_SELECTION)
            deadline = time.monotonic() + TRAY_WAIT_SECONDS
            while connection.get_selection_owner(selection) == X.NONE:
                if time.monotonic() > deadline:
                    raise SessionError("trayer never took the system tray")
                time.sleep(0.05)
        finally:
            connection.close()

    def close(self) -> None:
        for process in reversed(self._processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        self._processes.clear()
        if self._runtime is not None:
            shutil.rmtree(self._runtime, ignore_errors=True)
            self._runtime = None


def _read_line(fd: int, timeout: float) -> str:
    """One line from ``fd`` within ``timeout`` seconds ('' if none came)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            return ""
        chunk = os.read(fd, 256)
        if not chunk:
            break
        data += chunk
    return data.decode().strip()


@dataclass(frozen=True, slots=True)
class Paint:
    """A first paint: when (time.monotonic()) and on what kind of window."""

    at: float
    width: int
    height: int
    depth: int  # windows between it and the root: 1 bare, 2 framed, more when embedded


class PaintWatcher:
    """An X client that reports when a given process first paints a window.

    Create it before launching the process: windows are watched from the
    moment they are created, so no paint can be missed.
    """

    def __init__(self, display: str) -> None:
        self._x = xdisplay.Display(display)
        # A window may be gone before the watcher reaches it; such errors
        # are expected and mean only "not this one".
        self._x.set_error_handler(_ignore_error)
        if not self._x.has_extension("DAMAGE"):
            raise SessionError(f"the X server on {display} has no DAMAGE extension")
        self._x.damage_query_version()
        self._damage_event = self._x.extension_event.DamageNotify
        self._root = self._x.screen().root
        self._root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self._pid_atom = self._x.intern_atom("_NET_WM_PID")
        self._x.sync()

    def close(self) -> None:
        self._x.close()

    def drain(self) -> None:
        """Forget everything seen so far (between launches)."""
        while self._x.pending_events():
            self._x.next_event()

    def first_paint(self, pid: int, timeout: float, *, in_tray: bool) -> Paint:
        """Wait for the first damage on a window whose _NET_WM_PID is ``pid``:
        on a top-level window, or with ``in_tray`` on one embedded in another
        client's window (the tray host's), which is how a tray icon shows."""
        deadline = time.monotonic() + timeout
        while True:
            # Checked on every event too: other clients' events can keep
            # coming without end, and must not keep the wait going.
            if time.monotonic() > deadline:
                raise SessionError(f"process {pid} painted no window in {timeout:.0f} s")
            while not self._x.pending_events():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise SessionError(f"process {pid} painted no window in {timeout:.0f} s")
                select.select([self._x.fileno()], [], [], left)
                # Reading is done by pending_events(); select only waits.
            event = self._x.next_event()
            seen = time.monotonic()
            if event.type == X.CreateNotify:
                # Every new top-level gets a DAMAGE monitor at once; the
                # monitor stays when a tray host reparents the window.
                event.window.damage_create(damage.DamageReportNonEmpty)
                self._x.flush()
            elif event.type == self._damage_event:
                window = self._x.create_resource_object("window", event.drawable.id)
                if self._owner(window) != pid:
                    continue
                depth = self._depth(window)
                # A top-level is the root's child, or its frame's with a window manager.
                if (depth > 2) == in_tray:
                    geometry = window.get_geometry()
                    return Paint(seen, geometry.width, geometry.height, depth)

    def _owner(self, window: Any) -> int | None:
        try:
            prop = window.get_full_property(self._pid_atom, Xatom.CARDINAL)
        except XError:
            return None
        if prop is None or not prop.value:
            return None
        return int(prop.value[0])

    def _depth(self, window: Any) -> int:
        depth = 0
        try:
            while window.id != self._root.id:
                window = window.query_tree().parent
                depth += 1
        except XError:
            pass
        return depth


def _ignore_error(*_args: object) -> None:
    return None
