"""Other income reduces the benefit by its kind (brief §3.1; issue 14 item 3): pay for work done
as part of the programme under integreringsloven § 23 second paragraph, other public benefits
under § 22 (table benefit_other_income; the share 1 for work pay is UNCONFIRMED, see
docs/rules-sources.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.attendance import BenefitInput, OtherBenefit
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables
from introdesk.rules.other_income import PROGRAMME_WORK_PAY, other_income_rule
from introdesk.rules.tables import load_table

DEC = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("kind", "code", "law"),
    [
        ("programme_work_pay", PROGRAMME_WORK_PAY, "integreringsloven § 23 andre ledd"),
        ("Arbeidsinntekt i programmet", PROGRAMME_WORK_PAY, "integreringsloven § 23 andre ledd"),
        ("lærlinglønn", PROGRAMME_WORK_PAY, "integreringsloven § 23 andre ledd"),
        ("dagpenger", "other_public_benefit", "integreringsloven § 22"),
    ],
)
def test_each_kind_has_its_rule(kind: str, code: str, law: str) -> None:
    rule = other_income_rule(kind, DEC, load_table("benefit_other_income"))
    assert (rule.code, rule.law) == (code, law)


def test_pay_for_work_in_the_programme_is_deducted_and_cites_section_23() -> None:
    """Full month December 2026: 273 098 / 12 = 22 758,17; 4 000 kr of pay for work done in the
    programme and 1 500 kr of sickness benefit are deducted: 22 758,17 − 5 500 = 17 258,17."""
    inp = BenefitInput(
        participant_id=1,
        month=DEC,
        birth_date=date(1990, 6, 15),
        lives_with_parents=False,
        regime=Regime.INTEGRATION_ACT,
        programme_start=date(2026, 1, 5),
        programme_end=None,
        other_benefits=(
            OtherBenefit("arbeidsinntekt i programmet", Decimal("4000")),
            OtherBenefit("sykepenger", Decimal("1500")),
        ),
    )
    result = compute_benefit(inp, load_benefit_tables(), load_absence_codes())
    assert result.net == Decimal("17258.17")
    work, sick = result.other_reductions
    assert work.amount == Decimal("-4000.00")
    assert "Lønn for arbeid i programmet" in work.explanation
    assert "integreringsloven § 23 andre ledd" in work.explanation
    assert "integreringsloven § 22" in sick.explanation
    assert "benefit_other_income" in result.unconfirmed_tables
