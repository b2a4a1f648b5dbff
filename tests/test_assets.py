"""The drawings and icons the app ships: present, valid and themeable."""

from __future__ import annotations

import re

import pytest
from PySide6.QtSvg import QSvgRenderer

from stretch_coach.core.exercises import load_catalogue
from stretch_coach.resources import assets_dir, exercise_image, icon_file
from stretch_coach.ui.theme import BEDTIME, DARK, LIGHT, SVG_ACCENT, SVG_INK, SVG_PROP, SVG_SOFT

THEMEABLE = {c.upper() for c in (SVG_INK, SVG_ACCENT, SVG_PROP, SVG_SOFT)}
CATALOGUE_IMAGES = sorted({name for ex in load_catalogue().values() for name in ex.illustrations})


def colours_in(svg: str) -> set[str]:
    return {c.upper() for c in re.findall(r"#[0-9A-Fa-f]{6}\b|#[0-9A-Fa-f]{3}\b", svg)}


def test_every_exercise_has_its_drawings() -> None:
    missing = [name for name in CATALOGUE_IMAGES if not exercise_image(name).is_file()]
    assert missing == []


def test_rep_exercises_have_at_least_two_poses() -> None:
    for exercise in load_catalogue().values():
        if exercise.tempo:
            assert len(exercise.illustrations) >= 2, exercise.id


def test_no_drawing_is_unused() -> None:
    shipped = sorted(p.name for p in (assets_dir() / "exercises").glob("*.svg"))
    assert shipped == CATALOGUE_IMAGES


@pytest.mark.parametrize("name", CATALOGUE_IMAGES)
def test_drawings_render_and_use_only_theme_colours(name: str) -> None:
    data = exercise_image(name).read_bytes()
    assert QSvgRenderer(data).isValid()
    text = data.decode("utf-8")
    assert colours_in(text) <= THEMEABLE, "a fixed colour would not follow the theme"
    assert "<image" not in text and "http://" not in text.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    ), "drawings must be self-contained"
    for palette in (LIGHT, DARK, BEDTIME):
        recoloured = palette.recolor_svg(data)
        assert QSvgRenderer(recoloured).isValid()
        assert not colours_in(recoloured.decode()) & (
            THEMEABLE
            - {c.upper() for c in (palette.ink, palette.figure_accent, palette.prop, palette.soft)}
        )


@pytest.mark.parametrize("name", ["stretch-coach.svg", "tray.svg"])
def test_icons_render(name: str) -> None:
    renderer = QSvgRenderer(str(icon_file(name)))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
