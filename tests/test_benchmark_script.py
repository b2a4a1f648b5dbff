"""The pure helpers of benchmarks/run.py: statistics, pass marks, the table and its inputs.

Nothing here launches the app or times anything; the benchmark itself runs
by hand (``uv run python benchmarks/run.py``), not in the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import tomllib

import pytest

from benchmarks.run import (
    Row,
    RunSettings,
    Target,
    all_met,
    build_parser,
    countdown_plan,
    countdown_routine_raw,
    cpu_model,
    format_table,
    format_value,
    idle_limit_per_minute,
    median_of,
    parse_reports,
    per_minute,
    quiet_settings_toml,
    ratio,
    reminder_in_window,
    run_real_countdown,
    run_simulated_countdown,
)
from stretch_coach.core.plan import StepKind
from stretch_coach.core.reminders import ReminderKind, ReminderPlanner
from stretch_coach.core.settings import validate_settings


def test_median_of_odd_and_even_counts() -> None:
    assert median_of([3.0, 1.0, 2.0]) == 2.0
    assert median_of([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median_of(iter([7.0])) == 7.0


def test_median_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError, match="no values"):
        median_of([])


def test_ratio_and_its_guard() -> None:
    assert ratio(130.0, 100.0) == pytest.approx(1.3)
    with pytest.raises(ValueError, match="positive"):
        ratio(1.0, 0.0)


def test_per_minute_scales_to_a_minute() -> None:
    assert per_minute(1, 60.0) == 1.0
    assert per_minute(1, 10.0) == 6.0
    assert per_minute(3, 120.0) == 1.5
    with pytest.raises(ValueError):
        per_minute(1, 0.0)


@pytest.mark.parametrize(
    ("window", "limit"),
    [(60.0, 2.0), (10.0, 6.0), (120.0, 1.5), (90.0, 2 * 60 / 90), (30.0, 2.0)],
)
def test_idle_limit_allows_a_minute_timer_plus_one(window: float, limit: float) -> None:
    assert idle_limit_per_minute(window) == pytest.approx(limit)


def test_idle_limit_of_a_normal_window_is_two_per_minute() -> None:
    # Two wake-ups of the scheduler's one-minute timer fit in one 60 s window
    # (one at each end); a third would mean something ticks faster.
    target = Target("<=", idle_limit_per_minute(60.0), "/min")
    assert target.met(per_minute(2, 60.0))
    assert target.met(per_minute(2, 60.01))  # the measured window runs a hair long
    assert not target.met(per_minute(3, 60.0))


def test_target_comparisons() -> None:
    assert Target("<=", 1.3, "x").met(1.3)
    assert not Target("<", 20.0, "ms").met(20.0)
    assert Target("<", 20.0, "ms").met(19.99)
    assert not Target("<=", 1.0, "x").met(math.nan)
    with pytest.raises(ValueError, match="comparison"):
        Target(">", 1.0, "x")


def test_target_description() -> None:
    assert Target("<=", 1.3, "x").describe() == "<= 1.30x"
    assert Target("<", 20.0, "ms").describe() == "< 20.0 ms"
    assert Target("<=", 2.0, "/min").describe() == "<= 2.0/min"


@pytest.mark.parametrize(
    ("value", "unit", "text"),
    [
        (1234.4, "ms", "1234 ms"),
        (12.34, "ms", "12.3 ms"),
        (0.0004, "ms", "0.000 ms"),
        (1.256, "x", "1.26x"),
        (101.96, "MiB", "102.0 MiB"),
        (1.0, "/min", "1.0/min"),
        (3.0, "jobs", "3 jobs"),
        (math.nan, "ms", "n/a"),
    ],
)
def test_format_value(value: float, unit: str, text: str) -> None:
    assert format_value(value, unit) == text


def test_a_ratio_row_is_judged_by_its_ratio() -> None:
    row = Row(
        "cold start", 650.0, "ms", baseline=500.0, target=Target("<=", 1.3, "x"), by_ratio=True
    )
    assert row.value == pytest.approx(1.3)
    assert row.passed is True
    assert row.cells() == ("cold start", "650 ms", "500 ms", "1.30x", "<= 1.30x", "pass")

    slow = Row(
        "cold start", 700.0, "ms", baseline=500.0, target=Target("<=", 1.3, "x"), by_ratio=True
    )
    assert slow.passed is False
    assert slow.result == "FAIL"


def test_a_value_row_is_judged_by_its_value_and_shows_the_worst() -> None:
    row = Row("latency", 3.0, "ms", target=Target("<=", 1000.0, "ms"), worst=9.0)
    assert row.passed is True
    assert row.cells() == ("latency", "3.0 ms (max 9.0 ms)", "-", "3.0 ms", "<= 1000 ms", "pass")


def test_a_value_row_may_show_a_baseline_without_a_ratio() -> None:
    row = Row("idle", 1.0, "/min", baseline=0.0, target=Target("<=", 2.0, "/min"))
    assert row.value == 1.0
    assert row.cells()[2:4] == ("0.0/min", "1.0/min")


def test_a_zero_baseline_gives_no_ratio_and_fails_its_target() -> None:
    row = Row("memory", 10.0, "MiB", baseline=0.0, target=Target("<=", 1.3, "x"), by_ratio=True)
    assert math.isnan(row.value)
    assert row.cells()[3] == "n/a"
    assert row.passed is False


def test_a_ratio_needs_a_baseline() -> None:
    with pytest.raises(ValueError, match="baseline"):
        Row("memory", 10.0, "MiB", by_ratio=True)


def test_rows_without_a_target_never_fail_the_run() -> None:
    info = Row("wake-ups", 99.0, "/min")
    assert info.passed is None
    assert info.result == "info"
    good = Row("latency", 3.0, "ms", target=Target("<=", 1000.0, "ms"))
    bad = Row("latency", 3000.0, "ms", target=Target("<=", 1000.0, "ms"))
    assert all_met([info, good])
    assert not all_met([info, good, bad])


def test_row_json_has_numbers_and_the_verdict() -> None:
    row = Row("x", 2.0, "ms", baseline=1.0, target=Target("<=", 1.3, "x"), by_ratio=True)
    data = row.to_json()
    assert data["value"] == 2.0
    assert data["value_unit"] == "x"
    assert data["result"] == "FAIL"
    assert data["target"] == "<= 1.30x"


def test_table_is_markdown_with_aligned_columns() -> None:
    rows = [
        Row("cold start to first paint", 900.0, "ms", 300.0, Target("<=", 1.3, "x"), True),
        Row("  same", 850.0, "ms", 280.0, by_ratio=True),
        Row("latency", 2.5, "ms", target=Target("<=", 1000.0, "ms"), worst=4.0),
    ]
    lines = format_table(rows).splitlines()
    assert len(lines) == 2 + len(rows)
    assert [cell.strip() for cell in lines[0].strip("|").split("|")] == [
        "metric",
        "measured",
        "baseline",
        "ratio/value",
        "target",
        "result",
    ]
    assert set(lines[1]) <= {"|", "-", " "}
    assert len({len(line) for line in lines}) == 1  # every column padded to one width
    assert "3.00x" in lines[2] and "FAIL" in lines[2]
    assert "info" in lines[3]
    assert lines[2].index("|", 2) == lines[4].index("|", 2)


CPUINFO_X86 = """processor\t: 0
vendor_id\t: GenuineIntel
model name\t: Example CPU @ 2.00GHz
flags\t\t: fpu vme

processor\t: 1
model name\t: Example CPU @ 2.00GHz
"""


def test_cpu_model_from_cpuinfo() -> None:
    assert cpu_model(CPUINFO_X86) == "Example CPU @ 2.00GHz"
    assert cpu_model("processor\t: 0\nHardware\t: Example board\n") == "Example board"
    assert cpu_model("processor\t: 0\n") is None
    assert cpu_model("") is None


def test_parse_reports_keeps_only_result_lines() -> None:
    lines = [
        "Qt says something\n",
        'BENCH {"event": "first_paint", "in_process_ms": 12.5}\n',
        "BENCH [1, 2]\n",  # not an object: ignored
        'BENCH {"event": "memory", "peak_rss_kib": 1024}',
    ]
    assert parse_reports(lines) == [
        {"event": "first_paint", "in_process_ms": 12.5},
        {"event": "memory", "peak_rss_kib": 1024},
    ]


@pytest.mark.parametrize("hour", range(24))
@pytest.mark.parametrize("minute", [0, 4, 43, 59])
def test_quiet_settings_keep_reminders_away_from_the_idle_window(hour: int, minute: int) -> None:
    now = dt.datetime(2026, 11, 27, hour, minute, 59, tzinfo=dt.UTC)
    raw = tomllib.loads(quiet_settings_toml(now))
    validated = validate_settings(raw)
    assert validated.warnings == ()
    planner = ReminderPlanner(validated.settings, dt.UTC)
    # Nothing in the next hour and a half, yet reminders are scheduled.
    assert planner.upcoming(now, now + dt.timedelta(minutes=90)) == []
    soon = planner.upcoming(now, now + dt.timedelta(hours=8))
    assert {reminder.kind for reminder in soon} == set(ReminderKind)


def test_reminder_in_window() -> None:
    began = "2026-11-27T16:00:00+01:00"
    assert reminder_in_window(began, 60.0, "2026-11-27T16:00:30+01:00")
    assert reminder_in_window(began, 60.0, "2026-11-27T15:00:30+00:00")  # same instant in UTC
    assert not reminder_in_window(began, 60.0, "2026-11-27T16:01:30+01:00")
    assert not reminder_in_window(began, 60.0, "2026-11-27T15:59:59+01:00")
    assert not reminder_in_window(began, 60.0, None)


@pytest.mark.parametrize("seconds", [10, 11, 30, 60, 61, 90])
def test_countdown_plan_lasts_exactly_as_asked(seconds: int) -> None:
    plan = countdown_plan(seconds)
    assert plan.total_seconds == seconds
    kinds = {step.kind for step in plan.steps}
    assert StepKind.HOLD in kinds
    if seconds >= 60:
        assert StepKind.REPS in kinds  # so rep phases change during the countdown too


def test_too_short_a_countdown_plan_is_refused() -> None:
    with pytest.raises(ValueError, match="fits"):
        countdown_routine_raw(6, 5)


def test_simulated_countdown_accounts_for_pauses() -> None:
    # A fake clock only: the engine's end must match the plan plus the pauses.
    plan = countdown_plan(60)
    rng = random.Random(7)
    errors = [run_simulated_countdown(plan, rng) for _ in range(20)]
    assert max(abs(e) for e in errors) < 1e-6


class CreepingClock:
    """A fake clock that moves a little on every reading, as real time does."""

    def __init__(self, rng: random.Random) -> None:
        self.now = 500.0
        self._rng = rng

    def __call__(self) -> float:
        self.now += self._rng.uniform(0.0, 0.0003)
        return self.now

    def sleep(self, seconds: float) -> None:
        # A timer wakes up to half a millisecond early or late after rounding.
        self.now += max(0.0, seconds + self._rng.uniform(-0.0005, 0.0005))


def test_controller_style_loop_handles_an_end_crossed_while_reading_the_wait() -> None:
    plan = countdown_plan(10)
    results = []
    for seed in range(60):
        clock = CreepingClock(random.Random(seed))
        results.append(run_real_countdown(plan, clock=clock, sleep=clock.sleep))
    # The engine's end time stays exact however the loop wakes ...
    assert max(abs(r.end_error_ms) for r in results) < 1e-6
    # ... and because the loop polls again after seconds_until_next_change(),
    # as SessionController.refresh does, an end crossed in between is still
    # handled: no run stops its timer with the end unannounced.
    assert not any(r.end_left_queued for r in results)
    assert all(r.noticed_late_ms >= 0 for r in results)
    # A step crossed the same way starts within milliseconds, not a frame later.
    assert max(r.worst_step_late_ms for r in results) < 10


def test_run_settings_quick_and_normal() -> None:
    parser = build_parser()
    normal = RunSettings.from_args(parser.parse_args([]))
    quick = RunSettings.from_args(parser.parse_args(["--quick"]))
    assert (normal.runs, normal.idle_seconds, normal.countdown_seconds) == (5, 60.0, 60)
    assert (quick.runs, quick.idle_seconds, quick.countdown_seconds) == (3, 10.0, 10)
    assert RunSettings.from_args(parser.parse_args(["--quick", "--runs", "7"])).runs == 7
    assert "quick mode" in quick.describe()


@pytest.mark.parametrize("bad", ["0", "-2", "many"])
def test_runs_must_be_a_positive_whole_number(bad: str) -> None:
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["--runs", bad])


def test_parser_reads_json_path_and_display() -> None:
    args = build_parser().parse_args(["--json", "out.json", "--display"])
    assert isinstance(args, argparse.Namespace)
    assert str(args.json) == "out.json"
    assert args.display


def test_advisory_ratios_only_excuse_the_start_up_and_memory_ratios() -> None:
    slow_start = Row(
        "cold start to first paint", 500.0, "ms", baseline=200.0, by_ratio=True,
        target=Target("<=", 1.3, "x"),
    )  # fmt: skip
    late = Row("reminder latency", 3000.0, "ms", target=Target("<=", 1000.0, "ms"))
    assert not all_met([slow_start])
    assert all_met([slow_start], advisory_ratios=True)
    assert not all_met([slow_start, late], advisory_ratios=True)


def test_start_and_memory_are_judged_by_ratios_paired_round_by_round() -> None:
    from benchmarks.run import StartSample, start_rows

    def sample(ms: float, mib: float) -> StartSample:
        return StartSample(start_ms=ms, in_process_ms=ms, peak_rss_mib=mib, state={})

    # Round by round the app takes 2x, 3x and 4x the bare window's time; the
    # medians alone (300 / 120) would say 2.5x.
    app = [sample(200, 90), sample(300, 100), sample(400, 110)]
    bare = [sample(100, 50), sample(100, 50), sample(120, 50)]
    rows = {row.metric: row for row in start_rows({"app": app, "bare": bare})}
    start = rows["cold start to first paint, paired per round"]
    assert start.value == pytest.approx(3.0)
    assert start.least == pytest.approx(2.0) and start.worst == pytest.approx(10 / 3)
    assert start.cells()[1] == "3.00x (min 2.00x, max 3.33x)"
    assert start.passed is False
    assert rows["  cold start, medians"].passed is None  # shown, not judged
    memory = next(r for m, r in rows.items() if m.startswith("peak RSS") and "paired" in m)
    assert memory.value == pytest.approx(2.0)
