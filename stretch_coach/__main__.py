"""Allows ``python -m stretch_coach``."""

import sys

from stretch_coach.cli import main

sys.exit(main())
