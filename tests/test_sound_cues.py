"""The sound cues: shipped, small, soft, made by tools/make_sounds.py, and
told apart by ear — each session cue has its own pitch contour."""

from __future__ import annotations

import itertools
import math
import struct
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from stretch_coach.services.sound import SoundCue
from tests.conftest import REPO_ROOT

SESSION_CUES = (
    SoundCue.STEP,
    SoundCue.HOLD,
    SoundCue.RELAX,
    SoundCue.SWITCH,
    SoundCue.COUNTDOWN,
    SoundCue.DONE,
)
MAX_BYTES = 64 * 1024
FRAME_SECONDS = 0.03
# Semitones from about G3 to C6: every note the cues use.
GRID = [440.0 * 2 ** (n / 12) for n in range(-14, 16)]


def read_wav(path: Path) -> tuple[list[float], int]:
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        rate = wav.getframerate()
        raw = wav.readframes(wav.getnframes())
    ints = struct.unpack(f"<{len(raw) // 2}h", raw)
    return [value / 32768 for value in ints], rate


def power_at(frame: list[float], frequency: float, rate: int) -> float:
    """Goertzel: the signal's power at one frequency."""
    coefficient = 2 * math.cos(2 * math.pi * frequency / rate)
    s1 = s2 = 0.0
    for value in frame:
        s1, s2 = value + coefficient * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coefficient * s1 * s2


def pitch_contour(signal: list[float], rate: int) -> tuple[str, ...]:
    """The directions the heard pitch moves in, e.g. ("up",) or ("down", "up").

    The strongest semitone of each audible frame is the pitch heard then;
    repeated notes merge, and so do steps in the same direction, so a glide
    and a run of notes going down both read ("down",).
    """
    size = round(FRAME_SECONDS * rate)
    frames = [signal[i : i + size] for i in range(0, len(signal) - size + 1, size)]
    energies = [sum(v * v for v in frame) for frame in frames]
    loudest = max(energies)
    notes: list[int] = []
    for frame, energy in zip(frames, energies, strict=True):
        if energy < 0.05 * loudest:
            continue
        note = max(range(len(GRID)), key=lambda n: power_at(frame, GRID[n], rate))
        if not notes or notes[-1] != note:
            notes.append(note)
    directions: list[str] = []
    for before, after in itertools.pairwise(notes):
        direction = "up" if after > before else "down"
        if not directions or directions[-1] != direction:
            directions.append(direction)
    return tuple(directions)


@pytest.mark.parametrize("cue", list(SoundCue))
def test_every_cue_is_shipped_small_and_soft(cue: SoundCue) -> None:
    assert cue.path.is_file(), cue.path
    assert cue.path.stat().st_size <= MAX_BYTES
    signal, _rate = read_wav(cue.path)
    assert max(abs(v) for v in signal) <= 0.26, "cues are for bedtime: about -12 dBFS at most"
    assert signal[0] == 0 and signal[-1] == 0, "a cue must not click"


def test_the_shipped_files_are_what_the_tool_makes(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "tools" / "make_sounds.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    made = sorted(p.name for p in tmp_path.glob("*.wav"))
    assert made == sorted(cue.path.name for cue in SoundCue)
    for name in made:
        assert (tmp_path / name).read_bytes() == (
            REPO_ROOT / "assets" / "sounds" / name
        ).read_bytes()


def test_each_session_cue_has_its_own_contour() -> None:
    heard = {}
    for cue in SESSION_CUES:
        signal, rate = read_wav(cue.path)
        # One note heard as short as a tick differs from a whole bell note.
        length = "short" if len(signal) / rate < 0.2 else "long"
        heard[cue] = (pitch_contour(signal, rate), length)
    assert heard[SoundCue.HOLD][0] == ("up",)
    assert heard[SoundCue.RELAX][0] == ("down",)
    assert heard[SoundCue.SWITCH][0] == ("down", "up")
    assert heard[SoundCue.DONE][0] == ("up", "down")
    assert heard[SoundCue.COUNTDOWN] == ((), "short")
    assert heard[SoundCue.STEP] == ((), "long")
    assert len(set(heard.values())) == len(SESSION_CUES), heard
