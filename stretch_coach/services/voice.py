"""Spoken prompts through Qt's text-to-speech, when the computer has an engine.

QtTextToSpeech is imported only when voice is first wanted: it is a heavy
module and, on Linux, needs libraries that a machine may lack. The app runs
the same without it.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# The "mock" engine ships with Qt for its own tests; it never makes a sound.
_IGNORED_ENGINES = {"mock"}


class Voice(Protocol):
    @property
    def available(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...


class NoVoice:
    def __init__(self, reason: str = "Voice prompts are turned off.") -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass


class QtVoice:
    """Speaks through the first working QTextToSpeech engine. Must be created
    and used on the GUI thread."""

    def __init__(self) -> None:
        self._speech: QTextToSpeech | None = None
        self._reason = ""
        self._tried = False

    def _engine(self) -> QTextToSpeech | None:
        if self._tried:
            return self._speech
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self._reason = f"Speech is not available on this computer ({exc})."
            log.info("voice prompts unavailable: %s", exc)
            return None
        engines = [e for e in QTextToSpeech.availableEngines() if e not in _IGNORED_ENGINES]
        for engine in engines:
            speech = QTextToSpeech(engine)
            if speech.state() != QTextToSpeech.State.Error:
                self._speech = speech
                log.info("voice prompts use the %s speech engine", engine)
                return speech
            speech.deleteLater()
        hint = " Install speech-dispatcher to use them." if sys.platform.startswith("linux") else ""
        self._reason = f"No speech engine was found.{hint}"
        log.info("voice prompts unavailable: no working engine among %s", engines)
        return None

    @property
    def available(self) -> bool:
        return self._engine() is not None

    @property
    def unavailable_reason(self) -> str:
        self._engine()
        return self._reason

    def say(self, text: str) -> None:
        speech = self._engine()
        if speech is not None:
            speech.stop()
            speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
