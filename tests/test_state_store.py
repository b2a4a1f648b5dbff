"""The reminder state file: a damaged one is set aside and the app starts."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stretch_coach.core.clock import local_now
from stretch_coach.core.hints import AppHints
from stretch_coach.core.reminder_rules import ReminderAnswers
from stretch_coach.flows.context import AppServices
from stretch_coach.services import state_store
from stretch_coach.services.state_store import MAX_STATE_BYTES, SavedState, StateStore
from tests.apps import build_app

SAVED = SavedState(
    ReminderAnswers(skipped_evening=dt.date(2026, 11, 27)), AppHints(told_about_tray=True)
)


def write(path: Path, content: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def make_fifo(path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("needs named pipes")
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)


def make_folder(path: Path) -> None:
    (path / "inside").mkdir(parents=True)


DAMAGE: dict[str, Callable[[Path], object]] = {
    "deeply-nested": lambda p: write(p, b"[" * 20_000),
    "not-json": lambda p: write(p, b'{"skipped_evening": '),
    "not-utf-8": lambda p: write(p, b'{"a": "\xff"}'),
    "enormous-number": lambda p: write(p, b"1" * 10_000),
    "too-large": lambda p: write(p, b" " * (MAX_STATE_BYTES + 1) + b"{}"),
    "pipe": make_fifo,
    "folder": make_folder,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_a_damaged_state_file_is_set_aside_with_a_warning(
    tmp_path: Path, damage: Callable[[Path], object], caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "data" / "state.json"
    damage(path)
    store = StateStore(path, now=local_now)
    with caplog.at_level(logging.WARNING, logger=state_store.__name__):
        assert store.load() == SavedState()
    (aside,) = path.parent.glob("state.json.broken-*")
    assert not os.path.lexists(path)
    assert str(aside) in caplog.text and "set aside" in caplog.text
    # The app goes on with a fresh file, and the next start is quiet.
    store.save(SAVED)
    caplog.clear()
    assert StateStore(path, now=local_now).load() == SAVED
    assert caplog.text == ""


def test_setting_aside_never_replaces_an_earlier_copy(tmp_path: Path) -> None:
    path = write(tmp_path / "state.json", b"[")
    StateStore(path, now=lambda: dt.datetime(2026, 11, 27, 22, 0)).load()
    write(path, b"{")
    StateStore(path, now=lambda: dt.datetime(2026, 11, 27, 22, 0)).load()
    copies = sorted(p.name for p in tmp_path.glob("state.json.broken-*"))
    assert copies == ["state.json.broken-20261127-220000", "state.json.broken-20261127-220000-2"]
    assert {(tmp_path / name).read_bytes() for name in copies} == {b"[", b"{"}


def test_the_app_starts_with_a_damaged_state_file(qtbot: QtBot, services: AppServices) -> None:
    write(services.paths.state_file, b"[" * 20_000)
    app = build_app(qtbot, services)  # used to end in RecursionError
    try:
        assert app.reminder_flow.state.answers == ReminderAnswers()
        assert app.reminder_flow.state.hints == AppHints()
    finally:
        app.reminders.shutdown()
        app.delivery.close()
        QApplication.instance().setQuitOnLastWindowClosed(True)  # type: ignore[union-attr]
    assert list(services.paths.data_dir.glob("state.json.broken-*"))
