"""A month's benefit run for 5 000 synthetic participants, against a floor.

Run: ``uv run pytest benchmarks/bench_benefit.py --benchmark-only`` (not part of the test run:
testpaths = tests). The floor is the bare Decimal arithmetic of the same lines (one base amount
and one deduction per absence day, each divided and rounded to øre, with the annual rate already
known), timed in the same run; the ratio engine / floor is printed and stored in extra_info.
"""

from __future__ import annotations

import random
import timeit
from collections.abc import Callable
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from introdesk.domain.attendance import AttendanceEntry, BenefitInput, OtherBenefit
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables

PARTICIPANTS = 5_000
MONTH = date(2026, 5, 1)
ORE = Decimal("0.01")
ABSENCE = ["invalid", "invalid", "unpaid_leave", "holiday", "self_certified_illness", "sick_child"]


def _weekdays(month: date) -> list[date]:
    days, day = [], month
    while day.month == month.month:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def synthetic_month(seed: int = 2026) -> list[BenefitInput]:
    """Deterministic synthetic participants: two plan elements a day, ~5 % absence."""
    rng = random.Random(seed)
    weekdays = _weekdays(MONTH)
    inputs = []
    for pid in range(1, PARTICIPANTS + 1):
        start = MONTH + timedelta(days=rng.randrange(0, 20)) if rng.random() < 0.05 else None
        entries = []
        for day in weekdays:
            if start is not None and day < start:
                continue
            for element, planned in (("NOR", 270), ("PRAKSIS", 180)):
                if rng.random() < 0.05:
                    code = rng.choice(ABSENCE)
                    entries.append(AttendanceEntry(pid, day, element, planned, 0, code, planned))
                else:
                    entries.append(AttendanceEntry(pid, day, element, planned, planned))
        inputs.append(
            BenefitInput(
                participant_id=pid,
                month=MONTH,
                birth_date=date(rng.randrange(1966, 2007), rng.randrange(1, 13), 1),
                lives_with_parents=rng.random() < 0.3,
                regime=rng.choice(list(Regime)),
                programme_start=start or date(2025, 9, 1),
                programme_end=None,
                entries=tuple(entries),
                other_benefits=(
                    (OtherBenefit("dagpenger", Decimal("1500")),) if rng.random() < 0.05 else ()
                ),
            )
        )
    return inputs


def floor_work(inputs: list[BenefitInput]) -> Callable[[], Decimal]:
    """The same lines as bare Decimal arithmetic, with rates and grouping done beforehand."""
    annual = Decimal(136549 * 2)
    jobs = []
    for inp in inputs:
        days = 30 if inp.programme_start <= MONTH else 32 - inp.programme_start.day
        unpaid = [e.absence_minutes for e in inp.entries if e.absence_code in ABSENCE[:3]]
        jobs.append((Decimal(days), [Decimal(m) for m in unpaid]))

    def run() -> Decimal:
        total = Decimal(0)
        for days, minutes in jobs:
            net = (annual * days / 360).quantize(ORE, ROUND_HALF_UP)
            for m in minutes:
                net -= (annual * m / 111000).quantize(ORE, ROUND_HALF_UP)
            total += net
        return total

    return run


@pytest.fixture(scope="module")
def inputs() -> list[BenefitInput]:
    return synthetic_month()


def test_benefit_month_run(
    benchmark: BenchmarkFixture, inputs: list[BenefitInput], capsys: pytest.CaptureFixture[str]
) -> None:
    tables, codes = load_benefit_tables(), load_absence_codes()

    def engine() -> int:
        return len([compute_benefit(inp, tables, codes) for inp in inputs])

    floor = floor_work(inputs)
    floor_seconds = min(timeit.repeat(floor, number=1, repeat=5))
    assert benchmark.pedantic(engine, rounds=5, iterations=1, warmup_rounds=1) == PARTICIPANTS
    engine_seconds = benchmark.stats.stats.min
    ratio = engine_seconds / floor_seconds
    benchmark.extra_info.update(
        participants=PARTICIPANTS,
        floor_min_s=round(floor_seconds, 4),
        engine_min_s=round(engine_seconds, 4),
        ratio=round(ratio, 1),
    )
    with capsys.disabled():
        print(
            f"\nbenefit month run, {PARTICIPANTS} participants: engine {engine_seconds:.3f} s "
            f"(min of 5), floor {floor_seconds:.4f} s (bare Decimal lines, min of 5), "
            f"ratio {ratio:.1f}x, {engine_seconds / PARTICIPANTS * 1e6:.0f} µs/participant"
        )


def test_floor_bare_decimal(benchmark: BenchmarkFixture, inputs: list[BenefitInput]) -> None:
    """The floor on its own, so it shows in pytest-benchmark's table too."""
    assert benchmark(floor_work(inputs)) > 0
