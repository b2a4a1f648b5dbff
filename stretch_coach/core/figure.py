"""One figure model for every exercise drawing: joint angles in, body points out.

A pose is a handful of joint angles (and the things the person uses: a
wall, a chair, a bed, a step, a towel). ``figure_of`` turns it into the
positions of the joints in metres, seen from the side with the person facing
+x, y up and the floor at y = 0; ``tween`` moves smoothly between two poses.
The drawing itself (shapes, colours, mirroring for the right leg) is the
UI's job; this module is plain arithmetic so it can be tested without Qt.

Angle conventions, in degrees (0 is "hanging straight down from the parent"):

- ``trunk``: forward lean of the trunk from upright (negative leans back);
- legs ``(hip, knee, ankle)``: hip flexion (thigh forward of the trunk line),
  knee flexion (shin bends back), ankle plantar flexion (toes point down;
  negative pulls them up toward the shin);
- arms ``(shoulder, elbow)``: shoulder flexion (arm forward of the trunk
  line), elbow flexion (forearm bends forward and up);
- ``toes``: how far the toes curl down from the ball of the foot.

The "working" leg is drawn nearest and highlighted; for a
per-side move it is the left leg, and the UI mirrors it for the right one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

# Segment lengths in metres, for an adult of about 1.70 m.
TORSO = 0.50
NECK = 0.07
HEAD_RADIUS = 0.105
THIGH = 0.44
SHIN = 0.43
ANKLE_HEIGHT = 0.07
HEEL_BACK = 0.06
FOOT_TO_BALL = 0.14
TOE_LENGTH = 0.055
UPPER_ARM = 0.29
FOREARM = 0.26
HAND = 0.07
# The flesh under the hip joint when sitting.
SEAT_DEPTH = 0.09

# Heights of the furniture a pose can rest on.
CHAIR_SEAT = 0.41
BED_TOP = 0.50
CHAIR_BACK_TOP = 0.98

# One breath of the hold's breathing cue: slow, as the coach asks for.
BREATH_SECONDS = 5.0


class Support(StrEnum):
    """What carries the body's weight, which fixes where the figure stands."""

    FEET = "feet"
    CHAIR = "chair"
    BED = "bed"
    FLOOR = "floor"


class Prop(StrEnum):
    """Things drawn with the figure; placed from its joints, so poses give no coordinates."""

    WALL = "wall"  # at the hands
    CHAIR_BACK = "chair-back"  # a chair whose back the hand holds for balance
    STEP = "step"  # under the working heel
    TOWEL = "towel"  # from the hands around the ball of the working foot


Leg = tuple[float, float, float]
Arm = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Pose:
    """One still moment of the figure."""

    support: Support = Support.FEET
    trunk: float = 0.0
    head: float = 0.0
    working_leg: Leg = (0.0, 0.0, 0.0)
    other_leg: Leg = (0.0, 0.0, 0.0)
    near_arm: Arm = (0.0, 0.0)
    far_arm: Arm = (0.0, 0.0)
    toes: float = 0.0
    props: frozenset[Prop] = field(default_factory=frozenset)
    # 0 = breathed out, 1 = breathed in: the chest rises a little.
    breath: float = 0.0


class PoseError(ValueError):
    """A pose in the catalogue is not valid."""


_ANGLE_KEYS = {"trunk", "head", "toes"}
_LEG_KEYS = {"working_leg", "other_leg"}
_ARM_KEYS = {"near_arm", "far_arm"}


def parse_pose(raw: Mapping[str, Any]) -> Pose:
    """A pose from its catalogue table (every key optional)."""
    known = _ANGLE_KEYS | _LEG_KEYS | _ARM_KEYS | {"support", "props"}
    unknown = set(raw) - known
    if unknown:
        raise PoseError(f"unknown pose keys {sorted(unknown)}")
    values: dict[str, Any] = {}
    try:
        for key in _ANGLE_KEYS & set(raw):
            values[key] = float(raw[key])
        for key in _LEG_KEYS & set(raw):
            values[key] = _angles(raw[key], 3)
        for key in _ARM_KEYS & set(raw):
            values[key] = _angles(raw[key], 2)
        if "support" in raw:
            values["support"] = Support(raw["support"])
        values["props"] = frozenset(Prop(p) for p in raw.get("props", ()))
    except (TypeError, ValueError) as exc:
        raise PoseError(str(exc)) from exc
    return Pose(**values)


def _angles(raw: Any, count: int) -> Any:
    angles = tuple(float(a) for a in raw)
    if len(angles) != count:
        raise PoseError(f"expected {count} angles, not {len(angles)}")
    return angles


# -- moving between poses ---------------------------------------------------------------


def ease(t: float) -> float:
    """Smooth start and stop (smoothstep), so a move never jerks at its ends."""
    t = min(1.0, max(0.0, t))
    return t * t * (3.0 - 2.0 * t)


def _mix(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def tween(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` (0..1, eased) of the way from ``a`` to ``b``.

    Angles move; what carries the body and the props switch half way, as
    they are the same in the two poses of one move.
    """
    e = ease(t)
    base = a if e < 0.5 else b
    return replace(
        base,
        trunk=_mix(a.trunk, b.trunk, e),
        head=_mix(a.head, b.head, e),
        working_leg=_mix3(a.working_leg, b.working_leg, e),
        other_leg=_mix3(a.other_leg, b.other_leg, e),
        near_arm=(_mix(a.near_arm[0], b.near_arm[0], e), _mix(a.near_arm[1], b.near_arm[1], e)),
        far_arm=(_mix(a.far_arm[0], b.far_arm[0], e), _mix(a.far_arm[1], b.far_arm[1], e)),
        toes=_mix(a.toes, b.toes, e),
        breath=_mix(a.breath, b.breath, e),
    )


def _mix3(a: Leg, b: Leg, t: float) -> Leg:
    return (_mix(a[0], b[0], t), _mix(a[1], b[1], t), _mix(a[2], b[2], t))


def breathing(pose: Pose, seconds: float) -> Pose:
    """The pose ``seconds`` into a calm hold: one slow breath every BREATH_SECONDS."""
    phase = (seconds % BREATH_SECONDS) / BREATH_SECONDS
    return replace(pose, breath=0.5 - 0.5 * math.cos(2.0 * math.pi * phase))


# -- from angles to points ----------------------------------------------------------------

Point = tuple[float, float]


def _direction(angle: float) -> Point:
    """Unit vector ``angle`` degrees forward of straight down."""
    rad = math.radians(angle)
    return (math.sin(rad), -math.cos(rad))


def _step(p: Point, angle: float, length: float) -> Point:
    d = _direction(angle)
    return (p[0] + d[0] * length, p[1] + d[1] * length)


@dataclass(frozen=True, slots=True)
class LegPoints:
    hip: Point
    knee: Point
    ankle: Point
    heel: Point
    ball: Point
    toe: Point


@dataclass(frozen=True, slots=True)
class ArmPoints:
    shoulder: Point
    elbow: Point
    wrist: Point
    hand: Point


@dataclass(frozen=True, slots=True)
class PropShape:
    """A prop placed in the figure's space: ``points`` mean what ``kind`` says.

    wall: (bottom, top); step: (bottom-left, top-right); towel: (hands, foot);
    chair: (seat front, seat back, back top), seat facing +x; bed:
    (bottom-left, top-right).
    """

    kind: str
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Figure:
    """Where everything is, in metres (y up, floor at 0, facing +x)."""

    hip: Point
    neck: Point
    head: Point
    working_leg: LegPoints
    other_leg: LegPoints
    near_arm: ArmPoints
    far_arm: ArmPoints
    props: tuple[PropShape, ...]

    def points(self) -> list[Point]:
        """Every body point (for bounds)."""
        out = [self.hip, self.neck, self.head]
        for leg in (self.working_leg, self.other_leg):
            out += [leg.hip, leg.knee, leg.ankle, leg.heel, leg.ball, leg.toe]
        for arm in (self.near_arm, self.far_arm):
            out += [arm.shoulder, arm.elbow, arm.wrist, arm.hand]
        return out


def _leg(hip: Point, trunk: float, angles: Leg, toes: float) -> LegPoints:
    hip_flex, knee_flex, plantar = angles
    thigh = hip_flex - trunk
    shin = thigh - knee_flex
    knee = _step(hip, thigh, THIGH)
    ankle = _step(knee, shin, SHIN)
    foot = shin + 90.0 - plantar
    sole = _step(ankle, shin, ANKLE_HEIGHT)  # the sole, straight below the ankle
    heel = _step(sole, foot, -HEEL_BACK)
    ball = _step(sole, foot, FOOT_TO_BALL)
    toe = _step(ball, foot - toes, TOE_LENGTH)
    return LegPoints(hip, knee, ankle, heel, ball, toe)


def _arm(shoulder: Point, trunk: float, angles: Arm) -> ArmPoints:
    upper = angles[0] - trunk
    fore = upper + angles[1]
    elbow = _step(shoulder, upper, UPPER_ARM)
    wrist = _step(elbow, fore, FOREARM)
    hand = _step(wrist, fore, HAND)
    return ArmPoints(shoulder, elbow, wrist, hand)


def _body(pose: Pose, hip: Point) -> Figure:
    up = 180.0 - pose.trunk  # the trunk points up, leaning forward by `trunk`
    torso = TORSO * (1.0 + 0.025 * pose.breath)
    neck = _step(hip, up, torso)
    head = _step(neck, up + pose.head, NECK + HEAD_RADIUS)
    # Breathing in lifts the arms a touch with the shoulders.
    lift = 1.5 * pose.breath
    near = _arm(neck, pose.trunk, (pose.near_arm[0] + lift, pose.near_arm[1]))
    far = _arm(neck, pose.trunk, (pose.far_arm[0] + lift, pose.far_arm[1]))
    return Figure(
        hip=hip,
        neck=neck,
        head=head,
        working_leg=_leg(hip, pose.trunk, pose.working_leg, pose.toes),
        other_leg=_leg(hip, pose.trunk, pose.other_leg, pose.toes),
        near_arm=near,
        far_arm=far,
        props=(),
    )


def figure_of(pose: Pose) -> Figure:
    """Place the posed body on its support and add its props."""
    draft = _body(pose, (0.0, 0.0))
    if pose.support is Support.FEET:
        lowest = [draft.working_leg, draft.other_leg]
        floor = min(min(leg.heel[1], leg.ball[1], leg.toe[1]) for leg in lowest)
        if Prop.STEP in pose.props:
            # The working heel rests on the step; the other foot is on the floor.
            other = draft.other_leg
            floor = min(other.heel[1], other.ball[1], other.toe[1])
        hip_y = -floor
    elif pose.support is Support.CHAIR:
        hip_y = CHAIR_SEAT + SEAT_DEPTH
    elif pose.support is Support.BED:
        hip_y = BED_TOP + SEAT_DEPTH
    else:
        hip_y = SEAT_DEPTH
    body = _body(pose, (0.0, hip_y))
    return replace(body, props=_props(pose, body))


def _props(pose: Pose, body: Figure) -> tuple[PropShape, ...]:
    shapes: list[PropShape] = []
    hands = (body.near_arm.hand, body.far_arm.hand)
    working = body.working_leg
    if pose.support is Support.CHAIR:
        x = body.hip[0]
        shapes.append(
            PropShape(
                "chair",
                ((x + 0.20, CHAIR_SEAT), (x - 0.22, CHAIR_SEAT), (x - 0.24, CHAIR_SEAT + 0.50)),
            )
        )
    if pose.support is Support.BED:
        x = body.hip[0]
        shapes.append(PropShape("bed", ((x - 0.45, 0.0), (x + 1.35, BED_TOP))))
    if Prop.WALL in pose.props:
        x = max(h[0] for h in hands) + 0.03
        shapes.append(PropShape("wall", ((x, 0.0), (x, 1.95))))
    if Prop.CHAIR_BACK in pose.props:
        # A chair of fixed height, moved to where the hand reaches it.
        hand = max(hands, key=lambda h: h[0])
        top = (hand[0] + 0.02, CHAIR_BACK_TOP)
        shapes.append(
            PropShape("chair", ((top[0] + 0.44, CHAIR_SEAT), (top[0] + 0.02, CHAIR_SEAT), top))
        )
    if Prop.STEP in pose.props:
        heel = working.heel
        shapes.append(PropShape("step", ((heel[0] - 0.10, 0.0), (heel[0] + 0.30, heel[1]))))
    if Prop.TOWEL in pose.props:
        hand = body.near_arm.hand
        shapes.append(PropShape("towel", (hand, (working.ball[0] + 0.03, working.ball[1]))))
    return tuple(shapes)


@dataclass(frozen=True, slots=True)
class Bounds:
    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def contains(self, p: Point, slack: float = 1e-6) -> bool:
        return (
            self.left - slack <= p[0] <= self.right + slack
            and self.bottom - slack <= p[1] <= self.top + slack
        )


def bounds_of(poses: list[Pose], feet_only: bool = False, margin: float = 0.08) -> Bounds:
    """One frame that fits every pose of a move (so its drawing never changes scale
    while it moves): the body with room for its flesh, plus the props; with
    ``feet_only`` just the lower legs, for small moves of the feet."""
    xs: list[float] = []
    ys: list[float] = []
    for pose in poses:
        fig = figure_of(pose)
        if feet_only:
            pts = [
                p
                for leg in (fig.working_leg, fig.other_leg)
                for p in (
                    leg.ankle,
                    leg.heel,
                    leg.ball,
                    leg.toe,
                    _towards(leg.ankle, leg.knee, 0.3),
                )
            ]
        else:
            pts = fig.points()
            pts.append((fig.head[0], fig.head[1] + HEAD_RADIUS))
            for prop in fig.props:
                pts.extend(prop.points)
        xs += [p[0] for p in pts]
        ys += [p[1] for p in pts]
    # Room for the flesh around the joints (the trunk is the widest part).
    pad = margin + (0.04 if feet_only else 0.13)
    left, right = min(xs) - pad, max(xs) + pad
    bottom, top = min(min(ys), 0.0) - margin * 0.5, max(ys) + pad
    # Square, centred, so the drawing fills the square drawing area evenly.
    side = max(right - left, top - bottom)
    cx = (left + right) / 2.0
    return Bounds(cx - side / 2.0, bottom, cx + side / 2.0, bottom + side)


def _towards(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
