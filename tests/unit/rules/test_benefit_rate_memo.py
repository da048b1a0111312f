"""The annual rate is worked out once per day and kind of participant and then looked up
(issue 18). The answers are kept per tables object: other tables (a G published late, a test's
own table) get their own, and a rate depends on the birth date only through the age limit."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.codes import Regime
from introdesk.rules.benefit_rates import (
    _annual_rate,
    age_on,
    annual_rate,
    load_benefit_tables,
)
from introdesk.rules.tables import DatedRow, DatedTable

TABLES = load_benefit_tables()


def with_g(amount: int) -> DatedTable:
    return DatedTable(
        "grunnbelop", (DatedRow(date(2000, 1, 1), None, amount),), unit="kr", source="test"
    )


@given(
    birth=st.dates(min_value=date(1960, 1, 1), max_value=date(2008, 12, 31)),
    day=st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31)),
    regime=st.sampled_from(list(Regime)),
    with_parents=st.booleans(),
    couple=st.booleans(),
)
def test_a_looked_up_rate_is_the_rate_worked_out(
    birth: date, day: date, regime: Regime, with_parents: bool, couple: bool
) -> None:
    limit = int(TABLES.rate_fractions.at(day)["age_limit"])
    worked_out = _annual_rate(
        TABLES, regime, age_on(birth, day) >= limit, with_parents, day, couple, limit
    )
    assert annual_rate(TABLES, regime, birth, with_parents, day, couple) == worked_out
    # Someone born a day later or earlier shares it unless a birthday crosses the limit.
    for other in (birth - timedelta(days=1), birth + timedelta(days=1)):
        same_side = (age_on(other, day) >= limit) == (age_on(birth, day) >= limit)
        looked_up = annual_rate(TABLES, regime, other, with_parents, day, couple)
        assert (looked_up == worked_out) or not same_side


def test_other_tables_get_their_own_answers() -> None:
    day = date(2026, 11, 2)
    ordinary = annual_rate(TABLES, Regime.INTEGRATION_ACT, date(1980, 1, 1), False, day)
    higher = dataclasses.replace(TABLES, grunnbelop=with_g(200_000))
    raised = annual_rate(higher, Regime.INTEGRATION_ACT, date(1980, 1, 1), False, day)
    assert raised.g == 200_000
    assert ordinary.g != raised.g
    again = annual_rate(TABLES, Regime.INTEGRATION_ACT, date(1980, 1, 1), False, day)
    assert again == ordinary
