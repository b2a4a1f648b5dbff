"""The bounds of a diary night: where a cramp can be, how many, how bad, how
long a note.

Shared by the records, the command line and the diary dialog. It imports
nothing, so the command line can state the bounds in its help without
loading the records (see tests/test_cli_imports.py).
"""

# Where a cramp can be, as stored and exported.
LOCATIONS = tuple(
    f"{part}-{side}" for part in ("foot", "calf", "thigh") for side in ("left", "right")
)

# The trial rated severity on a 0-10 scale; the cramp count and note length
# are only bounds against typos and pasted-in text.
MAX_CRAMPS = 99
MIN_SEVERITY, MAX_SEVERITY = 0, 10
MAX_NOTE_CHARS = 1000
