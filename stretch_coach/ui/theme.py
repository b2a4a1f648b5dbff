"""Colours and type for the light, dark and bedtime looks.

The exercise figure is drawn in four colours of each theme: ink (the body),
figure_accent (the working leg), prop (outlines of wall, chair, towel) and
soft (the fill of props).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from stretch_coach.core.settings import TextSize, Theme

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCalendarWidget

FIGURE_INK = "#1F2A44"
FIGURE_ACCENT = "#2E8B7A"
FIGURE_PROP = "#9AA5B8"
FIGURE_SOFT = "#DCE3EC"


@dataclass(frozen=True, slots=True)
class Palette:
    name: str
    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    track: str
    danger: str
    ink: str
    figure_accent: str
    prop: str
    soft: str
    # Large areas (a chart's bars) are drawn faded toward the surface, so
    # nothing bright fills the screen; lines and text keep their colour.
    dim: bool = False
    # A selected row's fill and text; the accent unless the theme says
    # otherwise (bedtime: a wide accent-filled row is a bright block at night).
    selection: str | None = None
    selection_text: str | None = None

    @property
    def highlight(self) -> str:
        return self.selection or self.accent

    @property
    def highlight_text(self) -> str:
        return self.selection_text or self.accent_text

    @property
    def dark(self) -> bool:
        return QColor(self.window).lightness() < 128


LIGHT = Palette(
    name="light",
    window="#F4F6F8",
    surface="#FFFFFF",
    text="#1F2A44",
    muted="#5A6478",
    accent="#2E7D6E",
    accent_text="#FFFFFF",
    track="#DCE3EC",
    danger="#A23B3B",
    ink=FIGURE_INK,
    figure_accent=FIGURE_ACCENT,
    prop=FIGURE_PROP,
    soft=FIGURE_SOFT,
)

DARK = Palette(
    name="dark",
    window="#181B21",
    surface="#222731",
    text="#E6E9EF",
    muted="#A3ABBA",
    accent="#5CC2AD",
    accent_text="#10251F",
    track="#353C4A",
    danger="#E08080",
    ink="#E6E9EF",
    figure_accent="#5CC2AD",
    prop="#7C8799",
    soft="#2A303B",
)

# Dim and warm for the last minutes before sleep: no bright or blue-white
# areas, contrast kept just high enough to read comfortably.
BEDTIME = Palette(
    name="bedtime",
    window="#16110E",
    surface="#201914",
    text="#D8C2A4",
    muted="#A18D74",
    accent="#C98B4F",
    accent_text="#1B130D",
    track="#3A2E25",
    danger="#D08A6A",
    # The figure is the largest drawn area: kept below the dimness limit the
    # UI audit holds bedtime to (luminance 0.35), still 5.5:1 on the window.
    ink="#A38A6C",
    figure_accent="#BD7E42",
    prop="#7D6A57",
    soft="#2A211B",
    dim=True,
    selection="#4A3626",
    selection_text="#E6D2B5",
)


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def palette_for(theme: Theme) -> Palette:
    if theme is Theme.BEDTIME:
        return BEDTIME
    if theme is Theme.DARK:
        return DARK
    if theme is Theme.LIGHT:
        return LIGHT
    return DARK if system_prefers_dark() else LIGHT


_FUSION_SET = "stretchCoachFusionSet"  # True: the app's style; FIRST_PAINT: until painted
FIRST_PAINT = "first paint"


def use_fusion(app: QApplication) -> None:
    """Fusion, so every platform honours the palette; set once per app, as
    each setStyle makes a new style object and restyles every widget, which
    a theme change does not need. After first_paint_style, that style
    stays until use_app_style."""
    # Once a style sheet is set, app.style() is Qt's style-sheet wrapper and
    # does not say which style it wraps, so the app remembers instead.
    if app.property(_FUSION_SET) not in (True, FIRST_PAINT):
        use_app_style(app)


def first_paint_style(app: QApplication) -> None:
    """For the launch: until the main window has painted, Fusion with only the
    app's spin buttons (the home page has a spin box, and no check box).

    The app's style also draws check boxes in Python and sizes them, and
    PySide6 makes the Python class of every widget and style option it hands
    to Python: for the home page that made about a hundred Qt classes and
    their enums before the first paint. The spin buttons alone add nine
    enums. Both draw the home page the same.
    """
    if app.property(_FUSION_SET) is None:
        from stretch_coach.ui.app_style import SpinButtonsStyle

        app.setStyle(SpinButtonsStyle())
        app.setProperty(_FUSION_SET, FIRST_PAINT)


def use_app_style(app: QApplication) -> None:
    """Fusion with the app's check boxes and spin buttons (app_style), from now on."""
    if app.property(_FUSION_SET) is not True:
        from stretch_coach.ui.app_style import AppStyle

        app.setStyle(AppStyle())
        app.setProperty(_FUSION_SET, True)


# The desktop font size our point sizes are made for; a desktop set to larger
# text (e.g. 12 pt) makes the app's text larger by the same share.
REFERENCE_DESKTOP_POINTS = 10.0


def desktop_text_scale(app: QApplication) -> float:
    """How much larger than usual the desktop's own font is (never smaller:
    the app's sizes are already chosen for tired eyes)."""
    # A style sheet never changes the application font, so this is the
    # platform's choice even after the app's look has been applied.
    points = app.font().pointSizeF()
    return max(1.0, points / REFERENCE_DESKTOP_POINTS) if points > 0 else 1.0


def apply_palette(
    app: QApplication, palette: Palette, text_size: TextSize = TextSize.NORMAL
) -> None:
    """Give the whole app the palette and text size, with Fusion so every
    platform honours them."""
    use_fusion(app)
    qt = QPalette()
    roles = {
        QPalette.ColorRole.Window: palette.window,
        QPalette.ColorRole.WindowText: palette.text,
        QPalette.ColorRole.Base: palette.surface,
        QPalette.ColorRole.AlternateBase: palette.window,
        QPalette.ColorRole.Text: palette.text,
        QPalette.ColorRole.Button: palette.surface,
        QPalette.ColorRole.ButtonText: palette.text,
        QPalette.ColorRole.Highlight: palette.accent,
        QPalette.ColorRole.HighlightedText: palette.accent_text,
        QPalette.ColorRole.ToolTipBase: palette.surface,
        QPalette.ColorRole.ToolTipText: palette.text,
        QPalette.ColorRole.PlaceholderText: palette.muted,
        QPalette.ColorRole.Link: palette.accent,
        QPalette.ColorRole.Mid: palette.track,
        QPalette.ColorRole.Midlight: palette.track,
        QPalette.ColorRole.Light: palette.surface,
        QPalette.ColorRole.Dark: palette.track,
        QPalette.ColorRole.Shadow: palette.window,
    }
    for role, colour in roles.items():
        qt.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        qt.setColor(QPalette.ColorGroup.Disabled, role, QColor(palette.muted))
    app.setPalette(qt)
    # Selected rows in lists take the theme's selection colours (dim at
    # bedtime); focus frames and the rest keep the accent.
    rows = QPalette(qt)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        rows.setColor(group, QPalette.ColorRole.Highlight, QColor(palette.highlight))
        rows.setColor(group, QPalette.ColorRole.HighlightedText, QColor(palette.highlight_text))
    # PySide6 6.11 accepts only a str here, while its type stubs say bytes.
    app.setPalette(rows, "QAbstractItemView")  # type: ignore[arg-type]
    app.setStyleSheet(stylesheet(palette, text_size.scale * desktop_text_scale(app)))


def stylesheet(p: Palette, text_scale: float = 1.0) -> str:
    """The app's look; ``text_scale`` makes every text larger (1.0: normal)."""

    def pt(size: float) -> str:
        return f"{size * text_scale:g}pt"

    # A slider's parts, in pixels (Qt takes no points there): a round handle
    # about as large as a line of text, on a groove a third of its height.
    groove = round(6 * text_scale)
    ring = round(3 * text_scale)
    handle = round(14 * text_scale)
    reach = (handle + 2 * ring - groove) // 2  # above and below the groove
    round_handle = min(handle + 2 * ring, groove + 2 * reach) // 2
    menu_part = round(24 * text_scale)

    # Object names give the few styled elements their look; everything else
    # follows the palette.
    return f"""
    QWidget {{ font-size: {pt(BODY_TEXT_POINTS)}; }}
    QLabel#title {{ font-size: {pt(24)}; font-weight: 600; }}
    QLabel#subtitle, QLabel#muted {{ color: {p.muted}; }}
    QLabel#exerciseName {{ font-size: {pt(26)}; font-weight: 600; }}
    QLabel#sideBadge {{
        font-size: {pt(14)}; font-weight: 600; color: {p.accent_text};
        background: {p.accent}; border-radius: 12px; padding: 4px 14px;
    }}
    QLabel#instruction {{ font-size: {pt(15)}; }}
    QLabel#repLabel {{ font-size: {pt(18)}; font-weight: 600; color: {p.accent}; }}
    QLabel#nextLabel {{ color: {p.muted}; font-size: {pt(13)}; }}
    QLabel#safety {{ color: {p.muted}; font-size: {pt(11)}; }}
    QLabel#bigMessage {{ font-size: {pt(30)}; font-weight: 600; }}
    QLabel#bigMessage[compact="true"] {{ font-size: {pt(20)}; }}
    QLabel#notice {{
        background: {p.surface}; border: 1px solid {p.track}; border-left: 4px solid {p.danger};
        border-radius: 6px; padding: 8px 12px;
    }}
    QPushButton {{
        background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px;
        padding: 8px 18px; min-height: 28px;
    }}
    QPushButton[compact="true"] {{ padding: 8px 10px; }}
    QPushButton:hover {{ border-color: {p.accent}; }}
    /* The thicker border is the focus mark; the style's own focus box would
       be drawn over the text as well. */
    QPushButton:focus {{ border: 2px solid {p.accent}; outline: none; }}
    QPushButton:checked {{ background: {p.track}; }}
    QPushButton#primary {{
        background: {p.accent}; color: {p.accent_text}; border: none;
        font-size: {pt(16)}; font-weight: 600; padding: 12px 36px; border-radius: 10px;
    }}
    /* On an accent fill, the focus mark is a ring in the window's colour:
       it stands out from the accent in every theme (text would not). */
    QPushButton#primary:focus {{ border: 3px solid {p.window}; }}
    QPushButton#accent {{
        background: {p.accent}; color: {p.accent_text}; border: none; font-weight: 600;
    }}
    QPushButton#accent:focus {{ border: 3px solid {p.window}; }}
    QPushButton#nav {{ padding: 6px 12px; font-size: {pt(11)}; }}
    QLabel#sectionTitle {{ font-size: {pt(15)}; font-weight: 600; }}
    QLabel#hint {{ color: {p.muted}; font-size: {pt(10.5)}; }}
    QGroupBox {{ font-weight: 600; border: 1px solid {p.track}; border-radius: 8px;
                 margin-top: 14px; padding: 12px 10px 8px 10px; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
    QToolButton {{ background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px;
                   padding: 8px 14px; }}
    /* A button with more choices behind its arrow (snooze): the arrow's part
       is a target of its own, as wide as a line of text is high. */
    QToolButton[popupMode="1"] {{ padding-right: {menu_part + 8}px; }}
    QToolButton::menu-button {{ width: {menu_part}px; border-left: 1px solid {p.track}; }}
    QToolButton:focus {{ border: 2px solid {p.accent}; outline: none; }}
    QListWidget {{
        background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px; padding: 4px;
    }}
    /* Keyboard focus shows on lists and the guide as it does on buttons. */
    QTextBrowser {{ border: 2px solid {p.track}; border-radius: 8px; }}
    QTreeWidget {{ background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px; }}
    QListWidget:focus, QTextBrowser:focus, QTreeWidget:focus {{
        border: 2px solid {p.accent};
    }}
    /* A check box with keyboard focus gets a ring round box and label. */
    QCheckBox {{ border: 2px solid transparent; border-radius: 6px; padding: 2px 4px; }}
    QCheckBox:focus {{ border-color: {p.accent}; }}
    QListWidget::item {{ padding: 10px 8px; border-radius: 6px; }}
    QListWidget::item:selected {{ background: {p.highlight}; color: {p.highlight_text}; }}
    QTreeWidget::item {{ padding: 6px 8px; }}
    QTreeWidget QHeaderView::section {{
        background: {p.surface}; color: {p.muted}; border: none;
        border-bottom: 1px solid {p.track}; padding: 6px 8px;
    }}
    QTreeWidget::item:selected {{ background: {p.highlight}; color: {p.highlight_text}; }}
    /* Qt's calendar pop-up: month and year readable, the days on the surface. */
    QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {p.surface}; }}
    QCalendarWidget QToolButton {{
        color: {p.text}; background: {p.surface}; border: none; font-weight: 600;
    }}
    QCalendarWidget QToolButton#qt_calendar_prevmonth,
    QCalendarWidget QToolButton#qt_calendar_nextmonth {{ font-size: {pt(18)}; padding: 0 10px; }}
    QCalendarWidget QToolButton:hover, QCalendarWidget QToolButton:focus {{
        background: {p.track};
    }}
    QCalendarWidget QAbstractItemView {{
        color: {p.text}; background: {p.surface};
        selection-background-color: {p.accent}; selection-color: {p.accent_text};
    }}
    QCalendarWidget QAbstractItemView:disabled {{ color: {p.muted}; }}
    QProgressBar {{
        background: {p.track}; border: none; border-radius: 4px; max-height: 8px;
    }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
    /* Scroll bars that say there is more: Fusion's handle is 1.3:1 against
       its groove on the dark themes. As wide as Fusion's; no arrow buttons,
       the handle is the thing to drag. */
    QScrollBar:vertical {{ background: {p.track}; width: 14px; margin: 0; }}
    QScrollBar:horizontal {{ background: {p.track}; height: 14px; margin: 0; }}
    QScrollBar::handle {{ background: {p.muted}; border-radius: 5px; margin: 2px; }}
    QScrollBar::handle:vertical {{ min-height: 40px; }}
    QScrollBar::handle:horizontal {{ min-width: 40px; }}
    QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {p.accent}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
    /* A slider drawn from the palette and sized with the text: Fusion's is
       15 px at every text size, and on the dark themes its handle and empty
       groove are dark grey on near-black. (A styled groove has no tick marks;
       the number beside the slider says the value.) */
    QSlider:horizontal {{ min-height: {groove + 2 * reach + 6}px; }}
    QSlider::groove:horizontal {{ height: {groove}px; border-radius: {groove // 2}px; }}
    QSlider::sub-page:horizontal {{ background: {p.accent}; border-radius: {groove // 2}px; }}
    QSlider::add-page:horizontal {{ background: {p.muted}; border-radius: {groove // 2}px; }}
    QSlider::handle:horizontal {{
        background: {p.surface}; border: {ring}px solid {p.accent};
        width: {handle}px; margin: -{reach}px 0; border-radius: {round_handle}px;
    }}
    QSlider::handle:horizontal:focus {{ background: {p.accent}; border-color: {p.text}; }}
    /* Not to be used yet (no pain to rate without a cramp): faint. */
    QSlider::sub-page:horizontal:disabled, QSlider::add-page:horizontal:disabled {{
        background: {p.track};
    }}
    QSlider::handle:horizontal:disabled {{ background: {p.window}; border-color: {p.track}; }}
    /* One height for every field a person types or picks in. */
    QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit, QLineEdit, QComboBox {{
        padding: 6px;
    }}
    QSpinBox {{ min-width: 70px; }}
    /* Their frames are thinner than a spin box's. */
    QLineEdit, QComboBox {{ min-height: 28px; }}
    """


def calm_calendar(calendar: QCalendarWidget, previous: str, following: str) -> None:
    """Qt's calendar in the app's look. Weekends in the text colour: Qt paints
    them bright red, which reads as a warning and glares at night. The month
    arrows as text in the text colour: Qt's arrow icons are dark on the dark
    themes. ``previous`` and ``following`` name the arrows for screen readers."""
    # Here, not at the top: PySide6 makes a class (and its enums) on first
    # use, and the window paints sooner without the calendar's.
    from PySide6.QtGui import QIcon, QTextCharFormat
    from PySide6.QtWidgets import QToolButton

    plain = QTextCharFormat()
    plain.setForeground(calendar.palette().color(QPalette.ColorRole.Text))
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        calendar.setWeekdayTextFormat(day, plain)
    for name, arrow, label in (
        ("qt_calendar_prevmonth", "‹", previous),
        ("qt_calendar_nextmonth", "›", following),
    ):
        button = calendar.findChild(QToolButton, name)
        if button is not None:
            button.setIcon(QIcon())
            button.setText(arrow)
            button.setAccessibleName(label)
            button.setToolTip(label)


# The size of the app's ordinary text, before the text size preference.
BODY_TEXT_POINTS = 12.0

# The session's texts at normal size (the same as in stylesheet()); the
# session view draws them larger in a large window, for reading from a metre
# or two away.
SESSION_TEXT_POINTS = {
    "exerciseName": 26.0,
    "sideBadge": 14.0,
    "instruction": 15.0,
    "repLabel": 18.0,
    "nextLabel": 13.0,
    "safety": 11.0,
    "muted": 12.0,
}


# In a small window (half a laptop screen, 640x480) the exercise's name is
# set smaller: it is read once, while the countdown beside the drawing is
# watched all through the step and gets the height the name gives up.
COMPACT_NAME_POINTS = 20.0


def session_stylesheet(scale: float, *, compact: bool = False) -> str:
    """Font sizes for the session view's texts and buttons, ``scale`` times the
    usual; in a ``compact`` room (short or narrow) a smaller exercise name."""
    points = dict(SESSION_TEXT_POINTS)
    if compact:
        points["exerciseName"] = COMPACT_NAME_POINTS
    labels = [f"QLabel#{name} {{ font-size: {pt * scale:g}pt; }}" for name, pt in points.items()]
    return "\n".join([*labels, f"QPushButton {{ font-size: {12 * scale:g}pt; }}"])
