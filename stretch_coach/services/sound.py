"""Sound cues, played off the GUI thread so a slow or missing audio system
can never freeze the coach or raise into the window."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from stretch_coach.resources import sound_file

if TYPE_CHECKING:
    from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)


class SoundCue(StrEnum):
    """What a cue tells; each has its own pitch contour (tools/make_sounds.py)."""

    STEP = "step"  # get into position for the next exercise
    HOLD = "hold"  # the hold, or the set of repetitions, starts
    RELAX = "relax"  # rest between sets
    SWITCH = "switch"  # change legs
    COUNTDOWN = "countdown"  # each of the last three seconds of a timed step
    DONE = "done"  # the routine is over (completed or partial, not stopped)
    REMINDER = "reminder"  # an evening reminder, outside sessions

    @property
    def path(self) -> Path:
        return sound_file(f"{self.value}.wav")


class SoundPlayer(Protocol):
    def play(self, cue: SoundCue) -> None: ...

    def prepare(self) -> None:
        """Find out, off the GUI thread, whether cues can be heard at all."""
        ...

    @property
    def missing(self) -> bool:
        """No way to play sound was found: cues stay silent whatever the setting."""
        ...

    def close(self) -> None: ...


class SilentPlayer:
    """Plays nothing (sound turned off, or for tests)."""

    def play(self, cue: SoundCue) -> None:
        pass

    def prepare(self) -> None:
        pass

    @property
    def missing(self) -> bool:
        return False

    def close(self) -> None:
        pass


class PlaysoundPlayer:
    """Plays cues with playsound3 on one background worker.

    The first failure (no back end, no audio device, a missing file) is
    logged once and turns sound off for the rest of the run: the session
    simply carries on in silence.
    """

    def __init__(self) -> None:
        self._executor: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.failed_reason: str | None = None

    @property
    def missing(self) -> bool:
        return self.failed_reason is not None

    def prepare(self) -> None:
        self._submit(self._probe)

    def play(self, cue: SoundCue) -> None:
        if self.failed_reason is not None:
            return
        self._submit(self._play, cue.path)

    def _submit(self, task: Callable[..., None], *args: object) -> None:
        if self._executor is None:
            # playsound3 probes for audio back ends when imported; that and
            # every play happen on this worker, never on the GUI thread.
            # Imported with the first cue: the app starts sooner without it.
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sound")
        with contextlib.suppress(RuntimeError):  # shut down while the app quits
            self._executor.submit(task, *args)

    def _probe(self) -> None:
        try:
            import playsound3

            found = playsound3.DEFAULT_BACKEND is not None
        except Exception as exc:  # a broken audio stack is the same as none
            self._fail(str(exc) or type(exc).__name__)
            return
        if not found:
            self._fail("no sound player found (playsound3 has no back end here)")

    def _play(self, path: Path) -> None:
        try:
            if not path.is_file():
                raise FileNotFoundError(f"sound file missing: {path}")
            from playsound3 import playsound

            playsound(str(path), block=False)
        except Exception as exc:  # any failure of the audio stack means silence
            self._fail(str(exc) or type(exc).__name__)

    def _fail(self, reason: str) -> None:
        with self._lock:
            if self.failed_reason is None:
                self.failed_reason = reason
                log.warning("sound cues are off for this run: %s", reason)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
