"""Texts with a count in them ("%n night(s)"), for every front end.

A text about a number of things is one source text with ``%n`` where the
number goes and the English plural endings in brackets: "%n minute(s)",
"%n glass(es) of water". It is translated with the count, so each language
gets the form its grammar needs for that number (German two, Polish three):
the windows through Qt's translator (``tr_n`` in ``ui/texts.py``), the command
line in English through :func:`english`. The English catalogue holds the
same two forms (``english_forms``), so the windows read "1 minute" too.

No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A translator for counted texts: (source with %n, count) -> the text.
CountTranslate = Callable[[str, int], str]

# "(s)", "(es)" right after a word: the English plural ending.
_ENDING = re.compile(r"(?<=[A-Za-z])\(([a-z]+)\)")


def english_forms(source: str) -> tuple[str, str]:
    """The English singular and plural of a counted source text:
    "%n glass(es) of water" -> ("%n glass of water", "%n glasses of water")."""
    return _ENDING.sub("", source), _ENDING.sub(r"\1", source)


def english(source: str, n: int) -> str:
    """A counted text in English, with the number in it: ("%n night(s)", 1) -> "1 night"."""
    singular, plural = english_forms(source)
    return (singular if n == 1 else plural).replace("%n", str(n))
