"""The enkeltvedtak threshold (brief §3.3): a month's deduction for invalid absence is at least
50 % of the payment AND at least G / 12.

May 2026: G = 136 549, G / 12 = 11 379,08; one 7,5-hour day of invalid absence costs
7,5 × 273 098 / 1 850 = 1 107,15 at full rate and 7,5 × 182 065,33 / 1 850 = 738,10 at 2/3.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.attendance import AttendanceEntry, BenefitInput
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables


def weekdays_of_may_2026(count: int) -> list[date]:
    days, day = [], date(2026, 5, 1)
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def may_2026(birth: date, days: int, code: str = "invalid") -> BenefitInput:
    entries = tuple(
        AttendanceEntry(1, day, "NOR", 450, 0, code, 450) for day in weekdays_of_may_2026(days)
    )
    return BenefitInput(
        participant_id=1,
        month=date(2026, 5, 1),
        birth_date=birth,
        lives_with_parents=False,
        regime=Regime.INTEGRATION_ACT,
        programme_start=date(2025, 1, 6),
        programme_end=None,
        entries=entries,
    )


@pytest.mark.parametrize(
    ("birth", "days", "deduction", "required"),
    [
        # full rate, gross 22 758,17: half is 11 379,085; G/12 is 11 379,08
        (date(1990, 1, 1), 10, "11071.50", False),  # below both
        (date(1990, 1, 1), 11, "12178.65", True),  # above both
        # 2/3 rate, gross 15 172,11: half is 7 586,06 but G/12 (11 379,08) binds
        (date(2004, 1, 1), 10, "7381.00", False),  # below both
        (date(2004, 1, 1), 11, "8119.10", False),  # ≥ 50 % of the payment, < G/12
        (date(2004, 1, 1), 15, "11071.50", False),
        (date(2004, 1, 1), 16, "11809.60", True),  # ≥ both
    ],
    ids=[
        "full-10-days-below",
        "full-11-days-above",
        "two-thirds-10-days",
        "two-thirds-half-but-not-g12",
        "two-thirds-15-days",
        "two-thirds-16-days-above",
    ],
)
def test_decision_threshold_both_sides(
    birth: date, days: int, deduction: str, required: bool
) -> None:
    result = compute_benefit(may_2026(birth, days), load_benefit_tables(), load_absence_codes())
    assert result.total_deductions == Decimal(deduction)
    assert result.decision_required is required


def test_unpaid_leave_does_not_require_a_decision() -> None:
    """Unpaid leave was granted by its own decision; only § 21 deductions count."""
    result = compute_benefit(
        may_2026(date(1990, 1, 1), 11, "unpaid_leave"), load_benefit_tables(), load_absence_codes()
    )
    assert result.total_deductions == Decimal("12178.65")
    assert result.decision_required is False
