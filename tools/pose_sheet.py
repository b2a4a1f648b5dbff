"""Render every exercise pose through the pose renderer into one contact sheet per theme.

    uv run python tools/pose_sheet.py [OUTPUT_DIR] [--size PX]

Each row is one exercise, each column one of its poses; the right leg's
mirrored drawing closes the row for per-side moves. Runs offscreen. The
PNGs (poses-light.png, poses-dark.png, poses-bedtime.png) land in
docs/screenshots/ and are for checking the drawings by eye.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--size", type=int, default=200, help="side of one drawing in pixels")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from stretch_coach.core.exercises import load_catalogue
    from stretch_coach.ui.figure_painter import render_pose
    from stretch_coach.ui.theme import BEDTIME, DARK, LIGHT

    app = QApplication.instance() or QApplication([])
    catalogue = load_catalogue()
    size, label = args.size, 28
    columns = 1 + max(len(ex.poses) + (1 if ex.per_side else 0) for ex in catalogue.values())
    args.out.mkdir(parents=True, exist_ok=True)
    for palette in (LIGHT, DARK, BEDTIME):
        sheet = QImage(columns * size, len(catalogue) * (size + label), QImage.Format.Format_RGB32)
        sheet.fill(QColor(palette.window))
        painter = QPainter(sheet)
        font = QFont()
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(QColor(palette.text))
        for row, exercise in enumerate(catalogue.values()):
            top = row * (size + label)
            painter.drawText(
                QRect(8, top, columns * size, label),
                Qt.AlignmentFlag.AlignVCenter,
                exercise.id,
            )
            cells = [(name, False) for name in exercise.pose_names]
            if exercise.per_side:
                cells.append((exercise.primary_pose, True))
            for column, (name, mirrored) in enumerate(cells):
                image = render_pose(
                    exercise, exercise.poses[name], palette, size, mirrored=mirrored
                )
                painter.drawImage(QPoint(column * size, top + label), image)
                painter.drawText(
                    QRect(column * size, top + label, size - 6, 18),
                    Qt.AlignmentFlag.AlignRight,
                    name + (" (right)" if mirrored else ""),
                )
        painter.end()
        path = args.out / f"poses-{palette.name}.png"
        sheet.save(str(path))
        print(path)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
