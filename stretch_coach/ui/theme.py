"""Colours and type for the light, dark and bedtime looks.

The exercise figure is drawn in four colours of each theme: ink (the body),
figure_accent (the working leg), prop (outlines of wall, chair, towel) and
soft (the fill of props).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from stretch_coach.core.settings import Theme

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
    ink="#D8C2A4",
    figure_accent="#D99A5B",
    prop="#7D6A57",
    soft="#2A211B",
    dim=True,
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


_FUSION_SET = "stretchCoachFusionSet"


def use_fusion(app: QApplication) -> None:
    """Fusion, so every platform honours the palette; set once per app, as
    each setStyle makes a new style object and restyles every widget, which
    a theme change does not need."""
    # Once a style sheet is set, app.style() is Qt's style-sheet wrapper and
    # does not say which style it wraps, so the app remembers instead.
    if app.property(_FUSION_SET) is not True:
        app.setStyle("Fusion")
        app.setProperty(_FUSION_SET, True)


def apply_palette(app: QApplication, palette: Palette) -> None:
    """Give the whole app the palette, with Fusion so every platform honours it."""
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
    app.setStyleSheet(stylesheet(palette))


def stylesheet(p: Palette) -> str:
    # Object names give the few styled elements their look; everything else
    # follows the palette.
    return f"""
    QWidget {{ font-size: 12pt; }}
    QLabel#title {{ font-size: 24pt; font-weight: 600; }}
    QLabel#subtitle, QLabel#muted {{ color: {p.muted}; }}
    QLabel#exerciseName {{ font-size: 26pt; font-weight: 600; }}
    QLabel#sideBadge {{
        font-size: 14pt; font-weight: 600; color: {p.accent_text};
        background: {p.accent}; border-radius: 12px; padding: 4px 14px;
    }}
    QLabel#instruction {{ font-size: 15pt; }}
    QLabel#repLabel {{ font-size: 18pt; font-weight: 600; color: {p.accent}; }}
    QLabel#nextLabel {{ color: {p.muted}; font-size: 13pt; }}
    QLabel#safety {{ color: {p.muted}; font-size: 11pt; }}
    QLabel#bigMessage {{ font-size: 30pt; font-weight: 600; }}
    QLabel#notice {{
        background: {p.surface}; border: 1px solid {p.track}; border-left: 4px solid {p.danger};
        border-radius: 6px; padding: 8px 12px;
    }}
    QPushButton {{
        background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px;
        padding: 8px 18px; min-height: 28px;
    }}
    QPushButton:hover {{ border-color: {p.accent}; }}
    /* The thicker border is the focus mark; the style's own focus box would
       be drawn over the text as well. */
    QPushButton:focus {{ border: 2px solid {p.accent}; outline: none; }}
    QPushButton:checked {{ background: {p.track}; }}
    QPushButton#primary {{
        background: {p.accent}; color: {p.accent_text}; border: none;
        font-size: 16pt; font-weight: 600; padding: 12px 36px; border-radius: 10px;
    }}
    QPushButton#primary:focus {{ border: 2px solid {p.text}; }}
    QPushButton#accent {{
        background: {p.accent}; color: {p.accent_text}; border: none; font-weight: 600;
    }}
    QPushButton#accent:focus {{ border: 2px solid {p.text}; }}
    QPushButton#nav {{ padding: 6px 12px; font-size: 11pt; }}
    QLabel#sectionTitle {{ font-size: 15pt; font-weight: 600; }}
    QLabel#hint {{ color: {p.muted}; font-size: 10.5pt; }}
    QGroupBox {{ font-weight: 600; border: 1px solid {p.track}; border-radius: 8px;
                 margin-top: 14px; padding: 12px 10px 8px 10px; }}
    QGroupBox::title {{ subcontrol-origin: margin; left: 10px; padding: 0 4px; }}
    QToolButton {{ background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px;
                   padding: 8px 14px; }}
    QListWidget {{
        background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px; padding: 4px;
    }}
    QListWidget::item {{ padding: 10px 8px; border-radius: 6px; }}
    QListWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    QTreeWidget {{ background: {p.surface}; border: 1px solid {p.track}; border-radius: 8px; }}
    QTreeWidget::item {{ padding: 6px 8px; }}
    QTreeWidget QHeaderView::section {{
        background: {p.surface}; color: {p.muted}; border: none;
        border-bottom: 1px solid {p.track}; padding: 6px 8px;
    }}
    QTreeWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    QProgressBar {{
        background: {p.track}; border: none; border-radius: 4px; max-height: 8px;
    }}
    QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
    /* One height for every field a person types or picks in. */
    QSpinBox, QDoubleSpinBox, QDateEdit, QTimeEdit, QLineEdit, QComboBox {{
        padding: 6px;
    }}
    QSpinBox {{ min-width: 70px; }}
    /* Their frames are thinner than a spin box's. */
    QLineEdit, QComboBox {{ min-height: 28px; }}
    """
