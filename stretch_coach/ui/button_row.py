"""A row of button groups that wraps onto more lines when the window is narrow.

A button is never squeezed below the width its text needs (a squeezed button
reads "ound o"); instead, a group that does not fit moves to the next line.
Groups stay whole, so buttons that belong together (Back, Pause, Skip) stay
together.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class RowAlign(Enum):
    LEFT = "left"
    RIGHT = "right"
    CENTER = "center"
    # One line: the first group at the left, the others at the right. Wrapped:
    # the first group's line at the left, the other lines at the right.
    SPREAD = "spread"


# The narrowest the row is expected to be laid out in: the smallest screen
# (640 px) less the pages' margins (20 px each side). The row's minimum height is its height
# at this width, so a window's minimum size does not assume one button per
# line.
EXPECTED_NARROWEST = 600


class ButtonRow(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        align: RowAlign = RowAlign.SPREAD,
        spacing: int = 8,
        group_gap: int = 24,
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._groups: list[int] = []  # the group of each item
        self._align = align
        self._group_gap = group_gap
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- filling it ------------------------------------------------------------------

    def add_group(self, *widgets: QWidget) -> None:
        """Add buttons that stay on one line together."""
        group = (self._groups[-1] + 1) if self._groups else 0
        for widget in widgets:
            self.addChildWidget(widget)
            self._items.append(QWidgetItem(widget))
            self._groups.append(group)
        self.invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        # Items added by Qt itself form a group of their own.
        self._items.append(item)
        self._groups.append((self._groups[-1] + 1) if self._groups else 0)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        del self._groups[index]
        return self._items.pop(index)

    # -- sizes -----------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        groups = self._visible_groups()  # all on one line
        return QSize(self._width(groups), self._height([groups]))

    def minimumSize(self) -> QSize:
        groups = self._visible_groups()
        # Even a group gives way (one button a line) in the narrowest room.
        widest = max((i.sizeHint().width() for g in groups for i in g), default=0)
        # Laid out already: as many lines as the row takes at its width now
        # (a window that cannot grow wider grows taller instead).
        laid_out = self.geometry().width()
        width = laid_out if laid_out > 0 else EXPECTED_NARROWEST
        return QSize(widest, self.heightForWidth(max(widest, width)))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # -- the layout itself -----------------------------------------------------------

    def _visible_groups(self) -> list[list[QLayoutItem]]:
        groups: dict[int, list[QLayoutItem]] = {}
        for item, group in zip(self._items, self._groups, strict=True):
            if not item.isEmpty():
                groups.setdefault(group, []).append(item)
        return list(groups.values())

    def _width(self, line: list[list[QLayoutItem]]) -> int:
        widths = [
            sum(i.sizeHint().width() for i in g) + self.spacing() * (len(g) - 1) for g in line
        ]
        return sum(widths) + self._group_gap * max(0, len(line) - 1)

    def _height(self, lines: list[list[list[QLayoutItem]]]) -> int:
        heights = [max(i.sizeHint().height() for g in line for i in g) for line in lines if line]
        return sum(heights) + self.spacing() * max(0, len(heights) - 1)

    def _lines(self, groups: list[list[QLayoutItem]], width: int) -> list[list[list[QLayoutItem]]]:
        lines: list[list[list[QLayoutItem]]] = []
        for whole in groups:
            # A group wider than the room is split: its buttons then wrap one
            # by one rather than pushing the row wider than the window.
            parts = [[item] for item in whole] if self._width([whole]) > width else [whole]
            for group in parts:
                if lines and self._width([*lines[-1], group]) <= width:
                    lines[-1].append(group)
                else:
                    lines.append([group])
        return lines

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        groups = self._visible_groups()
        lines = self._lines(groups, area.width())
        y = area.top()
        first_group = groups[0] if groups else None
        for line in lines:
            height = max(i.sizeHint().height() for g in line for i in g)
            if place:
                self._place_line(line, area, y, height, first_group)
            y += height + self.spacing()
        used = y - area.top() - (self.spacing() if lines else 0)
        return used + margins.top() + margins.bottom()

    def _place_line(
        self,
        line: list[list[QLayoutItem]],
        area: QRect,
        y: int,
        height: int,
        first_group: list[QLayoutItem] | None,
    ) -> None:
        free = max(0, area.width() - self._width(line))
        gaps = [0] * len(line)  # extra room before each group
        if self._align is RowAlign.LEFT:
            pass
        elif self._align is RowAlign.RIGHT:
            gaps[0] = free
        elif self._align is RowAlign.CENTER:
            gaps[0] = free // 2
        elif len(line) > 1:
            gaps[1] = free  # spread: the first group left, the rest right
        elif line[0] is not first_group:
            gaps[0] = free
        x = area.left()
        for index, group in enumerate(line):
            x += gaps[index] + (self._group_gap if index else 0)
            for item in group:
                hint = item.sizeHint()
                item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self.spacing()
            x -= self.spacing()
