"""``benefit compute --format json`` writes its results straight to text (issue 18: a month
for thousands of participants); the text is exactly ``json.dumps(…, ensure_ascii=False,
indent=2)`` of the contract's objects as they were built before (``contract`` below), for any
results: no deductions or many, adjustments with and without a corrected month, codes missing,
texts with quotes, control characters and letters outside ASCII."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.app.commands.benefit import results_json
from introdesk.domain.attendance import BenefitLine, BenefitLineKind, BenefitResult

DAYS = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
AMOUNTS = st.decimals(min_value=-99999, max_value=99999, places=2, allow_nan=False)
HOURS = st.decimals(min_value=0, max_value=24, places=2, allow_nan=False)
TEXTS = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)


def _money(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):f}"


def contract(result: BenefitResult) -> dict[str, object]:
    """The objects ``benefit compute --format json`` wrote before issue 18 (json.dumps)."""
    return {
        "participant_id": result.participant_id,
        "month": f"{result.month:%Y-%m}",
        "gross": _money(result.gross),
        "deductions": [
            {
                "date": line.start.isoformat(),
                "hours": _money(line.hours or Decimal(0)),
                "rate": _money(line.rate or Decimal(0)),
                "amount": _money(-line.amount),
                "code": line.code,
            }
            for line in result.deductions
        ],
        "other_reductions": _money(result.total_other_reductions),
        "adjustments": [
            {
                "corrects_month": (f"{line.corrects_month:%Y-%m}" if line.corrects_month else None),
                "amount": _money(line.amount),
                "explanation": line.explanation,
            }
            for line in result.adjustments
        ],
        "net": _money(result.net),
        "decision_required": result.decision_required,
        "missing_registration_days": [d.isoformat() for d in result.missing_registration_days],
    }


@st.composite
def lines(draw: st.DrawFn, kind: BenefitLineKind) -> BenefitLine:
    day = draw(DAYS)
    return BenefitLine(
        kind=kind,
        start=day,
        end=day,
        amount=draw(AMOUNTS),
        explanation=draw(TEXTS),
        hours=draw(st.none() | HOURS),
        rate=draw(st.none() | AMOUNTS),
        code=draw(st.none() | st.sampled_from(["invalid", "unpaid_leave"]) | TEXTS),
        corrects_month=draw(st.none() | DAYS),
    )


@st.composite
def results(draw: st.DrawFn) -> BenefitResult:
    deductions = tuple(draw(st.lists(lines(BenefitLineKind.DEDUCTION), max_size=3)))
    others = tuple(draw(st.lists(lines(BenefitLineKind.OTHER_REDUCTION), max_size=2)))
    adjustments = tuple(draw(st.lists(lines(BenefitLineKind.ADJUSTMENT), max_size=2)))
    return BenefitResult(
        participant_id=draw(st.integers(min_value=1, max_value=10**9)),
        month=draw(DAYS).replace(day=1),
        gross=draw(AMOUNTS),
        deductions=deductions,
        other_reductions=others,
        adjustments=adjustments,
        net=draw(AMOUNTS),
        decision_required=draw(st.booleans()),
        lines=(*deductions, *others, *adjustments),
        missing_registration_days=tuple(draw(st.lists(DAYS, max_size=3))),
    )


@settings(deadline=None)  # no timing in tests: the machine running them may be busy
@given(st.lists(results(), max_size=4))
def test_the_text_is_json_dumps_of_the_contract(found: list[BenefitResult]) -> None:
    expected = json.dumps([contract(r) for r in found], ensure_ascii=False, indent=2)
    assert results_json(found) == expected


def test_a_month_without_participants_is_an_empty_list() -> None:
    assert results_json([]) == "[]"
