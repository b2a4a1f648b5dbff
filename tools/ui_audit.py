"""Open every window, dialog and page of the app offscreen and check each one.

    uv run python tools/ui_audit.py [--sheets] [--theme X] [--size WxH] [--lang xx]
                                    [--text-size X] [--screen NAME] [--json FILE]

Every screen is audited in every theme, size, language and text size (or in
the ones named). The languages are English, German and whichever shipped
language is longest (:func:`longest_language`, measured on the catalogues,
so a new translation that runs longer takes its place). The rules, each
failure naming the screen, the widget, the theme, size, language and text size:

* overlap / outside-parent / min-size: no two visible siblings share pixels,
  no widget sticks out of its parent (a scroll area's content may), and no
  window needs more room than the screen has;
* clipped / elided: every label, button, check box and combo box shows all of
  its text (text shortened with "…" must give the whole of it in its tooltip);
* contrast / contrast-pixels / indicator / focus-visible: text reaches WCAG AA
  against its background, both by the palette and by the rendered pixels;
  check-box frames and focus marks reach 3:1;
* bright-area: the bedtime theme lights no block of the screen;
* tab-reach / accessible-name / tab-trap: every control is reached with Tab,
  has a name a screen reader can say, and Tab comes back round.

The library entry point is :func:`run_audit`; the rule functions
(``check_layout``, ``check_clipping``, ``check_contrast``, ``check_bright``,
``check_keyboard``, ``check_focus_visible``) take any widget, so the tests can
prove each rule fails on a deliberately bad one. ``--sheets`` also writes one
contact sheet per theme to docs/audit/.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import os
import re
import sys
import tempfile
import time
import traceback
from array import array
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from enum import Enum
from functools import lru_cache, partial
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPalette, QTextDocument
from PySide6.QtGui import Qt as QtGuiQt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStackedLayout,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from stretch_coach.app import StretchCoach
    from stretch_coach.core.settings import Theme
    from stretch_coach.flows.context import AppServices
    from tests.fakes import FakeClock

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: the app and the test doubles
    sys.path.insert(0, str(REPO))
# Read when the QApplication is made, not when Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# -- what a failure says ---------------------------------------------------------------

RULES = (
    "screen",  # the audit could not bring the screen up at all
    "overlap",
    "outside-parent",
    "min-size",
    "sideways-scroll",
    "clipped",
    "elided",
    "contrast",
    "contrast-pixels",
    "indicator",
    "focus-visible",
    "bright-area",
    "tab-reach",
    "accessible-name",
    "tab-trap",
)


@dataclasses.dataclass(frozen=True, slots=True)
class Finding:
    """What one rule found wrong with one widget, before the screen is known."""

    rule: str
    widget: str
    detail: str


@dataclasses.dataclass(frozen=True, slots=True)
class Failure:
    rule: str
    screen: str
    widget: str
    theme: str
    size: str
    language: str
    text_size: str
    detail: str

    def __str__(self) -> str:
        return (
            f"[{self.rule}] {self.screen} · {self.widget} · {self.theme} {self.size} "
            f"{self.language} text {self.text_size}: {self.detail}"
        )


def excerpt(text: str, limit: int = 40) -> str:
    plain = re.sub(r"<[^>]+>", " ", text)
    plain = " ".join(plain.replace("&&", "&").split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


def widget_text(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if widget.isWindow():
        return widget.windowTitle()
    return widget.accessibleName()


def describe(widget: QWidget) -> str:
    """Class, object name and the start of its text: enough to find it."""
    name = widget.objectName()
    label = type(widget).__name__ + (f"#{name}" if name and not name.startswith("qt_") else "")
    text = excerpt(widget_text(widget))
    return f"{label} “{text}”" if text else label


# -- walking a window ----------------------------------------------------------------

# These draw their own insides (an edit field and arrows, a viewport and scroll
# bars, tab scrollers): their children are the widget's business, not layout's.
_OPAQUE = (QAbstractSpinBox, QComboBox, QAbstractScrollArea, QCalendarWidget, QTabBar)


def child_widgets(parent: QWidget) -> list[QWidget]:
    """The visible children the audit looks at: not windows, not internals;
    for a scroll area, its content widget only."""
    if isinstance(parent, QScrollArea):
        inner = parent.widget()
        return [inner] if inner is not None and inner.isVisible() else []
    if isinstance(parent, _OPAQUE):
        return []
    return [
        child
        # Not findChildren(QWidget, "", ...): PySide6 takes "" as a name to
        # match, which leaves out every widget that has an object name.
        for child in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def walk(root: QWidget) -> Iterator[QWidget]:
    yield root
    for child in child_widgets(root):
        yield from walk(child)


# -- layout: overlap, sticking out, minimum size --------------------------------------


def check_layout(root: QWidget) -> list[Finding]:
    found: list[Finding] = []
    for parent in walk(root):
        if isinstance(parent, QScrollArea):
            continue  # its content may be larger than the view: that is what scrolling is for
        kids = child_widgets(parent)
        if not isinstance(parent.layout(), QStackedLayout):  # stacked pages share one place
            for one, other in combinations(kids, 2):
                common = one.geometry().intersected(other.geometry())
                if not common.isEmpty():
                    found.append(
                        Finding(
                            "overlap",
                            describe(one),
                            f"overlaps {describe(other)} by {common.width()}×{common.height()}"
                            f" px inside {describe(parent)}",
                        )
                    )
        bounds = parent.rect()
        for kid in kids:
            if not bounds.contains(kid.geometry()):
                g = kid.geometry()
                found.append(
                    Finding(
                        "outside-parent",
                        describe(kid),
                        f"at {g.x()},{g.y()} {g.width()}×{g.height()} sticks out of"
                        f" {describe(parent)} ({bounds.width()}×{bounds.height()})",
                    )
                )
    return found


def check_min_size(root: QWidget, screen: QSize) -> list[Finding]:
    need = root.minimumSizeHint().expandedTo(root.minimumSize())
    if need.width() <= screen.width() and need.height() <= screen.height():
        return []
    return [
        Finding(
            "min-size",
            describe(root),
            f"needs at least {need.width()}×{need.height()} px on a"
            f" {screen.width()}×{screen.height()} screen: part of it would be off-screen",
        )
    ]


def _content_width(area: QScrollArea) -> int:
    content = area.widget()
    return content.width() if content is not None else 0


def check_sideways_scroll(root: QWidget) -> list[Finding]:
    """No scroll area makes a person scroll sideways: that cuts the start or
    end of every line. Scrolling down is fine (a small screen, large text)."""
    return [
        Finding(
            "sideways-scroll",
            describe(area),
            f"its content is {area.horizontalScrollBar().maximum()} px wider than it shows"
            f" ({_content_width(area)} px in {area.viewport().width()} px)",
        )
        for area in root.findChildren(QScrollArea)
        if area.isVisibleTo(root) and area.horizontalScrollBar().maximum() > 0
    ]


# -- clipping ----------------------------------------------------------------------------

TOLERANCE = 1  # px: rounding between a size hint and the layout's integer geometry


def _plain_label_text(label: QLabel) -> str:
    text = label.text()
    if label.buddy() is not None:  # "&Name": the & marks the shortcut and is not drawn
        text = re.sub(r"&(.)", r"\1", text)
    return text


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and QtGuiQt.mightBeRichText(label.text())
    )


def _label_findings(label: QLabel) -> list[Finding]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return []
    found: list[Finding] = []
    rect = label.contentsRect().adjusted(
        label.margin(), label.margin(), -label.margin(), -label.margin()
    )
    fm = QFontMetrics(label.font())
    if not label.wordWrap():
        if _is_rich(label):
            doc = QTextDocument()
            doc.setDefaultFont(label.font())
            doc.setDocumentMargin(0)
            doc.setHtml(text)
            need_w, need_h = math.ceil(doc.idealWidth()), math.ceil(doc.size().height())
        else:
            lines = _plain_label_text(label).split("\n")
            need_w = max(fm.horizontalAdvance(line) for line in lines)
            need_h = fm.height() + fm.lineSpacing() * (len(lines) - 1)
        indent = max(label.indent(), 0)
        if need_w + indent > rect.width() + TOLERANCE:
            found.append(
                Finding(
                    "clipped",
                    describe(label),
                    f"text needs {need_w + indent} px wide, the label shows {rect.width()}",
                )
            )
        elif need_h > rect.height() + TOLERANCE:
            found.append(
                Finding(
                    "clipped",
                    describe(label),
                    f"text needs {need_h} px tall, the label shows {rect.height()}",
                )
            )
    else:
        need_h = label.heightForWidth(label.width())
        words = re.sub(r"<[^>]+>", " ", text).split()
        widest = max(words, key=fm.horizontalAdvance, default="")
        if need_h > label.height() + TOLERANCE:
            found.append(
                Finding(
                    "clipped",
                    describe(label),
                    f"wrapped text needs {need_h} px tall at {label.width()} px wide,"
                    f" the label has {label.height()}",
                )
            )
        elif widest and fm.horizontalAdvance(widest) > rect.width() + TOLERANCE:
            found.append(
                Finding(
                    "clipped",
                    describe(label),
                    f"the word “{excerpt(widest, 24)}” needs {fm.horizontalAdvance(widest)} px,"
                    f" the label shows {rect.width()}",
                )
            )
    found += _elision_findings(label, text)
    return found


def _elision_findings(widget: QWidget, text: str) -> list[Finding]:
    if text.rstrip().endswith(("…", "...")) and not widget.toolTip().strip():
        return [
            Finding("elided", describe(widget), "shortened with … but no tooltip gives the whole")
        ]
    return []


def _combo_findings(combo: QComboBox) -> list[Finding]:
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.editable = combo.isEditable()
    option.frame = combo.hasFrame()
    option.currentText = text
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + TOLERANCE:
        return [
            Finding(
                "clipped",
                describe(combo),
                f"current text needs {need} px, the field shows {field.width()}",
            )
        ]
    return []


def check_clipping(root: QWidget) -> list[Finding]:
    found: list[Finding] = []
    for widget in walk(root):
        if isinstance(widget, QLabel):
            found += _label_findings(widget)
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            if not widget.text() and widget.icon().isNull():
                continue
            # The size hint is the style's sizeFromContents: text, icon,
            # indicator and the style sheet's padding and border.
            hint = widget.sizeHint()
            if widget.hasHeightForWidth():
                # It wraps: it needs its narrowest width and, at the width it
                # has, the height its wrapped lines take.
                hint = QSize(
                    widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
                )
            if hint.width() > widget.width() + TOLERANCE:
                found.append(
                    Finding(
                        "clipped",
                        describe(widget),
                        f"needs {hint.width()} px wide, has {widget.width()}",
                    )
                )
            elif hint.height() > widget.height() + TOLERANCE:
                found.append(
                    Finding(
                        "clipped",
                        describe(widget),
                        f"needs {hint.height()} px tall, has {widget.height()}",
                    )
                )
            found += _elision_findings(widget, widget.text())
        elif isinstance(widget, QComboBox):
            found += _combo_findings(widget)
    return found


# -- colour and contrast -----------------------------------------------------------------

TEXT_AA = 4.5
LARGE_TEXT_AA = 3.0  # WCAG: text of 18 pt, or bold text of 14 pt
UI_COMPONENT = 3.0  # WCAG 1.4.11: the parts of a control that show what it is


@lru_cache(maxsize=65536)
def luminance_of(rgb: int) -> float:
    """WCAG relative luminance of a 0xRRGGBB colour."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel((rgb >> 16) & 0xFF)
        + 0.7152 * channel((rgb >> 8) & 0xFF)
        + 0.0722 * channel(rgb & 0xFF)
    )


def contrast_of(one: int, other: int) -> float:
    a, b = luminance_of(one & 0xFFFFFF), luminance_of(other & 0xFFFFFF)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def _over(fg: QColor, bg: QColor) -> int:
    """A translucent colour as it shows over its background."""
    alpha = fg.alphaF()
    mix = [
        round(f * alpha + b * (1 - alpha))
        for f, b in ((fg.red(), bg.red()), (fg.green(), bg.green()), (fg.blue(), bg.blue()))
    ]
    return (mix[0] << 16) | (mix[1] << 8) | mix[2]


def is_large_text(font: QFont) -> bool:
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    # "Bold" is 700 in WCAG's sense; the app's semibold (600) titles are not.
    return points >= 18 or (points >= 14 and font.weight() >= QFont.Weight.Bold)


def _group(widget: QWidget) -> QPalette.ColorGroup:
    return QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled


def background_of(widget: QWidget, group: QPalette.ColorGroup) -> QColor:
    """The colour behind a widget: its own if it paints a background (auto-fill,
    a window, or a style-sheet background), else its nearest such ancestor's."""
    current: QWidget | None = widget
    while current is not None:
        if (
            current.isWindow()
            or current.autoFillBackground()
            or current.testAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        ):
            return current.palette().color(group, current.backgroundRole())
        current = current.parentWidget()
    return widget.palette().color(group, QPalette.ColorRole.Window)


def palette_pairs(widget: QWidget) -> list[tuple[str, QColor, QColor]]:
    """(what, text colour, background colour) for each text the widget shows."""
    group = _group(widget)
    pal = widget.palette()
    role = QPalette.ColorRole
    state = "" if widget.isEnabled() else "disabled "
    if isinstance(widget, QLabel):
        if not widget.text().strip() or not widget.pixmap().isNull():
            return []
        return [
            (
                state + "text",
                pal.color(group, widget.foregroundRole()),
                background_of(widget, group),
            )
        ]
    if isinstance(widget, (QCheckBox, QRadioButton, QGroupBox)):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not text:
            return []
        return [(state + "text", pal.color(group, role.WindowText), background_of(widget, group))]
    if isinstance(widget, (QPushButton, QToolButton)):
        if not widget.text():
            return []
        return [(state + "text", pal.color(group, role.ButtonText), pal.color(group, role.Button))]
    if isinstance(widget, QLineEdit):
        if widget.text():
            return [(state + "text", pal.color(group, role.Text), pal.color(group, role.Base))]
        if widget.placeholderText():
            return [
                (
                    state + "placeholder",
                    pal.color(group, role.PlaceholderText),
                    pal.color(group, role.Base),
                )
            ]
        return []
    if isinstance(widget, QAbstractSpinBox):
        return [(state + "text", pal.color(group, role.Text), pal.color(group, role.Base))]
    if isinstance(widget, QComboBox):
        if widget.isEditable():
            return [(state + "text", pal.color(group, role.Text), pal.color(group, role.Base))]
        return [(state + "text", pal.color(group, role.ButtonText), pal.color(group, role.Button))]
    if isinstance(widget, QAbstractItemView):
        return [
            (state + "item text", pal.color(group, role.Text), pal.color(group, role.Base)),
            (
                state + "selected item",
                pal.color(group, role.HighlightedText),
                pal.color(group, role.Highlight),
            ),
        ]
    return []


def colour_counts(image: QImage, rect: QRect) -> Counter[int]:
    """How many pixels of each colour (0xAARRGGBB) the rectangle of the image holds."""
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    pixels.frombytes(bytes(part.constBits())[: part.sizeInBytes()])
    return Counter(pixels)


def strongest_against(counts: Counter[int], background: int) -> tuple[int, float]:
    """The colour in ``counts`` that stands out most from ``background``, and by
    how much. A colour on one or two pixels only (a stray shade) does not count;
    anti-aliased shades lie between text and background, so they never win."""
    best, ratio = background, 1.0
    for colour, count in counts.items():
        if count >= 3:
            r = contrast_of(colour, background)
            if r > ratio:
                best, ratio = colour, r
    return best, ratio


def _rect_in(root: QWidget, widget: QWidget, rect: QRect) -> QRect:
    """``rect`` (widget coordinates) in the root's; empty unless all of it is on
    screen (half a label scrolled away may show none of its text)."""
    if rect.isEmpty() or not widget.visibleRegion().boundingRect().contains(rect):
        return QRect()
    shown = rect.translated(widget.mapTo(root, QPoint(0, 0)))
    return shown if root.rect().contains(shown) else QRect()


def _text_rect(widget: QWidget) -> QRect:
    if isinstance(widget, (QCheckBox, QRadioButton)):
        option = QStyleOptionButton()
        option.initFrom(widget)
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return widget.style().subElementRect(element, option, widget)
    if isinstance(widget, (QPushButton, QToolButton, QComboBox)):
        return widget.rect().adjusted(4, 4, -4, -4)  # inside the border
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    if isinstance(widget, QGroupBox):  # the title, along the top
        return QRect(0, 0, widget.width(), QFontMetrics(widget.font()).height() + 4)
    return widget.rect()


def _hex(rgb: int) -> str:
    return f"#{rgb & 0xFFFFFF:06X}"


def check_contrast(root: QWidget, image: QImage | None = None) -> list[Finding]:
    """Palette contrast of every text, and the same read back from the pixels:
    style sheets can paint colours the palette does not know."""
    if image is None:
        image = root.grab().toImage()
    found: list[Finding] = []
    for widget in walk(root):
        if widget is root and not isinstance(root, (QLabel, QAbstractButton)):
            continue
        large = is_large_text(widget.font())
        need = LARGE_TEXT_AA if large else TEXT_AA
        size_note = "large text" if large else "text"
        pairs = palette_pairs(widget)
        for what, fg, bg in pairs:
            fg_rgb = _over(fg, bg)
            bg_rgb = bg.rgb() & 0xFFFFFF
            ratio = contrast_of(fg_rgb, bg_rgb)
            if ratio + 1e-9 < need:
                found.append(
                    Finding(
                        "contrast",
                        describe(widget),
                        f"{what} {_hex(fg_rgb)} on {_hex(bg_rgb)} is {ratio:.2f}:1"
                        f" (palette; {size_note} needs {need}:1)",
                    )
                )
        has_text = bool(pairs) and not isinstance(widget, QAbstractItemView)
        if has_text and widget.isEnabled():
            rect = _rect_in(root, widget, _text_rect(widget))
            if rect.width() >= 4 and rect.height() >= 4:
                counts = colour_counts(image, rect)
                background = counts.most_common(1)[0][0]
                colour, ratio = strongest_against(counts, background)
                if ratio + 1e-9 < need:
                    found.append(
                        Finding(
                            "contrast-pixels",
                            describe(widget),
                            f"rendered text {_hex(colour)} on {_hex(background)} is"
                            f" {ratio:.2f}:1 ({size_note} needs {need}:1)",
                        )
                    )
        if isinstance(widget, (QCheckBox, QRadioButton)) and widget.isEnabled():
            found += _indicator_findings(root, widget, image)
    return found


def _indicator_findings(
    root: QWidget, box: QCheckBox | QRadioButton, image: QImage
) -> list[Finding]:
    option = QStyleOptionButton()
    option.initFrom(box)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(box, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    indicator = _rect_in(root, box, box.style().subElementRect(element, option, box))
    whole = _rect_in(root, box, box.rect())
    if indicator.width() < 4 or whole.isEmpty():
        return []
    background = colour_counts(image, whole).most_common(1)[0][0]
    colour, ratio = strongest_against(colour_counts(image, indicator), background)
    if ratio + 1e-9 < UI_COMPONENT:
        return [
            Finding(
                "indicator",
                describe(box),
                f"its box {_hex(colour)} on {_hex(background)} is {ratio:.2f}:1"
                f" (a control's outline needs {UI_COMPONENT}:1)",
            )
        ]
    return []


# -- keyboard and screen readers ---------------------------------------------------------

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in walk(root)
        if isinstance(w, INTERACTIVE) and not isinstance(w, QScrollBar) and w.isEnabled()
    ]


def _tab_focusable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, as Qt's focus chain lists them."""
    chain: list[QWidget] = []
    current = root.nextInFocusChain()
    for _ in range(20000):  # the chain is a ring; this only guards against a broken one
        if current is None or current is root:
            break
        if (
            current.window() is root
            and current.isVisible()
            and current.isEnabled()
            and _tab_focusable(current)
        ):
            chain.append(current)
        current = current.nextInFocusChain()
    return chain


def accessible_name(widget: QWidget, root: QWidget) -> str:
    """What a screen reader would call it: its accessible name, a label that
    is its buddy, or a button's own text."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    for label in root.findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return ""


def check_keyboard(root: QWidget, press_tab: bool = True) -> list[Finding]:
    found: list[Finding] = []
    chain = tab_chain(root)
    in_chain = {id(w) for w in chain}
    for widget in interactive_widgets(root):
        proxy = widget.focusProxy()
        if id(widget) not in in_chain and (proxy is None or id(proxy) not in in_chain):
            found.append(
                Finding(
                    "tab-reach",
                    describe(widget),
                    f"is not reached with Tab (focus policy {widget.focusPolicy().name})",
                )
            )
        if not accessible_name(widget, root):
            found.append(
                Finding(
                    "accessible-name",
                    describe(widget),
                    "has no accessible name, no label naming it and no text",
                )
            )
    if press_tab and chain:
        found += _tab_round(root, chain)
    return found


# Tab may stay in one control for a few presses on purpose: a date edit
# steps through its day, month and year first. More than this is a trap.
TAB_STAYS = 4


def _tab_round(root: QWidget, chain: list[QWidget]) -> list[Finding]:
    """Press Tab from the first control: focus must come back round to it, and
    no control may keep it for good."""
    root.activateWindow()
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    start = QApplication.focusWidget()
    if start is None or start.window() is not root:
        return []  # the window cannot take the focus here; nothing to say
    current, stays = start, 0
    presses = (len(chain) + 1) * (TAB_STAYS + 1)
    for _ in range(presses):
        QTest.keyClick(current, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is None:
            return [Finding("tab-trap", describe(current), "Tab took the focus out of the window")]
        if now is start:
            return []  # round again (or the only control there is)
        stays = stays + 1 if now is current else 0
        if stays > TAB_STAYS:
            return [
                Finding(
                    "tab-trap",
                    describe(current),
                    f"keeps the focus after {stays} presses of Tab",
                )
            ]
        current = now
    return [
        Finding("tab-trap", describe(start), f"Tab did not come back to it in {presses} presses")
    ]


def _pixels(image: QImage) -> array[int]:
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I")
    pixels.frombytes(bytes(rgb.constBits())[: rgb.sizeInBytes()])
    return pixels


def check_focus_visible(root: QWidget) -> list[Finding]:
    """Each control looks different with keyboard focus, by a mark of at least
    3:1 against how the same pixels look without it (WCAG 2.4.7, 1.4.11)."""
    found: list[Finding] = []
    for widget in interactive_widgets(root):
        if not _tab_focusable(widget) or widget.focusProxy() is not None:
            continue
        root.activateWindow()
        if widget.hasFocus():
            root.setFocus(Qt.FocusReason.OtherFocusReason)
            widget.clearFocus()
        settle()
        before = _pixels(widget.grab().toImage())
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        # Styles draw focus marks only once the keyboard has moved the focus
        # (a click shows none): the window's state after a press of Tab,
        # which setFocus alone does not give.
        root.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        widget.update()
        settle()
        if not widget.hasFocus():
            continue
        after = _pixels(widget.grab().toImage())
        changes = Counter((a, b) for a, b in zip(before, after, strict=False) if a != b)
        # A text cursor alone (one line, one font height tall) is not a focus
        # mark; a ring round a control is many times that.
        enough = 2 * QFontMetrics(widget.font()).height() + 1
        strong = sum(n for (a, b), n in changes.items() if contrast_of(a, b) >= UI_COMPONENT)
        if strong < enough:
            best = max((contrast_of(a, b) for a, b in changes), default=1.0)
            found.append(
                Finding(
                    "focus-visible",
                    describe(widget),
                    "looks the same with keyboard focus"
                    if not changes
                    else f"its focus mark is {strong} px at 3:1 or more (best {best:.2f}:1);"
                    f" needs {enough} px",
                )
            )
    return found


# -- bedtime: no bright areas ----------------------------------------------------------

# A cell is 8×8 px. The bedtime palette's brightest fill is its accent
# (#C98B4F, relative luminance 0.31: the Start button, the side badge, the
# selected row), its text is 0.56 but only ever thin strokes. Light surfaces
# that would glare at night are far above that: the light theme's window is
# 0.92, Qt's default grey 0.86, white 1.0. A threshold of 0.35 sits between
# the two with room on both sides, so it flags any surface brighter than the
# theme's own accent. A cell counts only when every one of its pixels is that
# bright: glyph strokes of the sizes used (up to 30 pt semibold, ~5 px) never
# fill one, while any bright area at least 15 px across always fills an
# aligned cell, so nothing bigger than a few pixels can hide.
BRIGHT_LUMINANCE = 0.35
CELL = 8
BLOCK_CELLS = 3


def _srgb_to_linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def bright_cells(image: QImage, threshold: float = BRIGHT_LUMINANCE) -> list[tuple[int, int]]:
    """The aligned 8×8 cells whose every pixel is brighter than ``threshold``."""
    # Qt turns sRGB into grey by relative luminance (in sRGB coding), so a
    # 256-entry table turns the grey image into bright/dark bytes.
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    table = bytes(255 if _srgb_to_linear(v / 255) > threshold else 0 for v in range(256))
    width, height, stride = grey.width(), grey.height(), grey.bytesPerLine()
    data = bytes(grey.constBits())[: stride * height].translate(table)
    full = b"\xff" * CELL
    cells: list[tuple[int, int]] = []
    for band in range(height // CELL):
        rows = [
            int.from_bytes(data[y * stride : y * stride + width], "big")
            for y in range(band * CELL, band * CELL + CELL)
        ]
        every = rows[0]
        for row in rows[1:]:
            every &= row
        if not every:
            continue
        line = every.to_bytes(width, "big")
        for cell in range(width // CELL):
            if line[cell * CELL : cell * CELL + CELL] == full:
                cells.append((cell, band))
    return cells


def _regions(cells: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    left = set(cells)
    regions: list[list[tuple[int, int]]] = []
    while left:
        todo = [left.pop()]
        region: list[tuple[int, int]] = []
        while todo:
            x, y = todo.pop()
            region.append((x, y))
            for near in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if near in left:
                    left.remove(near)
                    todo.append(near)
        regions.append(region)
    return regions


def _solid_block(cells: set[tuple[int, int]], x: int, y: int) -> bool:
    return all((x + dx, y + dy) in cells for dx in range(BLOCK_CELLS) for dy in range(BLOCK_CELLS))


def check_bright(root: QWidget, image: QImage | None = None) -> list[Finding]:
    if image is None:
        image = root.grab().toImage()
    found: list[Finding] = []
    for region in sorted(_regions(bright_cells(image)), key=len, reverse=True):
        cells = set(region)
        if not any(_solid_block(cells, x, y) for x, y in region):
            continue  # thin: a glyph's stroke or a line, not an area
        xs = [x for x, _ in region]
        ys = [y for _, y in region]
        box = QRect(
            min(xs) * CELL,
            min(ys) * CELL,
            (max(xs) - min(xs) + 1) * CELL,
            (max(ys) - min(ys) + 1) * CELL,
        )
        at = root.childAt(box.center()) or root
        found.append(
            Finding(
                "bright-area",
                describe(at),
                f"{len(region) * CELL * CELL} px² brighter than luminance {BRIGHT_LUMINANCE}"
                f" at {box.x()},{box.y()} ({box.width()}×{box.height()})",
            )
        )
    return found


# -- the app's screens ---------------------------------------------------------------------


def settle() -> None:
    app = QCoreApplication.instance()
    if app is None:
        return
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    settle()


@dataclasses.dataclass(frozen=True, slots=True)
class Combo:
    theme: Theme
    size: QSize
    language: str
    text_size: Enum | None

    @property
    def text_size_name(self) -> str:
        return "normal" if self.text_size is None else str(self.text_size.name).lower()

    @property
    def size_name(self) -> str:
        return f"{self.size.width()}x{self.size.height()}"


class TheStretchCoach:
    """The whole app for one theme, language and text size, in a folder of its
    own with a stopped clock at 22:00 and a month of history."""

    def __init__(self, folder: Path, theme: Theme, text_size: Enum | None) -> None:
        from stretch_coach.core.clock import Clocks
        from stretch_coach.flows.context import AppServices
        from tests.fakes import FakeClock, FakePlayer, FakeVoice

        self.clock: FakeClock = FakeClock()
        self.evening = dt.datetime(2026, 11, 27, 22, 0).astimezone()
        self.services: AppServices = AppServices.load(
            _paths(folder),
            Clocks(self.clock, lambda: self.evening),
            player=FakePlayer(),
            voice=FakeVoice(),
        )
        self.services.settings_owner.first_run = False
        set_appearance(self.services, theme, text_size)
        from tools.sample_history import fill_history

        fill_history(self.services)
        self.app: StretchCoach = build_app(self.services)
        window = self.app.window
        window.confirm = lambda *_: True  # a stop never waits on a modal question
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        settle()

    def close(self) -> None:
        window = self.app.window
        window.confirm = lambda *_: True
        for widget in QApplication.topLevelWidgets():
            if widget is not window and widget.isVisible():
                widget.close()
        self.app.shutdown()
        window.stays_in_tray = False
        window.close()
        window.deleteLater()
        self.app.menu.menu.deleteLater()
        delete_later_now()


class NoAutostart:
    location = Path("/nonexistent/stretch-coach.desktop")

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        pass

    def disable(self) -> None:
        pass


def _paths(folder: Path) -> Any:
    from stretch_coach.services.paths import AppPaths

    return AppPaths(folder / "config", folder / "data", folder / "logs")


def build_app(services: AppServices) -> StretchCoach:
    from stretch_coach.app import StretchCoach
    from stretch_coach.services.scheduler import ReminderService
    from tests.apps import no_notification_service

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    return StretchCoach(
        qapp,
        services,
        reminders=ReminderService(
            services.settings, wall_clock=services.wall_clock, monotonic=services.clock
        ),
        notifier_factory=no_notification_service,
        use_tray=False,
        autostart=NoAutostart(),
    )


def text_sizes() -> list[Enum | None]:
    """Every TextSize, once the settings have one; until then the one size there is."""
    from stretch_coach.core import settings

    sizes: type[Enum] | None = getattr(settings, "TextSize", None)
    return [None] if sizes is None else list(sizes)


def set_appearance(services: AppServices, theme: Theme, text_size: Enum | None) -> None:
    """Through the settings owner, as the Preferences do."""
    appearance = services.settings.appearance
    changes: dict[str, Any] = {"theme": theme}
    if text_size is not None and hasattr(appearance, "text_size"):
        changes["text_size"] = text_size
    services.settings_owner.update(
        dataclasses.replace(
            services.settings, appearance=dataclasses.replace(appearance, **changes)
        )
    )


@contextmanager
def language(code: str) -> Iterator[None]:
    from stretch_coach.ui.i18n import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    locale = QLocale(code) if code != "en" else english
    installed = install_translator(app, locale)
    if code != "en" and installed != code:
        raise RuntimeError(f"no {code} translation to audit")
    try:
        yield
    finally:
        install_translator(app, english)


# How a screen is shown to the audit: the main window is resized to each
# screen size; a dialog keeps its own size (cut to the screen) and, when it
# can be resized, is also shown as large as the screen; a popup menu keeps its own.
WINDOW, DIALOG, POPUP = "window", "dialog", "popup"
# What a window manager leaves a window on a screen: its frame and title bar,
# and the desktop's panel (measured with Openbox at 640×480: 590×455 inside).
WINDOW_FRAME = QSize(50, 50)


def window_room(screen: QSize) -> QSize:
    """The inside of the main window on ``screen``; full screen has no frame."""
    return screen if screen == SIZES[-1] else screen - WINDOW_FRAME


Show = Callable[[str, QWidget, str], None]


def _controller(coach: TheStretchCoach) -> Any:
    controller = coach.app.window.controller
    assert controller is not None, "the session did not start"
    return controller


def _start(coach: TheStretchCoach, routine: str) -> Any:
    assert coach.app.window.start_session(routine), f"{routine} did not start"
    settle()
    return _controller(coach)


def _until_step(coach: TheStretchCoach, routine: str, kind: str, side: bool = False) -> Any:
    controller = _start(coach, routine)
    for _ in range(200):
        step = controller.engine.snapshot().step
        if step is not None and step.kind.value == kind and (step.side is not None or not side):
            return controller
        controller.skip()
    raise AssertionError(f"{routine} has no {kind} step")


def _run_to_end(coach: TheStretchCoach, controller: Any) -> None:
    for _ in range(2000):
        if not controller.is_active:
            break
        coach.clock.advance(5.0)
        controller.refresh()
    settle()


def _home(coach: TheStretchCoach) -> None:
    window = coach.app.window
    controller = window.controller
    if controller is not None and controller.is_active:
        controller.stop()
    window.show_home()
    settle()


def screen_home(coach: TheStretchCoach, show: Show) -> None:
    show("home", coach.app.window, WINDOW)


def screen_session_hold(coach: TheStretchCoach, show: Show) -> None:
    controller = _until_step(coach, "trial-protocol", "hold", side=True)
    coach.clock.advance(4.0)
    controller.refresh()
    show("session hold", coach.app.window, WINDOW)
    _home(coach)


def screen_session_reps(coach: TheStretchCoach, show: Show) -> None:
    controller = _until_step(coach, "bedtime", "reps")
    coach.clock.advance(1.0)  # half way into a rep: the figure mid-move
    controller.refresh()
    show("session reps", coach.app.window, WINDOW)
    _home(coach)


def screen_session_rest(coach: TheStretchCoach, show: Show) -> None:
    controller = _until_step(coach, "trial-protocol", "rest")
    coach.clock.advance(3.0)
    controller.refresh()
    show("session rest", coach.app.window, WINDOW)
    _home(coach)


def screen_finish_completed(coach: TheStretchCoach, show: Show) -> None:
    _run_to_end(coach, _start(coach, "bedtime"))
    show("finish completed", coach.app.window, WINDOW)
    _home(coach)


def screen_finish_partial(coach: TheStretchCoach, show: Show) -> None:
    controller = _start(coach, "bedtime")
    for _ in range(200):
        if not controller.is_active:
            break
        coach.clock.advance(1.0)
        controller.skip()
    settle()
    show("finish partial", coach.app.window, WINDOW)
    _home(coach)


def screen_finish_stopped(coach: TheStretchCoach, show: Show) -> None:
    controller = _start(coach, "bedtime")
    for _ in range(8):
        coach.clock.advance(5.0)
        controller.refresh()
    coach.app.window.request_stop()
    settle()
    show("finish stopped", coach.app.window, WINDOW)
    _home(coach)


def screen_confirm_stop(coach: TheStretchCoach, show: Show) -> None:
    """The "Stop the session?" question: a modal box, audited while it waits."""
    from stretch_coach.ui.question import Question

    window = coach.app.window
    controller = _start(coach, "bedtime")
    for _ in range(3):
        coach.clock.advance(5.0)
        controller.refresh()
    errors: list[BaseException] = []

    def audit_the_box() -> None:
        boxes = [b for b in window.findChildren(Question) if b.isVisible()]
        try:
            if not boxes:
                raise AssertionError("no question was asked")
            show("confirm stop", boxes[0], DIALOG)
        except BaseException as exc:
            errors.append(exc)
        finally:
            for box in boxes:
                box.reject()

    window.confirm = window._confirm_with_dialog
    QTimer.singleShot(0, audit_the_box)
    try:
        window.request_stop()
    finally:
        window.confirm = lambda *_: True
    _home(coach)
    if errors:
        raise errors[0]


def screen_finish_relief(coach: TheStretchCoach, show: Show) -> None:
    window = coach.app.window
    window.start_cramp_relief()
    _run_to_end(coach, _controller(coach))
    show("finish cramp relief", window, WINDOW)
    _home(coach)
    window.confirm = lambda *_: True


def _dialog(name: str, open_it: Callable[[TheStretchCoach], QWidget]) -> Callable[..., None]:
    def screen(coach: TheStretchCoach, show: Show) -> None:
        dialog = open_it(coach)
        settle()
        try:
            show(name, dialog, POPUP if isinstance(dialog, QMenu) else DIALOG)
        finally:
            dialog.close()
            settle()

    screen.__name__ = f"screen_{name.replace(' ', '_')}"
    return screen


def screen_date_popup(coach: TheStretchCoach, show: Show) -> None:
    """The check-in's calendar: Qt's own pop-up, in the app's theme."""
    dialog = coach.app.dialogs.open_diary()
    settle()
    calendar = dialog.night.calendarWidget()
    popup = calendar.window()  # the date field's drop-down frame
    popup.resize(popup.sizeHint())
    popup.show()
    settle()
    try:
        show("date pop-up", popup, POPUP)
    finally:
        popup.hide()
        dialog.close()
        settle()


def _history_empty(coach: TheStretchCoach) -> QWidget:
    from stretch_coach.flows.journal import Journal

    dialogs = coach.app.dialogs
    kept = dialogs.journal
    empty = _empty_services(coach)
    dialogs.journal = Journal(empty)
    try:
        return dialogs.open_history()
    finally:
        dialogs.journal = kept


_EMPTY: dict[str, Any] = {}


def _empty_services(coach: TheStretchCoach) -> Any:
    """A second home with no history at all, for the history's empty state."""
    from stretch_coach.core.clock import Clocks
    from stretch_coach.flows.context import AppServices

    if "services" not in _EMPTY:
        folder = Path(tempfile.mkdtemp(prefix="stretch-coach-audit-empty-"))
        _EMPTY["folder"] = folder
        _EMPTY["services"] = AppServices.load(
            _paths(folder), Clocks(coach.clock, lambda: coach.evening)
        )
    return _EMPTY["services"]


def _close_empty_services() -> None:
    services = _EMPTY.pop("services", None)
    if services is not None:
        services.close()
    _EMPTY.clear()


def _reminder(coach: TheStretchCoach) -> QWidget:
    from stretch_coach.core.reminder_rules import ReminderKind
    from stretch_coach.ui.reminder_delivery import ReminderDelivery
    from tests.apps import no_notification_service

    delivery = ReminderDelivery(None, no_notification_service, coach.app.window)
    services = coach.services
    delivery.present(ReminderKind.STRETCH, services.wall_clock(), services.settings)
    window = delivery.window
    assert window is not None, "the reminder did not open a window"
    return window


def _tray_menu(coach: TheStretchCoach) -> QWidget:
    menu = coach.app.menu.menu
    menu.popup(QPoint(0, 0))
    return menu


SCREENS: dict[str, Callable[[TheStretchCoach, Show], None]] = {
    "home": screen_home,
    "session hold": screen_session_hold,
    "session reps": screen_session_reps,
    "session rest": screen_session_rest,
    "finish completed": screen_finish_completed,
    "finish partial": screen_finish_partial,
    "finish stopped": screen_finish_stopped,
    "confirm stop": screen_confirm_stop,
    "welcome": _dialog("welcome", lambda c: c.app.dialogs.open_welcome()),
    "diary": _dialog("diary", lambda c: c.app.dialogs.open_diary()),
    "date pop-up": screen_date_popup,
    "history empty": _dialog("history empty", _history_empty),
    "history": _dialog("history", lambda c: c.app.dialogs.open_history()),
    "about": _dialog("about", lambda c: c.app.dialogs.open_about()),
    "preferences": _dialog("preferences", lambda c: c.app.dialogs.open_settings()),
    "routine editor": _dialog("routine editor", lambda c: c.app.dialogs.open_routine_editor()),
    "doctor": _dialog("doctor", lambda c: c.app.dialogs.suggest_doctor()),
    "reminder": _dialog("reminder", _reminder),
    "tray menu": _dialog("tray menu", _tray_menu),
    # Last: at night the relief keeps the dim theme until the window closes.
    "finish cramp relief": screen_finish_relief,
}

THEME_NAMES = ("light", "dark", "bedtime")
SIZES = (QSize(640, 480), QSize(1366, 768), QSize(1920, 1080))
# Always audited: the source language and the first translation.
BASE_LANGUAGES = ("en", "de")
# UI texts: the app's own and the exercises' (not the desktop files').
SCREEN_CONTEXTS = ("Coach", "Exercise")


@lru_cache(maxsize=1)
def _screen_messages() -> list[tuple[tuple[str, str], bool]]:
    """The UI texts, each as (context, source) and whether it is counted."""
    from tools import update_translations as catalogue

    return [
        (key, message.numerus)
        for key, message in catalogue.collect_messages().items()
        if key[0] in SCREEN_CONTEXTS
    ]


def shown_length(language: str) -> int:
    """How much text the app shows in ``language``: the length of every UI
    text as the language's catalogue has it (a counted text by its longest
    form), or of the English source where a text is not translated yet."""
    from stretch_coach.counted import english_forms
    from tools import update_translations as catalogue

    entries = catalogue.read_ts(catalogue.ts_path(language))
    total = 0
    for key, numerus in _screen_messages():
        entry = entries.get(key)
        translated = entry is not None and entry.kind is None and not catalogue.is_unfinished(entry)
        if language != "en" and entry is not None and translated:
            total += max(len(text) for text in entry.texts)
            continue
        source = key[1]
        english = english_forms(source) if numerus else (source,)
        total += max(len(text) for text in english)
    return total


@lru_cache(maxsize=1)
def longest_language() -> str:
    """The shipped language whose texts are longest altogether: the one most
    likely to cut a label short or push a button off a row."""
    from stretch_coach.languages import available_languages

    return max(sorted(available_languages()), key=shown_length)


def audit_languages() -> tuple[str, ...]:
    """English, German and the longest language (once, if it is one of them)."""
    return tuple(dict.fromkeys((*BASE_LANGUAGES, longest_language())))


SHEET_SIZE = QSize(1366, 768)
FOCUS_SIZE = QSize(1366, 768)  # focus marks do not change with the window's size


def _resizable(widget: QWidget) -> bool:
    layout = widget.layout()
    fixed = layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetFixedSize
    return not fixed and widget.minimumSize() != widget.maximumSize()


@dataclasses.dataclass
class Audit:
    """One run: which parts of the matrix, and what was found and drawn."""

    themes: Sequence[str] = THEME_NAMES
    sizes: Sequence[QSize] = SIZES
    languages: Sequence[str] = BASE_LANGUAGES
    text_sizes: Sequence[str] | None = None  # names; None: all there are
    screens: Sequence[str] | None = None
    checks: frozenset[str] = frozenset(RULES)
    sheets: dict[str, list[tuple[str, QImage]]] = dataclasses.field(default_factory=dict)
    want_sheets: bool = False
    failures: list[Failure] = dataclasses.field(default_factory=list)

    def run(self) -> list[Failure]:
        from stretch_coach.core.settings import Theme

        if QApplication.instance() is None:
            QApplication([])
        with tempfile.TemporaryDirectory(prefix="stretch-coach-audit-") as home:
            try:
                for code in self.languages:
                    with language(code):
                        for theme_name in self.themes:
                            for size in text_sizes():
                                name = "normal" if size is None else str(size.name).lower()
                                if self.text_sizes is not None and name not in self.text_sizes:
                                    continue
                                folder = Path(home) / f"{code}-{theme_name}-{name}"
                                self._audit_app(folder, Theme(theme_name), code, size)
            finally:
                _close_empty_services()
        return self.failures

    def _audit_app(self, folder: Path, theme: Theme, code: str, text_size: Enum | None) -> None:
        coach = TheStretchCoach(folder, theme, text_size)
        try:
            for name, screen in SCREENS.items():
                if self.screens is not None and name not in self.screens:
                    continue
                combo = Combo(theme, self.sizes[0], code, text_size)
                try:
                    screen(coach, partial(self._audit_screen, combo=combo))
                except Exception as exc:
                    where = traceback.extract_tb(exc.__traceback__)[-1]
                    self._add(
                        combo,
                        name,
                        Finding(
                            "screen",
                            "-",
                            f"could not be shown: {exc!r} ({Path(where.filename).name}"
                            f":{where.lineno})",
                        ),
                    )
                    _home(coach)
        finally:
            coach.close()

    def _add(self, combo: Combo, screen: str, finding: Finding) -> None:
        self.failures.append(
            Failure(
                finding.rule,
                screen,
                finding.widget,
                combo.theme.value,
                combo.size_name,
                combo.language,
                combo.text_size_name,
                finding.detail,
            )
        )

    def _audit_screen(self, name: str, root: QWidget, kind: str, *, combo: Combo) -> None:
        root.show()
        settle()
        natural = root.size()
        for size in self.sizes:
            here = dataclasses.replace(combo, size=size)
            if kind == WINDOW:
                variants = [("", window_room(size))]
            elif kind == POPUP:
                variants = [("", natural)]
            else:
                fitted = natural.boundedTo(size)
                variants = [("natural size", fitted)]
                if _resizable(root) and fitted != size:
                    variants.append(("full size", size))
            for index, (label, target) in enumerate(variants):
                root.resize(target)
                settle()
                screen = f"{name} ({label})" if label else name
                first = index == 0
                for finding in self.check(root, size, first, here):
                    self._add(here, screen, finding)
                if (
                    self.want_sheets
                    and first
                    and size == SHEET_SIZE
                    and combo.language == "en"
                    and combo.text_size_name == "normal"
                ):
                    self.sheets.setdefault(combo.theme.value, []).append(
                        (name, root.grab().toImage())
                    )
        root.resize(natural)
        settle()

    def check(self, root: QWidget, size: QSize, first: bool, combo: Combo) -> list[Finding]:
        from stretch_coach.core.settings import Theme

        wanted = self.checks
        found: list[Finding] = []
        if first and "min-size" in wanted:
            found += check_min_size(root, size)
        if wanted & {"overlap", "outside-parent"}:
            found += check_layout(root)
        if "sideways-scroll" in wanted:
            found += check_sideways_scroll(root)
        if wanted & {"clipped", "elided"}:
            found += check_clipping(root)
        image = root.grab().toImage()
        if wanted & {"contrast", "contrast-pixels", "indicator"}:
            found += check_contrast(root, image)
        if combo.theme is Theme.BEDTIME and "bright-area" in wanted:
            found += check_bright(root, image)
        if wanted & {"tab-reach", "accessible-name", "tab-trap"} and not isinstance(root, QMenu):
            found += check_keyboard(root)
        focus_pass = first and size == self._focus_size() and not isinstance(root, QMenu)
        if focus_pass and "focus-visible" in wanted:
            found += check_focus_visible(root)
        return [f for f in found if f.rule in wanted]

    def _focus_size(self) -> QSize:
        return FOCUS_SIZE if FOCUS_SIZE in self.sizes else self.sizes[0]


def run_audit(
    *,
    themes: Sequence[str] = THEME_NAMES,
    sizes: Sequence[QSize] = SIZES,
    languages: Sequence[str] | None = None,
    text_sizes: Sequence[str] | None = None,
    screens: Sequence[str] | None = None,
    sheets: Path | None = None,
) -> list[Failure]:
    """Audit the chosen part of the matrix; every failure found. With
    ``sheets``, write one contact sheet per theme into that folder."""
    audit = Audit(
        themes=themes,
        sizes=sizes,
        languages=languages if languages is not None else audit_languages(),
        text_sizes=text_sizes,
        screens=screens,
        want_sheets=sheets is not None,
    )
    failures = audit.run()
    if sheets is not None:
        for theme, shots in audit.sheets.items():
            write_sheet(sheets / f"{theme}.png", shots, f"Stretch Coach · {theme} · English")
    return failures


# -- contact sheets ------------------------------------------------------------------------

THUMB_WIDTH = 480
SHEET_COLUMNS = 4


def write_sheet(path: Path, shots: Sequence[tuple[str, QImage]], title: str) -> Path:
    """Every screen as a captioned thumbnail on one page, to look at all at once."""
    gap, caption, heading = 16, 26, 44
    thumbs = [
        (name, image.scaledToWidth(THUMB_WIDTH, Qt.TransformationMode.SmoothTransformation))
        for name, image in shots
    ]
    rows = [thumbs[i : i + SHEET_COLUMNS] for i in range(0, len(thumbs), SHEET_COLUMNS)]
    heights = [max(t.height() for _, t in row) + caption + gap for row in rows]
    width = SHEET_COLUMNS * (THUMB_WIDTH + gap) + gap
    sheet = QImage(width, heading + sum(heights) + gap, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#6B6B6B"))  # a mid grey: light and dark screens both stand out
    painter = QPainter(sheet)
    font = painter.font()
    font.setPixelSize(22)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRect(gap, 0, width, heading), Qt.AlignmentFlag.AlignVCenter, title)
    font.setPixelSize(15)
    painter.setFont(font)
    y = heading
    for row, row_height in zip(rows, heights, strict=True):
        for column, (name, thumb) in enumerate(row):
            x = gap + column * (THUMB_WIDTH + gap)
            painter.drawText(QRect(x, y, THUMB_WIDTH, caption), Qt.AlignmentFlag.AlignVCenter, name)
            painter.drawImage(QPoint(x, y + caption), thumb)
        y += row_height
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(path))
    return path


# -- command line ------------------------------------------------------------------------------


def report(failures: Sequence[Failure], examples: int = 5) -> str:
    """Failures grouped by rule and screen, with counts and a few examples each."""
    if not failures:
        return "No failures."
    lines = [f"{len(failures)} failures"]
    by_rule: dict[str, list[Failure]] = {}
    for failure in failures:
        by_rule.setdefault(failure.rule, []).append(failure)
    for rule in sorted(by_rule, key=lambda r: RULES.index(r) if r in RULES else len(RULES)):
        group = by_rule[rule]
        lines.append(f"\n== {rule}: {len(group)}")
        by_screen: dict[str, list[Failure]] = {}
        for failure in group:
            by_screen.setdefault(failure.screen, []).append(failure)
        for screen, items in sorted(by_screen.items(), key=lambda kv: -len(kv[1])):
            lines.append(f"  -- {screen}: {len(items)}")
            seen: set[tuple[str, str]] = set()
            for item in items:
                key = (item.widget, re.sub(r"\d+", "#", item.detail))
                if key in seen:
                    continue
                seen.add(key)
                if len(seen) > examples:
                    break
                lines.append(
                    f"     {item.widget} · {item.theme} {item.size} {item.language}"
                    f" text {item.text_size}: {item.detail}"
                )
    return "\n".join(lines)


def _size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    return QSize(int(width), int(height))


def _offscreen_screen() -> None:
    """A 1920×1080 screen at 96 dpi for the offscreen platform, so dialogs get
    the size they would on a full HD laptop (Qt sizes a new dialog by the screen)."""
    wanted = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    if wanted != "offscreen" or QApplication.instance() is not None:
        return
    config = Path(tempfile.gettempdir()) / "stretch-coach-audit-screen.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "audit",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def _quiet_platform() -> None:
    """The offscreen platform says on every dialog that it cannot raise windows;
    that is noise in the audit's report."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if not message.startswith("This plugin does not support"):
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--theme", action="append", choices=THEME_NAMES)
    parser.add_argument("--size", action="append", type=_size, help="WxH, e.g. 640x480")
    from stretch_coach.languages import available_languages

    parser.add_argument(
        "--lang",
        action="append",
        choices=sorted(available_languages()),
        help="default: English, German and the longest language",
    )
    parser.add_argument("--text-size", action="append", help="normal, large, largest")
    parser.add_argument("--screen", action="append", choices=list(SCREENS))
    parser.add_argument(
        "--sheets", nargs="?", const=REPO / "docs" / "audit", type=Path, help="contact sheets"
    )
    parser.add_argument("--json", type=Path, help="also write every failure here")
    parser.add_argument("--examples", type=int, default=5, help="examples per rule and screen")
    args = parser.parse_args(argv)
    _offscreen_screen()
    _quiet_platform()
    started = time.monotonic()
    failures = run_audit(
        themes=args.theme or THEME_NAMES,
        sizes=args.size or SIZES,
        languages=args.lang,
        text_sizes=[t.lower() for t in args.text_size] if args.text_size else None,
        screens=args.screen,
        sheets=args.sheets,
    )
    print(report(failures, args.examples))
    print(f"\n({time.monotonic() - started:.1f} s)")
    if args.json is not None:
        args.json.write_text(
            json.dumps([dataclasses.asdict(f) for f in failures], ensure_ascii=False, indent=1)
        )
    return 1 if failures else 0


if __name__ == "__main__":
    with suppress(KeyboardInterrupt):
        raise SystemExit(main())
