"""The benefit engine explains every line in English too (``BenefitLine.explanation_en``), so
the Benefit page and ``benefit compute`` in en read English: base lines (whole and part
months, a rate change, every share, chapter 6A, couples), absence deductions, other income,
the zero floor, corrections of a locked month and the unpaid stretches of a stop, unpaid
leave or no decision. The Bokmål stays as it was."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from tests.unit.rules.test_benefit_texts_nynorsk import _compute, _inputs
from tests.unit.rules.test_rule_texts_english import check_english

from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.rules.benefit import adjustment_lines
from introdesk.rules.programme_events import (
    NO_DECISION_EXPLANATION,
    NO_DECISION_EXPLANATION_EN,
    month_participation,
)


def test_every_benefit_line_has_an_english_explanation() -> None:
    pairs = []
    kinds = set()
    for inp in _inputs():
        result = _compute(inp)
        for line in result.lines:
            assert line.explanation_in("en") == line.explanation_en
            assert line.explanation_in("nb") == line.explanation
            pairs.append((line.explanation, line.explanation_en))
            kinds.add((line.kind, line.code == "floor"))
        later = _compute(replace(inp, entries=inp.entries[:1], other_benefits=()))
        for line in adjustment_lines(result, later):
            pairs.append((line.explanation, line.explanation_en))
            kinds.add((line.kind, False))
    assert len(kinds) == 5  # base, deduction, other income, floor, correction
    english = {en for _, en in pairs}
    assert any("a whole month counts as 30 days" in en for en in english)
    assert any("(Integration Act § 23 second paragraph)" in en for en in english)
    assert any(" kr/year" in en for en in english)
    assert check_english(pairs) >= 40


def test_unpaid_stretches_explain_themselves_in_english() -> None:
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
    pairs = [(s.explanation, s.explanation_en) for s in taking_part.unpaid]
    pairs.append((NO_DECISION_EXPLANATION, NO_DECISION_EXPLANATION_EN))
    assert check_english(pairs) == 3
