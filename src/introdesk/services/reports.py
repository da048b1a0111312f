"""The Excel reports (issue 9): which exist, what period each needs, and how to make one.

Every report is a pure row generator in ``reporting/xlsx/reports.py`` fed by a *data source*.
``deadlines`` and ``caseload`` read participants through ``DatabaseCaseSource`` (this module);
``tests`` reads ``LanguageTestService.progress`` through ``LanguageTestReportSource`` (wired in
``services/container.py``). The training reports (issue 10) read ``TrainingService`` through
``TrainingReportSource`` and ``ClassService``'s week sheets through
``ClassAttendanceReportSource``. The other reports name the protocol their data comes through
(``AttendanceSource``, ``PayrollSource``, ``OutcomeSource``, ``SupervisionSource``); until a
service implementing it is set in ``ReportSources``, asking for the report raises
``UserInputError("… is not available yet: needs …")`` rather than writing an empty or made-up file.

Making a report is two steps so the window can write in a worker thread: ``prepare`` reads the
database (in the caller's thread) and returns a ``PreparedReport``; ``PreparedReport.write``
streams the rows to the workbook and touches only memory and the output file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Protocol

from introdesk.core import clock
from introdesk.domain.attendance import AttendanceEntry, BenefitResult
from introdesk.domain.codes import Category, ParticipantStatus
from introdesk.domain.dates import monday_of, month_end
from introdesk.domain.deadlines import DeadlineStatus
from introdesk.domain.errors import UserInputError
from introdesk.domain.limits import check_year
from introdesk.domain.options import day_option, month_option
from introdesk.domain.plan_versions import VersionStatus
from introdesk.domain.plans import NorwegianGoal
from introdesk.domain.records import ParticipantRecord
from introdesk.domain.reports import (
    CaseSnapshot,
    Period,
    PeriodKind,
    ProgrammeExit,
    SupervisionSubject,
    TestReportSubject,
)
from introdesk.domain.training import TrainingOverview, WeekSheet, YearHours
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import reports as report_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.reporting.xlsx import reports as rows
from introdesk.reporting.xlsx.writer import (
    CancelCheck,
    ProgressCallback,
    ReportParameters,
    SheetSpec,
    WriteResult,
    write_workbook,
)
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.deadlines import case_deadlines, nir_registration_due
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.language_tests import citizenship_test_passed, social_studies_passed
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    LessonCounting,
    lesson_counting,
    programme_hours,
    teaching_hours,
)
from introdesk.services.access_log import IDENTITY_HEADINGS, log_identity_numbers_shown
from introdesk.services.attendance import AttendanceService
from introdesk.services.benefit import BenefitService
from introdesk.services.classes import ClassService
from introdesk.services.context import ServiceContext
from introdesk.services.language_tests import LanguageTestService
from introdesk.services.plans import PlanService
from introdesk.services.training import TrainingService

# --- data sources --------------------------------------------------------------------------------


class CaseSource(Protocol):
    def case_snapshots(self) -> list[CaseSnapshot]: ...


class AttendanceSource(Protocol):
    """Attendance entries (every participant, every plan element) with a day in ``period``."""

    def attendance_entries(self, period: Period) -> list[AttendanceEntry]: ...


class PayrollSource(Protocol):
    """The month's ``BenefitResult`` per participant, as ``benefit compute`` gives it."""

    def benefit_results(self, month: date) -> list[BenefitResult]: ...


class LanguageTestSource(Protocol):
    """Every participant's test history with the Norwegian goal of their current plan."""

    def test_progress(self) -> list[TestReportSubject]: ...


class OutcomeSource(Protocol):
    """Participants who left the programme, with the fields the register needs."""

    def programme_exits(self, period: Period) -> list[ProgrammeExit]: ...


class TrainingSource(Protocol):
    """Everyone enrolled in Norwegian training: status (category, deadline, hours, goal,
    warnings) as ``training status`` gives it, and the hours counted per calendar year."""

    def training_status(self) -> list[TrainingOverview]: ...

    def training_hours(self, year: int) -> list[YearHours]: ...


class ClassAttendanceSource(Protocol):
    """Every class's weeks (members, lessons, attendance marks) overlapping ``period``."""

    def class_weeks(self, period: Period) -> list[WeekSheet]: ...


class SupervisionSource(Protocol):
    """Per participant: current plan, its signature and validation findings, contract."""

    def supervision_subjects(self) -> list[SupervisionSubject]: ...


class LanguageTestReportSource:
    """The ``tests`` report's data from ``LanguageTestService.progress`` (results as of today,
    with the Norwegian goal from the plan, the adviser's override or the education background)."""

    def __init__(self, context: ServiceContext, tests: LanguageTestService) -> None:
        self._ctx = context
        self._tests = tests

    def test_progress(self) -> list[TestReportSubject]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            records = {
                r.id: r for r in participant_repo.list_records(uow.session, include_archived=True)
            }
        return [
            TestReportSubject(
                records[item.participant_id],
                item.history,
                NorwegianGoal.of(item.goal) if item.goal else None,
            )
            for item in self._tests.progress()
            if item.participant_id in records
        ]


class DatabaseCaseSource:
    """Participants and their case dates, straight from the participant table."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def case_snapshots(self) -> list[CaseSnapshot]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return report_repo.case_snapshots(uow.session)


# --- the registry --------------------------------------------------------------------------------

ALL_PERIODS = (PeriodKind.MONTH, PeriodKind.YEAR, PeriodKind.RANGE)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    name: str
    title: str  # English, for the command line; the window translates
    title_nb: str  # printed in the workbook
    description: str
    periods: tuple[PeriodKind, ...]  # which of --month/--year/--from..--to it accepts
    period_required: bool
    needs: str  # what the report waits for; "" when it has its data

    @property
    def available(self) -> bool:
        return not self.needs


REPORTS: tuple[ReportInfo, ...] = (
    ReportInfo(
        "attendance",
        "Attendance per day",
        "Oppmøte per dag",
        "Participant × day: planned, attended, valid and invalid absence hours.",
        (PeriodKind.MONTH, PeriodKind.RANGE),
        True,
        "the attendance service (AttendanceSource.attendance_entries)",
    ),
    ReportInfo(
        "payroll",
        "Payroll",
        "Lønnsgrunnlag introduksjonsstønad",
        "One row per participant and pay component of the month's introduction benefit.",
        (PeriodKind.MONTH,),
        True,
        "the benefit service (PayrollSource.benefit_results, as 'benefit compute')",
    ),
    ReportInfo(
        "tests",
        "Test results and progress",
        "Prøveresultater og progresjon",
        "Norskprøven, social studies and citizenship results, against the Norwegian goal.",
        ALL_PERIODS,
        False,
        "the test results service (LanguageTestSource.test_progress)",
    ),
    ReportInfo(
        "deadlines",
        "Start deadlines",
        "Frister for kartlegging, vedtak og start",
        "Open mapping, decision and programme-start deadlines: days left and overdue. "
        "A period keeps deadlines due in it.",
        ALL_PERIODS,
        False,
        "",
    ),
    ReportInfo(
        "caseload",
        "Caseload per adviser",
        "Saksmengde per veileder",
        "Per adviser: participants by status and right/duty category, and overdue deadlines.",
        (),
        False,
        "",
    ),
    ReportInfo(
        "outcomes",
        "Outcomes and exits (NIR)",
        "Resultater og avslutninger (NIR)",
        "Exits by reason, end goals, planned vs actual duration, extensions; flags data "
        "missing for NIR or registered later than 2 months.",
        ALL_PERIODS,
        True,
        "programme exits from the plans service (OutcomeSource.programme_exits)",
    ),
    ReportInfo(
        "training_hours",
        "Training hours per year (NIR)",
        "Timer i norskopplæring per år (NIR)",
        "Per participant and year: hours completed in Norwegian and social studies, programme, "
        "category, start, deadline and goal, with the register's field names.",
        (PeriodKind.YEAR,),
        True,
        "the training service (TrainingSource.training_hours)",
    ),
    ReportInfo(
        "class_attendance",
        "Class attendance",
        "Oppmøte i klassene",
        "Per class, lesson and member: date, subject, minutes, present or absent, counted hours.",
        (PeriodKind.MONTH, PeriodKind.RANGE),
        True,
        "the classes service (ClassAttendanceSource.class_weeks)",
    ),
    ReportInfo(
        "training_deadlines",
        "Training deadlines",
        "Frister i norskopplæringen",
        "Participants in training: deadline, days left, overdue, goal met and warnings.",
        (),
        False,
        "the training service (TrainingSource.training_status)",
    ),
    ReportInfo(
        "supervision",
        "Supervision readiness",
        "Klar for tilsyn",
        "Per participant: plan exists and is signed, end goal, full time, mandatory elements, "
        "mapping, career guidance, contract.",
        (),
        False,
        "the plans service (SupervisionSource.supervision_subjects: plan, signature, findings, "
        "contract)",
    ),
)
REPORT_NAMES = tuple(r.name for r in REPORTS)

# --- periods -------------------------------------------------------------------------------------

_YEAR = re.compile(r"^\d{4}$")


def month_period(text: str) -> Period:
    start = month_option(text, "--month")
    return Period(PeriodKind.MONTH, start, month_end(start))


def year_period(text: str) -> Period:
    if not _YEAR.match(text.strip()):
        raise UserInputError(f"--year: {text!r} is not a year (use YYYY)")
    year = int(text)
    check_year(year, "--year", text)
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def range_period(start: str, end: str) -> Period:
    first, last = day_option(start, "--from"), day_option(end, "--to")
    if last < first:
        raise UserInputError("--to is before --from")
    return Period(PeriodKind.RANGE, first, last)


def choose_period(
    info: ReportInfo,
    *,
    month: str | None = None,
    year: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> Period | None:
    """The period the user gave, checked against what ``info`` accepts."""
    given = [kind for kind, value in ((PeriodKind.MONTH, month), (PeriodKind.YEAR, year)) if value]
    if start or end:
        if not (start and end):
            raise UserInputError("--from and --to must be given together")
        given.append(PeriodKind.RANGE)
    if len(given) > 1:
        raise UserInputError("give only one of --month, --year or --from/--to")
    options = {
        PeriodKind.MONTH: "--month",
        PeriodKind.YEAR: "--year",
        PeriodKind.RANGE: "--from/--to",
    }
    accepted = " or ".join(options[k] for k in info.periods)
    if not given:
        if info.period_required:
            raise UserInputError(f"report {info.name!r} needs {accepted}")
        return None
    kind = given[0]
    if kind not in info.periods:
        if not info.periods:
            raise UserInputError(f"report {info.name!r} takes no period")
        raise UserInputError(f"report {info.name!r} takes {accepted}, not {options[kind]}")
    if kind is PeriodKind.MONTH:
        assert month is not None
        return month_period(month)
    if kind is PeriodKind.YEAR:
        assert year is not None
        return year_period(year)
    assert start is not None
    assert end is not None
    return range_period(start, end)


# --- making a report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PreparedReport:
    """Everything needed to write one workbook; writing needs no database."""

    info: ReportInfo
    spec: SheetSpec
    rows: Iterable[Sequence[object]]
    parameters: ReportParameters

    def write(
        self,
        path: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> WriteResult:
        return write_workbook(
            self.spec, self.rows, path, self.parameters, progress=progress, cancel=cancel
        )


class AttendanceReportSource:
    """The ``attendance`` report's data: the registered entries from the attendance service."""

    def __init__(self, attendance: AttendanceService) -> None:
        self._attendance = attendance

    def attendance_entries(self, period: Period) -> list[AttendanceEntry]:
        return self._attendance.entries(period.start, period.end)


class PayrollReportSource:
    """The ``payroll`` report's data: exactly what ``benefit compute`` gives for the month."""

    def __init__(self, benefit: BenefitService) -> None:
        self._benefit = benefit

    def benefit_results(self, month: date) -> list[BenefitResult]:
        return self._benefit.compute_month(month)


class PlanSupervisionSource:
    """The ``supervision`` report's data: each active participant's current plan version,
    whether it is signed, its validation findings, and the mapping/guidance dates."""

    def __init__(self, context: ServiceContext, plans: PlanService) -> None:
        self._ctx = context
        self._plans = plans

    def supervision_subjects(self) -> list[SupervisionSubject]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            cases = report_repo.case_snapshots(uow.session)
        versions = self._plans.current_versions([case.participant.id for case in cases])
        subjects = []
        for case in cases:
            version = versions.get(case.participant.id)
            findings = (
                tuple(self._plans.check(case.participant.id, version.plan)) if version else ()
            )
            subjects.append(
                SupervisionSubject(
                    participant=case.participant,
                    plan=version.plan if version else None,
                    plan_signed=version is not None and version.status == VersionStatus.SIGNED,
                    findings=findings,
                    mapping_date=case.mapping_date,
                    career_guidance_date=case.career_guidance_date,
                    contract_signed=version is not None and version.contract_signed,
                )
            )
        return subjects


EXIT_STATUSES = (
    ParticipantStatus.COMPLETED.value,
    ParticipantStatus.STOPPED.value,
    ParticipantStatus.INTERRUPTED.value,
)


class PlanOutcomeSource:
    """The ``outcomes`` report's data: participants whose newest status is an exit (completed,
    stopped, interrupted) dated in the period, with their current plan's goal and planned end.

    What IntroDesk does not record yet is left empty so the report flags it as missing for NIR:
    the main activity after the programme, extensions, and the NIR registration date. The exit
    status date stands in for the date the municipality learnt of the exit (brief §5.1)."""

    def __init__(self, context: ServiceContext, plans: PlanService) -> None:
        self._ctx = context
        self._plans = plans

    def programme_exits(self, period: Period) -> list[ProgrammeExit]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            cases = report_repo.case_snapshots(uow.session, include_archived=True)
            exits = report_repo.exit_dates(uow.session, EXIT_STATUSES)
        leavers = [
            case
            for case in cases
            if case.participant.status.value in EXIT_STATUSES
            and case.participant.id in exits
            and period.start <= exits[case.participant.id][1] <= period.end
        ]
        versions = self._plans.current_versions([case.participant.id for case in leavers])
        found = []
        nir_deadline = load_table("nir_registration_deadline")
        for case in leavers:
            version = versions.get(case.participant.id)
            plan = version.plan if version else None
            start = case.programme_start or (plan.start if plan else None)
            if start is None:
                continue  # never started: not a programme exit
            status, exit_date = exits[case.participant.id]
            found.append(
                ProgrammeExit(
                    participant=case.participant,
                    programme_start=start,
                    planned_end=plan.planned_end if plan else exit_date,
                    exit_date=exit_date,
                    nir_due=nir_registration_due(exit_date, nir_deadline),
                    exit_reason=status,
                    end_goal=plan.end_goal.type if plan and plan.end_goal else None,
                    mapping_done=case.mapping_date is not None,
                    career_guidance_done=case.career_guidance_date is not None,
                    contract_signed=bool(version and version.contract_signed),
                    information_date=exit_date,
                )
            )
        return found


class TrainingReportSource:
    """The ``training_hours`` and ``training_deadlines`` reports' data: ``TrainingService``."""

    def __init__(self, training: TrainingService) -> None:
        self._training = training

    def training_status(self) -> list[TrainingOverview]:
        return self._training.status()

    def training_hours(self, year: int) -> list[YearHours]:
        return self._training.hours_per_year(year)


class ClassAttendanceReportSource:
    """The ``class_attendance`` report's data: each class's week sheets from ``ClassService``."""

    def __init__(self, classes: ClassService) -> None:
        self._classes = classes

    def class_weeks(self, period: Period) -> list[WeekSheet]:
        weeks = []
        for school_class in self._classes.list():
            monday = monday_of(period.start)
            while monday <= period.end:
                weeks.append(self._classes.week(school_class.code, monday))
                monday += timedelta(days=7)
        return weeks


@dataclass(frozen=True)
class ReportSources:
    """Data sources for the reports whose data lives in other services; None: not wired yet."""

    attendance: AttendanceSource | None = None
    payroll: PayrollSource | None = None
    tests: LanguageTestSource | None = None
    outcomes: OutcomeSource | None = None
    supervision: SupervisionSource | None = None
    training: TrainingSource | None = None
    classes: ClassAttendanceSource | None = None


def _now() -> datetime:
    return clock.now()


class ReportService:
    def __init__(
        self,
        context: ServiceContext,
        sources: ReportSources | None = None,
        cases: CaseSource | None = None,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self._ctx = context
        self._sources = sources or ReportSources()
        self._cases = cases or DatabaseCaseSource(context)
        self._now = now

    def list(self) -> list[ReportInfo]:
        """Every report, with ``needs`` empty for those that can be made now."""
        wired = {
            "attendance": self._sources.attendance,
            "payroll": self._sources.payroll,
            "tests": self._sources.tests,
            "outcomes": self._sources.outcomes,
            "supervision": self._sources.supervision,
            "training_hours": self._sources.training,
            "training_deadlines": self._sources.training,
            "class_attendance": self._sources.classes,
        }
        result = []
        for info in REPORTS:
            if info.name in wired and wired[info.name] is not None:
                info = replace(info, needs="")
            result.append(info)
        return result

    def info(self, name: str) -> ReportInfo:
        for info in self.list():
            if info.name == name:
                return info
        raise UserInputError(f"unknown report {name!r} (one of: {', '.join(REPORT_NAMES)})")

    def prepare(self, name: str, period: Period | None = None) -> PreparedReport:
        info = self.info(name)
        if not info.available:
            raise UserInputError(f"report {name!r} is not available yet: needs {info.needs}")
        if period is None and info.period_required:
            raise UserInputError(f"report {name!r} needs a period")
        if period is not None and period.kind not in info.periods:
            raise UserInputError(f"report {name!r} does not take a {period.kind} period")
        today = clock.today()
        spec, generated = self._rows(info, period, today)
        filters: list[tuple[str, str | date]] = []
        with self._ctx.database.unit_of_work(write=False) as uow:
            municipality = settings_repo.get_all(uow.session).get("municipality_name", "")
        if municipality:
            filters.append(("Kommune", municipality))
        if period is not None:
            filters += [("Periode", period.label), ("Fra", period.start), ("Til", period.end)]
        filters.append(("Per dato", today))
        if any(column.heading in IDENTITY_HEADINGS for column in spec.columns):
            log_identity_numbers_shown(self._ctx, name, period.label if period else "")
        parameters = ReportParameters(
            report_title=info.title_nb,
            generated_at=self._now(),
            generated_by=self._ctx.actor,
            filters=tuple(filters),
        )
        return PreparedReport(info, spec, generated, parameters)

    def export(
        self,
        name: str,
        path: Path,
        period: Period | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> WriteResult:
        return self.prepare(name, period).write(path, progress=progress, cancel=cancel)

    # --- per report ----------------------------------------------------------------------------

    def _participants(self) -> Mapping[int, ParticipantRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            records = participant_repo.list_records(uow.session, include_archived=True)
        return {record.id: record for record in records}

    def _rows(
        self, info: ReportInfo, period: Period | None, today: date
    ) -> tuple[SheetSpec, Iterable[Sequence[object]]]:
        s = self._sources
        if info.name in ("deadlines", "caseload"):
            return self._case_rows(info.name, period, today)
        if info.name == "attendance" and s.attendance is not None and period is not None:
            return rows.ATTENDANCE, rows.attendance_rows(
                s.attendance.attendance_entries(period), self._participants(), load_absence_codes()
            )
        if info.name == "payroll" and s.payroll is not None and period is not None:
            return rows.PAYROLL, rows.payroll_rows(
                s.payroll.benefit_results(period.start),
                self._participants(),
                load_absence_codes(),
            )
        if info.name == "tests" and s.tests is not None:
            return rows.TESTS, rows.language_test_rows(
                s.tests.test_progress(),
                social_studies_passed=partial(
                    social_studies_passed, table=load_table("social_studies_pass_marks")
                ),
                citizenship_passed=partial(
                    citizenship_test_passed, table=load_table("citizenship_test_pass_marks")
                ),
                start=period.start if period else None,
                end=period.end if period else None,
            )
        if info.name == "outcomes" and s.outcomes is not None and period is not None:
            return rows.OUTCOMES, rows.outcome_rows(
                s.outcomes.programme_exits(period), as_of=today, start=period.start, end=period.end
            )
        if info.name == "supervision" and s.supervision is not None:
            return rows.SUPERVISION, rows.supervision_rows(s.supervision.supervision_subjects())
        if info.name == "training_hours" and s.training is not None and period is not None:
            year = period.start.year
            return rows.TRAINING_HOURS, rows.training_hours_rows(
                s.training.training_status(), s.training.training_hours(year), year=year
            )
        if info.name == "class_attendance" and s.classes is not None and period is not None:
            return rows.CLASS_ATTENDANCE, rows.class_attendance_rows(
                s.classes.class_weeks(period),
                start=period.start,
                end=period.end,
                hours=_lesson_hours(lesson_counting(load_table("lesson_counting"), today)),
            )
        if info.name == "training_deadlines" and s.training is not None:
            return rows.TRAINING_DEADLINES, rows.training_deadline_rows(
                s.training.training_status(), as_of=today
            )
        raise UserInputError(f"report {info.name!r} is not available yet: needs {info.needs}")

    def _case_rows(
        self, name: str, period: Period | None, today: date
    ) -> tuple[SheetSpec, Iterable[Sequence[object]]]:
        """The two reports over every case: open start deadlines, and caseload per adviser."""
        if name == "deadlines":
            return rows.DEADLINES, rows.deadline_rows(
                self._cases.case_snapshots(),
                deadlines_of=_deadlines_of(today),
                due_from=period.start if period else None,
                due_to=period.end if period else None,
            )
        return rows.CASELOAD, rows.caseload_rows(
            self._cases.case_snapshots(),
            deadlines_of=_deadlines_of(today),
            category_of=_category_of(today),
        )


# --- the rules' answers the workbooks print (reporting decides nothing itself) ----------------


def _deadlines_of(today: date) -> Callable[[CaseSnapshot], tuple[DeadlineStatus, ...]]:
    table = load_table("intro_deadlines")
    return lambda snapshot: case_deadlines(snapshot, as_of=today, table=table)


def _category_of(today: date) -> Callable[[CaseSnapshot], Category | None]:
    age_limits = load_table("intro_age_limits")

    def category(snapshot: CaseSnapshot) -> Category | None:
        if snapshot.facts is None:
            return None
        return assess_eligibility(snapshot.facts, as_of=today, age_limits=age_limits).category

    return category


def _lesson_hours(rule: LessonCounting) -> Callable[[int], tuple[Decimal, Decimal]]:
    return lambda minutes: (teaching_hours(minutes, rule), programme_hours(minutes, rule))
