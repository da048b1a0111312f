"""The payroll and attendance workbooks agree with `benefit compute` and the attendance records,
through the real services on both databases (issue 9, "Done when")."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from introdesk.core import clock
from introdesk.domain.attendance import DayCell
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.domain.reports import Period, PeriodKind
from introdesk.services.container import Services

JUNE = date(2026, 6, 1)
pytestmark = pytest.mark.today(date(2026, 7, 10))


@pytest.fixture
def june_with_absence(services: Services) -> int:
    person = services.participants.create(
        NewParticipant("Amira", "=Haddad", birth_date=date(1990, 6, 15))
    )
    start = date(2026, 5, 4)
    end = date(2027, 12, 31)
    plan = Plan(
        start=start,
        planned_end=end,
        end_goal=None,
        norwegian_goal=None,
        elements=(PlanElement("norwegian", start, end, WeekHours.weekdays(6)),),
    )
    services.programme.decide(person.id, date(2026, 4, 20))  # signing then starts it (issue 14)
    services.plans.create_draft(person.id, plan)
    services.plans.sign(person.id, on=start, by="Kari Nordmann", allow_errors=True)
    cells: dict[tuple[int, date], DayCell | None] = {}
    day = JUNE
    while day.month == 6:
        if day.weekday() < 5:
            cells[(person.id, day)] = DayCell(attended_minutes=360)
        day += timedelta(days=1)
    cells[(person.id, date(2026, 6, 10))] = DayCell(240, "invalid", 120)
    services.attendance.save_week(cells)
    return person.id


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    worksheet = openpyxl.load_workbook(path)[sheet]
    values = list(worksheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_payroll_workbook_matches_benefit_compute(
    services: Services, june_with_absence: int, tmp_path: Path
) -> None:
    (result,) = services.benefit.compute_month(JUNE, [june_with_absence])
    assert result.total_deductions > 0  # the invalid hours cost something
    out = tmp_path / "lonn.xlsx"
    period = Period(PeriodKind.MONTH, JUNE, date(2026, 6, 30))
    services.reports.export("payroll", out, period)

    workbook = openpyxl.load_workbook(out)
    rows = _rows(out, workbook.sheetnames[0])
    mine = [row for row in rows if row["Deltaker-ID"] == june_with_absence]
    assert all(isinstance(row["Beløp (kr)"], int | float) for row in mine)
    total = sum(Decimal(str(row["Beløp (kr)"])) for row in mine)
    assert total.quantize(Decimal("0.01")) == result.net
    # A name that starts with "=" is stored as text, never as a formula.
    assert str(mine[0]["Navn"]).startswith("=Haddad")
    sheet = workbook[workbook.sheetnames[0]]
    name_cells = [row[1] for row in sheet.iter_rows(min_row=2) if row[0].value == june_with_absence]
    assert {cell.data_type for cell in name_cells} == {"s"}


def test_attendance_workbook_matches_the_registrations(
    services: Services, june_with_absence: int, tmp_path: Path
) -> None:
    entries = services.attendance.entries(JUNE, date(2026, 6, 30), [june_with_absence])
    out = tmp_path / "oppmote.xlsx"
    period = Period(PeriodKind.MONTH, JUNE, date(2026, 6, 30))
    services.reports.export("attendance", out, period)

    workbook = openpyxl.load_workbook(out)
    rows = [r for r in _rows(out, workbook.sheetnames[0]) if r["Deltaker-ID"] == june_with_absence]
    assert len(rows) == len({e.day for e in entries})
    attended = sum(Decimal(str(r["Oppmøtt (timer)"])) for r in rows)
    invalid = sum(Decimal(str(r["Ugyldig fravær (timer)"] or 0)) for r in rows)
    assert attended * 60 == sum(e.attended_minutes for e in entries)
    assert invalid == Decimal(2)
    assert all(isinstance(r["Dato"], date) for r in rows)


def test_outcomes_workbook_lists_an_exit_in_the_period(
    services: Services, june_with_absence: int, tmp_path: Path
) -> None:
    clock.set_today(date(2026, 9, 15))
    services.programme.end(june_with_absence, date(2026, 9, 1), "completed")
    out = tmp_path / "resultater.xlsx"
    services.reports.export(
        "outcomes", out, Period(PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
    )
    workbook = openpyxl.load_workbook(out)
    rows = _rows(out, workbook.sheetnames[0])
    assert [row["Deltaker-ID"] for row in rows] == [june_with_absence]
    (row,) = rows
    assert date(2026, 9, 1) in {v.date() if hasattr(v, "date") else v for v in row.values()}

    earlier = tmp_path / "2025.xlsx"
    services.reports.export(
        "outcomes", earlier, Period(PeriodKind.YEAR, date(2025, 1, 1), date(2025, 12, 31))
    )
    assert _rows(earlier, openpyxl.load_workbook(earlier).sheetnames[0]) == []
