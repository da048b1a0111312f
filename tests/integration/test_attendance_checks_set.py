"""The week grid's warnings read for everyone at once (issue 18) give the same findings as the
absence rules run participant by participant over the whole year, on SQLite and PostgreSQL.

The reference below is the per-participant computation the service did before: a year of
entries before the period, every planned past day without a registration counted as attended
from the start of that year, then ``check_absence``; and every planned element-day of the
period checked for a registration. The data set mixes absence codes, runs across week ends,
days left unregistered, a second plan element registered on some days only, participants
with and without children, a stored programme start or none, and one without a plan.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.attendance import (
    AbsenceFinding,
    AbsenceType,
    AttendanceEntry,
    DayCell,
    MissingRegistration,
)
from introdesk.domain.dates import monday_of
from introdesk.domain.plans import DateRange, Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.rules.absence import check_absence, load_absence_tables, one_year_before
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.services.attendance import AttendanceService
from introdesk.services.attendance.planned_days import missing_days, unregistered_as_attended
from introdesk.services.container import Services

TODAY = date(2026, 11, 20)
pytestmark = pytest.mark.today(TODAY)

CODES = [
    AbsenceType.SELF_CERTIFIED_ILLNESS,
    AbsenceType.SICK_CHILD,
    AbsenceType.HOLIDAY,
    AbsenceType.WELFARE_LEAVE,
    AbsenceType.INVALID,
    AbsenceType.DOCTOR_CERTIFIED_ILLNESS,
]


@dataclass(frozen=True)
class World:
    attendance: AttendanceService
    ids: list[int]
    plans: dict[int, Plan]
    facts: dict[int, tuple[date | None, int]]  # programme start stored, children under 18


def plan_for(start: date, second_element: bool, leave: bool) -> Plan:
    elements = [PlanElement("NOR", start, date(2027, 12, 31), WeekHours.weekdays(4))]
    if second_element:
        elements.append(
            PlanElement(
                "WORK",
                start + timedelta(days=30),
                date(2027, 6, 30),
                WeekHours(mon=Decimal(2), wed=Decimal("2.5"), fri=Decimal(2)),
            )
        )
    return Plan(
        start=start,
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=tuple(elements),
        approved_leave=(DateRange(date(2026, 7, 6), date(2026, 7, 17)),) if leave else (),
    )


def random_cells(
    rng: random.Random, pid: int, start: date, holidays: frozenset[date]
) -> dict[tuple[int, date], DayCell | None]:
    """Most weekdays attended, some left unregistered, absences of every kind in runs."""
    cells: dict[tuple[int, date], DayCell | None] = {}
    day = start
    while day < TODAY:
        if day.weekday() < 5 and day not in holidays and rng.random() > 0.15:
            if rng.random() < 0.12:
                code = rng.choice(CODES)
                run = rng.choice([1, 1, 2, 4, 6])
                for offset in range(run):
                    cells[(pid, day + timedelta(days=offset))] = DayCell(
                        absence_code=code, absence_minutes=240
                    )
                day += timedelta(days=run)
                continue
            cells[(pid, day)] = DayCell(attended_minutes=rng.choice([240, 180, 240]))
        day += timedelta(days=1)
    return {key: cell for key, cell in cells.items() if key[1] < TODAY}


@pytest.fixture
def world(services: Services) -> World:
    rng = random.Random(18)
    plans: dict[int, Plan] = {}
    facts: dict[int, tuple[date | None, int]] = {}

    def lookup(ids: Iterable[int] | None = None) -> dict[int, Plan]:
        return dict(plans) if ids is None else {i: plans[i] for i in ids if i in plans}

    attendance = AttendanceService(services.context, lookup)
    holidays = norwegian_public_holidays([2025, 2026])
    ids = []
    for number in range(7):
        person = services.participants.create(
            NewParticipant(f"Person{number}", "Test", birth_date=date(1985, 1, 1))
        )
        services.participants.update(person.id, {"children_under_18": number % 4})
        facts[person.id] = (None, number % 4)
        if number % 3 == 0:  # a stored programme start wins over the plan's start
            services.programme.decide(person.id, date(2025, 11, 20))
            services.programme.start(person.id, date(2025, 12, 1))
            facts[person.id] = (date(2025, 12, 1), number % 4)
        ids.append(person.id)
        start = date(2025, 11, 3) + timedelta(days=21 * number)
        if number != 6:  # the last one has no plan: only what is registered counts
            plans[person.id] = plan_for(start, number % 2 == 1, number == 2)
        cells = random_cells(rng, person.id, start, holidays)
        attendance.save_week(cells)
        if number % 2 == 1:  # a few days with only one of the two elements registered
            for offset in (40, 47, 54):
                attendance.record(
                    person.id, start + timedelta(days=offset + 30), element="NOR",
                    attended_minutes=240,
                )  # fmt: skip
    # A run of absence broken by an unregistered planned day (Thursday 5 March) before the
    # week of 9 March: that day counts as attended, so neither part reaches five days.
    gap = services.participants.create(NewParticipant("Gap", "Test", date(1985, 1, 1))).id
    ids.append(gap)
    facts[gap] = (None, 0)
    plans[gap] = plan_for(date(2026, 1, 5), False, False)
    invalid = DayCell(absence_code=AbsenceType.INVALID, absence_minutes=240)
    absent = {date(2026, 3, d) for d in (2, 3, 4, 6, 9, 10)}
    attendance.save_week(
        {
            (gap, day): invalid if day in absent else DayCell(attended_minutes=240)
            for day in (date(2026, 1, 5) + timedelta(days=n) for n in range(150))
            if day.weekday() < 5 and day not in holidays and day != date(2026, 3, 5)
        }
    )
    return World(attendance, ids, plans, facts)


def reference_findings(world: World, start: date, end: date) -> list[AbsenceFinding]:
    attendance, ids, plans = world.attendance, world.ids, world.plans
    history_start = one_year_before(start)
    until = min(end, TODAY - timedelta(days=1))
    by_person: dict[int, list[AttendanceEntry]] = defaultdict(list)
    for entry in attendance.entries(history_start, end, ids):
        by_person[entry.participant_id].append(entry)
    findings: list[AbsenceFinding] = []
    for pid, own in sorted(by_person.items()):
        plan = plans.get(pid)
        if plan is not None:
            own = own + unregistered_as_attended(pid, plan, own, (history_start, until))
        started, children = world.facts[pid]
        findings += check_absence(
            pid,
            own,
            programme_start=started or (plan.start if plan else None) or min(e.day for e in own),
            tables=load_absence_tables(),
            children=children,
            period=(start, end),
        )
    return findings


def reference_missing(
    world: World, ids: list[int], start: date, end: date
) -> list[MissingRegistration]:
    attendance, plans = world.attendance, world.plans
    end = min(end, TODAY - timedelta(days=1))
    registered = {
        (e.participant_id, e.day, e.element_code): e.attended_minutes + e.absence_minutes
        for e in attendance.entries(start, end, ids)
    }
    return [
        gap
        for pid in ids
        if pid in plans
        for gap in missing_days(pid, plans[pid], (start, end), registered, set())
    ]


def test_set_based_checks_match_the_per_participant_rules(world: World) -> None:
    attendance, ids = world.attendance, world.ids
    seen_findings = 0
    seen_rules: set[str] = set()
    monday = monday_of(date(2026, 1, 5))
    while monday < TODAY:
        friday = monday + timedelta(days=4)
        expected = reference_findings(world, monday, friday)
        assert attendance.check(monday, friday, ids) == expected, monday
        checked = attendance.checked_week(monday)
        shown = {row.participant_id for row in checked.grid.rows}
        assert checked.findings == [f for f in expected if f.participant_id in shown], monday
        expected_missing = reference_missing(world, sorted(shown), monday, friday)
        assert checked.missing == expected_missing, monday
        assert attendance.missing_registrations(monday, friday, sorted(shown)) == (expected_missing)
        seen_findings += len(expected)
        seen_rules |= {f.rule_id for f in expected}
        monday += timedelta(days=7)
    # The data set is varied enough to exercise the rules compared (not an empty comparison).
    assert seen_findings > 20
    assert {"warning.consecutive_days", "warning.absence_rate", "sick_child.quota"} <= seen_rules
    assert any(rule.startswith("self_certification.") for rule in seen_rules)
