"""A month run leaves attendance rows that cannot change the benefit out of the engine's input
(issue 18: most rows are attended as planned). ``can_change_benefit`` must keep every row that
matters: the result with only the rows it keeps is the result with all of them."""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.domain.attendance import AttendanceEntry, BenefitInput
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import can_change_benefit, compute_benefit, load_benefit_tables

TABLES = load_benefit_tables()
CODES = load_absence_codes()
ABSENCE_CODES = [None, "invalid", "unpaid_leave", "holiday", "sick_child", "long_term_illness"]


@st.composite
def rows(draw: st.DrawFn, month: date) -> AttendanceEntry:
    last = calendar.monthrange(month.year, month.month)[1]
    planned = draw(st.sampled_from([0, 240, 450, 480]))
    code = draw(st.sampled_from(ABSENCE_CODES))
    absent = draw(st.integers(1, 480)) if code else 0
    # attended as planned, less (unregistered time), or more (overtime)
    attended = draw(st.integers(0, 600))
    return AttendanceEntry(
        1,
        month.replace(day=draw(st.integers(1, last))),
        draw(st.sampled_from(["NO", "WORK"])),
        planned,
        attended,
        code,
        absent,
    )


@st.composite
def month_inputs(draw: st.DrawFn) -> BenefitInput:
    month = date(draw(st.integers(2024, 2027)), draw(st.integers(1, 12)), 1)
    entries = draw(st.lists(rows(month), max_size=12, unique_by=lambda e: (e.day, e.element_code)))
    fully = [
        replace(e, attended_minutes=e.planned_minutes, absence_code=None, absence_minutes=0)
        for e in draw(st.lists(rows(month), max_size=6))
    ]
    return BenefitInput(
        participant_id=1,
        month=month,
        birth_date=draw(st.dates(date(1960, 1, 1), date(2006, 12, 31))),
        lives_with_parents=draw(st.booleans()),
        regime=draw(st.sampled_from(list(Regime))),
        programme_start=draw(st.dates(date(2023, 6, 1), month)),
        programme_end=None,
        entries=tuple(sorted([*entries, *fully], key=lambda e: (e.day, e.element_code))),
        missing_registration_days=tuple(
            sorted(
                draw(st.sets(st.integers(1, 28)).map(lambda s: {month.replace(day=d) for d in s}))
            )
        ),
        couple=draw(st.booleans()),
    )


@settings(max_examples=300, deadline=None)
@given(month_inputs())
def test_leaving_out_rows_that_cannot_change_the_benefit_changes_nothing(
    inp: BenefitInput,
) -> None:
    kept = tuple(
        e
        for e in inp.entries
        if can_change_benefit(
            e.planned_minutes, e.attended_minutes, e.absence_code, e.absence_minutes
        )
    )
    assert compute_benefit(replace(inp, entries=kept), TABLES, CODES) == compute_benefit(
        inp, TABLES, CODES
    )


def test_a_row_attended_as_planned_cannot_change_it_and_the_others_can() -> None:
    assert not can_change_benefit(450, 450, None, 0)
    assert not can_change_benefit(450, 500, None, 0)  # more than planned
    assert can_change_benefit(450, 400, None, 0)  # 50 minutes not registered
    assert can_change_benefit(450, 0, "invalid", 450)
    assert can_change_benefit(450, 450, "holiday", 30)  # an absence is always kept
