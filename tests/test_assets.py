"""The drawings and icons the app ships: every exercise pose renders through the
pose renderer, in every theme, mirrored for the right leg; the icons are valid."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtSvg import QSvgRenderer

from stretch_coach.core.exercises import Exercise, load_catalogue
from stretch_coach.core.figure import figure_of
from stretch_coach.resources import assets_dir, icon_file
from stretch_coach.ui.figure_painter import exercise_bounds, render_pose
from stretch_coach.ui.theme import BEDTIME, DARK, LIGHT, Palette

PALETTES = (LIGHT, DARK, BEDTIME)
EXERCISE_POSES = [(ex, name) for ex in load_catalogue().values() for name in ex.pose_names]
SIZE = 200


def ids(item: tuple[Exercise, str]) -> str:
    return f"{item[0].id}-{item[1]}"


def columns_with(image: QImage, colour: str) -> list[int]:
    """The x of every column holding a pixel of ``colour`` (sampled every 2 px)."""
    target = QColor(colour).rgb()
    return [
        x
        for x in range(0, image.width(), 2)
        if any(image.pixel(x, y) == target for y in range(0, image.height(), 2))
    ]


def drawn_share(image: QImage, background: str) -> float:
    back = QColor(background).rgb()
    pixels = [
        image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
    ]
    return sum(1 for p in pixels if p != back) / len(pixels)


@pytest.mark.parametrize("item", EXERCISE_POSES, ids=ids)
def test_every_pose_fits_its_frame(item: tuple[Exercise, str]) -> None:
    exercise, name = item
    bounds = exercise_bounds(exercise)
    figure = figure_of(exercise.poses[name])
    if exercise.view == "body":
        assert all(bounds.contains(p) for p in figure.points())
        for prop in figure.props:
            assert all(bounds.contains(p) for p in prop.points), prop.kind
    else:
        for leg in (figure.working_leg, figure.other_leg):
            assert all(bounds.contains(p) for p in (leg.ankle, leg.heel, leg.ball, leg.toe))


@pytest.mark.parametrize("palette", PALETTES, ids=lambda p: p.name)
@pytest.mark.parametrize("item", EXERCISE_POSES, ids=ids)
def test_every_pose_renders_in_every_theme(item: tuple[Exercise, str], palette: Palette) -> None:
    exercise, name = item
    image = render_pose(exercise, exercise.poses[name], palette, SIZE)
    share = drawn_share(image, palette.window)
    # A figure, not an empty square and not a blot.
    assert 0.04 < share < 0.6
    # The working leg is highlighted, and the drawing stays inside its square
    # with a margin (nothing is cut off at the edges).
    accent = columns_with(image, palette.figure_accent)
    assert accent, "the working leg is drawn in the accent colour"
    edge = [x for x in range(SIZE) if x in (0, SIZE - 1)]
    assert not set(edge) & set(columns_with(image, palette.ink))


@pytest.mark.parametrize(
    "exercise", [e for e in load_catalogue().values() if e.per_side], ids=lambda e: e.id
)
def test_the_right_leg_is_the_left_leg_mirrored(exercise: Exercise) -> None:
    pose = exercise.poses[exercise.primary_pose]
    left = render_pose(exercise, pose, LIGHT, SIZE)
    right = render_pose(exercise, pose, LIGHT, SIZE, mirrored=True)
    # The working leg (in the accent colour) swaps sides: its columns mirror
    # the left leg's, give or take a pixel of antialiasing.
    left_columns = columns_with(left, LIGHT.figure_accent)
    right_columns = columns_with(right, LIGHT.figure_accent)
    assert left_columns != right_columns
    assert min(right_columns) == pytest.approx(SIZE - 1 - max(left_columns), abs=3)
    assert max(right_columns) == pytest.approx(SIZE - 1 - min(left_columns), abs=3)


def test_no_exercise_drawing_files_are_left() -> None:
    assert not list((assets_dir() / "exercises").glob("*.svg"))


@pytest.mark.parametrize("name", ["stretch-coach.svg", "tray.svg"])
def test_icons_render(name: str) -> None:
    renderer = QSvgRenderer(str(icon_file(name)))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()
