"""Draws the figure model (core/figure.py) with QPainter: one renderer for every move.

Limbs are filled, rounded, tapering shapes rather than lines, so the body
reads from across a room; the working leg is in the theme's accent colour,
the limbs on the far side are softer, and props (wall, chair, bed, step,
towel) are quiet outlines behind the figure.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

from stretch_coach.core.exercises import Exercise
from stretch_coach.core.figure import (
    HEAD_RADIUS,
    ArmPoints,
    Bounds,
    Figure,
    LegPoints,
    Point,
    Pose,
    PropShape,
    bounds_of,
    figure_of,
)
from stretch_coach.ui.theme import Palette

# Half-widths of the body parts in metres (at the near and far end of each part).
THIGH = (0.085, 0.06)
SHIN = (0.06, 0.045)
FOOT = 0.042
TOES = 0.03
UPPER_ARM = (0.055, 0.045)
FOREARM = (0.045, 0.037)
HAND = 0.045
TORSO = (0.115, 0.125)
NECK = 0.045
PROP_LINE = 0.022
# How much of the background shows through the limbs on the far side.
FAR_FADE = 0.45


def blend(colour: str, background: str, amount: float) -> QColor:
    """``colour`` faded ``amount`` (0..1) toward ``background``."""
    a, b = QColor(colour), QColor(background)
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class _Space:
    """Maps the figure's metres (y up) into a square of the widget (y down)."""

    def __init__(self, rect: QRectF, bounds: Bounds, mirrored: bool) -> None:
        side = min(rect.width(), rect.height())
        self.scale = side / max(bounds.width, bounds.height, 1e-6)
        self.left = rect.center().x() - side / 2
        self.top = rect.center().y() - side / 2
        self.side = side
        self.bounds = bounds
        self.mirrored = mirrored

    def point(self, p: Point) -> QPointF:
        x = (p[0] - self.bounds.left) * self.scale
        if self.mirrored:
            x = self.side - x
        y = (self.bounds.top - p[1]) * self.scale
        return QPointF(self.left + x, self.top + y)

    def length(self, metres: float) -> float:
        return metres * self.scale


def _capsule(space: _Space, p: Point, q: Point, r1: float, r2: float) -> QPainterPath:
    """A rounded limb from ``p`` (half-width r1) to ``q`` (half-width r2)."""
    a, b = space.point(p), space.point(q)
    ra, rb = space.length(r1), space.length(r2)
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy)
    path = QPainterPath()
    if length < 1e-6:
        path.addEllipse(a, max(ra, rb), max(ra, rb))
        return path
    # One outline: half a circle round each end joined by the two sides, so
    # the shape has no overlapping parts (and no fill rule can leave holes).
    angle = math.degrees(math.atan2(-dy, dx))
    path.arcMoveTo(QRectF(a.x() - ra, a.y() - ra, 2 * ra, 2 * ra), angle + 90)
    path.arcTo(QRectF(a.x() - ra, a.y() - ra, 2 * ra, 2 * ra), angle + 90, 180)
    path.arcTo(QRectF(b.x() - rb, b.y() - rb, 2 * rb, 2 * rb), angle - 90, 180)
    path.closeSubpath()
    return path


def _leg(space: _Space, leg: LegPoints) -> list[QPainterPath]:
    return [
        _capsule(space, leg.hip, leg.knee, *THIGH),
        _capsule(space, leg.knee, leg.ankle, *SHIN),
        _capsule(space, leg.ankle, leg.heel, SHIN[1], FOOT),
        _capsule(space, leg.heel, leg.ball, FOOT, FOOT * 0.8),
        _capsule(space, leg.ankle, leg.ball, SHIN[1], FOOT * 0.8),
        _capsule(space, leg.ball, leg.toe, TOES, TOES * 0.8),
    ]


def _arm(space: _Space, arm: ArmPoints) -> list[QPainterPath]:
    return [
        _capsule(space, arm.shoulder, arm.elbow, *UPPER_ARM),
        _capsule(space, arm.elbow, arm.wrist, *FOREARM),
        _capsule(space, arm.wrist, arm.hand, FOREARM[1], HAND),
    ]


def _fill(painter: QPainter, parts: list[QPainterPath], colour: QColor) -> None:
    # Each part is filled on its own: overlapping opaque parts of one colour
    # merge by themselves, and no fill rule can punch holes at the joints.
    brush = QBrush(colour)
    for part in parts:
        painter.fillPath(part, brush)


def paint_figure(
    painter: QPainter,
    rect: QRectF,
    figure: Figure,
    bounds: Bounds,
    palette: Palette,
    *,
    mirrored: bool = False,
    both_legs: bool = False,
) -> None:
    """Draw ``figure`` framed by ``bounds`` into the square centred in ``rect``."""
    space = _Space(rect, bounds, mirrored)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(palette.ink)
    far = blend(palette.ink, palette.window, FAR_FADE)
    accent = QColor(palette.figure_accent)
    other_leg = blend(palette.figure_accent, palette.window, FAR_FADE) if both_legs else far

    _paint_floor(painter, space, palette)
    for prop in figure.props:
        if prop.kind != "towel":
            _paint_prop(painter, space, prop, palette)

    _fill(painter, _arm(space, figure.far_arm), far)
    _fill(painter, _leg(space, figure.other_leg), other_leg)
    head = QPainterPath()
    radius = space.length(HEAD_RADIUS)
    head.addEllipse(space.point(figure.head), radius, radius)
    body = [
        _capsule(space, figure.hip, figure.neck, *TORSO),
        _capsule(space, figure.neck, figure.head, NECK, NECK),
        head,
    ]
    _fill(painter, body, ink)
    _fill(painter, _leg(space, figure.working_leg), accent)
    _fill(painter, _arm(space, figure.near_arm), ink)
    for prop in figure.props:
        if prop.kind == "towel":
            _paint_prop(painter, space, prop, palette)
    painter.restore()


def _prop_pen(space: _Space, palette: Palette) -> QPen:
    pen = QPen(QColor(palette.prop), max(1.5, space.length(PROP_LINE)))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _paint_floor(painter: QPainter, space: _Space, palette: Palette) -> None:
    painter.setPen(_prop_pen(space, palette))
    b = space.bounds
    inset = (b.right - b.left) * 0.04
    painter.drawLine(space.point((b.left + inset, 0.0)), space.point((b.right - inset, 0.0)))


def _paint_prop(painter: QPainter, space: _Space, prop: PropShape, palette: Palette) -> None:
    pen = _prop_pen(space, palette)
    painter.setPen(pen)
    painter.setBrush(QBrush(QColor(palette.soft)))
    pts = prop.points
    if prop.kind == "wall":
        bottom, top = pts
        width = 0.10
        corners = [bottom, (bottom[0] + width, bottom[1]), (top[0] + width, top[1]), top]
        painter.drawPolygon(QPolygonF([space.point(p) for p in corners]))
    elif prop.kind in ("step", "bed"):
        (x0, y0), (x1, y1) = pts
        corners = [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
        painter.drawPolygon(QPolygonF([space.point(p) for p in corners]))
    elif prop.kind == "chair":
        _paint_chair(painter, space, pts)
    elif prop.kind == "towel":
        towel = QPen(QColor(palette.prop), max(2.0, space.length(0.035)))
        towel.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(towel)
        painter.drawLine(space.point(pts[0]), space.point(pts[1]))
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _paint_chair(painter: QPainter, space: _Space, pts: tuple[Point, ...]) -> None:
    """A plain kitchen chair in profile: seat, back and two legs."""
    front, back, top = pts
    seat = 0.045
    corners = [front, back, (back[0], back[1] - seat), (front[0], front[1] - seat)]
    painter.drawPolygon(QPolygonF([space.point(p) for p in corners]))
    legs = ((front[0] - 0.02, front[1] - seat), (back[0] + 0.02, back[1] - seat))
    for x, y in legs:
        painter.drawLine(space.point((x, y)), space.point((x, 0.0)))
    painter.drawLine(space.point((back[0] + 0.01, back[1])), space.point(top))


def exercise_bounds(exercise: Exercise) -> Bounds:
    """The one frame every pose of ``exercise`` is drawn in, so it never changes scale."""
    return bounds_of(list(exercise.poses.values()), feet_only=exercise.view == "feet")


def render_pose(
    exercise: Exercise,
    pose: Pose,
    palette: Palette,
    size: int,
    *,
    mirrored: bool = False,
) -> QImage:
    """``pose`` of ``exercise`` as a square picture on the theme's background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.window))
    painter = QPainter(image)
    paint_figure(
        painter,
        QRectF(0, 0, size, size),
        figure_of(pose),
        exercise_bounds(exercise),
        palette,
        mirrored=mirrored,
        both_legs=exercise.both_legs,
    )
    painter.end()
    return image
