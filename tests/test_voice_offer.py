"""Voice is offered where a person decides about it: the first-run welcome says
why, and the preferences say how to add a speech engine when there is none.
The voice speaks the language the window shows."""

from __future__ import annotations

import tomllib

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from stretch_coach.core.settings import Settings
from stretch_coach.flows.context import AppServices
from stretch_coach.services.voice import QtVoice
from stretch_coach.ui.first_run import WelcomeDialog
from stretch_coach.ui.preferences import PreferencesDialog
from tests.apps import build_app
from tests.conftest import EVENING, REPO_ROOT
from tests.fakes import FakeVoice


def labels(widget: QLabel | WelcomeDialog | PreferencesDialog) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def test_the_welcome_offers_the_voice_and_says_why(qtbot: QtBot, services: AppServices) -> None:
    services.settings_owner.first_run = True
    app = build_app(qtbot, services)
    welcome = app.dialogs.welcome
    assert welcome is not None
    assert welcome.voice.text() == "Read each step aloud"
    assert "without looking at the screen" in welcome.voice_why.text()
    assert not welcome.voice.isChecked(), "voice stays a choice, off until asked for"
    welcome.voice.setChecked(True)
    welcome.start_button.click()
    saved = tomllib.loads(services.paths.settings_file.read_text())
    assert saved["sound"]["voice"] is True
    app.shutdown()


def test_the_welcome_says_how_to_add_a_voice_when_there_is_none(qtbot: QtBot) -> None:
    welcome = WelcomeDialog(Settings(), voice=FakeVoice(available=False))
    qtbot.addWidget(welcome)
    welcome.show()
    assert not welcome.no_voice.isVisible()  # not looked for until wanted
    welcome.voice.setChecked(True)
    assert not welcome.voice.isChecked() and not welcome.voice.isEnabled()
    assert welcome.no_voice.isVisible()
    assert "speech-dispatcher" in labels(welcome) and "espeak-ng" in labels(welcome)


def test_without_the_voice_part_the_welcome_gives_the_command_that_adds_it(
    qtbot: QtBot,
) -> None:
    welcome = WelcomeDialog(Settings(), voice=FakeVoice(module_missing=True))
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.voice.setChecked(True)
    assert not welcome.voice.isChecked()
    text = labels(welcome)
    assert "uv sync --extra voice" in text and "stretch-coach[voice]" in text
    assert "speech-dispatcher" not in text  # an engine is not what is missing


def test_in_the_bundle_a_missing_speech_module_means_a_missing_sound_library(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    # The bundle carries the speech module; no pip or uv command can add it,
    # and it fails to load only without PulseAudio's client library.
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    welcome = WelcomeDialog(Settings(), voice=FakeVoice(module_missing=True))
    qtbot.addWidget(welcome)
    welcome.show()
    welcome.voice.setChecked(True)
    text = labels(welcome)
    assert "libpulse0" in text
    assert "uv sync" not in text and "pipx" not in text


def test_a_missing_speech_module_is_told_apart_from_a_missing_engine(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    import builtins

    from stretch_coach.services.voice import QtVoice

    real_import = builtins.__import__

    def no_speech_module(name: str, *args: object, **kwargs: object) -> object:
        if name == "PySide6.QtTextToSpeech":
            raise ImportError("No module named 'PySide6.QtTextToSpeech'")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_speech_module)
    voice = QtVoice()
    assert not voice.available
    assert voice.module_missing
    voice.say("nothing happens")  # and nothing breaks


def test_the_preferences_say_how_to_add_the_voice_part(qtbot: QtBot, services: AppServices) -> None:
    dialog = PreferencesDialog(
        services.settings,
        services.routines(),
        start_at_login=False,
        voice_available=False,
        voice_module_missing=True,
        evening=EVENING.date(),
    )
    qtbot.addWidget(dialog)
    assert "uv sync --extra voice" in labels(dialog)


def test_the_preferences_say_how_to_add_a_speech_engine(
    qtbot: QtBot, services: AppServices
) -> None:
    dialog = PreferencesDialog(
        services.settings,
        services.routines(),
        start_at_login=False,
        voice_available=False,
        evening=EVENING.date(),
    )
    qtbot.addWidget(dialog)
    text = labels(dialog)
    assert "No speech engine was found" in text
    assert "speech-dispatcher" in text and "espeak-ng" in text


def test_the_voice_speaks_the_language_of_the_window(qtbot: QtBot) -> None:
    # Qt's "mock" engine ships with Qt and never makes a sound; it knows nb_NO.
    voice = QtVoice(language="nb", engines=("mock",))
    assert voice.available
    assert voice.speaking_locale == "nb_NO"
    english = QtVoice(language=None, engines=("mock",))
    assert english.speaking_locale.startswith("en")


def test_asking_whether_there_is_a_voice_does_not_start_the_engine(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from stretch_coach.services.voice import QtVoice

    voice = QtVoice(engines=["mock"])

    def too_slow() -> None:
        raise AssertionError("the engine must not be started just to ask")

    monkeypatch.setattr(voice, "_engine", too_slow)
    assert voice.available  # speech-dispatcher can take a second to start


def test_every_choice_of_the_welcome_is_shown_whole(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox

    welcome = WelcomeDialog(Settings(), voice=FakeVoice())
    qtbot.addWidget(welcome)
    welcome.show()
    for box in welcome.findChildren(QCheckBox):
        assert box.width() >= box.sizeHint().width(), box.text()
    assert welcome.start_button.isDefault() and welcome.start_button.objectName() == "accent"


def test_qt_add_ons_come_only_with_the_voice_extra() -> None:
    # About 400 MiB that only reading aloud needs: a plain install stays small.
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]
    runtime = " ".join(project["dependencies"])
    assert "PySide6-Essentials" in runtime and "PySide6-Addons" not in runtime
    assert any("PySide6-Addons" in d for d in project["optional-dependencies"]["voice"])
