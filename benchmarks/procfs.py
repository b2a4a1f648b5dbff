"""What Linux's /proc says about another process: memory, CPU time and wake-ups.

Read from outside, so the measured program carries nothing of the benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")


def status_fields(text: str) -> dict[str, int]:
    """The numeric fields of a /proc/<pid>/status text ("VmHWM:  1234 kB" -> 1234)."""
    fields: dict[str, int] = {}
    for line in text.splitlines():
        name, _, value = line.partition(":")
        parts = value.split()
        if parts and parts[0].isdigit():
            fields[name] = int(parts[0])
    return fields


@dataclass(frozen=True, slots=True)
class Memory:
    peak_rss_mib: float  # VmHWM: the most resident memory the process ever had
    anonymous_mib: float  # RssAnon: its private heap and stacks, not shared libraries


def memory(pid: int) -> Memory:
    fields = status_fields((PROC / str(pid) / "status").read_text(encoding="ascii"))
    return Memory(fields["VmHWM"] / 1024, fields["RssAnon"] / 1024)


def _tasks(pid: int) -> list[Path]:
    try:
        return list((PROC / str(pid) / "task").iterdir())
    except OSError:
        return []


def cpu_ns(pid: int) -> int:
    """CPU time of every thread of ``pid`` so far, in nanoseconds (schedstat, not ticks)."""
    total = 0
    for task in _tasks(pid):
        try:
            total += int((task / "schedstat").read_text(encoding="ascii").split()[0])
        except (OSError, ValueError, IndexError):
            continue  # the thread ended while being read
    return total


def wakeups(pid: int) -> dict[int, int]:
    """Per thread: how often it has gone to sleep and been woken (voluntary switches)."""
    counts: dict[int, int] = {}
    for task in _tasks(pid):
        try:
            fields = status_fields((task / "status").read_text(encoding="ascii"))
        except OSError:
            continue
        counts[int(task.name)] = fields.get("voluntary_ctxt_switches", 0)
    return counts


def wakeups_between(before: dict[int, int], after: dict[int, int]) -> int:
    """Wake-ups in between: a thread started meanwhile counts all of its own."""
    return sum(count - before.get(tid, 0) for tid, count in after.items())
