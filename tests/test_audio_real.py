"""Sound cues and the voice, really played: through a private PulseAudio
server whose only output is a null sink, recorded from that sink's monitor.

These check what the fakes cannot: that a cue and a spoken phrase come out
as real, non-silent audio of the expected length, within 150 ms of the step
boundary that asked for them. They need (Debian packages) pulseaudio,
pulseaudio-utils, gstreamer1.0-plugins-base-apps, gstreamer1.0-plugins-good,
gstreamer1.0-pulseaudio, speech-dispatcher, speech-dispatcher-espeak-ng and
libspeechd2; .ci/run installs them. Elsewhere they skip, except with CI=true,
where a missing tool fails.
"""

from __future__ import annotations

import array
import contextlib
import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from stretch_coach.core.clock import Clocks
from stretch_coach.core.exercises import load_catalogue
from stretch_coach.core.plan import StepKind
from stretch_coach.core.routines import builtin_routines, find_routine
from stretch_coach.core.scaling import scaled_plan
from stretch_coach.flows.session_controller import SessionController
from stretch_coach.services.sound import PlaysoundPlayer, SilentPlayer, SoundCue
from stretch_coach.services.voice import QtVoice
from stretch_coach.step_wording import spoken_phrases
from tests.conftest import EVENING
from tests.optional_tools import missing_tool

RATE = 22_050
FRAME = 0.01  # seconds of audio per loudness frame
AUDIBLE = 0.003  # RMS above this (about -50 dBFS) is sound, below is silence
ON_TIME = 0.15  # a cue or phrase must start within this of its boundary
SINK = "coach_sink"
DEBIAN_PACKAGES = (
    "pulseaudio pulseaudio-utils gstreamer1.0-plugins-base-apps gstreamer1.0-plugins-good "
    "gstreamer1.0-pulseaudio speech-dispatcher speech-dispatcher-espeak-ng libspeechd2"
)
TOOLS = ("pulseaudio", "parec", "pactl", "gst-play-1.0", "speech-dispatcher", "espeak-ng")
SPEECHD_LIBRARY = Path("/usr/lib/x86_64-linux-gnu/libspeechd.so.2")


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"real-audio tools missing ({', '.join(missing)}); install: {DEBIAN_PACKAGES}"
        missing_tool(reason)


@dataclass
class Recording:
    """The sink's monitor as it arrives, each chunk stamped with the monotonic
    time it was read (so a sample's time is known to within the capture
    latency, which can only make sound look later, never earlier)."""

    process: subprocess.Popen[bytes]
    chunks: list[tuple[float, bytes]] = field(default_factory=list)

    def read(self) -> None:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while data := os.read(fd, 4096):
            self.chunks.append((time.monotonic(), data))

    def loudness(self) -> list[tuple[float, float]]:
        """(time, RMS) for each 10 ms frame recorded so far."""
        samples = array.array("h")
        ends: list[tuple[int, float]] = []
        pending = b""
        for stamp, data in list(self.chunks):
            pending += data
            whole = len(pending) - len(pending) % 2
            samples.frombytes(pending[:whole])
            pending = pending[whole:]
            ends.append((len(samples), stamp))
        size = round(FRAME * RATE)
        frames = []
        end_index = 0
        for start in range(0, len(samples) - size + 1, size):
            last = start + size
            while ends[end_index][0] < last:
                end_index += 1
            count, stamp = ends[end_index]
            at = stamp - (count - last) / RATE
            chunk = samples[start:last]
            rms = (sum(v * v for v in chunk) / size) ** 0.5 / 32768
            frames.append((at, rms))
        return frames


def sound_between(frames: list[tuple[float, float]], start: float, end: float) -> list[float]:
    return [at for at, rms in frames if start <= at <= end and rms > AUDIBLE]


@pytest.fixture
def pulse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Recording]:
    """A private PulseAudio server with a null sink, recorded from its monitor."""
    require_tools()
    socket = tmp_path / "pulse" / "native"
    socket.parent.mkdir()
    script = tmp_path / "pulse.pa"
    script.write_text(
        f"load-module module-null-sink sink_name={SINK} rate={RATE} channels=1\n"
        f"set-default-sink {SINK}\n"
        f"load-module module-native-protocol-unix auth-anonymous=1 socket={socket}\n"
    )
    # Its own state and runtime folders (conftest already gave a private HOME
    # and XDG_RUNTIME_DIR), so it never meets a desktop's sound server.
    monkeypatch.setenv("PULSE_RUNTIME_PATH", str(tmp_path / "pulse"))
    monkeypatch.setenv("PULSE_STATE_PATH", str(tmp_path / "pulse"))
    monkeypatch.setenv("PULSE_SERVER", f"unix:{socket}")
    daemon = ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit"]
    server = subprocess.Popen(
        [*daemon, "-n", "-F", str(script), "--log-target=stderr"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    recorder: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 10
        while subprocess.run(["pactl", "info"], capture_output=True).returncode != 0:
            assert server.poll() is None, "pulseaudio did not start"
            assert time.monotonic() < deadline, "pulseaudio did not answer"
            time.sleep(0.1)
        monitor = ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le"]
        recorder = subprocess.Popen(
            [*monitor, f"--rate={RATE}", "--channels=1", "--latency-msec=10"],
            stdout=subprocess.PIPE,
        )
        recording = Recording(recorder)
        threading.Thread(target=recording.read, daemon=True).start()
        while not recording.chunks:  # the monitor streams silence once it runs
            assert time.monotonic() < deadline, "parec recorded nothing"
            time.sleep(0.05)
        yield recording
    finally:
        stop_speech_dispatcher()
        for process in (recorder, server):
            if process is not None:
                process.terminate()
                process.wait(10)


def stop_speech_dispatcher() -> None:
    """End the speech-dispatcher that Qt's engine spawned for this test (its
    socket and pid file live in the test's own XDG_RUNTIME_DIR)."""
    pid_dir = Path(os.environ["XDG_RUNTIME_DIR"]) / "speech-dispatcher" / "pid"
    for pid_file in pid_dir.glob("*.pid"):
        with contextlib.suppress(ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


def quick_session(player: object, voice: object, *, voice_on: bool) -> SessionController:
    catalogue = load_catalogue()
    routine = find_routine(builtin_routines(), "quick")
    assert routine is not None
    controller = SessionController(
        scaled_plan(routine, None),
        Clocks(time.monotonic, lambda: EVENING),
        catalogue,
        player,  # type: ignore[arg-type]
        voice,  # type: ignore[arg-type]
        lambda moments: spoken_phrases(moments, catalogue),
    )
    controller.voice_enabled = voice_on
    return controller


def first_boundary(controller: SessionController) -> float:
    """When the first step (getting ready) ends and the toe curls start."""
    step = controller.plan.steps[1]
    assert step.kind is StepKind.REPS
    return float(step.starts_at)


def test_a_cue_really_plays_at_the_step_boundary(qtbot: QtBot, pulse: Recording) -> None:
    player = PlaysoundPlayer()
    controller = quick_session(player, None, voice_on=False)
    started = time.monotonic()
    controller.start()
    boundary = started + first_boundary(controller)
    qtbot.wait(round((boundary - time.monotonic() + 1.5) * 1000))
    controller.stop()
    player.close()
    assert player.failed_reason is None
    frames = pulse.loudness()
    assert sound_between(frames, started, started + 1.0), "the opening cue was silent"
    heard = sound_between(frames, boundary - 0.3, boundary + 1.2)
    assert heard, "no sound at the step boundary"
    assert abs(heard[0] - boundary) <= ON_TIME, f"cue {heard[0] - boundary:+.3f} s off"
    # The hold cue's notes ring for most of its 0.7 s, not a click, not a tone left on.
    length = heard[-1] - heard[0]
    print(f"cue from {heard[0] - boundary:+.3f} s, {length:.3f} s long")
    assert 0.3 <= length <= SoundCue.HOLD.path.stat().st_size / (2 * RATE) + 0.1, length


def test_a_phrase_is_really_spoken_at_the_step_boundary(qtbot: QtBot, pulse: Recording) -> None:
    voice = QtVoice(language=None)
    assert voice.available, voice.unavailable_reason
    controller = quick_session(SilentPlayer(), voice, voice_on=True)
    started = time.monotonic()
    controller.start()
    boundary = started + first_boundary(controller)
    # The first rep's next phase ("hold…") starts 2 s in: the phrase must be
    # over by then, on its own, not cut short by the next.
    next_moment = boundary + load_catalogue()["toe-curl"].tempo[0].seconds
    qtbot.wait(round((next_moment - time.monotonic() - 0.05) * 1000))
    controller.stop()
    frames = pulse.loudness()
    assert sound_between(frames, started, boundary - 0.3), "the getting-ready phrase was silent"
    assert not sound_between(frames, boundary - 0.15, boundary - 0.02), (
        "the getting-ready phrase ran into the next step"
    )
    heard = sound_between(frames, boundary - 0.02, next_moment)
    assert heard, "nothing was said at the step boundary"
    assert abs(heard[0] - boundary) <= ON_TIME, f"phrase {heard[0] - boundary:+.3f} s off"
    # "8 slow repetitions. 1… curl…": a phrase, not a click, and finished
    # before the next phase.
    print(f"phrase from {heard[0] - boundary:+.3f} s to {heard[-1] - boundary:+.3f} s")
    assert heard[-1] - heard[0] >= 0.8
    assert heard[-1] <= next_moment - 0.1
