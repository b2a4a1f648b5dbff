"""The benchmark's arithmetic and its table: medians, paired ratios and pass marks.

Pure functions and records only, so the tests can check them without
launching anything.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


def median_of(values: Iterable[float]) -> float:
    data = list(values)
    if not data:
        raise ValueError("no values to take the median of")
    return float(statistics.median(data))


def ratio(measured: float, baseline: float) -> float:
    if baseline <= 0:
        raise ValueError(f"a baseline must be positive, not {baseline}")
    return measured / baseline


def per_minute(count: float, seconds: float) -> float:
    if seconds <= 0:
        raise ValueError(f"an interval must be positive, not {seconds}")
    return count * 60.0 / seconds


def format_value(value: float, unit: str) -> str:
    """A number with its unit, with as many decimals as the size of it needs."""
    if math.isnan(value):
        return "n/a"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "ms":
        size = abs(value)
        digits = 0 if size >= 100 else 1 if size >= 1 else 3
        return f"{value:.{digits}f} ms"
    if unit == "MiB":
        return f"{value:.1f} MiB"
    if unit == "/min":
        return f"{value:.1f}/min"
    if unit == "%":
        return f"{value:.1f} %"
    return f"{value:g} {unit}".rstrip()


@dataclass(frozen=True, slots=True)
class Target:
    """A pass mark: the value must be below (``<``) or at most (``<=``) ``limit``."""

    op: str
    limit: float
    unit: str

    def __post_init__(self) -> None:
        if self.op not in ("<", "<="):
            raise ValueError(f"unknown comparison {self.op!r}")

    def met(self, value: float) -> bool:
        if math.isnan(value):
            return False
        return value < self.limit if self.op == "<" else value <= self.limit

    def describe(self) -> str:
        return f"{self.op} {format_value(self.limit, self.unit)}"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table.

    The judged value is either the measured value itself or, for a
    comparison with the bare window, the ratio measured/baseline. A row
    without a target is shown for information only and never fails the run.
    """

    metric: str
    measured: float
    unit: str
    baseline: float | None = None
    target: Target | None = None
    by_ratio: bool = False  # judge (and show) measured/baseline rather than measured
    worst: float | None = None  # the worst of the samples, shown next to the median
    samples: tuple[float, ...] = ()
    least: float | None = None  # the best of the samples, shown with the worst

    def __post_init__(self) -> None:
        if self.by_ratio and self.baseline is None:
            raise ValueError(f"{self.metric}: a ratio needs a baseline")

    @property
    def value(self) -> float:
        if not self.by_ratio or self.baseline is None:
            return self.measured
        # A zero baseline has no meaningful ratio; NaN shows as n/a and fails a target.
        return ratio(self.measured, self.baseline) if self.baseline > 0 else math.nan

    @property
    def value_unit(self) -> str:
        return "x" if self.by_ratio else self.unit

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.target.met(self.value)

    @property
    def result(self) -> str:
        return {None: "info", True: "pass", False: "FAIL"}[self.passed]

    def cells(self) -> tuple[str, ...]:
        measured = format_value(self.measured, self.unit)
        if self.worst is not None and self.least is not None:
            low, high = format_value(self.least, self.unit), format_value(self.worst, self.unit)
            measured += f" (min {low}, max {high})"
        elif self.worst is not None:
            measured += f" (max {format_value(self.worst, self.unit)})"
        baseline = "-" if self.baseline is None else format_value(self.baseline, self.unit)
        return (
            self.metric,
            measured,
            baseline,
            format_value(self.value, self.value_unit),
            "-" if self.target is None else self.target.describe(),
            self.result,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "measured": self.measured,
            "unit": self.unit,
            "baseline": self.baseline,
            "value": self.value,
            "value_unit": self.value_unit,
            "worst": self.worst,
            "target": None if self.target is None else self.target.describe(),
            "result": self.result,
            "samples": list(self.samples),
        }


TABLE_HEADER = ("metric", "measured", "baseline", "ratio/value", "target", "result")


def format_table(rows: Sequence[Row]) -> str:
    """A Markdown table, padded so it also reads well in a terminal."""
    lines = [TABLE_HEADER, *(row.cells() for row in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(TABLE_HEADER))]

    def join(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "| " + " | ".join("-" * w for w in widths) + " |"
    return "\n".join([join(lines[0]), rule, *(join(line) for line in lines[1:])])


# The two ratio metrics compare whole processes and swing with whatever else
# the machine runs (2x to 3.5x on a shared CI box); --advisory-ratios reports
# them without letting them decide the exit status.
RATIO_METRICS = ("cold start to first paint", "peak RSS")


def paired_ratios(measured: Sequence[float], baseline: Sequence[float]) -> list[float]:
    """measured[i] / baseline[i] per round: each round launched both under the
    same conditions, so a slow moment of the machine cancels out of its ratio."""
    if len(measured) != len(baseline):
        raise ValueError(f"{len(measured)} measured values but {len(baseline)} baselines")
    return [ratio(m, b) for m, b in zip(measured, baseline, strict=True)]


def spread_row(
    metric: str, samples: Sequence[float], unit: str, target: Target | None = None
) -> Row:
    """A row of the median of ``samples``, with their smallest and largest."""
    return Row(
        metric,
        median_of(samples),
        unit,
        target=target,
        least=min(samples),
        worst=max(samples),
        samples=tuple(samples),
    )


def all_met(rows: Iterable[Row], advisory: Iterable[str] = ()) -> bool:
    """Whether every judged row passed, leaving out the metrics named ``advisory``."""
    excused = tuple(advisory)
    return all(
        row.passed is not False or (excused and row.metric.startswith(excused)) for row in rows
    )
