"""The countdown ring: its seconds grow with the text size, and its caption
stays inside it in every language."""

from __future__ import annotations

import dataclasses
import math
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage
from pytestqt.qtbot import QtBot

from stretch_coach.ui.theme import LIGHT
from stretch_coach.ui.widgets import CountdownRing, countdown_pixels

I18N = Path(__file__).resolve().parent.parent / "stretch_coach" / "i18n"
CAPTIONS = ("press Space to start", "paused", "seconds")


def translations(source: str) -> list[str]:
    """``source`` and its translation in every shipped language."""
    found = [source]
    for catalogue in sorted(I18N.glob("stretch_coach_*.ts")):
        for message in ET.parse(catalogue).getroot().iter("message"):
            if message.findtext("source") == source:
                found.append(message.findtext("translation") or source)
    return found


def test_larger_text_never_makes_the_seconds_smaller() -> None:
    for side in range(48, 400, 7):
        sizes = [countdown_pixels(side, text)[0] for text in range(12, 40)]
        assert sizes == sorted(sizes), side
        assert max(sizes) <= side * 0.42 + 1


def test_a_ring_squeezed_by_the_largest_text_shows_its_seconds_as_large_as_it_can() -> None:
    # Measured in the session at half a laptop screen (683x768) with the
    # largest text: a 113 px ring and 24 px text. Its number was 33 px, under
    # the 52 px of the exercise's name above it.
    number, caption = countdown_pixels(113, 24)
    assert number == 47  # the most the ring holds
    assert caption >= 14
    # A large ring with the usual text keeps its proportions.
    assert countdown_pixels(242, 16) == (72, 18)


# Colours that tell the caption apart from everything else the ring draws.
MARKED = dataclasses.replace(
    LIGHT, surface="#ffffff", text="#00c000", muted="#ff0000", track="#0000ff", accent="#0000ff"
)


def _caption_pixels(image: QImage) -> list[tuple[int, int]]:
    """Where the caption's colour (red) was drawn."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data, stride = bytes(image.constBits()), image.bytesPerLine()
    found = []
    for y in range(image.height()):
        row = y * stride
        for x in range(image.width()):
            blue, green, red = data[row + 4 * x : row + 4 * x + 3]
            if red > 120 and green < 90 and blue < 90:
                found.append((x, y))
    return found


@pytest.mark.parametrize("caption", [c for s in CAPTIONS for c in translations(s)])
def test_the_caption_stays_inside_the_ring_in_every_language(qtbot: QtBot, caption: str) -> None:
    ring = CountdownRing()
    qtbot.addWidget(ring)
    ring.set_palette(MARKED)
    for side, text_pixels in ((100, 16), (113, 24), (180, 20), (260, 16)):
        font = QFont(ring.font())
        font.setPixelSize(text_pixels)
        ring.setFont(font)
        ring.resize(side, side)
        ring.set_state(0.6, "120", caption, paused=False)
        drawn = _caption_pixels(ring.grab().toImage())
        assert len(drawn) > 20, (caption, side)  # the caption is there at all
        inner = side / 2 - max(8.0, side * 0.06)  # the ring's inner edge
        outside = [
            p for p in drawn if math.hypot(p[0] + 0.5 - side / 2, p[1] + 0.5 - side / 2) > inner
        ]
        assert outside == [], (caption, side, text_pixels)
