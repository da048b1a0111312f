"""All services for one opened database, built in one place and handed to the window and the
commands (no global object: each page receives what it needs from here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from introdesk.core import paths
from introdesk.persistence.database import Database
from introdesk.persistence.migrate import UpgradeResult
from introdesk.services.access_log import AccessLogService
from introdesk.services.attendance import AttendanceService
from introdesk.services.audit_log import AuditLogService
from introdesk.services.benefit import BenefitService, PlanLookup
from introdesk.services.caseload import CaseloadService
from introdesk.services.classes import ClassService
from introdesk.services.context import ServiceContext, default_actor
from introdesk.services.database_admin import open_for_use
from introdesk.services.demo import DemoService
from introdesk.services.demo_attendance import DemoAttendance
from introdesk.services.documents import DocumentService
from introdesk.services.language_tests import LanguageTestService, PlanTerms, PlanTermsLookup
from introdesk.services.participant_import import ParticipantImportService
from introdesk.services.participants import ParticipantService
from introdesk.services.plans import PlanService
from introdesk.services.programme import ProgrammeService
from introdesk.services.reports import (
    AttendanceReportSource,
    ClassAttendanceReportSource,
    LanguageTestReportSource,
    PayrollReportSource,
    PlanOutcomeSource,
    PlanSupervisionSource,
    ReportService,
    ReportSources,
    TrainingReportSource,
)
from introdesk.services.server_admin import ServerAdminService
from introdesk.services.settings import SettingsService
from introdesk.services.training import TrainingService


@dataclass(frozen=True)
class Services:
    """Every service, built once by ``build_services`` through the constructors: nothing is
    replaced or rewired afterwards (the class is frozen and no service has a setter)."""

    context: ServiceContext
    participants: ParticipantService
    settings: SettingsService
    demo: DemoService
    documents: DocumentService
    participant_import: ParticipantImportService
    language_tests: LanguageTestService
    plans: PlanService
    attendance: AttendanceService
    benefit: BenefitService
    demo_attendance: DemoAttendance
    reports: ReportService
    training: TrainingService
    classes: ClassService
    caseload: CaseloadService
    audit_log: AuditLogService
    access_log: AccessLogService
    server_admin: ServerAdminService
    programme: ProgrammeService
    upgrade: UpgradeResult | None = None

    @property
    def database(self) -> Database:
        return self.context.database

    @property
    def database_display(self) -> str:
        return self.context.database.display()

    @property
    def server_login(self) -> str | None:
        """The login on a shared server (the audit actor); None on a SQLite file (one PC)."""
        return None if self.context.database.is_sqlite else self.context.actor

    def close(self) -> None:
        self.context.database.close()


def build_services(
    database: Database,
    actor: str | None = None,
    plan_lookup: PlanLookup | None = None,
    upgrade: UpgradeResult | None = None,
) -> Services:
    """``plan_lookup`` replaces the stored plans as the source of planned hours (benchmarks)."""
    # On a server the login is the actor: the PC's $USER/LOGNAME can be set to anything.
    actor = actor or database.session_user() or default_actor()
    context = ServiceContext(database=database, actor=actor)
    plans = PlanService(context)
    planned = plan_lookup or plans.current_plans
    language_tests = LanguageTestService(context, plan_terms=_plan_terms(plans))
    attendance = AttendanceService(context, planned)
    benefit = BenefitService(
        context, planned, month_plans=None if plan_lookup else plans.current_plans_within
    )
    classes = ClassService(context)
    training = TrainingService(context, classes, test_history=language_tests.test_history)
    report_sources = ReportSources(
        attendance=AttendanceReportSource(attendance),
        payroll=PayrollReportSource(benefit),
        tests=LanguageTestReportSource(context, language_tests),
        supervision=PlanSupervisionSource(context, plans),
        outcomes=PlanOutcomeSource(context, plans),
        training=TrainingReportSource(training),
        classes=ClassAttendanceReportSource(classes),
    )
    return Services(
        context=context,
        participants=ParticipantService(context),
        settings=SettingsService(context),
        demo=DemoService(context),
        documents=DocumentService(
            context, plans=plans.current_version, benefit=benefit.compute_month
        ),
        participant_import=ParticipantImportService(context),
        language_tests=language_tests,
        plans=plans,
        attendance=attendance,
        benefit=benefit,
        demo_attendance=DemoAttendance(context, planned),
        reports=ReportService(context, report_sources),
        training=training,
        classes=classes,
        caseload=CaseloadService(context),
        audit_log=AuditLogService(context),
        access_log=AccessLogService(context),
        server_admin=ServerAdminService(context),
        programme=ProgrammeService(context, benefit.book_corrections),
        upgrade=upgrade,
    )


def _plan_terms(plans: PlanService) -> PlanTermsLookup:
    """Approved leave (it extends the training deadline) and the Norwegian goal from each
    participant's current plan, for everyone asked in one load of the plans."""

    def terms(participant_ids: Sequence[int]) -> dict[int, PlanTerms]:
        return {
            pid: PlanTerms(
                plan.leave_days,
                dict(plan.norwegian_goal.levels) if plan.norwegian_goal is not None else None,
            )
            for pid, plan in plans.current_plans(participant_ids).items()
        }

    return terms


def open_services(
    spec: str | Path, actor: str | None = None, plan_lookup: PlanLookup | None = None
) -> Services:
    """Open a database for work (backing up and upgrading an older schema) and build services."""
    locations = paths.current()
    locations.ensure()
    database, result = open_for_use(spec, locations.backups)
    return build_services(database, actor, plan_lookup, upgrade=result)
