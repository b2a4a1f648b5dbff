"""A second process for the single-instance tests: a primary that reports what it gets.

Run as ``python -m tests.single_instance_child NAME [--on-cue]`` from the
repository root. It prints "ready" once it listens (or "not-primary" and exits
1), then one line of JSON per request it receives. With --on-cue it first
prints "waiting" and tries only after a line arrives on stdin, so a test can
set several children off at the same moment. It quits by itself after a while so a
test that dies half-way never leaves it behind.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer

from stretch_coach.services.single_instance import InstanceRequest, SingleInstance

LIFETIME_MS = 120_000


def report(request: object) -> None:
    assert isinstance(request, InstanceRequest)
    print(json.dumps(dataclasses.asdict(request), sort_keys=True), flush=True)


def main(argv: list[str]) -> int:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    app = QCoreApplication(argv[:1])
    instance = SingleInstance(argv[1])
    if "--on-cue" in argv[2:]:
        print("waiting", flush=True)
        sys.stdin.readline()
    if not instance.become_primary():
        print("not-primary", flush=True)
        return 1
    instance.request_received.connect(report)
    QTimer.singleShot(LIFETIME_MS, app.quit)
    print("ready", flush=True)
    try:
        return app.exec()
    finally:
        instance.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
