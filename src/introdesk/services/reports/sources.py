"""Where each report's data comes from: a protocol per kind of data, and the adapters over the
feature services that ``services/container.py`` wires into ``ReportSources``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from introdesk.domain.attendance import AttendanceEntry, BenefitResult
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.dates import monday_of
from introdesk.domain.plan_versions import VersionStatus
from introdesk.domain.plans import NorwegianGoal
from introdesk.domain.reports import (
    CaseSnapshot,
    Period,
    ProgrammeExit,
    SupervisionSubject,
    TestReportSubject,
)
from introdesk.domain.training import TrainingOverview, WeekSheet, YearHours
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import reports as report_repo
from introdesk.rules.deadlines import nir_registration_due
from introdesk.rules.tables import load_table
from introdesk.services.attendance import AttendanceService
from introdesk.services.benefit import BenefitService
from introdesk.services.classes import ClassService
from introdesk.services.context import ServiceContext
from introdesk.services.language_tests import LanguageTestService
from introdesk.services.plans import PlanService
from introdesk.services.training import TrainingService


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
