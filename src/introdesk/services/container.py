"""All services for one opened database, built in one place and handed to the window and the
commands (no global object: each page receives what it needs from here)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from introdesk.core import paths
from introdesk.persistence import check_stamp
from introdesk.persistence.database import Database
from introdesk.persistence.migrate import UpgradeResult
from introdesk.services.context import ServiceContext, default_actor
from introdesk.services.database_admin import open_for_use

if TYPE_CHECKING:
    from introdesk.domain.plans import Plan
    from introdesk.services.access_log import AccessLogService
    from introdesk.services.attendance import AttendanceService
    from introdesk.services.audit_log import AuditLogService
    from introdesk.services.benefit import BenefitService, PlanLookup
    from introdesk.services.caseload import CaseloadService
    from introdesk.services.classes import ClassService
    from introdesk.services.demo import DemoService
    from introdesk.services.demo_attendance import DemoAttendance
    from introdesk.services.documents import DocumentService
    from introdesk.services.language_tests import LanguageTestService, PlanTermsLookup
    from introdesk.services.participant_import import ParticipantImportService
    from introdesk.services.participants import ParticipantService
    from introdesk.services.plans import PlanService
    from introdesk.services.programme import ProgrammeService
    from introdesk.services.reports import ReportService
    from introdesk.services.server_admin import ServerAdminService
    from introdesk.services.settings import SettingsService
    from introdesk.services.training import TrainingService

T = TypeVar("T")
# One lock for building services: a service built from a worker thread and the GUI thread at
# the same time is built once (a service may ask for another while it is built: reentrant).
_BUILDING = threading.RLock()


class _Built(Generic[T]):
    """A service built on first use and kept (issue 18: a command imports and builds only the
    services it uses; ``benefit compute`` does not load the PDF, import or training modules).
    Reading it afterwards is a plain attribute lookup; assigning it is refused by the frozen
    dataclass, so the container still cannot be rewired."""

    def __init__(self, build: Callable[[Services], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, instance: None, owner: type[Services]) -> _Built[T]: ...
    @overload
    def __get__(self, instance: Services, owner: type[Services]) -> T: ...
    def __get__(self, instance: Services | None, owner: type[Services]) -> _Built[T] | T:
        if instance is None:
            return self
        built: dict[str, Any] = instance.__dict__
        with _BUILDING:
            if self._name not in built:
                built[self._name] = self._build(instance)
            return built[self._name]  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Services:
    """Every service, each built through its constructor on first use (``_Built``): nothing is
    replaced or rewired afterwards (the class is frozen and no service has a setter).

    The service modules are imported where a service is first built, not here: each command
    loads only what it uses (issue 18)."""

    context: ServiceContext
    upgrade: UpgradeResult | None = None
    # Replaces the stored plans as the source of planned hours (benchmarks).
    plan_lookup: PlanLookup | None = None

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

    @_Built
    def participants(self) -> ParticipantService:
        from introdesk.services.participants import ParticipantService

        return ParticipantService(self.context)

    @_Built
    def settings(self) -> SettingsService:
        from introdesk.services.settings import SettingsService

        return SettingsService(self.context)

    @_Built
    def demo(self) -> DemoService:
        from introdesk.services.demo import DemoService

        return DemoService(self.context)

    @_Built
    def documents(self) -> DocumentService:
        from introdesk.services.documents import DocumentService

        return DocumentService(
            self.context, plans=self.plans.current_version, benefit=self.benefit.compute_month
        )

    @_Built
    def participant_import(self) -> ParticipantImportService:
        from introdesk.services.participant_import import ParticipantImportService

        return ParticipantImportService(self.context)

    @_Built
    def language_tests(self) -> LanguageTestService:
        from introdesk.services.language_tests import LanguageTestService

        return LanguageTestService(self.context, plan_terms=_plan_terms(self.plans))

    @_Built
    def plans(self) -> PlanService:
        from introdesk.services.plans import PlanService

        return PlanService(self.context)

    @_Built
    def attendance(self) -> AttendanceService:
        from introdesk.services.attendance import AttendanceService

        return AttendanceService(self.context, self._planned)

    @_Built
    def benefit(self) -> BenefitService:
        from introdesk.services.benefit import BenefitService
        from introdesk.services.plans.revisions import plans_in_force_within

        month_plans = (
            None if self.plan_lookup else functools.partial(plans_in_force_within, self.context)
        )
        return BenefitService(self.context, self._planned, month_plans=month_plans)

    @_Built
    def demo_attendance(self) -> DemoAttendance:
        from introdesk.services.demo_attendance import DemoAttendance

        return DemoAttendance(self.context, self._planned)

    @_Built
    def reports(self) -> ReportService:
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

        sources = ReportSources(
            attendance=AttendanceReportSource(self.attendance),
            payroll=PayrollReportSource(self.benefit),
            tests=LanguageTestReportSource(self.context, self.language_tests),
            supervision=PlanSupervisionSource(self.context, self.plans),
            outcomes=PlanOutcomeSource(self.context, self.plans),
            training=TrainingReportSource(self.training),
            classes=ClassAttendanceReportSource(self.classes),
        )
        return ReportService(self.context, sources)

    @_Built
    def training(self) -> TrainingService:
        from introdesk.services.training import TrainingService

        return TrainingService(
            self.context, self.classes, test_history=self.language_tests.test_history
        )

    @_Built
    def classes(self) -> ClassService:
        from introdesk.services.classes import ClassService

        return ClassService(self.context)

    @_Built
    def caseload(self) -> CaseloadService:
        from introdesk.services.caseload import CaseloadService

        return CaseloadService(self.context)

    @_Built
    def audit_log(self) -> AuditLogService:
        from introdesk.services.audit_log import AuditLogService

        return AuditLogService(self.context)

    @_Built
    def access_log(self) -> AccessLogService:
        from introdesk.services.access_log import AccessLogService

        return AccessLogService(self.context)

    @_Built
    def server_admin(self) -> ServerAdminService:
        from introdesk.services.server_admin import ServerAdminService

        return ServerAdminService(self.context)

    @_Built
    def programme(self) -> ProgrammeService:
        from introdesk.services.programme import ProgrammeService

        return ProgrammeService(self.context, self.benefit.book_corrections)

    @property
    def _planned(self) -> PlanLookup:
        return self.plan_lookup or self._current_plans

    def _current_plans(self, participant_ids: Iterable[int] | None = None) -> dict[int, Plan]:
        """The plan service's ``current_plans``, the service built when first asked (a month's
        benefit reads its plans through ``plans_in_force_within`` and does not need it)."""
        return self.plans.current_plans(participant_ids)


# Every service's name, in the order they used to be listed (tests walk them all).
SERVICE_NAMES = tuple(name for name, value in vars(Services).items() if isinstance(value, _Built))


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
    return Services(context=context, upgrade=upgrade, plan_lookup=plan_lookup)


def _plan_terms(plans: PlanService) -> PlanTermsLookup:
    """Approved leave (it extends the training deadline) and the Norwegian goal from each
    participant's current plan, for everyone asked in one load of the plans."""

    from introdesk.services.language_tests import PlanTerms

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
    spec: str | Path,
    actor: str | None = None,
    plan_lookup: PlanLookup | None = None,
    *,
    remember_check: bool = False,
) -> Services:
    """Open a database for work (backing up and upgrading an older schema) and build services.

    ``remember_check`` (the command line): a SQLite file with the same bytes as when it was
    last found sound is not checked again (``persistence.check_stamp``); the window checks
    every time it opens a file."""
    locations = paths.current()
    locations.ensure()
    stamp = locations.data / check_stamp.STAMP_FILE if remember_check else None
    database, result = open_for_use(spec, locations.backups, remember_check=stamp)
    return build_services(database, actor, plan_lookup, upgrade=result)
