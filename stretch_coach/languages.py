"""The languages Stretch Coach speaks, found without Qt.

Each language is a compiled catalogue next to the package,
``i18n/stretch_coach_<lang>.qm``; English, the language the texts are written
in, is always there (its catalogue holds only the plural forms of counted
texts). No Qt here: ``stretch-coach --help`` lists the languages and
``--lang`` checks its value before anything heavy is loaded.
"""

from __future__ import annotations

from pathlib import Path

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "i18n"
CATALOGUE_PREFIX = "stretch_coach_"
SOURCE_LANGUAGE = "en"


def available_languages() -> set[str]:
    """The languages the app can show, e.g. {"de", "en", "fr"}."""
    shipped = {
        path.stem.removeprefix(CATALOGUE_PREFIX)
        for path in TRANSLATIONS_DIR.glob(f"{CATALOGUE_PREFIX}*.qm")
    }
    return shipped | {SOURCE_LANGUAGE}


def language_code(name: str) -> str:
    """The language of a locale name: "de_DE", "de-AT", "DE", "de_DE.UTF-8" -> "de"."""
    return name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
