"""Test doubles shared by the suite."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path


class FakeClock:
    """A monotonic clock that only moves when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0, "a monotonic clock never goes back"
        self.now += seconds


class FakePlayer:
    """Records the cues it was asked to play."""

    def __init__(self, missing: bool = False) -> None:
        self.played: list[str] = []
        self.closed = False
        self.prepared = False
        self._missing = missing

    @property
    def missing(self) -> bool:
        return self._missing

    def prepare(self) -> None:
        self.prepared = True

    def play(self, cue: object) -> None:
        self.played.append(str(cue))

    def close(self) -> None:
        self.closed = True


class BrokenPlayer(FakePlayer):
    def play(self, cue: object) -> None:
        super().play(cue)
        raise OSError("no audio device")


class FakeVoice:
    def __init__(self, available: bool = True, module_missing: bool = False) -> None:
        self._available = available and not module_missing
        self._module_missing = module_missing
        self.said: list[str] = []

    @property
    def available(self) -> bool:
        return self._available

    @property
    def unavailable_reason(self) -> str:
        return "" if self._available else "No speech engine was found."

    @property
    def module_missing(self) -> bool:
        return self._module_missing

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        pass

    def prepare(self) -> None:
        self.prepared = True


class FakeDesktopNotifier:
    """Stands in for the D-Bus notification service; presses buttons on request."""

    server_name = "fake"

    def __init__(self, on_action: Callable[[str, str], None], *, actions: bool = True) -> None:
        self.on_action = on_action
        self.supports_actions = actions
        self.shown: list[tuple[str, str, str, list[tuple[str, str]]]] = []
        self.withdrawn: list[str] = []
        self.closed = False

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        **_: object,
    ) -> int:
        self.shown.append((key, title, body, list(actions)))
        return len(self.shown)

    def press(self, action: str) -> None:
        key = self.shown[-1][0]
        self.on_action(key, action)

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)

    def close(self) -> None:
        self.closed = True


def integrity_ok(database: Path) -> bool:
    """SQLite's own check of a history file, on a connection of its own."""
    connection = sqlite3.connect(database)
    try:
        (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    finally:
        connection.close()
    return bool(result == "ok")
