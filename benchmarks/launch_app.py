"""Benchmark child: the real Stretch Coach, started the way ``run_gui`` starts it.

    python benchmarks/launch_app.py [--settle S] [--idle S]

Without --idle it reports the main window's first paint, then its memory
after ``--settle`` seconds of idling, and quits. With --idle it starts the
app ``--minimized`` (as it is at login), waits ``--settle`` seconds and
counts timer events for ``--idle`` seconds. run.py gives every launch a
fresh temporary home, so each one is a first start and no one's data is
touched. The app's own code is not changed; only a probe is added.
"""

# The clock starts before anything else is imported, so the in-process time
# covers every import; run.py also times the process from outside.
import time

START = time.monotonic()

import gc  # noqa: E402 - after the start time on purpose
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def app_state() -> dict[str, Any]:
    """What the running app has scheduled, to show the measurement was of a live app.

    run_gui keeps its StretchCoach to itself, so it is found among the live
    objects; that is slow, so it is only done outside the measured spans.
    """
    from stretch_coach.app import StretchCoach

    coaches = [obj for obj in gc.get_objects() if isinstance(obj, StretchCoach)]
    if not coaches:
        return {"reminder_jobs": 0}
    coach = coaches[0]
    if not hasattr(coach, "reminders"):
        # Reminders are built after the first paint; a report at the first
        # paint itself comes before them.
        return {"reminder_jobs": 0, "window_visible": coach.window.isVisible()}
    due = coach.reminders.next_due()
    return {
        "reminder_jobs": len(coach.reminders.plan_jobs()),
        "next_reminder": due[1].isoformat() if due else None,
        "scheduler_timer_ms": coach.reminders.scheduler.timer_interval_ms,
        "tray": coach.tray is not None,
        "window_visible": coach.window.isVisible(),
        "window_minimized": coach.window.isMinimized(),
    }


def main() -> int:
    # The stretch-coach command loads the CLI, then the app module, and only
    # then PySide6 (inside run_gui). The order matters: PySide6 hooks every
    # import that follows it, so loading the probe (and with it PySide6)
    # first would make the app's own imports slower than they really are.
    from stretch_coach.cli import build_parser

    from stretch_coach.launch import run_gui  # isort: skip - after the CLI, as gui_main does

    from benchmarks.probe import IdleProbe, StartupProbe, child_parser  # isort: skip
    from PySide6.QtWidgets import QApplication  # isort: skip

    args = child_parser(__doc__.splitlines()[0]).parse_args()
    app_args = build_parser().parse_args(["--minimized"] if args.idle else [])
    # run_gui uses a QApplication that already exists, made from the same
    # argv[:1]; making it here first is what lets the probe see every event.
    qapp = QApplication(sys.argv[:1])
    if args.idle:
        IdleProbe(qapp, args.settle, args.idle, app_state)
    else:
        StartupProbe(qapp, START, args.settle, app_state)
    return run_gui(app_args)


if __name__ == "__main__":
    sys.exit(main())
