"""Plain inputs for the Excel reports (issue 9), one shape per report that needs more than the
existing domain types.

The report generators in ``reporting/xlsx/reports.py`` are pure functions over these values and
over ``AttendanceEntry``, ``BenefitResult``, ``TestHistory``, ``Plan`` and ``Finding``; the
services layer fills them from the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from introdesk.domain.language_tests import TestHistory
from introdesk.domain.participants import ParticipantFacts
from introdesk.domain.plans import EndGoalType, Finding, NorwegianGoal, Plan
from introdesk.domain.records import ParticipantRecord


class PeriodKind(StrEnum):
    MONTH = "month"  # --month YYYY-MM
    YEAR = "year"  # --year YYYY
    RANGE = "range"  # --from D --to D


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of days, and how the user chose it (for the parameters sheet)."""

    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period cannot end before it starts")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    @property
    def label(self) -> str:
        if self.kind is PeriodKind.MONTH:
            return f"{self.start:%Y-%m}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.start:%Y}"
        return f"{self.start:%d.%m.%Y}–{self.end:%d.%m.%Y}"


@dataclass(frozen=True, slots=True, kw_only=True)
class CaseSnapshot:
    """One participant's case as the deadline and caseload reports see it.

    ``facts`` is present when birth date, permit type and permit date are recorded, so the
    right/duty category can be assessed; the dates are always given on their own.
    """

    participant: ParticipantRecord
    settlement_date: date | None = None
    request_date: date | None = None
    mapping_date: date | None = None
    first_settlement_date: date | None = None
    career_guidance_date: date | None = None
    decision_date: date | None = None
    programme_start: date | None = None
    facts: ParticipantFacts | None = None


@dataclass(frozen=True, slots=True)
class TestReportSubject:
    """A participant's test results with the Norwegian goal from their plan, if any."""

    __test__ = False  # not a pytest test class, despite the name

    participant: ParticipantRecord
    history: TestHistory
    norwegian_goal: NorwegianGoal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammeExit:
    """One participant who left the programme, with what the national register (NIR) needs.

    ``information_date`` is when the exit was known to the municipality (the NIR registration
    deadline runs from it, brief §5.1); ``nir_due`` that deadline, computed by the rules from
    the ``nir_registration_deadline`` table; ``nir_registered`` when it was registered in NIR,
    ``None`` if not yet.
    """

    participant: ParticipantRecord
    programme_start: date
    planned_end: date
    exit_date: date
    nir_due: date
    exit_reason: str = ""  # avslutningsårsak code; empty when not registered
    main_activity_after: str = ""
    end_goal: EndGoalType | None = None
    extension_months: int = 0
    mapping_done: bool = False
    career_guidance_done: bool = False
    contract_signed: bool = False
    information_date: date | None = None
    nir_registered: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SupervisionSubject:
    """What the county governor's supervision looks at for one participant (brief §1.3, §1.4).

    ``findings`` are the plan validation findings for the current plan (empty without a plan).
    """

    participant: ParticipantRecord
    plan: Plan | None = None
    plan_signed: bool = False
    findings: tuple[Finding, ...] = field(default=())
    mapping_date: date | None = None
    career_guidance_date: date | None = None
    contract_signed: bool = False
