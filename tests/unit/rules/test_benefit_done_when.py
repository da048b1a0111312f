"""Issue 6 "Done when": whole months worked by hand from the brief, each figure from the table.

Brief §3.1–§3.3: annual = 2 G × share; monthly = annual / 12; daily = monthly / 30 (a partial
month counts its calendar days in the programme); deduction = hours × annual(day) / 1 850; every
line rounded to øre, half up; decision when the invalid-absence deduction is ≥ 50 % of the gross
and ≥ G / 12. G = 130 160 until 30.4.2026 and 136 549 from 1.5.2026 (brief §3.2).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.attendance import AttendanceEntry, BenefitInput
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables

ADULT = date(1990, 6, 15)
UNDER_25 = date(2004, 6, 15)


def weekdays(month: date, count: int) -> list[date]:
    days, day = [], month
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def invalid(day: date, hours: Decimal | int) -> AttendanceEntry:
    minutes = int(Decimal(hours) * 60)
    return AttendanceEntry(1, day, "NOR", minutes, 0, "invalid", minutes)


CASES = [
    # (id, month, birth, with parents, programme start, invalid hours per day,
    #  gross, deductions, net, decision)
    # Full month, no absence, April 2026: 260 320 / 12 = 21 693,333 → 21 693,33
    (
        "full-month-no-absence",
        date(2026, 4, 1),
        ADULT,
        False,
        date(2025, 1, 6),
        [],
        "21693.33",
        "0.00",
        "21693.33",
        False,
    ),
    # 6 h invalid on 30 April (old G): 6 × 260 320 / 1 850 = 844,281 → 844,28
    (
        "invalid-before-1-may",
        date(2026, 4, 1),
        ADULT,
        False,
        date(2025, 1, 6),
        [(date(2026, 4, 30), 6)],
        "21693.33",
        "844.28",
        "20849.05",
        False,
    ),
    # 6 h invalid on 4 May (new G): 6 × 273 098 / 1 850 = 885,723 → 885,72
    (
        "invalid-after-1-may",
        date(2026, 5, 1),
        ADULT,
        False,
        date(2025, 1, 6),
        [(date(2026, 5, 4), 6)],
        "22758.17",
        "885.72",
        "21872.45",
        False,
    ),
    # Under 25, not with parents, April: annual 173 546,67; monthly 14 462,22;
    # 2 h × 173 546,67 / 1 850 = 187,618 → 187,62
    (
        "under-25-alone",
        date(2026, 4, 1),
        UNDER_25,
        False,
        date(2025, 1, 6),
        [(date(2026, 4, 14), 2)],
        "14462.22",
        "187.62",
        "14274.60",
        False,
    ),
    # Under 25, with parents, May: annual 91 032,67; monthly 7 586,0555 → 7 586,06;
    # 4 h × 91 032,67 / 1 850 = 196,827 → 196,83
    (
        "under-25-with-parents",
        date(2026, 5, 1),
        UNDER_25,
        True,
        date(2025, 1, 6),
        [(date(2026, 5, 12), 4)],
        "7586.06",
        "196.83",
        "7389.23",
        False,
    ),
    # Partial first month: start 15 April → 16 calendar days × 260 320 / 360 = 11 569,78;
    # 3 h invalid: 3 × 260 320 / 1 850 = 422,141 → 422,14
    (
        "partial-first-month",
        date(2026, 4, 1),
        ADULT,
        False,
        date(2026, 4, 15),
        [(date(2026, 4, 20), 3)],
        "11569.78",
        "422.14",
        "11147.64",
        False,
    ),
    # Decision threshold, April: G / 12 = 10 846,67 and half the gross 10 846,665.
    # 12 days × 6 h (844,28 each) + 5 h (703,57) = 10 834,93: below → no decision
    (
        "decision-just-below",
        date(2026, 4, 1),
        ADULT,
        False,
        date(2025, 1, 6),
        [*((d, 6) for d in weekdays(date(2026, 4, 1), 12)), (date(2026, 4, 17), 5)],
        "21693.33",
        "10834.93",
        "10858.40",
        False,
    ),
    # 13 days × 6 h = 10 975,64: at least both → decision required
    (
        "decision-just-above",
        date(2026, 4, 1),
        ADULT,
        False,
        date(2025, 1, 6),
        [(d, 6) for d in weekdays(date(2026, 4, 1), 13)],
        "21693.33",
        "10975.64",
        "10717.69",
        True,
    ),
]


@pytest.mark.parametrize(
    ("month", "birth", "with_parents", "start", "absences", "gross", "deducted", "net", "decision"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_month_worked_by_hand(
    month: date,
    birth: date,
    with_parents: bool,
    start: date,
    absences: list[tuple[date, int]],
    gross: str,
    deducted: str,
    net: str,
    decision: bool,
) -> None:
    result = compute_benefit(
        BenefitInput(
            participant_id=1,
            month=month,
            birth_date=birth,
            lives_with_parents=with_parents,
            regime=Regime.INTEGRATION_ACT,
            programme_start=start,
            programme_end=None,
            entries=tuple(invalid(day, hours) for day, hours in absences),
        ),
        load_benefit_tables(),
        load_absence_codes(),
    )
    assert result.gross == Decimal(gross)
    assert result.total_deductions == Decimal(deducted)
    assert result.net == Decimal(net)
    assert result.decision_required is decision
    assert len(result.deductions) == len({day for day, _ in absences})
