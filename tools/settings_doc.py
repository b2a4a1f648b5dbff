"""Write the README's block of settings defaults from the schema.

    uv run python tools/settings_doc.py          # rewrite the block in README.md
    uv run python tools/settings_doc.py --check  # exit 1 if the README is stale

The block is the ```toml fence that follows the line "<!-- settings-defaults -->".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as a script: make the package importable
    sys.path.insert(0, str(REPO))

from stretch_coach.core.settings import defaults_toml  # noqa: E402

MARKER = "<!-- settings-defaults -->"


def with_block(readme: str) -> str:
    start = readme.index(MARKER)
    fence = readme.index("```toml\n", start) + len("```toml\n")
    end = readme.index("```", fence)
    return readme[:fence] + defaults_toml() + readme[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    path = REPO / "README.md"
    text = path.read_text(encoding="utf-8")
    updated = with_block(text)
    if args.check:
        return 0 if updated == text else 1
    path.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
