"""Corrections to a locked month become adjustment lines in the next open month (architecture
§5: a paid period is locked; a later correction is never a silent rewrite)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.attendance import AttendanceEntry, BenefitInput, BenefitLineKind
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import adjustment_lines, compute_benefit, load_benefit_tables

MAY = BenefitInput(
    participant_id=3,
    month=date(2026, 5, 1),
    birth_date=date(2004, 8, 1),
    lives_with_parents=False,
    regime=Regime.INTEGRATION_ACT,
    programme_start=date(2025, 1, 6),
    programme_end=None,
)
INVALID_6H = AttendanceEntry(3, date(2026, 5, 4), "NOR", 360, 0, "invalid", 360)


def compute(inp: BenefitInput):  # type: ignore[no-untyped-def]
    return compute_benefit(inp, load_benefit_tables(), load_absence_codes())


@pytest.mark.parametrize(
    ("corrected", "amounts"),
    [
        # a forgotten invalid absence at 2/3: 6 × 182 065,33 / 1 850 = 590,48 to take back
        (replace(MAY, entries=(INVALID_6H,)), ["-590.48"]),
        # found to live with parents: base 15 172,11 → 7 586,06
        (replace(MAY, lives_with_parents=True), ["-7586.05"]),
        # nothing changed: nothing to book
        (MAY, []),
    ],
    ids=["late-invalid-absence", "household-corrected", "no-change"],
)
def test_adjustment_lines_explain_the_difference(
    corrected: BenefitInput, amounts: list[str]
) -> None:
    original, recomputed = compute(MAY), compute(corrected)
    lines = adjustment_lines(original, recomputed)
    assert [line.amount for line in lines] == [Decimal(a) for a in amounts]
    assert sum((line.amount for line in lines), Decimal(0)) == recomputed.net - original.net
    assert all(line.kind is BenefitLineKind.ADJUSTMENT for line in lines)
    assert all(line.corrects_month == date(2026, 5, 1) for line in lines)
    assert all("Korreksjon av mai 2026" in line.explanation for line in lines)


def test_adjustments_are_booked_into_the_next_month() -> None:
    lines = adjustment_lines(compute(MAY), compute(replace(MAY, entries=(INVALID_6H,))))
    june = compute(replace(MAY, month=date(2026, 6, 1), adjustments=tuple(lines)))
    # 15 172,11 − 590,48
    assert june.net == Decimal("14581.63")
    assert june.total_adjustments == Decimal("-590.48")
    assert june.gross == Decimal("15172.11")
    assert not june.decision_required  # adjustments are not this month's absence


def test_adjustment_needs_the_same_participant_and_month() -> None:
    with pytest.raises(ValueError, match="same participant and month"):
        adjustment_lines(compute(MAY), compute(replace(MAY, month=date(2026, 6, 1))))


def test_only_adjustment_lines_can_be_booked() -> None:
    base_line = compute(MAY).lines[0]
    with pytest.raises(ValueError, match="only adjustment lines"):
        compute(replace(MAY, month=date(2026, 6, 1), adjustments=(base_line,)))
