"""Tests that need a tool the project does not install itself.

Outside CI a missing tool skips the test with the reason and how to install
it; in CI (`.ci/run` installs every such tool) it fails, so a broken CI
set-up can never pass by skipping.
"""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing_tool(reason: str) -> NoReturn:
    """Skip with ``reason`` outside CI; fail with it in CI."""
    if in_ci():
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)
