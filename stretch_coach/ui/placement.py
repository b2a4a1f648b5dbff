"""Where a window opens: a dialog over the window it belongs to, a reminder
by the tray, always whole on the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QSystemTrayIcon, QVBoxLayout, QWidget

# Space between a reminder and the screen's edge.
MARGIN = 16


def _screen_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def _kept_on_screen(rect: QRect, area: QRect) -> QPoint:
    x = min(max(rect.left(), area.left()), area.right() - rect.width() + 1)
    y = min(max(rect.top(), area.top()), area.bottom() - rect.height() + 1)
    return QPoint(max(x, area.left()), max(y, area.top()))


# How long after opening a dialog follows its window being placed by the
# window manager (which may happen only after both are shown).
FOLLOW_SECONDS = 2.0


class _FollowParent(QObject):
    """Re-centres a dialog while its freshly shown parent is being placed."""

    def __init__(self, dialog: QWidget, parent: QWidget) -> None:
        super().__init__(dialog)
        self._dialog, self._parent = dialog, parent
        parent.installEventFilter(self)
        QTimer.singleShot(round(FOLLOW_SECONDS * 1000), self, self._stop)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            _centre(self._dialog, self._parent)
        return False

    def _stop(self) -> None:
        self._parent.removeEventFilter(self)


def centre_on(dialog: QWidget, parent: QWidget | None) -> None:
    """Put ``dialog`` in the middle of ``parent`` (of the screen without one),
    also when the window manager places a just-shown parent a moment later."""
    _centre(dialog, parent)
    if parent is not None:
        _FollowParent(dialog, parent)


def _centre(dialog: QWidget, parent: QWidget | None) -> None:
    dialog.adjustSize()
    area = _screen_area(parent or dialog)
    around = parent.frameGeometry() if parent is not None and parent.isVisible() else area
    rect = QRect(QPoint(0, 0), dialog.sizeHint().expandedTo(dialog.size()))
    rect.moveCenter(around.center())
    dialog.move(_kept_on_screen(rect, area))


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give ``window`` the size it would like, or less on a small screen, so it
    opens whole (at 1366 x 768 or on a netbook)."""
    area = _screen_area(window)
    # Room for the title bar and frame the window manager adds.
    window.resize(min(width, area.width() - 2 * MARGIN), min(height, area.height() - 3 * MARGIN))


def beside_tray(window: QWidget, tray: QSystemTrayIcon | None) -> None:
    """Put a reminder next to the tray icon when its place is known, else in the
    top right corner, where most desktops keep their tray."""
    window.adjustSize()
    area = _screen_area(window)
    size = window.sizeHint().expandedTo(window.size())
    icon = tray.geometry() if tray is not None else QRect()
    rect = QRect(QPoint(0, 0), size)
    if icon.isValid() and not icon.isEmpty():
        # Below a tray at the top of the screen, above one at the bottom.
        below = icon.center().y() < area.center().y()
        y = icon.bottom() + MARGIN if below else icon.top() - size.height() - MARGIN
        rect.moveTopLeft(QPoint(icon.center().x() - size.width() // 2, y))
    else:
        rect.moveTopRight(QPoint(area.right() - MARGIN, area.top() + MARGIN))
    window.move(_kept_on_screen(rect, area))


# Share of the screen's free area a window may open at, leaving room for its
# frame and the desktop around it.
SCREEN_SHARE = 0.92


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Open ``window`` at ``preferred`` size, or smaller on a small screen
    (its minimum size still applies: what does not fit then scrolls)."""
    area = _screen_area(window).size()
    window.resize(
        preferred.boundedTo(
            QSize(round(area.width() * SCREEN_SHARE), round(area.height() * SCREEN_SHARE))
        )
    )


def scrolling_body(dialog: QWidget, buttons_below: bool = True) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog's content in a frameless scroll area, and a row under it.

    The dialog then fits a 640×480 screen whatever the language and text
    size: only what does not fit scrolls, and the row under the scroll area
    (the dialog's buttons) always stays in view. Returns (body, outer): add
    the content to ``body`` and the buttons to ``outer``."""
    outer = QVBoxLayout(dialog)
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    content = QWidget(scroll)
    scroll.setWidget(content)
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    return body, outer
