"""Spoken prompts through Qt's text-to-speech, when the computer has an engine.

QtTextToSpeech is imported only when voice is first wanted: it is a heavy
module and, on Linux, needs libraries that a machine may lack. The app runs
the same without it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

# The "mock" engine ships with Qt for its own tests; it never makes a sound.
_IGNORED_ENGINES = {"mock"}

# What a Linux desktop lacks when Qt finds no engine (Qt's "speechd" engine
# talks to speech-dispatcher, which speaks with espeak-ng).
LINUX_SPEECH_PACKAGES = "speech-dispatcher espeak-ng"


class Voice(Protocol):
    @property
    def available(self) -> bool: ...

    @property
    def unavailable_reason(self) -> str: ...

    @property
    def module_missing(self) -> bool:
        """Qt's speech module is not installed (the optional "voice" part)."""
        ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def prepare(self) -> None:
        """Get ready to speak (an engine may take a moment to start)."""
        ...


class NoVoice:
    def __init__(self, reason: str = "Voice prompts are turned off.") -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def unavailable_reason(self) -> str:
        return self._reason

    @property
    def module_missing(self) -> bool:
        return False

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def prepare(self) -> None:
        pass


class QtVoice:
    """Speaks through the first working QTextToSpeech engine, in ``language``
    (the UI's, e.g. "de"; None: English). Must be created and used on the GUI
    thread. ``engines`` limits the engines tried (tests use Qt's silent mock)."""

    def __init__(self, language: str | None = None, engines: Sequence[str] | None = None) -> None:
        self._speech: QTextToSpeech | None = None
        self._reason = ""
        self._tried = False
        self._language = language
        self._engines = engines
        self._module_missing = False

    def _engine(self) -> QTextToSpeech | None:
        if self._tried:
            return self._speech
        self._tried = True
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError as exc:
            self._module_missing = True
            self._reason = f"Qt's speech module is not installed ({exc})."
            log.info("voice prompts unavailable: %s", exc)
            return None
        engines = self._candidate_engines()
        for engine in engines:
            speech = QTextToSpeech(engine)
            if speech.state() != QTextToSpeech.State.Error:
                self._speech = speech
                self._follow_language(speech)
                log.info(
                    "voice prompts use the %s speech engine in %s", engine, speech.locale().name()
                )
                return speech
            speech.deleteLater()
        hint = (
            f" Install {LINUX_SPEECH_PACKAGES.replace(' ', ' and ')} to use them."
            if sys.platform.startswith("linux")
            else ""
        )
        self._reason = f"No speech engine was found.{hint}"
        log.info("voice prompts unavailable: no working engine among %s", engines)
        return None

    def _follow_language(self, speech: QTextToSpeech) -> None:
        """Speak the UI's language: the engine's voice for it in the person's
        country if it has one, else any voice for that language."""
        from PySide6.QtCore import QLocale

        wanted = QLocale(self._language or "en")
        system = QLocale.system()
        candidates = [
            locale for locale in speech.availableLocales() if locale.language() == wanted.language()
        ]
        if not candidates:
            log.info("the speech engine has no voice for %s", wanted.name())
            return
        own_country = [c for c in candidates if c.territory() == system.territory()]
        speech.setLocale((own_country or candidates)[0])

    @property
    def speaking_locale(self) -> str:
        """The locale the voice speaks, e.g. "de_DE" ("" without an engine)."""
        speech = self._engine()
        return speech.locale().name() if speech is not None else ""

    @property
    def available(self) -> bool:
        """Whether there is a speech engine to use, without starting it.

        Starting one can take more than a second (speech-dispatcher is
        spawned on first use), so the windows that ask (the welcome,
        Preferences, a session starting) only look for an engine; it is
        started on first use, or by ``prepare``.
        """
        if self._tried:
            return self._speech is not None
        return bool(self._candidate_engines())

    @property
    def unavailable_reason(self) -> str:
        if not self.available:
            self._engine()
        return self._reason

    def prepare(self) -> None:
        """Start the engine now, before the first phrase is due."""
        self._engine()

    @property
    def module_missing(self) -> bool:
        """Qt's speech module is not installed: the optional "voice" part of
        the app (PySide6-Addons), not a missing speech engine."""
        if not self._tried:
            self._candidate_engines()
        return self._module_missing

    def _candidate_engines(self) -> list[str]:
        if self._engines is not None:
            return list(self._engines)
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            self._module_missing = True
            return []
        return [e for e in QTextToSpeech.availableEngines() if e not in _IGNORED_ENGINES]

    def say(self, text: str) -> None:
        speech = self._engine()
        if speech is not None:
            speech.stop()
            speech.say(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop()
