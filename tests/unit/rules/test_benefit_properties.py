"""Properties of the benefit engine (hypothesis): the net never exceeds the gross, the lines
always add up to the net, and deductions never fall when invalid hours rise."""

from __future__ import annotations

import calendar
from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.domain.attendance import AttendanceEntry, BenefitInput, OtherBenefit
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables

TABLES = load_benefit_tables()
CODES = load_absence_codes()
ABSENCE_CODES = [None, "invalid", "unpaid_leave", "holiday", "sick_child", "long_term_illness"]


@st.composite
def benefit_inputs(draw: st.DrawFn) -> BenefitInput:
    month = date(draw(st.integers(2024, 2027)), draw(st.integers(1, 12)), 1)
    last = calendar.monthrange(month.year, month.month)[1]
    start = draw(st.dates(date(2023, 6, 1), month.replace(day=last)))
    days = draw(st.lists(st.integers(max(1, start.day if start >= month else 1), last), max_size=8))
    entries = []
    for day in days:
        code = draw(st.sampled_from(ABSENCE_CODES))
        minutes = draw(st.integers(1, 480))
        entries.append(
            AttendanceEntry(
                1,
                month.replace(day=day),
                "E",
                480,
                480 - minutes if code else 480,
                code,
                minutes if code else 0,
            )
        )
    others = draw(
        st.lists(st.decimals(0, 40000, places=2).map(lambda d: OtherBenefit("x", d)), max_size=2)
    )
    return BenefitInput(
        participant_id=1,
        month=month,
        birth_date=draw(st.dates(date(1960, 1, 1), date(2006, 12, 31))),
        lives_with_parents=draw(st.booleans()),
        regime=draw(st.sampled_from(list(Regime))),
        programme_start=start,
        programme_end=None,
        entries=tuple(entries),
        other_benefits=tuple(others),
    )


@settings(max_examples=200, deadline=None)
@given(benefit_inputs())
def test_net_never_exceeds_gross_and_lines_add_up(inp: BenefitInput) -> None:
    result = compute_benefit(inp, TABLES, CODES)
    assert Decimal(0) <= result.net <= result.gross
    assert sum((line.amount for line in result.lines), Decimal("0.00")) == result.net
    assert all(line.amount == line.amount.quantize(Decimal("0.01")) for line in result.lines)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(2024, 2027),
    st.integers(1, 12),
    st.booleans(),
    st.lists(st.integers(0, 600), min_size=1, max_size=6),
    st.integers(0, 5),
    st.integers(1, 120),
)
def test_deductions_monotone_in_invalid_hours(
    year: int, month: int, parents: bool, minutes: list[int], which: int, extra: int
) -> None:
    def run(per_day: list[int]) -> Decimal:
        entries = tuple(
            AttendanceEntry(1, date(year, month, i + 1), "E", m, 0, "invalid", m)
            for i, m in enumerate(per_day)
            if m
        )
        inp = BenefitInput(
            1, date(year, month, 1), date(2003, 3, 3), parents, Regime.INTEGRATION_ACT,
            date(2023, 6, 1), None, entries,
        )  # fmt: skip
        return compute_benefit(inp, TABLES, CODES).total_deductions

    more = list(minutes)
    more[which % len(more)] += extra
    assert run(more) >= run(minutes)
