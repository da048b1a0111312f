"""Egenmelding (brief §2.3): at most 3 days per period, only after 8 weeks in the programme,
at most 4 periods per 12 months, a relapse within 16 calendar days is the same period."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.attendance import AttendanceEntry, Severity
from introdesk.rules.absence import (
    check_absence,
    load_absence_tables,
    self_certification_periods,
)

START = date(2025, 1, 6)  # a Monday; 8 weeks later is Monday 3 March 2025


def sick(*days: date) -> list[AttendanceEntry]:
    return [AttendanceEntry(5, d, "NOR", 450, 0, "self_certified_illness", 450) for d in days]


def rule_ids(entries: list[AttendanceEntry]) -> list[tuple[str, tuple[date, ...]]]:
    findings = [
        f
        for f in check_absence(5, entries, programme_start=START, tables=load_absence_tables())
        if f.rule_id.startswith("self_certification.")
    ]
    assert all(f.severity is Severity.VIOLATION for f in findings)
    assert all(f.suggested_code == "doctor_certified_illness" for f in findings)
    return [(f.rule_id, f.dates) for f in findings]


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        # Friday 28 February 2025 is day 53: one day too early
        ((date(2025, 2, 28),), [("self_certification.first_weeks", (date(2025, 2, 28),))]),
        # Monday 3 March 2025 is the first allowed day
        ((date(2025, 3, 3),), []),
        # a period straddling the limit: only the early day is flagged
        (
            (date(2025, 2, 28), date(2025, 3, 3)),
            [("self_certification.first_weeks", (date(2025, 2, 28),))],
        ),
    ],
    ids=["day-before-8-weeks", "first-allowed-day", "straddles-limit"],
)
def test_egenmelding_only_after_eight_weeks(
    days: tuple[date, ...], expected: list[tuple[str, tuple[date, ...]]]
) -> None:
    assert rule_ids(sick(*days)) == expected


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ((date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 3)), []),
        (
            (date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 3), date(2025, 4, 4)),
            [("self_certification.max_days", (date(2025, 4, 4),))],
        ),
        # 2 days, back to the programme, relapse 16 days after the last sick day: same period
        (
            (date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 18), date(2025, 4, 21)),
            [("self_certification.max_days", (date(2025, 4, 21),))],
        ),
        # relapse 17 days later: a new period, each within 3 days
        ((date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 19), date(2025, 4, 21)), []),
    ],
    ids=["three-days", "four-days", "relapse-within-16-days", "new-period-after-16-days"],
)
def test_at_most_three_days_per_period(
    days: tuple[date, ...], expected: list[tuple[str, tuple[date, ...]]]
) -> None:
    assert rule_ids(sick(*days)) == expected


FOUR_PERIODS = (date(2025, 4, 1), date(2025, 6, 2), date(2025, 8, 4), date(2025, 10, 1))


@pytest.mark.parametrize(
    ("fifth", "expected"),
    [
        (date(2026, 1, 12), [("self_certification.max_periods", (date(2026, 1, 12),))]),
        # exactly 12 months after the first: the first has left the window
        (date(2026, 4, 1), []),
        # a relapse of the fourth period is not a fifth period
        (date(2025, 10, 15), []),
    ],
    ids=["fifth-within-12-months", "fifth-after-12-months", "relapse-not-a-new-period"],
)
def test_at_most_four_periods_per_twelve_months(
    fifth: date, expected: list[tuple[str, tuple[date, ...]]]
) -> None:
    assert rule_ids(sick(*FOUR_PERIODS, fifth)) == expected


def test_periods_group_relapses() -> None:
    days = [date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 18), date(2025, 5, 20)]
    assert self_certification_periods(days, 16) == [days[:3], days[3:]]


def test_findings_have_norwegian_messages_and_never_recode() -> None:
    entries = sick(date(2025, 2, 28))
    finding, *warnings = check_absence(
        5, entries, programme_start=START, tables=load_absence_tables()
    )
    assert finding.rule_id == "self_certification.first_weeks"
    assert all(w.rule_id.startswith("warning.") for w in warnings)
    assert "Egenmelding brukt før 8 uker" in finding.message
    assert "03.03.2025" in finding.message
    assert "legeerklæring" in finding.suggestion
    assert entries == sick(date(2025, 2, 28))  # entries untouched
