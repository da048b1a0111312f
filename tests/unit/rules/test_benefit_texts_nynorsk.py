"""The benefit engine explains every line in Bokmål and Nynorsk (``BenefitLine.explanation``
and ``explanation_nn``), so the Benefit page and ``benefit compute`` in nn read Nynorsk
(issue 17 item 2): base lines (whole and part months, a rate change, every share, chapter 6A,
couples), absence deductions, other income, the zero floor, corrections of a locked month and
the unpaid stretches of a stop, unpaid leave or no decision. The Bokmål stays as it was."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.unit.rules.test_rule_texts_nynorsk import check_pairs

from introdesk.domain.attendance import AttendanceEntry, BenefitInput, BenefitResult, OtherBenefit
from introdesk.domain.codes import Regime
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import adjustment_lines, compute_benefit, load_benefit_tables
from introdesk.rules.programme_events import (
    NO_DECISION_EXPLANATION,
    NO_DECISION_EXPLANATION_NN,
    month_participation,
)


def _compute(inp: BenefitInput) -> BenefitResult:
    return compute_benefit(inp, load_benefit_tables(), load_absence_codes())


def _inputs() -> list[BenefitInput]:
    unpaid_codes = [code for code, info in load_absence_codes().items() if not info.paid]
    result = []
    for month, birth, with_parents, regime, couple in itertools.product(
        (date(2026, 5, 1), date(2026, 6, 1), date(2026, 8, 1)),
        (date(1990, 6, 15), date(2004, 6, 15)),
        (True, False),
        (Regime.INTEGRATION_ACT, Regime.CHAPTER_6A, Regime.INTRODUCTION_ACT),
        (False, True),
    ):
        absences = tuple(
            AttendanceEntry(7, month + timedelta(days=i + 3), "NOR", 90, 0, code, 90)
            for i, code in enumerate(unpaid_codes)
        )
        result.append(
            BenefitInput(
                participant_id=7,
                month=month,
                birth_date=birth,
                lives_with_parents=with_parents,
                regime=regime,
                programme_start=date(2025, 1, 6) if couple else month + timedelta(days=9),
                programme_end=None,
                entries=absences,
                other_benefits=(
                    OtherBenefit("programme_work_pay", Decimal("1200")),
                    OtherBenefit("dagpenger", Decimal("40000") if couple else Decimal("10")),
                ),
                couple=couple,
            )
        )
    return result


def test_every_benefit_line_has_a_nynorsk_explanation() -> None:
    pairs = []
    kinds = set()
    for inp in _inputs():
        result = _compute(inp)
        for line in result.lines:
            assert line.explanation_in("nn") == line.explanation_nn
            assert line.explanation_in("nb") == line.explanation
            assert line.explanation_in("en") == line.explanation_en
            pairs.append((line.explanation, line.explanation_nn))
            kinds.add((line.kind, line.code == "floor"))
        later = _compute(replace(inp, entries=inp.entries[:1], other_benefits=()))
        for line in adjustment_lines(result, later):
            pairs.append((line.explanation, line.explanation_nn))
            kinds.add((line.kind, False))
    assert len(kinds) == 5  # base, deduction, other income, floor, correction
    assert check_pairs(pairs) >= 40


def test_unpaid_stretches_explain_themselves_in_nynorsk() -> None:
    events = [
        ProgrammeEvent(kind=EventKind.DECISION, day=date(2026, 8, 3)),
        ProgrammeEvent(kind=EventKind.START, day=date(2026, 8, 17)),
        ProgrammeEvent(
            kind=EventKind.LEAVE,
            day=date(2026, 10, 5),
            until=date(2026, 10, 9),
            leave_kind=LeaveKind.CARE,
        ),
        ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 10, 19)),
    ]
    taking_part = month_participation(
        events, date(2026, 10, 1), date(2026, 10, 31), lambda kind, day: False
    )
    assert {stretch.code for stretch in taking_part.unpaid} == {"leave_care", "stopped"}
    pairs = [(s.explanation, s.explanation_nn) for s in taking_part.unpaid]
    pairs.append((NO_DECISION_EXPLANATION, NO_DECISION_EXPLANATION_NN))
    assert check_pairs(pairs) == 3
