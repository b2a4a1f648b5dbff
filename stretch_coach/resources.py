"""Finding the app's assets, whether installed as a wheel or run from a checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def assets_dir() -> Path:
    # A wheel carries the assets inside the package; a checkout (and uv's
    # editable install) keeps them in the top-level assets/ folder.
    packaged = _PACKAGE_DIR / "assets"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "assets"


def sound_file(name: str) -> Path:
    return assets_dir() / "sounds" / name


def icon_file(name: str) -> Path:
    return assets_dir() / "icons" / name
