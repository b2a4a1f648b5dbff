"""Start-up, memory, idle and timing benchmarks for Stretch Coach (see run.py)."""

# How a benchmark child marks a result line on stdout: the prefix, then JSON.
REPORT_PREFIX = "BENCH "
