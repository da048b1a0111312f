"""Start deadlines (brief §1.2): mapping, decision and start within 3 months of settlement or the
request (when later); the decision within the 2-year window (brief §1.1). Month counting: same
day of the month, clamped to the last day of a shorter month (see rules/deadlines.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.dates import add_months
from introdesk.domain.deadlines import DeadlineKind, DeadlineStatus
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.deadlines import deadline_basis, start_deadlines
from introdesk.rules.tables import load_table

BASE = ParticipantFacts(
    birth_date=date(1990, 5, 5),
    permit_type=PermitType.REFUGEE,
    permit_date=date(2024, 1, 10),
    regime=Regime.INTEGRATION_ACT,
    settlement_date=date(2024, 3, 15),
    settled_by_agreement=True,
)


def deadlines(facts: ParticipantFacts, as_of: date) -> dict[DeadlineKind, DeadlineStatus]:
    result = start_deadlines(facts, as_of=as_of, table=load_table("intro_deadlines"))
    return {d.kind: d for d in result}


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2024, 3, 15), 3, date(2024, 6, 15), id="same-day-of-month"),
        pytest.param(date(2024, 10, 15), 3, date(2025, 1, 15), id="over-new-year"),
        pytest.param(date(2024, 11, 30), 3, date(2025, 2, 28), id="30-nov-to-end-feb"),
        pytest.param(date(2023, 11, 30), 3, date(2024, 2, 29), id="30-nov-to-leap-feb"),
        pytest.param(date(2024, 8, 31), 3, date(2024, 11, 30), id="31-aug-to-30-nov"),
        pytest.param(date(2024, 1, 31), 1, date(2024, 2, 29), id="31-jan-plus-1"),
        pytest.param(date(2024, 2, 29), 24, date(2026, 2, 28), id="leap-day-plus-2-years"),
        pytest.param(date(2024, 2, 29), 48, date(2028, 2, 29), id="leap-day-plus-4-years"),
        pytest.param(date(2024, 3, 31), -1, date(2024, 2, 29), id="backwards"),
        pytest.param(date(2024, 5, 20), 0, date(2024, 5, 20), id="zero"),
    ],
)
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_three_deadlines_and_the_window_from_settlement() -> None:
    result = deadlines(BASE, as_of=date(2024, 4, 1))
    assert result[DeadlineKind.MAPPING].due == date(2024, 6, 15)
    assert result[DeadlineKind.DECISION].due == date(2024, 6, 15)
    assert result[DeadlineKind.PROGRAMME_START].due == date(2024, 6, 15)
    # Less than 2 years: the last day is the day before the 2nd anniversary (15.3.2026).
    assert result[DeadlineKind.DECISION_WINDOW].due == date(2026, 3, 14)
    assert all(d.runs_from == date(2024, 3, 15) for d in result.values())
    assert "bosetting" in result[DeadlineKind.DECISION].description


@pytest.mark.parametrize(
    ("as_of", "days_left", "overdue"),
    [
        pytest.param(date(2024, 6, 14), 1, False, id="day-before-due"),
        pytest.param(date(2024, 6, 15), 0, False, id="on-due-day"),
        pytest.param(date(2024, 6, 16), -1, True, id="day-after-due"),
        pytest.param(date(2024, 3, 15), 92, False, id="settlement-day"),
    ],
)
def test_days_left_around_the_due_day(as_of: date, days_left: int, overdue: bool) -> None:
    start = deadlines(BASE, as_of)[DeadlineKind.PROGRAMME_START]
    assert start.days_left == days_left
    assert start.overdue is overdue
    assert start.met is None


@pytest.mark.parametrize(
    ("event", "met"),
    [
        pytest.param(date(2024, 6, 14), True, id="day-before"),
        pytest.param(date(2024, 6, 15), True, id="on-due-day-is-in-time"),
        pytest.param(date(2024, 6, 16), False, id="day-after"),
    ],
)
def test_met_when_the_event_is_known(event: date, met: bool) -> None:
    facts = replace(BASE, mapping_date=event, decision_date=event, programme_start=event)
    result = deadlines(facts, as_of=date(2024, 9, 1))
    for kind in (DeadlineKind.MAPPING, DeadlineKind.DECISION, DeadlineKind.PROGRAMME_START):
        assert result[kind].met is met
        assert not result[kind].overdue  # done, even if late
    assert result[DeadlineKind.DECISION_WINDOW].met is True


@pytest.mark.parametrize(
    ("decision", "met"),
    [
        pytest.param(date(2026, 3, 14), True, id="last-day-under-2-years"),
        pytest.param(date(2026, 3, 15), False, id="second-anniversary"),
    ],
)
def test_decision_window_edge(decision: date, met: bool) -> None:
    result = deadlines(replace(BASE, decision_date=decision), as_of=date(2026, 4, 1))
    assert result[DeadlineKind.DECISION_WINDOW].met is met


@pytest.mark.parametrize(
    ("settlement", "asked", "basis"),
    [
        pytest.param(date(2024, 3, 15), None, date(2024, 3, 15), id="settlement-only"),
        pytest.param(date(2024, 3, 15), date(2024, 5, 2), date(2024, 5, 2), id="later-request"),
        pytest.param(date(2024, 3, 15), date(2024, 1, 20), date(2024, 3, 15), id="earlier-request"),
        pytest.param(None, date(2024, 5, 2), date(2024, 5, 2), id="request-only"),
        pytest.param(None, None, None, id="neither"),
    ],
)
def test_deadline_basis(settlement: date | None, asked: date | None, basis: date | None) -> None:
    facts = replace(BASE, settlement_date=settlement, request_date=asked)
    assert deadline_basis(facts) == basis


def test_later_request_moves_the_three_month_deadlines_but_not_the_window() -> None:
    facts = replace(BASE, request_date=date(2024, 5, 31))
    result = deadlines(facts, as_of=date(2024, 6, 1))
    assert result[DeadlineKind.DECISION].due == date(2024, 8, 31)
    assert result[DeadlineKind.PROGRAMME_START].runs_from == date(2024, 5, 31)
    assert "forespørsel" in result[DeadlineKind.PROGRAMME_START].description
    assert result[DeadlineKind.DECISION_WINDOW].due == date(2026, 3, 14)


def test_no_dates_no_deadlines_and_no_window_without_settlement() -> None:
    assert deadlines(replace(BASE, settlement_date=None), date(2024, 6, 1)) == {}
    request_only = deadlines(
        replace(BASE, settlement_date=None, request_date=date(2024, 4, 30)), date(2024, 6, 1)
    )
    assert set(request_only) == {
        DeadlineKind.MAPPING,
        DeadlineKind.DECISION,
        DeadlineKind.PROGRAMME_START,
    }
    assert request_only[DeadlineKind.MAPPING].due == date(2024, 7, 30)


def test_every_description_cites_the_law() -> None:
    for status in deadlines(BASE, date(2024, 4, 1)).values():
        assert "integreringsloven §" in status.description


@pytest.mark.parametrize(
    ("first", "due"),
    [
        # First settled in another municipality 10.1.2023: the window closes 9.1.2025.
        (date(2023, 1, 10), date(2025, 1, 9)),
        # Not recorded: the settlement here (15.3.2024) counts, closing 14.3.2026.
        (None, date(2026, 3, 14)),
    ],
    ids=["first-settlement-elsewhere", "defaults-to-settlement-here"],
)
def test_the_window_counts_from_the_first_settlement_in_a_norwegian_municipality(
    first: date | None, due: date
) -> None:
    """IMDi's target-group page: less than 2 years in **a** municipality (domain brief Review
    of 2026-12; intro_deadlines decision_window_from = first_settlement_in_norway)."""
    result = deadlines(replace(BASE, first_settlement_date=first), date(2024, 4, 1))
    window = result[DeadlineKind.DECISION_WINDOW]
    assert window.due == due
    assert "en norsk kommune" in window.description
    # The three-month deadlines still run from settlement in this municipality.
    assert result[DeadlineKind.PROGRAMME_START].due == date(2024, 6, 15)
