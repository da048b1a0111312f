"""Plain data the PDF renderers print: frozen dataclasses of strings, dates, Decimals, tuples.

Services build these from the database; renderers never query anything and do no arithmetic on
money (figures come ready, the same as on screen). ``language`` is a code from the label
catalogue (nb, en, ar, prs, ti, so, uk): the participant's language printed next to Norwegian.
Free texts (goals, element names, reasons) are printed as given, in Norwegian.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, SubSkill


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """What every page shows: the municipality (and its logo) and the print date."""

    municipality: str
    printed_on: date
    logo_path: str | None = None  # PNG/JPEG file; None prints the name only
    unit: str = ""  # e.g. "Introduksjonssenteret"
    # The Norwegian text's written standard: "nb" (bokmål) or "nn" (nynorsk), the
    # municipality's setting ``document_standard``.
    written_standard: str = "nb"


@dataclass(frozen=True, slots=True)
class ContactPerson:
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class LanguageGoal:
    """Norwegian level aimed at (or reached) in one sub-skill (brief §4.2)."""

    sub_skill: SubSkill
    level: CefrLevel


@dataclass(frozen=True, slots=True)
class PlanElement:
    """One programme element (brief §2.2) with its period and weekly hours."""

    name: str
    start: date
    end: date
    hours_per_week: Decimal
    provider: str = ""
    work_oriented: bool = False
    code: str = ""  # catalogue code: its translation is printed under the Norwegian name


@dataclass(frozen=True, slots=True)
class TimetableSlot:
    """A block in the normal week: weekday 0 = Monday … 4 = Friday."""

    weekday: int
    start: time
    end: time
    element: str  # the PlanElement.name it belongs to

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 4:
            raise ValueError("weekday must be 0 (Monday) to 4 (Friday)")
        if self.end <= self.start:
            raise ValueError("a timetable slot must end after it starts")


@dataclass(frozen=True, slots=True)
class IntegrationPlanData:
    """The integration plan (brief §1.3 step 4, integreringsloven § 15)."""

    header: DocumentHeader
    participant_name: str
    language: str
    period_start: date
    period_end: date
    end_goal: str
    norwegian_goals: tuple[LanguageGoal, ...]
    elements: tuple[PlanElement, ...]
    timetable: tuple[TimetableSlot, ...]
    contact: ContactPerson
    birth_date: date | None = None
    long_term_goal: str = ""
    version: int = 1
    appeal_weeks: int = 3  # forvaltningsloven § 29 default; the plan is appealable (§ 46)
    # A draft is not a decision yet: it prints marked UTKAST and without the appeal text.
    draft: bool = False
    end_goal_key: str = ""  # label key of the end goal's kind, printed in both languages

    def __post_init__(self) -> None:
        outside = [
            e.name for e in self.elements if e.start < self.period_start or e.end > self.period_end
        ]
        if outside:
            raise ValueError(f"elements outside the plan period: {', '.join(outside)}")


@dataclass(frozen=True, slots=True)
class ContractData:
    """The integration contract (brief §1.3 step 5, § 16): mutual duties, long-term goal."""

    header: DocumentHeader
    participant_name: str
    language: str
    period_start: date
    period_end: date
    long_term_goal: str
    end_goal: str = ""
    end_goal_key: str = ""
    extra_agreements: tuple[str, ...] = ()  # local additions, printed in Norwegian
    contact: ContactPerson | None = None
    birth_date: date | None = None


@dataclass(frozen=True, slots=True)
class DecisionLetterData:
    """Decision on the programme (brief §1.3 step 3; appeal under § 46 and forvaltningsloven)."""

    header: DocumentHeader
    participant_name: str
    language: str
    address_lines: tuple[str, ...]
    case_number: str
    decision_date: date
    programme_start: date
    programme_end: date
    end_goal: str
    reasons: str
    case_officer: ContactPerson
    legal_basis: str = "integreringsloven § 12"
    appeal_weeks: int = 3
    birth_date: date | None = None
    end_goal_key: str = ""


@dataclass(frozen=True, slots=True)
class DeductionLine:
    """One day's invalid absence and what it costs (brief §3.3).

    ``code`` is the absence code (printed as its plain label, e.g. "Ugyldig fravær");
    ``calculation`` the benefit engine's arithmetic, printed as a numbered footnote.
    """

    day: date
    hours: Decimal
    hourly_rate: Decimal
    amount: Decimal
    code: str = "invalid"
    calculation: str = ""


@dataclass(frozen=True, slots=True)
class StatementAdjustment:
    """Another line of the month's benefit: a reduction for another benefit (negative) or a
    correction of an earlier month (either sign), as the benefit engine explains it."""

    start: date
    end: date
    text: str
    amount: Decimal  # signed: what the participant receives is positive


@dataclass(frozen=True, slots=True)
class DeductionStatementData:
    """Monthly statement of deductions for invalid absence (brief §3.3, §3.4).

    Totals come from the rules layer; the constructor only checks that they match the lines:
    net = gross − absence deductions + the other (signed) lines.
    """

    header: DocumentHeader
    participant_name: str
    language: str
    month: date  # any day in the month
    lines: tuple[DeductionLine, ...]
    total_hours: Decimal
    total_amount: Decimal
    gross_benefit: Decimal
    net_benefit: Decimal
    contact: ContactPerson | None = None
    other_lines: tuple[StatementAdjustment, ...] = ()
    notes: tuple[str, ...] = ()  # Norwegian remarks: provisional month, decision needed

    def __post_init__(self) -> None:
        if sum((line.hours for line in self.lines), Decimal(0)) != self.total_hours:
            raise ValueError("total_hours does not match the lines")
        if sum((line.amount for line in self.lines), Decimal(0)) != self.total_amount:
            raise ValueError("total_amount does not match the lines")
        others = sum((line.amount for line in self.other_lines), Decimal(0))
        if self.gross_benefit - self.total_amount + others != self.net_benefit:
            raise ValueError("net_benefit is not gross − deductions + the other lines")


@dataclass(frozen=True, slots=True)
class CompletedElement:
    name: str
    hours: Decimal
    start: date | None = None
    end: date | None = None
    code: str = ""


class ProgrammeCourse(StrEnum):
    """How the programme has gone so far: what the certificate may say about it."""

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Deltakerbevis (brief §1.3 step 7, § 18 a): a programme in progress, completed or ended
    early. ``programme_end`` is the planned end while in progress, else the day it ended;
    ``counted_until`` the last day whose hours are counted."""

    header: DocumentHeader
    participant_name: str
    language: str
    programme_start: date
    programme_end: date
    course: ProgrammeCourse
    elements: tuple[CompletedElement, ...]
    counted_until: date | None = None
    norwegian_results: tuple[LanguageGoal, ...] = ()
    end_goal: str = ""
    end_goal_key: str = ""
    birth_date: date | None = None
    signed_by: ContactPerson | None = None

    def __post_init__(self) -> None:
        if any(element.hours <= 0 for element in self.elements):
            raise ValueError("a certificate lists only elements with hours")


@dataclass(frozen=True, slots=True)
class AttendanceSheetData:
    """Weekly sign-in sheet for one class: participants × Monday–Friday."""

    header: DocumentHeader
    group_name: str
    week_monday: date
    participants: tuple[str, ...]
    teacher: str = ""
    language: str = "nb"  # the class's shared language for the labels, if any
    closed_days: tuple[date, ...] = field(default=())  # holidays: boxes struck through

    def __post_init__(self) -> None:
        if self.week_monday.weekday() != 0:
            raise ValueError("week_monday must be a Monday")
