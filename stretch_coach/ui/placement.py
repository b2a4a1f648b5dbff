"""Where a window opens: a dialog over the window it belongs to, a reminder
by the tray, always whole on the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt, QTimer
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


def _settled_size(window: QWidget) -> QSize:
    """The size a window opens at: the one given to it (fit_to_screen), else
    its layout's."""
    if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.adjustSize()
        return window.sizeHint().expandedTo(window.size())
    return window.size()


def _centre(dialog: QWidget, parent: QWidget | None) -> None:
    area = _screen_area(parent or dialog)
    around = parent.frameGeometry() if parent is not None and parent.isVisible() else area
    rect = QRect(QPoint(0, 0), _settled_size(dialog))
    rect.moveCenter(around.center())
    dialog.move(_kept_on_screen(rect, area))


def beside_tray(window: QWidget, tray: QSystemTrayIcon | None) -> None:
    """Put a reminder next to the tray icon when its place is known, else in the
    top right corner, where most desktops keep their tray."""
    area = _screen_area(window)
    size = _settled_size(window)
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


def fit_to_screen(window: QWidget, preferred: QSize, *, wrapped_height: bool = False) -> None:
    """Open ``window`` at ``preferred`` size, or smaller on a small screen
    (its minimum size still applies: what does not fit then scrolls). Call it
    once the window's content is built.

    With ``wrapped_height`` (for a window sized by its own size hint), the
    height is what the content needs at the width it gets: rows that wrap
    take more lines there than the one-line size hint counts."""
    area = _screen_area(window).size()
    scroll = window.findChild(QScrollArea, SCROLLING_BODY)
    content = scroll.widget() if scroll is not None else None
    if scroll is not None and content is not None:
        # Wide enough for the content, so only the height scrolls: a sideways
        # scroll cuts every line's start or end.
        outer = window.layout()
        margins = outer.contentsMargins() if outer is not None else QMargins()
        chrome = margins.left() + margins.right() + scroll.verticalScrollBar().sizeHint().width()
        preferred = preferred.expandedTo(QSize(content.minimumSizeHint().width() + chrome, 0))
        if wrapped_height and content.hasHeightForWidth():
            width = size_within(preferred, area).width() - chrome
            extra = content.heightForWidth(width) - content.sizeHint().height()
            preferred = QSize(preferred.width(), preferred.height() + max(0, extra))
        # Tall enough that the content does not scroll where the screen has
        # the room (the welcome scrolled on a laptop screen), once the
        # window's last texts are in and it is laid out, before it maps.
        _GrowWhenShown(window)
    window.resize(size_within(preferred, area))


class _GrowWhenShown(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            self._window.removeEventFilter(self)
            grow_to_content(self._window)
            # Its work is done; it is deleted with the window (deleting it
            # here, inside its own filter, crashed PySide).
        return False


def grow_to_content(window: QWidget) -> None:
    """Make a shown window taller, as far as the screen allows, when content
    it has just shown would make its body scroll (never shorter, and kept whole
    on the screen)."""
    scroll = window.findChild(QScrollArea, SCROLLING_BODY)
    if scroll is None or window.isMaximized() or window.isFullScreen():
        return
    needed = _unscrolled_height(window, scroll.viewport().width())
    area = _screen_area(window)
    height = min(needed or 0, area.height() - 3 * MARGIN)
    if height <= window.height():
        return
    window.resize(window.width(), height)
    frame = window.frameGeometry()
    window.move(_kept_on_screen(frame, area))


def _unscrolled_height(window: QWidget, content_width: int) -> int | None:
    """The window's height at which its scrolling body shows all its content
    at ``content_width``: the content's least height (more where its texts
    wrap) and what the window holds around the body (margins, buttons)."""
    scroll = window.findChild(QScrollArea, SCROLLING_BODY)
    content = scroll.widget() if scroll is not None else None
    outer = window.layout()
    if scroll is None or content is None or outer is None:
        return None
    layout = content.layout()
    if layout is not None:
        layout.activate()
    need = content.minimumSizeHint().height()
    if content.hasHeightForWidth():
        need = max(need, content.heightForWidth(content_width))
    around = outer.minimumSize().height() - scroll.minimumSizeHint().height()
    return need + around


def size_within(preferred: QSize, area: QSize) -> QSize:
    """``preferred``, or less on a screen whose free ``area`` is smaller,
    with room for the title bar and frame the window manager adds."""
    return preferred.boundedTo(QSize(area.width() - 2 * MARGIN, area.height() - 3 * MARGIN))


SCROLLING_BODY = "scrollingBody"


def scrolling_body(
    dialog: QWidget, content: QWidget | None = None
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog's (or a page's) content in a frameless scroll area, and a row
    under it.

    The dialog then fits a 640×480 screen whatever the language and text
    size: only what does not fit scrolls, and the row under the scroll area
    (the dialog's buttons) always stays in view. Returns (body, outer): add
    the content to ``body`` and the buttons to ``outer``. ``content`` is the
    widget that scrolls, where it must be one of a kind of its own."""
    outer = QVBoxLayout(dialog)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(SCROLLING_BODY)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    if content is None:
        content = QWidget(scroll)
    scroll.setWidget(content)
    body = QVBoxLayout(content)
    body.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    return body, outer
