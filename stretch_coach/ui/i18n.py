"""Choosing the app's language and loading its Qt translations.

The texts are written in English; English's own catalogue holds only the
plural forms of the counted texts ("1 minute", "2 minutes") and is always
loaded, beneath any other language (so a counted text that a language lacks
still reads as English should). Any other language is used when the app
ships ``stretch_coach_<lang>.qm`` for it; Qt's own translations (standard
buttons, file dialogs) are loaded alongside so the whole window speaks one
language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from stretch_coach.languages import (
    CATALOGUE_PREFIX,
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    available_languages,
    language_code,
)
from stretch_coach.step_wording import Words

if TYPE_CHECKING:  # at run time only QtCore: the command line loads this too
    from PySide6.QtWidgets import QApplication

__all__ = [
    "available_languages",
    "catalogue_translate",
    "catalogue_words",
    "choose_language",
    "install_translator",
    "remove_translators",
]

log = logging.getLogger(__name__)

# Qt's own catalogues that stand in for a language it has no plain file for.
QT_REGIONAL_CATALOGUES: dict[str, tuple[str, ...]] = {"pt": ("qtbase_pt_BR",)}

# Marks the translators installed here, so a second call (or a test) can take
# them out again without touching anyone else's.
_TRANSLATOR_NAME = "stretch-coach-translator"


def choose_language(locale: QLocale, available: set[str]) -> str | None:
    """The first of the locale's UI languages the app can show; None for English.

    The languages are tried in the person's order of preference (LANGUAGE on
    Linux may list several), so someone who puts English before German gets
    English even though a German catalogue exists.
    """
    for name in locale.uiLanguages():
        language = language_code(name)
        if language in (SOURCE_LANGUAGE, "c"):
            return None
        if language in available:
            return language
    return None


def catalogue_words(locale: QLocale | None = None) -> Words | None:
    """The app's own texts, the exercises' and the counted ones in the language
    the window would use for ``locale`` (default: the system's), without a
    running QApplication, as the command line needs; None when they stay English."""
    wanted = locale if locale is not None else QLocale.system()
    language = choose_language(wanted, available_languages())
    if language is None:
        return None
    translator = QTranslator()
    if not translator.load(f"{CATALOGUE_PREFIX}{language}", str(TRANSLATIONS_DIR)):
        log.warning("cannot load the %s translation from %s", language, TRANSLATIONS_DIR)
        return None
    english = QTranslator()
    english.load(f"{CATALOGUE_PREFIX}{SOURCE_LANGUAGE}", str(TRANSLATIONS_DIR))

    # An empty answer means the text is not in the catalogue, so it stays English.
    def coach(text: str) -> str:
        # "Coach" is the context tr() uses.
        return translator.translate("Coach", text) or text

    def exercise(text: str) -> str:
        return translator.translate("Exercise", text) or text

    def coach_n(text: str, n: int) -> str:
        # QTranslator leaves %n alone; QCoreApplication.translate would fill it in.
        said = translator.translate("Coach", text, None, n) or english.translate(
            "Coach", text, None, n
        )
        return (said or text).replace("%n", str(n))

    # The translators must outlive this call: the functions keep them.
    return Words(coach, exercise, coach_n)


def catalogue_translate(locale: QLocale | None = None) -> Callable[[str], str] | None:
    """Translate the app's own texts (context "Coach") into the language the
    window would use for ``locale``, without a running QApplication; None when
    they stay English. See :func:`catalogue_words`."""
    words = catalogue_words(locale)
    return words.coach if words is not None else None


def remove_translators(app: QApplication) -> None:
    for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(translator)
        translator.setParent(None)
        translator.deleteLater()


def _install(app: QApplication, file_name: str, directory: str) -> bool:
    translator = QTranslator(app)  # the app as parent keeps it alive
    translator.setObjectName(_TRANSLATOR_NAME)
    if not translator.load(file_name, directory) or not app.installTranslator(translator):
        translator.setParent(None)
        translator.deleteLater()
        return False
    return True


def formats_for(wanted: QLocale, language: str) -> QLocale:
    """The locale for the names of days and months (date fields, calendars):
    the language of the texts around them, so German texts on an English
    system do not sit beside "Thu, 26 Nov", in the person's own region's
    variant where it is that language."""
    chosen = QLocale(language)
    if wanted.language() == chosen.language():
        return wanted
    return QLocale(chosen.language(), wanted.territory())


def install_translator(app: QApplication, locale: QLocale | None = None) -> str | None:
    """Load the translation for ``locale`` (default: the system's, which on Linux
    follows LANGUAGE, LC_ALL and LANG) and return its language code, or None
    when the app stays in English."""
    remove_translators(app)
    # English first: the translator installed last is asked first.
    if not _install(app, f"{CATALOGUE_PREFIX}{SOURCE_LANGUAGE}", str(TRANSLATIONS_DIR)):
        log.warning("cannot load the English plural forms from %s", TRANSLATIONS_DIR)
    wanted = locale if locale is not None else QLocale.system()
    language = choose_language(wanted, available_languages())
    QLocale.setDefault(formats_for(wanted, language or SOURCE_LANGUAGE))
    if language is None:
        log.info("user interface in English (locale %s)", wanted.name())
        return None
    if not _install(app, f"{CATALOGUE_PREFIX}{language}", str(TRANSLATIONS_DIR)):
        log.warning("cannot load the %s translation from %s", language, TRANSLATIONS_DIR)
        return None
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Without Qt's own file the standard buttons stay English; that is all.
    # Qt ships some languages only in a regional variant (Portuguese as pt_BR).
    names = [f"qtbase_{language}", *QT_REGIONAL_CATALOGUES.get(language, ())]
    if not any(_install(app, name, qt_dir) for name in names):
        log.info("no Qt translation for %s in %s", language, qt_dir)
    log.info("user interface in %s (locale %s)", language, wanted.name())
    return language
