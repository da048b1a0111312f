"""Attendance use cases: record a day, read and save a week grid, missing registrations, absence
checks and imports (brief §2.3, §3).

Rows are stored per participant, day and plan element. Planned minutes come from the plan
(injected ``plans`` lookup; ``Plan.elements[*].hours.on(day)``). A day without a plan element is
stored under the element code ``DAY``.

A grid cell is a whole day for one participant. Writing a cell spreads it over the day's plan
elements in plan order (``cells.spread``).

Locked months: the week grid refuses them (read-only). ``record`` and imports may change a locked
month only as an explicit correction (``correction=True``); the difference is then booked as an
adjustment line in the next open month in the same transaction (see ``services/benefit.py``).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path

from introdesk.core import clock
from introdesk.domain.attendance import (
    AbsenceFinding,
    AttendanceEntry,
    AttendanceImportResult,
    CheckedWeek,
    DayCell,
    MissingRegistration,
    WeekGrid,
)
from introdesk.domain.dates import monday_of, month_start
from introdesk.domain.errors import FieldProblem, NotFoundError, UserInputError, ValidationError
from introdesk.domain.plans import Plan
from introdesk.persistence.models import AcceptedMissingRow, ParticipantRow
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.reporting.spreadsheet_reader import SheetRows, read_rows
from introdesk.rules.absence import load_absence_tables
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.attendance_spread import spread_minutes
from introdesk.rules.benefit_rates import load_benefit_tables
from introdesk.services import attendance_weeks as weeks
from introdesk.services.attendance import checks
from introdesk.services.attendance.cells import (
    DEFAULT_ELEMENT,
    GRID_DAYS,
    parse_absence_code,
    spread,
)
from introdesk.services.attendance.importing import IMPORT_ALIASES, ImportRow, validate_rows
from introdesk.services.attendance.storage import write_day
from introdesk.services.attendance.week_grid import (
    all_present_cells,
    build_grid,
    copied_week,
    week_people,
)
from introdesk.services.benefit import (
    BenefitCalculator,
    PlanLookup,
    no_plans,
    planned_minutes,
)
from introdesk.services.context import ServiceContext


class AttendanceService:
    def __init__(self, context: ServiceContext, plans: PlanLookup = no_plans) -> None:
        self._ctx = context
        self._plans = plans
        self._codes = load_absence_codes()
        self._absence_tables = load_absence_tables()
        self._benefit_tables = load_benefit_tables()

    # --- helpers ----------------------------------------------------------------------------

    def _plan(self, participant_id: int) -> Plan | None:
        return self._plans([participant_id]).get(participant_id)

    def _calculator(self, session: Session) -> BenefitCalculator:
        return BenefitCalculator(session, self._plans, self._benefit_tables, self._codes)

    def _require_participant(self, session: Session, participant_id: int) -> ParticipantRow:
        row = participant_repo.get_row(session, participant_id)
        if row is None:
            raise NotFoundError(code="participants.not_found", id=participant_id)
        return row

    def _element_values(
        self,
        plan: Plan | None,
        day: date,
        element: str | None,
        attended: int | None,
        absence: str | None,
        absent: int,
    ) -> tuple[str, tuple[int, int, str | None, int]]:
        planned = planned_minutes(plan, day)
        if element is None:
            if len(planned) > 1:
                raise UserInputError(
                    code="attendance.several_elements",
                    day=day.isoformat(),
                    elements=", ".join(planned),
                )
            element = next(iter(planned), DEFAULT_ELEMENT)
        plan_minutes = planned.get(element, 0)
        if attended is None:
            attended = max(plan_minutes - absent, 0)
        return element, (plan_minutes, attended, absence, absent)

    # --- use cases --------------------------------------------------------------------------

    def record(
        self,
        participant_id: int,
        day: date,
        *,
        attended_minutes: int | None = None,
        absence_code: str | None = None,
        absence_minutes: int = 0,
        element: str | None = None,
        note: str = "",
        correction: bool = False,
    ) -> int:
        """Register one element of one day. Returns the number of adjustment lines booked.

        Only hours (no absence): attended. An absence: the code and its hours; the rest of the
        element's planned time counts as attended unless ``attended_minutes`` is given.
        """
        if absence_code is not None:
            absence_code = parse_absence_code(absence_code)
            if absence_minutes <= 0:
                raise UserInputError(code="attendance.absence_needs_hours")
        elif absence_minutes:
            raise UserInputError(code="attendance.hours_need_code")
        elif attended_minutes is None:
            raise UserInputError(code="attendance.give_hours_or_code")
        plan = self._plan(participant_id)
        code, values = self._element_values(
            plan, day, element, attended_minutes, absence_code, absence_minutes
        )
        return self._store_day(participant_id, day, {code: values}, note, correction, only=code)

    def record_spread_absence(
        self,
        participant_id: int,
        day: date,
        absence_code: str,
        absence_minutes: int,
        *,
        note: str = "",
        correction: bool = False,
    ) -> tuple[int, builtins.list[tuple[str, int]]]:
        """Absence hours for a day without naming the element (issue 14 item 4): spread over
        the day's planned elements in plan order, each filled up to its planned time. Returns
        the adjustment lines booked and the minutes put on each element."""
        code = parse_absence_code(absence_code)
        if absence_minutes <= 0:
            raise UserInputError(code="attendance.absence_needs_hours")
        planned = planned_minutes(self._plan(participant_id), day)
        if len(planned) <= 1:
            booked = self.record(
                participant_id,
                day,
                absence_code=code,
                absence_minutes=absence_minutes,
                note=note,
                correction=correction,
            )
            return booked, [(next(iter(planned), DEFAULT_ELEMENT), absence_minutes)]
        parts = spread_minutes(list(planned.items()), absence_minutes)
        values = {
            element: (planned[element], planned[element] - part, code if part else None, part)
            for element, part in parts
        }
        booked = self._store_day(participant_id, day, values, note, correction, only=None)
        return booked, [(element, part) for element, part in parts if part]

    def _store_day(
        self,
        participant_id: int,
        day: date,
        values: Mapping[str, tuple[int, int, str | None, int]],
        note: str,
        correction: bool,
        only: str | None,
    ) -> int:
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            participant_repo.lock_rows(session, [participant_id])
            self._require_participant(session, participant_id)
            locked = month_start(day) in repo.locked_months(session)
            if locked and not correction:
                raise UserInputError(code="attendance.month_locked", month=f"{day:%Y-%m}")
            write_day(session, self._ctx.actor, participant_id, day, values, note, only=only)
            booked = 0
            if locked:
                booked = self._calculator(session).book_corrections(
                    participant_id, month_start(day), self._ctx.actor
                )
            uow.commit()
        return booked

    def week(
        self,
        monday: date,
        participant_ids: Sequence[int] | None = None,
        adviser_id: int | None = None,
    ) -> WeekGrid:
        """The week's grid, Monday to Friday.

        Default rows: participants (not archived) with planned time or registrations that
        week; while no participant has a plan at all (plans not stored yet), everyone.
        """
        monday = monday_of(monday)
        days = tuple(monday + timedelta(days=i) for i in range(GRID_DAYS))
        with self._ctx.database.unit_of_work(write=False) as uow:
            session = uow.session
            people = week_people(session, participant_ids, adviser_id)
            ids = [p.id for p in people]
            week_entries = [
                AttendanceEntry(*values)
                for values in repo.entry_values(session, days[0], days[-1], ids)
            ]
            locked_months = repo.locked_months(session)
            versions = weeks.versions(session, monday, ids)
        plans = self._plans(ids)
        return build_grid(
            days, people, week_entries, plans, locked_months, versions, participant_ids
        )

    def checked_week(
        self,
        monday: date,
        participant_ids: Sequence[int] | None = None,
        adviser_id: int | None = None,
    ) -> CheckedWeek:
        """``week`` with its warnings: ``check`` and ``missing_registrations`` for the grid's
        participants and days, from one read of the database and one load of the plans."""
        monday = monday_of(monday)
        days = tuple(monday + timedelta(days=i) for i in range(GRID_DAYS))
        until = min(days[-1], clock.today() - timedelta(days=1))
        with self._ctx.database.unit_of_work(write=False) as uow:
            session = uow.session
            people = week_people(session, participant_ids, adviser_id)
            ids = [p.id for p in people]
            history = checks.read_history(session, days[0], days[-1], ids)
            locked_months = repo.locked_months(session)
            versions = weeks.versions(session, monday, ids)
            accepted = repo.accepted_days(session, days[0], days[-1], ids)
        plans = self._plans(ids)
        week_entries = [
            e for own in history.entries.values() for e in own if days[0] <= e.day <= days[-1]
        ]
        grid = build_grid(
            days, people, week_entries, plans, locked_months, versions, participant_ids
        )
        shown = sorted(r.participant_id for r in grid.rows)
        history = history.only(shown)
        findings = checks.absence_findings(history, plans, self._absence_tables, until)
        missing = checks.missing_registrations(
            shown, plans, (days[0], until), history.registered(days[0], until), accepted
        )
        return CheckedWeek(grid, findings, missing)

    def entries(
        self, start: date, end: date, participant_ids: Sequence[int] | None = None
    ) -> builtins.list[AttendanceEntry]:
        """Registered entries with a day in ``start..end`` (for reports), as plain records."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            values = repo.entry_values(uow.session, start, end, participant_ids)
        return [AttendanceEntry(*row) for row in values]

    def all_present(self, grid: WeekGrid) -> dict[tuple[int, date], DayCell]:
        """Cells that would mark every unregistered, unlocked planned day as attended."""
        return all_present_cells(grid)

    def copy_last_week(self, grid: WeekGrid) -> dict[tuple[int, date], DayCell | None]:
        """Last week's registrations moved to this week's unlocked days (same weekday)."""
        previous = self.week(grid.monday - timedelta(days=7), [r.participant_id for r in grid.rows])
        return copied_week(previous, grid)

    def save_week(
        self,
        changes: Mapping[tuple[int, date], DayCell | None],
        expected_versions: Mapping[tuple[int, date], int] | None = None,
    ) -> int:
        """Write grid cells (None clears a day) in ONE transaction; returns cells changed.

        A cell in a locked month is refused and nothing is written. ``expected_versions``:
        (participant, Monday) → the ``GridRow.version`` the grid was loaded with; a week saved
        by someone else since is refused with a ``ConflictError`` (who and when).
        """
        if not changes:
            return 0
        ids = sorted({pid for pid, _ in changes})
        plans = self._plans(ids)
        count = 0
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            participant_repo.lock_rows(session, ids)  # orders us against other writers
            if expected_versions:
                weeks.refuse_stale(session, expected_versions)
            locked_months = repo.locked_months(session)
            refused = sorted({d for _, d in changes if month_start(d) in locked_months})
            if refused:
                raise UserInputError(
                    code="attendance.locked_months",
                    months=", ".join(sorted({f"{d:%Y-%m}" for d in refused})),
                )
            for pid in ids:
                self._require_participant(session, pid)
            for (pid, day), cell in sorted(changes.items()):
                new = None
                if cell is not None:
                    spread_cells = spread(cell, planned_minutes(plans.get(pid), day))
                    new = {
                        code: (planned, attended, cell.absence_code if absent else None, absent)
                        for code, (planned, attended, absent) in spread_cells.items()
                    }
                count += write_day(session, self._ctx.actor, pid, day, new)
            uow.commit()
        return count

    def missing_registrations(
        self,
        start: date,
        end: date,
        participant_ids: Sequence[int] | None = None,
        *,
        include_accepted: bool = False,
    ) -> builtins.list[MissingRegistration]:
        """Planned element-days up to yesterday with time neither attended nor absent."""
        end = min(end, clock.today() - timedelta(days=1))
        if end < start:
            return []
        with self._ctx.database.unit_of_work(write=False) as uow:
            session = uow.session
            ids = [p.id for p in repo.participants(session, participant_ids)]
            rows = {
                (pid, day, element): attended + absent
                for pid, day, element, _planned, attended, _code, absent in repo.entry_values(
                    session, start, end, ids
                )
            }
            accepted = set() if include_accepted else repo.accepted_days(session, start, end, ids)
        plans = self._plans(ids if participant_ids is not None else None)
        return checks.missing_registrations(ids, plans, (start, end), rows, accepted)

    def accept_missing(self, participant_id: int, days: Iterable[date], note: str = "") -> int:
        """Accept planned days without registration (paid as attended). Returns days added."""
        added = 0
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            self._require_participant(session, participant_id)
            wanted = sorted(set(days))
            if not wanted:
                return 0
            have = repo.accepted_days(session, wanted[0], wanted[-1], [participant_id])
            for day in wanted:
                if (participant_id, day) in have:
                    continue
                session.add(
                    AcceptedMissingRow(
                        participant_id=participant_id,
                        day=day,
                        note=note,
                        accepted_by=self._ctx.actor,
                    )
                )
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="accept_missing",
                    entity="attendance",
                    entity_id=f"{participant_id}:{day.isoformat()}",
                )
                added += 1
            uow.commit()
        return added

    def check(
        self,
        start: date,
        end: date,
        participant_ids: Sequence[int] | None = None,
        *,
        welfare_leave_days_per_year: int | None = None,
    ) -> builtins.list[AbsenceFinding]:
        """Statutory breaches and warnings with a date in ``start..end`` (rules/absence.py).

        Entries from 12 months before ``start`` are read so the rolling counters are right.
        Planned past days without a registration count as attended here, as in the benefit
        (so a gap never joins two absences into a run). Sole care is not recorded yet: the
        ordinary sick-child quota applies.
        """
        with self._ctx.database.unit_of_work(write=False) as uow:
            history = checks.read_history(uow.session, start, end, participant_ids)
        return checks.absence_findings(
            history,
            self._plans(sorted(history.facts)),
            self._absence_tables,
            min(end, clock.today() - timedelta(days=1)),
            welfare_leave_days_per_year=welfare_leave_days_per_year,
        )

    def import_file(
        self, path: Path, *, dry_run: bool = False, correction: bool = False
    ) -> AttendanceImportResult:
        """Validate every row of an .xlsx/.csv file, then write all of them or none.

        Any problem raises ``ValidationError`` with one ``FILE:ROW:COLUMN: reason`` per problem
        and nothing is written; ``dry_run`` validates only. Columns: ``IMPORT_COLUMNS``.
        """
        sheet = read_rows(path, IMPORT_ALIASES, required=("date",))
        rows = self.validate_import(sheet, correction=correction)
        return self.import_rows(rows, dry_run=dry_run, correction=correction)

    def validate_import(
        self, sheet: SheetRows, *, correction: bool = False
    ) -> builtins.list[ImportRow]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            session = uow.session
            known = {p.id: p.national_id for p in repo.participants(session)}
            locked = repo.locked_months(session)
        return validate_rows(
            sheet, known=known, locked=locked, plans=self._plans, correction=correction
        )

    def import_rows(
        self, rows: Sequence[ImportRow], *, dry_run: bool = False, correction: bool = False
    ) -> AttendanceImportResult:
        """Write validated import rows in one transaction (all or nothing)."""
        participants = {r.participant_id for r in rows}
        if dry_run or not rows:
            return AttendanceImportResult(len(rows), len(participants), written=False)
        plans = self._plans(sorted(participants))
        booked = 0
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            participant_repo.lock_rows(session, sorted(participants))
            locked = repo.locked_months(session)
            problems = [
                FieldProblem.coded(r.row, "date", "rows.month_locked", month=f"{r.day:%Y-%m}")
                for r in rows
                if month_start(r.day) in locked and not correction
            ]
            if problems:
                raise ValidationError(problems)
            touched: set[tuple[int, date]] = set()
            for r in rows:
                code, values = self._element_values(
                    plans.get(r.participant_id),
                    r.day,
                    r.element,
                    r.attended_minutes,
                    r.absence_code,
                    r.absence_minutes,
                )
                write_day(
                    session,
                    self._ctx.actor,
                    r.participant_id,
                    r.day,
                    {code: values},
                    r.note,
                    only=code,
                )
                if month_start(r.day) in locked:
                    touched.add((r.participant_id, month_start(r.day)))
            calculator = self._calculator(session)
            for pid, month in sorted(touched):
                booked += calculator.book_corrections(pid, month, self._ctx.actor)
            uow.commit()
        return AttendanceImportResult(len(rows), len(participants), True, corrections=booked)
