"""The launch keeps Python's cycle collector waiting until the app is built."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from stretch_coach.ui.i18n import install_translator


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector is undone for the tests after it."""
    yield
    gc.unfreeze()
    gc.enable()


def test_collect_from_now_on_turns_the_collector_on_and_sets_what_lives_aside(
    collector: None,
) -> None:
    from stretch_coach.launch import collect_from_now_on

    gc.disable()

    class Node:
        pass

    left_over = Node()
    left_over.itself = left_over  # type: ignore[attr-defined]  # a cycle only the collector frees
    gone = weakref.ref(left_over)
    del left_over
    collect_from_now_on()
    assert gc.isenabled()
    assert gone() is None
    assert gc.get_freeze_count() > 0
    # All set aside, later collections skip them (another thread may have
    # made a few objects since).
    assert len(gc.get_objects()) < 100


def test_the_launch_builds_the_app_without_the_collector_and_turns_it_on_after(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    """Everything past the launch's own steps (the services, the app, the
    event loop) is a stand-in that notes whether the collector runs."""
    from stretch_coach import app as app_module
    from stretch_coach import launch
    from stretch_coach.cli import build_parser
    from stretch_coach.flows.context import AppServices
    from stretch_coach.services import quit_signals, single_instance, voice

    seen: dict[str, bool] = {}

    class Primary:
        def __init__(self, name: str) -> None:
            self.name = name

        def become_primary(self) -> bool:
            return True

    class AppStandIn:
        def __init__(self, *_args: object, when_built: Callable[[], None], **_: object) -> None:
            seen["building"] = gc.isenabled()
            self._when_built = when_built

        def start(self, *_args: object, **_kwargs: object) -> None:
            self._when_built()  # as the app does once the rest is built
            seen["built"] = gc.isenabled()

        def shutdown(self) -> None:
            pass

    def event_loop(*_args: object) -> int:
        seen["running"] = gc.isenabled()
        return 0

    monkeypatch.setattr(voice, "QtVoice", lambda *_args: None)
    monkeypatch.setattr(single_instance, "SingleInstance", Primary)
    monkeypatch.setattr(app_module, "StretchCoach", AppStandIn)
    monkeypatch.setattr(AppServices, "load", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(quit_signals, "quit_on_signals", lambda *_args: None)
    monkeypatch.setattr(QApplication, "exec", event_loop)
    gc.enable()
    try:
        assert launch.run_gui(build_parser().parse_args(["--lang", "en"])) == 0
    finally:
        install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert seen == {"building": False, "built": True, "running": True}
    assert gc.get_freeze_count() > 0
    assert gc.isenabled()


def test_the_collector_is_back_on_when_the_launch_fails(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, collector: None
) -> None:
    from stretch_coach import launch
    from stretch_coach.cli import build_parser
    from stretch_coach.services import single_instance

    def broken(_name: str) -> None:
        assert not gc.isenabled()
        raise RuntimeError("no instance check")

    monkeypatch.setattr(single_instance, "SingleInstance", broken)
    gc.enable()
    try:
        with pytest.raises(RuntimeError, match="no instance check"):
            launch.run_gui(build_parser().parse_args(["--lang", "en"]))
    finally:
        install_translator(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert gc.isenabled()
