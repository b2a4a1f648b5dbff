"""The cue player finds out, off the GUI thread, whether sound can be heard."""

from __future__ import annotations

import threading
import time

import playsound3
import pytest

from stretch_coach.services.sound import PlaysoundPlayer, SilentPlayer, SoundCue


def wait_for(condition: threading.Event | None, player: PlaysoundPlayer) -> None:
    """Until the worker has done what was handed to it (or 10 s went by)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if (condition is not None and condition.is_set()) or (condition is None and player.missing):
            return
        time.sleep(0.01)
    raise AssertionError("the sound worker did not finish")


def test_no_back_end_means_missing_and_nothing_is_played(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    played: list[str] = []
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", None)
    monkeypatch.setattr(playsound3, "playsound", lambda path, **_: played.append(path))
    player = PlaysoundPlayer()
    known_before_asking = player.missing
    player.prepare()
    wait_for(None, player)
    player.play(SoundCue.HOLD)
    player.close()
    assert (known_before_asking, player.missing) == (False, True)
    assert played == []


def test_a_back_end_means_not_missing_and_cues_play(monkeypatch: pytest.MonkeyPatch) -> None:
    played = threading.Event()
    monkeypatch.setattr(playsound3, "DEFAULT_BACKEND", "gstreamer")
    monkeypatch.setattr(playsound3, "playsound", lambda path, **_: played.set())
    player = PlaysoundPlayer()
    player.prepare()
    player.play(SoundCue.HOLD)  # runs after the probe, on the same worker
    wait_for(played, player)
    player.close()
    assert not player.missing


def test_a_failing_play_also_means_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_device(path: str, **_: object) -> None:
        raise OSError("no audio device")

    monkeypatch.setattr(playsound3, "playsound", no_device)
    player = PlaysoundPlayer()
    player.play(SoundCue.DONE)
    wait_for(None, player)
    player.close()
    assert player.failed_reason == "no audio device"


def test_the_silent_player_is_never_missing() -> None:
    player = SilentPlayer()
    player.prepare()
    assert not player.missing
