"""Benchmark child: the baseline, an empty PySide6 QMainWindow started like the app.

    python benchmarks/bare_window.py [--settle S] [--idle S]

It takes the same options and goes through the same probe as launch_app.py,
so the two differ only in what the app itself does.
"""

# The clock starts before anything else is imported (see launch_app.py).
import time

START = time.monotonic()

import sys  # noqa: E402 - after the start time on purpose
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

# The app's main window opens at this size; painting the same area keeps
# the first-paint comparison about start-up work, not pixels.
WIDTH, HEIGHT = 960, 700


def no_state() -> dict[str, Any]:
    return {}


def main() -> int:
    from benchmarks.probe import IdleProbe, StartupProbe, child_parser

    args = child_parser(__doc__.splitlines()[0]).parse_args()

    from PySide6.QtWidgets import QApplication, QMainWindow

    qapp = QApplication(sys.argv[:1])
    if args.idle:
        IdleProbe(qapp, args.settle, args.idle, no_state)
    else:
        StartupProbe(qapp, START, args.settle, no_state)
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    # Like the app without a tray: --minimized keeps it on the task bar.
    if args.idle:
        window.showMinimized()
    else:
        window.show()
    return qapp.exec()


if __name__ == "__main__":
    sys.exit(main())
