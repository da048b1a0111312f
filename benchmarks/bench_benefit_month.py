"""A month's benefit run through the service for 5 000 participants, against a floor.

``bench_benefit.py`` times the pure engine on prepared inputs. This one times what payroll
actually runs: ``BenefitService.compute_month`` on a SQLite database with 5 000 participants,
each with a plan (two elements a day) and a month of registrations (~220 000 rows, ~5 %
absence, a few missing days), including the missing-registration scan and every line.

The floor, timed in the same run, is the least any implementation must do: read the same
participants and attendance rows with plain ``sqlite3`` (no ORM, no rules). The ratio
service / floor is printed and stored in extra_info.

Run: ``uv run pytest benchmarks/bench_benefit_month.py --benchmark-only``.
"""

from __future__ import annotations

import random
import sqlite3
import timeit
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from introdesk.core import clock
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.services.container import Services, open_services

PARTICIPANTS = 5_000
MONTH = date(2026, 5, 1)
MONTH_END = date(2026, 5, 31)
ABSENCE = ["invalid", "invalid", "unpaid_leave", "holiday", "self_certified_illness", "sick_child"]
PLAN = Plan(
    start=date(2025, 9, 1),
    planned_end=date(2027, 8, 31),
    end_goal=None,
    norwegian_goal=None,
    elements=(
        PlanElement("NOR", date(2025, 9, 1), date(2027, 8, 31), WeekHours.weekdays("4.5")),
        PlanElement("PRAKSIS", date(2025, 9, 1), date(2027, 8, 31), WeekHours.weekdays(3)),
    ),
)


def plans(ids: Iterable[int] | None = None) -> dict[int, Plan]:
    wanted = range(1, PARTICIPANTS + 1) if ids is None else ids
    return dict.fromkeys(wanted, PLAN)


def _fill(path: Path, seed: int = 2026) -> None:
    rng = random.Random(seed)
    days = []
    day = MONTH
    while day <= MONTH_END:
        if day.weekday() < 5:
            days.append(day.isoformat())
        day += timedelta(days=1)
    people = [
        (
            pid,
            "Synthetic",
            f"Person {pid}",
            "",
            f"{rng.randrange(1966, 2007)}-{rng.randrange(1, 13):02d}-01",
            "",
            "",
            "",
            "",
            0,
            "",
            "",
            "",
            "",
            "introduction",
            "",
            1,
            "",
            "integration_act",
            0,
            int(rng.random() < 0.3),
            "",
            0,
            "",
            "",
            "",
            "",
            "in_programme",
            "2026-01-01 00:00:00",
            "2026-01-01 00:00:00",
        )
        for pid in range(1, PARTICIPANTS + 1)
    ]
    rows = []
    for pid in range(1, PARTICIPANTS + 1):
        for d in days:
            for element, planned in (("NOR", 270), ("PRAKSIS", 180)):
                r = rng.random()
                if r < 0.002:
                    continue  # a missing registration
                if r < 0.05:
                    code = rng.choice(ABSENCE)
                    rows.append((pid, d, element, planned, 0, code, planned))
                else:
                    rows.append((pid, d, element, planned, planned, None, 0))
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO participants (id, given_name, family_name, preferred_name, birth_date,"
            " duf_number, sex, country_of_birth, citizenship, interpreter_needed,"
            " mother_tongue, other_languages, interpreter_language, phone, programme,"
            " settlement_municipality, settled_by_agreement, permit_type, regime,"
            " children_under_18, lives_with_parents, education_level,"
            " completed_upper_secondary, end_goal_group_override, norwegian_goal_override,"
            " goal_override_reason, career_guidance_recommendation, status, created_at,"
            " updated_at, email, address) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'','')",
            people,
        )
        conn.executemany(
            "INSERT INTO attendance_entries (participant_id, day, element_code,"
            " planned_minutes, attended_minutes, absence_code, absence_minutes, note,"
            " updated_by, updated_at) VALUES (?,?,?,?,?,?,?,'','bench','2026-06-01 00:00:00')",
            rows,
        )


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, Path]]:
    path = tmp_path_factory.mktemp("bench") / "benefit.sqlite3"
    opened = open_services(str(path), actor="bench", plan_lookup=plans)
    _fill(path)
    clock.set_today(date(2026, 6, 15))
    yield opened, path
    clock.set_today(None)
    opened.close()


def floor_read(path: Path) -> int:
    """Plain sqlite3: the month's participants and attendance rows, nothing else."""
    with sqlite3.connect(path) as conn:
        people = conn.execute(
            "SELECT id, birth_date, lives_with_parents, regime, programme_start"
            " FROM participants WHERE archived_at IS NULL"
        ).fetchall()
        rows = conn.execute(
            "SELECT participant_id, day, element_code, planned_minutes, attended_minutes,"
            " absence_code, absence_minutes FROM attendance_entries"
            " WHERE day >= ? AND day <= ? ORDER BY participant_id, day, element_code",
            (MONTH.isoformat(), MONTH_END.isoformat()),
        ).fetchall()
    return len(people) + len(rows)


def test_benefit_month_through_the_service(
    benchmark: BenchmarkFixture,
    services: tuple[Services, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened, path = services
    floor_seconds = min(timeit.repeat(lambda: floor_read(path), number=1, repeat=5))

    def run() -> int:
        return len(opened.benefit.compute_month(MONTH))

    assert benchmark.pedantic(run, rounds=3, iterations=1, warmup_rounds=1) == PARTICIPANTS
    results = opened.benefit.compute_month(MONTH)
    assert sum(1 for r in results if r.deductions) > PARTICIPANTS // 2
    assert any(r.missing_registration_days for r in results)
    service_seconds = benchmark.stats.stats.min
    ratio = service_seconds / floor_seconds
    benchmark.extra_info.update(
        participants=PARTICIPANTS,
        floor_min_s=round(floor_seconds, 4),
        service_min_s=round(service_seconds, 4),
        ratio=round(ratio, 1),
    )
    with capsys.disabled():
        print(
            f"\nbenefit month via service, {PARTICIPANTS} participants: service "
            f"{service_seconds:.2f} s (min of 3), floor {floor_seconds:.3f} s (plain sqlite3 "
            f"read of the same rows, min of 5), ratio {ratio:.1f}x"
        )
