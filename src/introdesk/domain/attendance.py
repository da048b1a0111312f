"""Attendance, absence findings and the introduction benefit as plain values (brief §2.3, §3).

Attendance is stored per participant per day per plan element, with planned, attended and absent
minutes and an absence code (see ``rules/absence_codes.py`` for the code list). The benefit
engine (``rules/benefit.py``) turns one participant's month into a ``BenefitResult`` whose
``lines`` explain every krone; the absence engine (``rules/absence.py``) turns a history of
entries into ``AbsenceFinding`` objects and never re-codes an entry.

Sign convention for money on ``BenefitLine.amount``: what the participant receives is positive
(base lines), what is taken off is negative (deductions, other reductions); adjustments carry
either sign. ``BenefitResult.net`` is always the sum of ``lines``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import Regime
from introdesk.domain.wording import in_language


class AbsenceType(StrEnum):
    """The absence codes of brief §2.3; labels and flags live in the absence-code catalogue."""

    HOLIDAY = "holiday"
    SELF_CERTIFIED_ILLNESS = "self_certified_illness"
    DOCTOR_CERTIFIED_ILLNESS = "doctor_certified_illness"
    SICK_CHILD = "sick_child"
    PREGNANCY_CHECKUP = "pregnancy_checkup"
    PREGNANCY = "pregnancy"
    BIRTH_LEAVE_MOTHER = "birth_leave_mother"
    BIRTH_LEAVE_FATHER = "birth_leave_father"
    BREASTFEEDING = "breastfeeding"
    CARE_LEAVE = "care_leave"
    WELFARE_LEAVE = "welfare_leave"
    LONG_TERM_ILLNESS = "long_term_illness"
    UNPAID_LEAVE = "unpaid_leave"
    INVALID = "invalid"


class Severity(StrEnum):
    """How urgently a coordinator should look at an absence finding."""

    INFO = "info"
    WARNING = "warning"  # a threshold the municipality chose was passed: follow up
    VIOLATION = "violation"  # a rule of brief §2.3 was not met: the entry needs treatment


class BenefitLineKind(StrEnum):
    BASE = "base"
    DEDUCTION = "deduction"
    OTHER_REDUCTION = "other_reduction"
    ADJUSTMENT = "adjustment"


@dataclass(frozen=True, slots=True)
class AttendanceEntry:
    """One participant, one day, one plan element. Minutes are whole minutes, never floats."""

    participant_id: int
    day: date
    element_code: str
    planned_minutes: int
    attended_minutes: int
    absence_code: str | None = None
    absence_minutes: int = 0

    def __post_init__(self) -> None:
        if min(self.planned_minutes, self.attended_minutes, self.absence_minutes) < 0:
            raise ValueError("attendance minutes cannot be negative")
        if (self.absence_code is None) != (self.absence_minutes == 0):
            raise ValueError("an absence needs both a code and a number of minutes")

    @property
    def unregistered_minutes(self) -> int:
        """Planned minutes with neither attendance nor absence registered."""
        return max(0, self.planned_minutes - self.attended_minutes - self.absence_minutes)


@dataclass(frozen=True, slots=True)
class OtherBenefit:
    """Another public benefit for the month that reduces the benefit krone for krone (§ 22)."""

    kind: str  # e.g. "dagpenger", "sykepenger", "aap"
    amount: Decimal


@dataclass(frozen=True, slots=True)
class BenefitLine:
    """One traceable figure. ``start``..``end`` is the day or period it concerns (inclusive).

    ``rate`` is for display, rounded to øre: the annual amount on base lines, the hourly rate on
    absence deductions. Amounts are computed from the unrounded rate and rounded once.
    """

    kind: BenefitLineKind
    start: date
    end: date
    amount: Decimal
    explanation: str
    hours: Decimal | None = None
    days: int | None = None
    rate: Decimal | None = None
    code: str | None = None  # absence code, other-benefit kind, or "floor" for the zero floor
    corrects_month: date | None = None  # on adjustments: the locked month being corrected
    # ``explanation`` in Nynorsk, for a window that speaks nn. Empty on a locked month's
    # stored lines (kept as paid, in Bokmål) and on a coordinator's own adjustment.
    explanation_nn: str = ""
    explanation_en: str = ""  # the same in English, for a window that speaks en

    def explanation_in(self, language: str) -> str:
        """The explanation in Nynorsk for ``nn`` and English for ``en`` where the rules wrote
        it, else Bokmål."""
        return in_language(language, self.explanation, self.explanation_nn, self.explanation_en)


@dataclass(frozen=True, slots=True)
class BenefitInput:
    """Everything the benefit engine needs for one participant and one calendar month."""

    participant_id: int
    month: date  # the first day of the month
    birth_date: date
    lives_with_parents: bool
    regime: Regime
    programme_start: date
    programme_end: date | None
    entries: tuple[AttendanceEntry, ...] = ()
    other_benefits: tuple[OtherBenefit, ...] = ()
    # Planned days with no attendance row at all (the service knows the plan); entries with
    # planned minutes and nothing registered are detected by the engine itself.
    missing_registration_days: tuple[date, ...] = ()
    # Corrections of locked months booked into this month (from ``adjustment_lines``).
    adjustments: tuple[BenefitLine, ...] = ()
    # Issue 14: the days paid (from the programme events); ``None``: programme_start..end.
    paid_periods: tuple[tuple[date, date], ...] | None = None
    # Zero-amount lines saying why days of the month are not paid (stop, unpaid leave).
    unpaid_lines: tuple[BenefitLine, ...] = ()
    # Spouses/cohabitants who both take part and have no children (integreringsloven § 20).
    couple: bool = False

    def __post_init__(self) -> None:
        if self.month.day != 1:
            raise ValueError("BenefitInput.month must be the first day of the month")


@dataclass(frozen=True, slots=True)
class BenefitResult:
    participant_id: int
    month: date
    gross: Decimal
    deductions: tuple[BenefitLine, ...]
    other_reductions: tuple[BenefitLine, ...]
    adjustments: tuple[BenefitLine, ...]
    net: Decimal
    decision_required: bool
    lines: tuple[BenefitLine, ...]
    missing_registration_days: tuple[date, ...] = ()
    unrecovered: Decimal = Decimal("0.00")  # reductions beyond the gross, not taken this month
    unconfirmed_tables: tuple[str, ...] = field(default=())

    @property
    def total_deductions(self) -> Decimal:
        """Absence deductions as a positive amount."""
        return -sum((line.amount for line in self.deductions), Decimal("0.00"))

    @property
    def total_other_reductions(self) -> Decimal:
        return -sum((line.amount for line in self.other_reductions), Decimal("0.00"))

    @property
    def total_adjustments(self) -> Decimal:
        return sum((line.amount for line in self.adjustments), Decimal("0.00"))

    @property
    def has_missing_registrations(self) -> bool:
        return bool(self.missing_registration_days)


@dataclass(frozen=True, slots=True)
class AbsenceFinding:
    """Something about a participant's absence a coordinator should treat. Never re-codes."""

    participant_id: int
    rule_id: str
    dates: tuple[date, ...]
    message: str  # Norwegian Bokmål, no personal data
    suggestion: str  # Norwegian Bokmål: the suggested treatment
    severity: Severity
    suggested_code: str | None = None  # the code the coordinator may re-code to, if any
    message_nn: str = ""  # Nynorsk, for a window that speaks nn
    suggestion_nn: str = ""
    message_en: str = ""  # English, for a window that speaks en
    suggestion_en: str = ""

    def in_nynorsk(self) -> tuple[str, str]:
        """Message and suggestion in Nynorsk (the Bokmål where a rule has none)."""
        return self.in_language("nn")

    def in_language(self, language: str) -> tuple[str, str]:
        """Message and suggestion in Nynorsk for ``nn``, in English for ``en`` (the Bokmål
        where a rule has none), else Bokmål."""
        return (
            in_language(language, self.message, self.message_nn, self.message_en),
            in_language(language, self.suggestion, self.suggestion_nn, self.suggestion_en),
        )


# --- records the attendance and benefit services hand to the UI and the command line ---------


@dataclass(frozen=True, slots=True)
class DayCell:
    """One participant's registration for one day, summed over the day's plan elements.

    ``absence_code`` is None when nothing is absent. Minutes are whole minutes.
    """

    attended_minutes: int = 0
    absence_code: str | None = None
    absence_minutes: int = 0

    def __post_init__(self) -> None:
        if min(self.attended_minutes, self.absence_minutes) < 0:
            raise ValueError("minutes cannot be negative")
        if (self.absence_code is None) != (self.absence_minutes == 0):
            raise ValueError("an absence needs both a code and a number of minutes")

    @property
    def registered_minutes(self) -> int:
        return self.attended_minutes + self.absence_minutes


@dataclass(frozen=True, slots=True)
class GridRow:
    """One participant's week: per day the planned minutes, the registration and the lock."""

    participant_id: int
    name: str
    adviser_id: int | None
    planned: tuple[int, ...]
    cells: tuple[DayCell | None, ...]
    locked: tuple[bool, ...]
    version: int = 0  # the saved week's version (0: never saved), for ``save_week``


@dataclass(frozen=True, slots=True)
class WeekGrid:
    monday: date
    days: tuple[date, ...]
    rows: tuple[GridRow, ...]


@dataclass(frozen=True, slots=True)
class MissingRegistration:
    """Planned time on a past day with neither attendance nor absence registered."""

    participant_id: int
    day: date
    element_code: str
    planned_minutes: int
    registered_minutes: int


@dataclass(frozen=True, slots=True)
class CheckedWeek:
    """A week grid with its warnings: the absence findings dated in the week and the planned
    days up to yesterday without a registration, for the grid's participants."""

    grid: WeekGrid
    findings: list[AbsenceFinding]
    missing: list[MissingRegistration]


@dataclass(frozen=True, slots=True)
class AttendanceImportResult:
    rows: int
    participants: int
    written: bool
    corrections: int = 0  # rows that changed a locked month (booked as adjustments)


@dataclass(frozen=True, slots=True)
class LockResult:
    month: date
    participants: int
    net_total: Decimal
