"""Sick-child days, holiday, welfare leave and follow-up warnings (brief §2.3)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from introdesk.domain.attendance import AttendanceEntry, Severity
from introdesk.rules.absence import check_absence, load_absence_tables, sick_child_quota

START = date(2024, 1, 8)


def workdays(first: date, count: int) -> list[date]:
    days, day = [], first
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def absent(days: list[date], code: str, minutes: int = 450) -> list[AttendanceEntry]:
    return [AttendanceEntry(9, d, "NOR", 450, 450 - minutes, code, minutes) for d in days]


def all_findings(entries: list[AttendanceEntry], **kwargs: object):  # type: ignore[no-untyped-def]
    return check_absence(
        9,
        entries,
        programme_start=START,
        tables=load_absence_tables(),
        **kwargs,  # type: ignore[arg-type]
    )


def findings(entries: list[AttendanceEntry], **kwargs: object):  # type: ignore[no-untyped-def]
    """The statutory findings only (not the local follow-up warnings)."""
    return [f for f in all_findings(entries, **kwargs) if not f.rule_id.startswith("warning.")]


@pytest.mark.parametrize(
    ("children", "sole_carer", "quota"),
    [
        (1, False, 10),
        (2, False, 10),  # "more than two" children are needed for 15
        (3, False, 15),
        (1, True, 20),
        (3, True, 30),
        (0, False, 0),
    ],
    ids=["one-child", "two-children", "three-children", "sole-carer", "sole-carer-three", "none"],
)
def test_sick_child_quota(children: int, sole_carer: bool, quota: int) -> None:
    table = load_absence_tables().sick_child.at(date(2025, 1, 1))
    assert sick_child_quota(table, children, sole_carer) == quota


@pytest.mark.parametrize(
    ("children", "sole_carer", "days", "over"),
    [
        (1, False, 10, 0),
        (1, False, 11, 1),
        (3, False, 15, 0),
        (3, False, 16, 1),
        (1, True, 20, 0),
        (1, True, 22, 2),
        (3, True, 31, 1),
    ],
    ids=[
        "one-child-10",
        "one-child-11",
        "three-children-15",
        "three-children-16",
        "sole-carer-20",
        "sole-carer-22",
        "sole-carer-three-31",
    ],
)
def test_sick_child_days_within_twelve_months(
    children: int, sole_carer: bool, days: int, over: int
) -> None:
    sick_days = workdays(date(2025, 1, 6), days)
    found = findings(absent(sick_days, "sick_child"), children=children, sole_carer=sole_carer)
    if over:
        (finding,) = found
        assert finding.rule_id == "sick_child.quota"
        assert finding.dates == tuple(sick_days[-over:])
        assert finding.severity is Severity.VIOLATION
    else:
        assert found == []


def test_sick_child_window_rolls() -> None:
    """Ten days in January 2025 and one in February 2026: never more than ten in 12 months."""
    days = [*workdays(date(2025, 1, 6), 10), date(2026, 2, 2)]
    assert findings(absent(days, "sick_child"), children=1) == []


def test_sick_child_allowed_from_day_one() -> None:
    """Unlike egenmelding for own illness, no 8-week rule (brief §2.3)."""
    assert findings(absent([START], "sick_child"), children=1) == []


@pytest.mark.parametrize(
    ("code", "days", "kwargs", "over"),
    [
        ("holiday", 25, {}, 0),
        ("holiday", 26, {}, 1),
        ("welfare_leave", 10, {}, 0),
        ("welfare_leave", 11, {}, 1),
        ("welfare_leave", 11, {"welfare_leave_days_per_year": 12}, 0),
        ("welfare_leave", 14, {"welfare_leave_days_per_year": 12}, 2),
    ],
    ids=[
        "holiday-25",
        "holiday-26",
        "welfare-10",
        "welfare-11",
        "welfare-municipal-12",
        "welfare-municipal-12-exceeded",
    ],
)
def test_yearly_quotas(code: str, days: int, kwargs: dict[str, int], over: int) -> None:
    leave_days = workdays(date(2025, 6, 2), days)
    found = findings(absent(leave_days, code), **kwargs)
    if over:
        (finding,) = found
        assert finding.rule_id == f"{code}.annual_quota"
        assert finding.dates == tuple(leave_days[-over:])
        assert finding.suggested_code == "unpaid_leave"
    else:
        assert found == []


def test_holiday_counts_per_calendar_year() -> None:
    days = [*workdays(date(2025, 12, 1), 23), *workdays(date(2026, 1, 5), 10)]
    assert findings(absent(days, "holiday")) == []


@pytest.mark.parametrize(
    ("days", "warned"),
    [
        (workdays(date(2025, 3, 3), 4), False),
        (workdays(date(2025, 3, 3), 5), True),  # Monday–Friday
        (workdays(date(2025, 3, 5), 5), True),  # Wednesday–Tuesday: the weekend does not break it
    ],
    ids=["four-days", "five-days", "over-a-weekend"],
)
def test_consecutive_absence_warning(days: list[date], warned: bool) -> None:
    present = AttendanceEntry(9, date(2025, 3, 20), "NOR", 450, 450)
    found = [
        f
        for f in all_findings([*absent(days, "invalid"), present])
        if f.rule_id == "warning.consecutive_days"
    ]
    assert bool(found) is warned
    if warned:
        assert found[0].dates == tuple(days)
        assert found[0].severity is Severity.WARNING


def test_attended_day_or_holiday_breaks_a_run() -> None:
    days = workdays(date(2025, 3, 3), 6)
    entries = [
        *absent(days[:3], "invalid"),
        *absent([days[3]], "holiday"),
        *absent(days[4:], "invalid"),
    ]
    assert not [f for f in all_findings(entries) if f.rule_id == "warning.consecutive_days"]


@pytest.mark.parametrize(
    ("absent_minutes", "warned"),
    [(675, False), (676, True)],  # 15 % of 10 × 450 = 4 500 planned minutes is 675
    ids=["exactly-15-percent", "above-15-percent"],
)
def test_absence_rate_warning(absent_minutes: int, warned: bool) -> None:
    days = workdays(date(2025, 3, 3), 10)
    second = absent_minutes - 450  # the rest of the absence falls on the second day
    entries = [
        AttendanceEntry(9, days[0], "NOR", 450, 0, "invalid", 450),
        AttendanceEntry(9, days[1], "NOR", 450, 450 - second, "invalid", second),
        *(AttendanceEntry(9, d, "NOR", 450, 450) for d in days[2:]),
    ]
    rate = [f for f in all_findings(entries) if f.rule_id == "warning.absence_rate"]
    assert bool(rate) is warned
    if warned:
        assert "15 %" in rate[0].message


def test_period_limits_the_findings() -> None:
    """Findings outside the period asked about are left out; history still counts."""
    days = workdays(date(2025, 6, 2), 27)  # 26th and 27th holiday days are 7 and 8 July
    entries = absent(days, "holiday")
    assert findings(entries, period=(date(2025, 7, 1), date(2025, 7, 31)))
    assert not findings(entries, period=(date(2025, 8, 1), date(2025, 8, 31)))
