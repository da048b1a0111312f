"""Norwegian and social-studies training: deadline, category, lesson counting and limits.

Brief §4.0 (who is covered, when right and duty begin, duration § 32, scope), §4.2 (deadlines)
and §2.1 (lesson counting). Every number comes from a dated table:
``training_deadlines`` and ``training_hours`` (chosen by the date right or duty began),
``training_age_limits`` (by permit date) and ``lesson_counting`` (by lesson date).
Warnings about a person's training (brief §4.0 (e)) live in ``introdesk.rules.training_findings``
and the category (b) in ``introdesk.rules.training_category`` to keep this module short; they
are re-exported here. Every text a coordinator reads (a basis, a reason, a warning) is written
in Bokmål, Nynorsk and English (``basis``, ``basis_nn`` and ``basis_en``, as the plan rules'
``message_nn`` and ``message_en``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from introdesk.domain.codes import Regime
from introdesk.domain.dates import add_months
from introdesk.domain.errors import FieldProblem, RuleTableError, ValidationError
from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.wording import in_language
from introdesk.rules.goals import BackgroundKey
from introdesk.rules.tables import DatedTable
from introdesk.rules.training_category import (
    TrainingCategoryResult,
    TrainingFacts,
    age_on,
    training_category,
)
from introdesk.rules.training_findings import (
    Finding,
    Severity,
    TrainingStatus,
    training_findings,
)

__all__ = [
    "Finding",
    "LessonCounting",
    "Severity",
    "TrainingCategoryResult",
    "TrainingDeadline",
    "TrainingFacts",
    "TrainingLimits",
    "TrainingStatus",
    "add_months",
    "age_on",
    "counted_minutes",
    "gsu_background",
    "leave_days",
    "lesson_counting",
    "programme_hours",
    "teaching_hours",
    "training_category",
    "training_deadline",
    "training_findings",
    "training_limits",
]

# ---------------------------------------------------------------------------------------------
# (a) Deadline for free Norwegian training (brief §4.0 Duration, §4.2)


def leave_days(periods: Iterable[tuple[date, date]]) -> int:
    """Calendar days covered by approved leave periods (first and last day included).

    Overlapping or touching periods are counted once, so a leave registered twice cannot
    stretch the deadline twice.
    """
    ordered = sorted(periods)
    total = 0
    current_start: date | None = None
    current_end: date | None = None
    for start, end in ordered:
        if end < start:
            raise _invalid("leave", "En permisjon kan ikke slutte før den begynner.")
        if current_end is None or start > current_end + timedelta(days=1):
            if current_start is not None and current_end is not None:
                total += (current_end - current_start).days + 1
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None and current_end is not None:
        total += (current_end - current_start).days + 1
    return total


@dataclass(frozen=True, slots=True)
class TrainingDeadline:
    """``deadline`` = ``counted_from`` + ``months`` + ``leave_days`` (brief §4.0, app notes)."""

    deadline: date
    counted_from: date
    months: int
    leave_days: int
    unconfirmed: bool
    basis: str
    basis_nn: str = ""  # ``basis`` in Nynorsk, for a window that speaks nn
    basis_en: str = ""  # ``basis`` in English, for a window that speaks en

    def basis_in(self, language: str) -> str:
        """The basis in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.basis, self.basis_nn, self.basis_en)


# Why there is no deadline under the introduction act, in Bokmål, Nynorsk and English (the
# error says the Bokmål; a window that speaks nn or en shows its own).
INTRODUCTION_ACT_NO_DEADLINE = (
    "Fristen for norskopplæring etter introduksjonsloven (timebasert modell) står ikke "
    "i regeltabellen; vurder saken manuelt (integreringsloven kapittel 6).",
    "Fristen for norskopplæring etter introduksjonslova (timebasert modell) står ikkje "
    "i regeltabellen; vurder saka manuelt (integreringslova kapittel 6).",
    "The deadline for Norwegian training under the Introduction Act (hours-based model) is "
    "not in the rule table; assess the case manually (Integration Act chapter 6).",
)


def _deadline_entry(regime: Regime, rights_start: date, table: DatedTable) -> tuple[Any, bool]:
    if regime is Regime.INTRODUCTION_ACT:
        raise RuleTableError(INTRODUCTION_ACT_NO_DEADLINE[0])
    row = table.row_at(rights_start)
    key = "chapter_6a" if regime is Regime.CHAPTER_6A else "integration_act"
    entry = row.value.get(key)
    if entry is None:
        raise RuleTableError(
            f"Rule table {table.name!r} has no {key} deadline for rights starting "
            f"{rights_start.isoformat()}"
        )
    return entry, row.unconfirmed


def _months_and_basis(
    entry: Any, regime: Regime, has_upper_secondary: bool
) -> tuple[int, str, str, str]:
    """Months of free training and why, in Bokmål, Nynorsk and English."""
    if regime is Regime.CHAPTER_6A:
        months = int(entry["months"])
        return (
            months,
            f"Kapittel 6A: om lag {months} måneder norskopplæring (integreringsloven § 37 d)",
            f"Kapittel 6A: om lag {months} månader norskopplæring (integreringslova § 37 d)",
            f"Chapter 6A: about {months} months of Norwegian training (Integration Act § 37 d)",
        )
    if has_upper_secondary:
        months = int(entry["upper_secondary_months"])
        return (
            months,
            f"{months} måneder: har videregående opplæring (GSU-listen) (integreringsloven § 32)",
            f"{months} månader: har vidaregåande opplæring (GSU-lista) (integreringslova § 32)",
            f"{months} months: has upper-secondary education (the GSU list) (Integration Act § 32)",
        )
    months = int(entry["standard_months"])
    return (
        months,
        f"{months} måneder (integreringsloven § 32)",
        f"{months} månader (integreringslova § 32)",
        f"{months} months (Integration Act § 32)",
    )


def training_deadline(
    *,
    regime: Regime,
    rights_start: date,
    has_upper_secondary: bool,
    table: DatedTable,
    approved_leave_days: int = 0,
    training_start: date | None = None,
) -> TrainingDeadline:
    """Last date of free Norwegian training (brief §4.0 Duration, §4.2).

    3 years, or 18 months with upper-secondary education on the GSU list, counted from the date
    right and duty began (``rights_start``: permit grant, arrival, renewal, settlement or
    request), not from the first lesson; chapter 6A: about one year, counted as the table says
    (default: from ``training_start``). Approved leave days are added.
    """
    if approved_leave_days < 0:
        raise _invalid("approved_leave_days", "Permisjonsdager kan ikke være negative.")
    entry, unconfirmed = _deadline_entry(regime, rights_start, table)
    months, basis, basis_nn, basis_en = _months_and_basis(entry, regime, has_upper_secondary)
    if entry["counted_from"] == "training_start":
        if training_start is None:
            raise _invalid("training_start", "Startdato for opplæringen mangler (kapittel 6A).")
        counted_from = training_start
        basis += ", regnet fra oppstart av opplæringen"
        basis_nn += ", rekna frå oppstarten av opplæringa"
        basis_en += ", counted from the start of the training"
    else:
        counted_from = rights_start
        basis += ", regnet fra datoen retten og plikten begynte"
        basis_nn += ", rekna frå datoen retten og plikta tok til"
        basis_en += ", counted from the date the right and duty began"
    if approved_leave_days:
        basis += f", pluss {approved_leave_days} dager godkjent permisjon"
        basis_nn += f", pluss {approved_leave_days} dagar godkjend permisjon"
        basis_en += f", plus {approved_leave_days} days of approved leave"
    return TrainingDeadline(
        deadline=add_months(counted_from, months) + timedelta(days=approved_leave_days),
        counted_from=counted_from,
        months=months,
        leave_days=approved_leave_days,
        unconfirmed=unconfirmed,
        basis=basis + ".",
        basis_nn=basis_nn + ".",
        basis_en=basis_en + ".",
    )


# ---------------------------------------------------------------------------------------------
# (b) Training category (brief §4.0 Who is covered): ``introdesk.rules.training_category``


# ---------------------------------------------------------------------------------------------
# (c) Lesson counting (brief §2.1)


@dataclass(frozen=True, slots=True)
class LessonCounting:
    """``taught_minutes`` of Norwegian/social studies count as ``counted_minutes``."""

    taught_minutes: int
    counted_minutes: int
    unconfirmed: bool = False


def lesson_counting(table: DatedTable, on: date) -> LessonCounting:
    row = table.row_at(on)
    return LessonCounting(
        int(row.value["taught_minutes"]), int(row.value["counted_minutes"]), row.unconfirmed
    )


def counted_minutes(lesson_minutes: int, lessons: int, rule: LessonCounting) -> int:
    """Programme minutes that ``lessons`` lessons of ``lesson_minutes`` count for (brief §2.1).

    A 45-minute lesson counts as 75 minutes (preparation and follow-up included); other
    lengths count in the same proportion. Rounded once, half up, to whole minutes.
    """
    if lesson_minutes < 0 or lessons < 0:
        raise _invalid("lessons", "Antall timer og minutter kan ikke være negative.")
    exact = Decimal(lesson_minutes * lessons * rule.counted_minutes) / rule.taught_minutes
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


_HUNDREDTH = Decimal("0.01")


def teaching_hours(attended_minutes: int, rule: LessonCounting) -> Decimal:
    """Attended minutes as teaching hours (lessons of ``taught_minutes``, 45) for NIR's
    "hours completed" (brief §4.0, §5.1): 45 minutes is one hour. Rounded once, two decimals."""
    if attended_minutes < 0:
        raise _invalid("minutes", "Minutter kan ikke være negative.")
    exact = Decimal(attended_minutes) / rule.taught_minutes
    return exact.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def programme_hours(attended_minutes: int, rule: LessonCounting) -> Decimal:
    """The same minutes as programme time (brief §2.1): a 45-minute lesson counts 75 minutes,
    so 45 attended minutes are 1.25 programme hours. Rounded once, two decimals."""
    if attended_minutes < 0:
        raise _invalid("minutes", "Minutter kan ikke være negative.")
    exact = Decimal(attended_minutes * rule.counted_minutes) / (rule.taught_minutes * 60)
    return exact.quantize(_HUNDREDTH, rounding=ROUND_HALF_UP)


def gsu_background(background: BackgroundKey) -> bool:
    """Whether the education background gives the 18-month deadline: upper-secondary education
    on the GSU list (brief §4.0 Duration, §4.2)."""
    return background in (BackgroundKey.UPPER_SECONDARY, BackgroundKey.UPPER_SECONDARY_NEEDS_B2)


# ---------------------------------------------------------------------------------------------
# (d) Maximum length and hours by background and category (brief §4.0 Scope, §4.2)


@dataclass(frozen=True, slots=True)
class TrainingLimits:
    """Limits of free or mandatory training. ``None`` means no such limit applies or is known."""

    max_months: int | None
    social_studies_hours: int | None
    duty_norwegian_hours: int | None
    max_norwegian_hours: int | None
    basis: str
    unconfirmed: bool
    basis_nn: str = ""  # ``basis`` in Nynorsk, for a window that speaks nn
    basis_en: str = ""  # ``basis`` in English, for a window that speaks en

    def basis_in(self, language: str) -> str:
        """The basis in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.basis, self.basis_nn, self.basis_en)


def training_limits(
    *,
    category: TrainingCategory,
    regime: Regime,
    has_upper_secondary: bool,
    rights_start: date,
    deadlines: DatedTable,
    hours: DatedTable,
) -> TrainingLimits:
    """How long and how many hours, by category, regime and education (brief §4.0, §4.2)."""
    if category is TrainingCategory.NONE:
        none = "Ingen rett eller plikt; eventuelt kurs mot betaling."
        return TrainingLimits(
            None,
            None,
            None,
            None,
            none,
            False,
            basis_nn=none,
            basis_en="No right or duty; a course for a fee, if any.",
        )
    hours_row = hours.row_at(rights_start)
    social = int(hours_row.value["social_studies_hours"])
    if category is TrainingCategory.DUTY_ONLY:
        norwegian = int(hours_row.value["duty_only_norwegian_hours"])
        return TrainingLimits(
            max_months=None,
            social_studies_hours=social,
            duty_norwegian_hours=norwegian,
            max_norwegian_hours=None,
            basis=f"Plikten varer til minstenivået er nådd eller {norwegian + social} timer er "
            f"gjennomført ({norwegian} norsk + {social} samfunnskunnskap) "
            "(integreringsloven kapittel 6).",
            unconfirmed=hours_row.unconfirmed,
            basis_nn=f"Plikta varer til minstenivået er nådd eller {norwegian + social} timar er "
            f"gjennomførte ({norwegian} norsk + {social} samfunnskunnskap) "
            "(integreringslova kapittel 6).",
            basis_en=f"The duty lasts until the minimum level is reached or "
            f"{norwegian + social} hours are completed ({norwegian} Norwegian + {social} "
            "social studies) (Integration Act chapter 6).",
        )
    if regime is Regime.INTRODUCTION_ACT:
        return TrainingLimits(
            max_months=None,
            social_studies_hours=social,
            duty_norwegian_hours=hours_row.value["right_duty_norwegian_hours"],
            max_norwegian_hours=hours_row.value["max_norwegian_hours"],
            basis="Introduksjonsloven: timebasert modell (integreringsloven kapittel 6).",
            unconfirmed=hours_row.unconfirmed,
            basis_nn="Introduksjonslova: timebasert modell (integreringslova kapittel 6).",
            basis_en="Introduction Act: hours-based model (Integration Act chapter 6).",
        )
    entry, unconfirmed = _deadline_entry(regime, rights_start, deadlines)
    months, basis, basis_nn, basis_en = _months_and_basis(entry, regime, has_upper_secondary)
    return TrainingLimits(
        max_months=months,
        # Chapter 6A: the brief names only Norwegian training (§ 37 d).
        social_studies_hours=None if regime is Regime.CHAPTER_6A else social,
        duty_norwegian_hours=None,
        max_norwegian_hours=None,
        basis=basis + ".",
        unconfirmed=unconfirmed or hours_row.unconfirmed,
        basis_nn=basis_nn + ".",
        basis_en=basis_en + ".",
    )


def _invalid(field_name: str, reason: str) -> ValidationError:
    return ValidationError([FieldProblem(row=None, field=field_name, reason=reason)])
