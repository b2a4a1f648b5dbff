"""Synthesise the sound cues of Stretch Coach.

The app plays these short cues, each with its own pitch contour so that a
listener can tell them apart without looking:

* ``step.wav``: one bell note, get into position for the next exercise;
* ``hold.wav``: two notes rising, the hold (or the set of repetitions) starts;
* ``relax.wav``: one warm note gliding down, rest;
* ``switch.wav``: three notes over and back, change legs;
* ``countdown.wav``: a tiny wooden tick in each of the last three seconds;
* ``done.wav``: a slow arch ending low and long, the routine is over;
* ``reminder.wav``: a rising fourth, an evening reminder (outside sessions).

They are made here from plain sine waves rather than taken from a sample
library, for two reasons:

* Reproducible: the script uses no randomness and writes no timestamps, so
  running it again rebuilds every file byte for byte, and anyone can change a
  cue by editing a number below and regenerating.
* Licence-clean: nothing is recorded or downloaded, so the WAVs carry no
  third-party rights and ship under the project's own licence.

The cues are for bedtime, so they are quiet and soft: every file peaks at about
-12 dBFS (the tick lower still), each note rises over a few milliseconds,
decays exponentially and ends with a cosine fade, and the first and last
samples of each file are exactly zero so nothing clicks.

Usage::

    python tools/make_sounds.py [--out DIR]

The output is 16-bit mono PCM at 22050 Hz, written to ``assets/sounds/`` next
to this ``tools/`` folder unless ``--out`` says otherwise.
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

# 22.05 kHz is ample for soft tones below 3 kHz and halves the files.
SAMPLE_RATE = 22_050
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
FULL_SCALE = 32_767

CHIME_PEAK = 0.25  # about -12 dBFS
TICK_PEAK = 0.12  # about -18 dBFS

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"

Signal = list[float]

# Equal-tempered note frequencies in Hz (A4 = 440 Hz).
C4, E4, G4 = 261.63, 329.63, 392.00
A4 = 440.00
C5, D5, E5, G5 = 523.25, 587.33, 659.26, 783.99

# Ratio of the second mode of a free bar or small bell to its first: it gives
# the chime its bell-like, slightly metallic (inharmonic) shimmer.
BELL_RATIO = 2.76


@dataclass(frozen=True)
class Partial:
    """One sine component of a note.

    ``ratio`` multiplies the note's frequency, ``level`` is its amplitude
    relative to the fundamental and ``decay`` is the time constant, in
    seconds, of its exponential fade.
    """

    ratio: float
    level: float
    decay: float


# A soft bell: a fundamental plus a quieter inharmonic partial that dies away
# sooner, so the tone starts with a little shimmer and settles to a pure hum.
BELL: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.20),
    Partial(BELL_RATIO, 0.22, 0.07),
)

# A small wooden knock: two bar modes that both die within a few dozen ms.
WOOD: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.011),
    Partial(BELL_RATIO, 0.30, 0.005),
)

# A warm, rounded tone (like a soft electric piano): harmonic overtones only,
# the upper ones quiet and short-lived.
WARM: tuple[Partial, ...] = (
    Partial(1.0, 1.0, 0.45),
    Partial(2.0, 0.35, 0.25),
    Partial(3.0, 0.10, 0.12),
)


def samples(seconds: float) -> int:
    """Return the number of samples in ``seconds`` of audio."""
    return round(seconds * SAMPLE_RATE)


def envelope(length: int, attack: float, release: float) -> Signal:
    """Return a gain curve of ``length`` samples that starts and ends at 0.

    It rises along a raised cosine over ``attack`` seconds, holds at 1 and
    falls along a raised cosine over the last ``release`` seconds, so the
    first and last values are exactly 0 and the slope is gentle at both ends.
    The exponential decay of the sound itself lives in its partials.
    """
    rise = max(2, min(samples(attack), length // 2))
    fall = max(2, min(samples(release), length - rise))
    gain = [1.0] * length
    for i in range(rise):
        gain[i] = 0.5 - 0.5 * math.cos(math.pi * i / rise)
    for k in range(fall):
        gain[length - fall + k] *= 0.5 + 0.5 * math.cos(math.pi * k / (fall - 1))
    return gain


def tone(
    frequency: float,
    duration: float,
    partials: Sequence[Partial],
    *,
    attack: float = 0.005,
    release: float = 0.05,
) -> Signal:
    """Return one note: decaying sine partials shaped by :func:`envelope`."""
    length = samples(duration)
    gain = envelope(length, attack, release)
    note = [0.0] * length
    for part in partials:
        step = 2.0 * math.pi * frequency * part.ratio / SAMPLE_RATE
        fade = math.exp(-1.0 / (part.decay * SAMPLE_RATE))
        level = part.level
        for i in range(length):
            note[i] += level * math.sin(step * i)
            level *= fade
    return [value * g for value, g in zip(note, gain, strict=True)]


def glide(
    start: float,
    end: float,
    duration: float,
    partials: Sequence[Partial],
    *,
    attack: float = 0.005,
    release: float = 0.05,
) -> Signal:
    """Return one note whose pitch slides smoothly (exponentially) from
    ``start`` to ``end`` Hz: a contour a listener hears as one falling or
    rising sweep rather than separate notes."""
    length = samples(duration)
    gain = envelope(length, attack, release)
    note = [0.0] * length
    for part in partials:
        phase = 0.0
        fade = math.exp(-1.0 / (part.decay * SAMPLE_RATE))
        level = part.level
        for i in range(length):
            frequency = start * (end / start) ** (i / length)
            note[i] += level * math.sin(phase)
            phase += 2.0 * math.pi * frequency * part.ratio / SAMPLE_RATE
            level *= fade
    return [value * g for value, g in zip(note, gain, strict=True)]


def mix(duration: float, notes: Iterable[tuple[float, Signal]]) -> Signal:
    """Sum ``(start seconds, signal)`` pairs into a buffer ``duration`` long."""
    out = [0.0] * samples(duration)
    for start, note in notes:
        offset = samples(start)
        if offset + len(note) > len(out):
            raise ValueError(f"a note starting at {start} s runs past {duration} s")
        for i, value in enumerate(note):
            out[offset + i] += value
    return out


def normalise(signal: Signal, peak: float) -> Signal:
    """Scale ``signal`` so that its largest absolute value is ``peak``."""
    loudest = max(abs(value) for value in signal)
    return [value * peak / loudest for value in signal]


def to_pcm(signal: Signal) -> bytes:
    """Convert samples in [-1, 1] to little-endian signed 16-bit PCM."""
    ints = [max(-FULL_SCALE, min(FULL_SCALE, round(value * FULL_SCALE))) for value in signal]
    return struct.pack(f"<{len(ints)}h", *ints)


def write(path: Path, signal: Signal) -> None:
    """Write ``signal`` to ``path`` as a mono 16-bit PCM WAV file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle, wave.open(handle, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(SAMPLE_WIDTH)
        wav.setframerate(SAMPLE_RATE)
        wav.writeframes(to_pcm(signal))


def make_step() -> Signal:
    """One soft bell on C5, 0.5 s: get into position for the next exercise."""
    return normalise(tone(C5, 0.5, BELL, attack=0.006, release=0.08), CHIME_PEAK)


def make_hold() -> Signal:
    """A rising fifth C5-G5 on the bell, 0.7 s: the hold (or the set) starts now."""
    total = 0.7
    notes = [
        (0.0, tone(C5, 0.3, BELL, attack=0.006, release=0.06)),
        (0.18, tone(G5, total - 0.18, BELL, attack=0.006, release=0.1)),
    ]
    return normalise(mix(total, notes), CHIME_PEAK)


def make_relax() -> Signal:
    """A warm tone gliding down a fourth, A4 to E4, 0.8 s: let go, like a sigh."""
    return normalise(glide(A4, E4, 0.8, WARM, attack=0.02, release=0.2), CHIME_PEAK)


def make_switch() -> Signal:
    """Three quick bell notes E5-C5-E5, over and back, 0.65 s: change legs."""
    total = 0.65
    notes = [
        (start, tone(freq, length, BELL, release=0.05))
        for start, freq, length in ((0.0, E5, 0.2), (0.15, C5, 0.2), (0.3, E5, 0.34))
    ]
    return normalise(mix(total, notes), CHIME_PEAK)


def make_countdown() -> Signal:
    """A very soft wooden tick, 60 ms, once in each of the last three seconds."""
    return normalise(tone(880.0, 0.06, WOOD, attack=0.002, release=0.015), TICK_PEAK)


def make_done() -> Signal:
    """An arch E4-G4 then down to a long C4, 1.3 s: the routine is done, good night."""
    total = 1.3
    starts = (0.0, 0.2, 0.4)
    notes = [
        (start, tone(freq, total - start, WARM, attack=0.008, release=0.25))
        for start, freq in zip(starts, (E4, G4, C4), strict=True)
    ]
    return normalise(mix(total, notes), CHIME_PEAK)


def make_reminder() -> Signal:
    """A friendly rising fourth A4-D5 on the bell, 0.9 s: time to stretch."""
    total = 0.9
    notes = [
        (0.0, tone(A4, total, BELL, attack=0.006, release=0.12)),
        (0.28, tone(D5, total - 0.28, BELL, attack=0.006, release=0.12)),
    ]
    return normalise(mix(total, notes), CHIME_PEAK)


# One file per cue; each session cue has its own pitch contour (one note, up,
# down, over-and-back, arch), so they tell apart by ear, not by loudness.
SOUNDS: dict[str, Callable[[], Signal]] = {
    "step.wav": make_step,
    "hold.wav": make_hold,
    "relax.wav": make_relax,
    "switch.wav": make_switch,
    "countdown.wav": make_countdown,
    "done.wav": make_done,
    "reminder.wav": make_reminder,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Write every cue to the output folder, printing one line per file."""
    parser = argparse.ArgumentParser(description="Synthesise Stretch Coach's sound cues.")
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="folder to write the WAV files to (default: the repo's assets/sounds/)",
    )
    args = parser.parse_args(argv)
    out_dir: Path = args.out
    for name, make in SOUNDS.items():
        signal = make()
        path = out_dir / name
        write(path, signal)
        seconds = len(signal) / SAMPLE_RATE
        peak = max(abs(value) for value in signal)
        print(f"wrote {path} ({seconds:.3f} s, peak {peak:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
