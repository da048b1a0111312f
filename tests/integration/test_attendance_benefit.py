"""Attendance and benefit through the services, on SQLite and PostgreSQL (brief §2.3, §3).

Figures by hand: G 136 549 from 1.5.2026, full rate 2 G = 273 098 kr/year, monthly 22 758,17;
a deduction of 6 h at 273 098 / 1 850 per hour = 885,72 (brief §3.3 example).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from introdesk.domain.attendance import BenefitLineKind, DayCell
from introdesk.domain.errors import UserInputError, ValidationError
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.services.attendance import AttendanceService
from introdesk.services.benefit import BenefitService
from introdesk.services.container import Services

MAY = date(2026, 5, 1)
JUNE = date(2026, 6, 1)


pytestmark = pytest.mark.today(date(2026, 7, 10))


def plan_from(start: date) -> Plan:
    return Plan(
        start=start,
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(PlanElement("NOR", start, date(2027, 12, 31), WeekHours.weekdays(6)),),
    )


@pytest.fixture
def world(services: Services) -> tuple[AttendanceService, BenefitService, int]:
    person = services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 6, 15))
    )
    plans = {person.id: plan_from(date(2026, 1, 5))}
    # Paid only under a decision, from the programme start (issue 14).
    services.programme.decide(person.id, date(2026, 1, 2))
    services.programme.start(person.id, date(2026, 1, 5))

    def lookup(ids: Iterable[int] | None = None) -> dict[int, Plan]:
        return dict(plans) if ids is None else {i: plans[i] for i in ids if i in plans}

    return (
        AttendanceService(services.context, lookup),
        BenefitService(services.context, lookup),
        person.id,
    )


def weekdays(month: date) -> list[date]:
    days = []
    day = month
    while day.month == month.month:
        if day.weekday() < 5:
            days.append(day)
        day = date.fromordinal(day.toordinal() + 1)
    return days


def fill_month(attendance: AttendanceService, pid: int, month: date) -> None:
    attendance.save_week({(pid, d): DayCell(attended_minutes=360) for d in weekdays(month)})


def test_full_month_as_planned_pays_a_twelfth(world) -> None:  # type: ignore[no-untyped-def]
    attendance, benefit, pid = world
    fill_month(attendance, pid, MAY)
    (result,) = benefit.compute_month(MAY)
    assert result.gross == Decimal("22758.17")
    assert result.net == Decimal("22758.17")
    assert result.missing_registration_days == ()


def test_missing_registrations_block_the_lock_until_accepted(world) -> None:  # type: ignore[no-untyped-def]
    attendance, benefit, pid = world
    # Public holidays (1, 14, 17 and 25 May 2026) plan nothing, so they are never missing (§2.3).
    days = [d for d in weekdays(MAY) if d not in norwegian_public_holidays([2026])]
    assert days[0] == date(2026, 5, 4)
    attendance.save_week({(pid, d): DayCell(attended_minutes=360) for d in days[2:]})
    (result,) = benefit.compute_month(MAY)
    assert result.missing_registration_days == tuple(days[:2])
    assert result.net == Decimal("22758.17")  # paid as attended
    missing = attendance.missing_registrations(MAY, date(2026, 5, 31))
    assert [(m.day, m.element_code, m.planned_minutes) for m in missing] == [
        (days[0], "NOR", 360),
        (days[1], "NOR", 360),
    ]
    with pytest.raises(UserInputError, match="cannot be locked"):
        benefit.lock_month(MAY)
    assert benefit.locked_months() == []
    assert attendance.accept_missing(pid, days[:2], "teacher ill, class cancelled") == 2
    assert benefit.compute_month(MAY)[0].missing_registration_days == ()
    assert benefit.lock_month(MAY).participants == 1
    assert benefit.locked_months() == [MAY]


def test_change_to_locked_month_becomes_adjustment_next_month(world) -> None:  # type: ignore[no-untyped-def]
    attendance, benefit, pid = world
    fill_month(attendance, pid, MAY)
    fill_month(attendance, pid, JUNE)
    locked = benefit.lock_month(MAY)
    assert locked.net_total == Decimal("22758.17")
    before = benefit.compute_month(MAY)

    # The grid refuses locked days ...
    with pytest.raises(UserInputError, match="read-only"):
        attendance.save_week({(pid, date(2026, 5, 4)): DayCell(0, "invalid", 360)})
    # ... record refuses them unless it is a correction ...
    with pytest.raises(UserInputError, match="locked"):
        attendance.record(pid, date(2026, 5, 4), absence_code="invalid", absence_minutes=360)
    # ... and a correction books the difference into June.
    booked = attendance.record(
        pid, date(2026, 5, 4), absence_code="invalid", absence_minutes=360, correction=True
    )
    assert booked == 1
    assert benefit.compute_month(MAY) == before  # the locked month's figures are unchanged
    (june,) = benefit.compute_month(JUNE)
    (adjustment,) = june.adjustments
    assert adjustment.kind is BenefitLineKind.ADJUSTMENT
    assert adjustment.corrects_month == MAY
    assert adjustment.amount == Decimal("-885.72")
    assert june.net == Decimal("22758.17") - Decimal("885.72")

    # Correcting it back books the reverse, never twice the same difference.
    assert attendance.record(pid, date(2026, 5, 4), attended_minutes=360, correction=True) == 1
    (june,) = benefit.compute_month(JUNE)
    assert sum(a.amount for a in june.adjustments) == Decimal("0.00")
    assert june.net == Decimal("22758.17")


def test_other_benefit_in_locked_month_is_adjusted(world) -> None:  # type: ignore[no-untyped-def]
    attendance, benefit, pid = world
    fill_month(attendance, pid, MAY)
    benefit.lock_month(MAY)
    benefit.set_other_benefit(pid, MAY, "dagpenger", Decimal("1000"))
    (june,) = benefit.compute_month(JUNE)
    assert [a.amount for a in june.adjustments] == [Decimal("-1000.00")]
    assert benefit.compute_month(MAY)[0].net == Decimal("22758.17")


def test_week_grid_reads_back_and_spreads(world) -> None:  # type: ignore[no-untyped-def]
    attendance, _, pid = world
    monday = date(2026, 6, 1)
    grid = attendance.week(monday)
    assert grid.days[0] == monday
    assert len(grid.days) == 5
    (row,) = grid.rows
    assert row.planned == (360,) * 5
    present = attendance.all_present(grid)
    assert len(present) == 5
    present[(pid, date(2026, 6, 3))] = DayCell(240, "sick_child", 120)
    assert attendance.save_week(present) == 5
    (row,) = attendance.week(monday).rows
    assert row.cells[2] == DayCell(240, "sick_child", 120)
    copied = attendance.copy_last_week(attendance.week(date(2026, 6, 8)))
    assert copied[(pid, date(2026, 6, 10))] == DayCell(240, "sick_child", 120)


def test_check_reports_fifth_egenmelding(world) -> None:  # type: ignore[no-untyped-def]
    attendance, _, pid = world
    # five one-day egenmelding periods more than 16 days apart, all after 8 weeks
    for day in (
        date(2026, 3, 9),
        date(2026, 3, 30),
        date(2026, 4, 20),
        date(2026, 5, 11),
        date(2026, 6, 1),
    ):
        attendance.record(pid, day, absence_code="eg", absence_minutes=360)
    findings = attendance.check(date(2026, 1, 1), date(2026, 6, 30))
    # the planned days between the sick days count as attended: no run, no rate warning
    assert [f.rule_id for f in findings] == ["self_certification.max_periods"]
    statutory = findings
    assert statutory[0].dates == (date(2026, 6, 1),)
    assert statutory[0].suggestion


def test_demo_attendance_only_for_participants_with_a_plan(
    services: Services, world: tuple[AttendanceService, BenefitService, int]
) -> None:
    from introdesk.services.demo_attendance import DemoAttendance

    _, benefit, pid = world
    services.participants.create(NewParticipant("Yonas", "Tesfay", birth_date=date(1985, 1, 1)))
    assert DemoAttendance(services.context, lambda ids=None: {}).fill(weeks=4, seed=1) == 0
    lookup = benefit._plans  # the same lookup the world's services use
    written = DemoAttendance(services.context, lookup).fill(weeks=4, seed=1)
    # 4 weeks × 5 planned days, a few of the last week's days left unregistered on purpose
    assert 15 <= written <= 20
    assert DemoAttendance(services.context, lookup).fill(weeks=4, seed=1) == 0
    grid = AttendanceService(services.context, lookup).week(date(2026, 6, 22))
    (row,) = [r for r in grid.rows if r.participant_id == pid]
    assert all(cell is not None for cell in row.cells)
    # participants with neither plan nor registrations that week are not rows of the grid
    assert [r.participant_id for r in grid.rows] == [pid]


def test_import_writes_everything_or_nothing(
    services: Services, world: tuple[AttendanceService, BenefitService, int], tmp_path: Path
) -> None:
    from openpyxl import Workbook

    attendance, _, pid = world
    national_id = "01010012356"
    services.participants.update(pid, {"national_id": national_id})
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(
        ["Fødselsnummer", "Dato", "Tiltak", "Oppmøte timer", "Fraværskode", "Fraværstimer"]
    )
    sheet.append([national_id, datetime(2026, 5, 4), "NOR", 6, None, None])
    sheet.append([national_id, "05.05.2026", None, None, "ug", "2,5"])
    sheet.append([national_id, "2026-05-06", "XYZ", None, "nonsense", None])
    path = tmp_path / "oppmote.xlsx"
    book.save(path)
    with pytest.raises(ValidationError) as caught:
        attendance.import_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "oppmote.xlsx:4:Fraværskode: 'nonsense' is not an absence code",
        "oppmote.xlsx:4:Fraværstimer: is required (above 0) with an absence code",
    ]
    assert attendance.week(date(2026, 5, 4)).rows[0].cells == (None,) * 5
    sheet.delete_rows(4)
    book.save(path)
    dry = attendance.import_file(path, dry_run=True)
    assert (dry.rows, dry.written) == (2, False)
    assert attendance.week(date(2026, 5, 4)).rows[0].cells == (None,) * 5
    done = attendance.import_file(path)
    assert (done.rows, done.participants, done.written) == (2, 1, True)
    cells = attendance.week(date(2026, 5, 4)).rows[0].cells
    assert cells[:2] == (DayCell(360), DayCell(210, "invalid", 150))
