"""Keeping PySide6 from reading the source of every module the app imports.

Once PySide6 is imported it hooks Python's imports to support its optional
``from __feature__ import snake_case, true_property`` switches. To learn
whether a newly imported module might use them, it reads the module's whole
source (``inspect.getsource``), which also keeps every line in ``linecache``
for the rest of the run. For this app that meant about 200 files and 3.6
million characters read at start: about 30 ms before the window painted and
9 MiB of peak memory (benchmarks/run.py, measured with and without).

The app never selects a feature, so the answer for every module is the one
the scan would give our own modules: "uses PySide6, with no feature
selected" (feature set 0). ``stop_source_scan`` gives that answer without
reading anything. Where a PySide6 version has no such hook it does nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

# The private module and function PySide6 6.x uses for the scan.
FEATURE_MODULE = "shibokensupport.feature"
SCAN_FUNCTION = "_mod_uses_pyside"


def _uses_pyside_without_features(_module: ModuleType) -> bool:
    return True


def stop_source_scan() -> bool:
    """Stop the scan for modules imported from now on (PySide6 must have
    been imported). Returns whether the hook was there to replace."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, SCAN_FUNCTION, None)):
        return False
    setattr(feature, SCAN_FUNCTION, _uses_pyside_without_features)
    return True
