"""Norwegian and social-studies training: deadline, category, lesson counting and limits.

Brief §4.0 (who is covered, when right and duty begin, duration § 32, scope), §4.2 (deadlines)
and §2.1 (lesson counting). Every number comes from a dated table:
``training_deadlines`` and ``training_hours`` (chosen by the date right or duty began),
``training_age_limits`` (by permit date) and ``lesson_counting`` (by lesson date).
Warnings about a person's training (brief §4.0 (e)) live in ``introdesk.rules.training_findings``
to keep this module short; they are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.dates import add_months
from introdesk.domain.errors import FieldProblem, RuleTableError, ValidationError
from introdesk.domain.language_tests import TrainingCategory, TrainingLegalBasis
from introdesk.rules.goals import BackgroundKey
from introdesk.rules.tables import DatedTable
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


def _deadline_entry(regime: Regime, rights_start: date, table: DatedTable) -> tuple[Any, bool]:
    if regime is Regime.INTRODUCTION_ACT:
        raise RuleTableError(
            "Fristen for norskopplæring etter introduksjonsloven (timebasert modell) står ikke "
            "i regeltabellen; vurder saken manuelt (integreringsloven kapittel 6)."
        )
    row = table.row_at(rights_start)
    key = "chapter_6a" if regime is Regime.CHAPTER_6A else "integration_act"
    entry = row.value.get(key)
    if entry is None:
        raise RuleTableError(
            f"Rule table {table.name!r} has no {key} deadline for rights starting "
            f"{rights_start.isoformat()}"
        )
    return entry, row.unconfirmed


def _months_and_basis(entry: Any, regime: Regime, has_upper_secondary: bool) -> tuple[int, str]:
    if regime is Regime.CHAPTER_6A:
        months = int(entry["months"])
        return (
            months,
            f"Kapittel 6A: om lag {months} måneder norskopplæring (integreringsloven § 37 d)",
        )
    if has_upper_secondary:
        months = int(entry["upper_secondary_months"])
        return (
            months,
            f"{months} måneder: har videregående opplæring (GSU-listen) (integreringsloven § 32)",
        )
    months = int(entry["standard_months"])
    return months, f"{months} måneder (integreringsloven § 32)"


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
    months, basis = _months_and_basis(entry, regime, has_upper_secondary)
    if entry["counted_from"] == "training_start":
        if training_start is None:
            raise _invalid("training_start", "Startdato for opplæringen mangler (kapittel 6A).")
        counted_from = training_start
        basis += ", regnet fra oppstart av opplæringen"
    else:
        counted_from = rights_start
        basis += ", regnet fra datoen retten og plikten begynte"
    if approved_leave_days:
        basis += f", pluss {approved_leave_days} dager godkjent permisjon"
    return TrainingDeadline(
        deadline=add_months(counted_from, months) + timedelta(days=approved_leave_days),
        counted_from=counted_from,
        months=months,
        leave_days=approved_leave_days,
        unconfirmed=unconfirmed,
        basis=basis + ".",
    )


# ---------------------------------------------------------------------------------------------
# (b) Training category (brief §4.0 Who is covered)


@dataclass(frozen=True, slots=True)
class TrainingFacts:
    """What decides the category. ``leads_to_permanent_residence``: only such permits count."""

    permit: PermitType
    permit_date: date
    birth_date: date
    regime: Regime
    leads_to_permanent_residence: bool = True


@dataclass(frozen=True, slots=True)
class TrainingCategoryResult:
    category: TrainingCategory
    legal_basis: TrainingLegalBasis
    fee_paying: bool
    reasons: tuple[str, ...]
    unconfirmed: bool


_NONE = (TrainingCategory.NONE, TrainingLegalBasis.NONE_FEE_PAYING)

_PERMIT_RULES: dict[PermitType, tuple[TrainingCategory, TrainingLegalBasis, str]] = {
    PermitType.REFUGEE: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        "Flyktning (utl. § 28): rett og plikt til opplæring (integreringsloven § 27).",
    ),
    PermitType.RESETTLEMENT: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        "Overføringsflyktning (utl. § 35): rett og plikt til opplæring (integreringsloven § 27).",
    ),
    PermitType.HUMANITARIAN: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        "Sterke menneskelige hensyn (utl. § 38), tillatelse som kan gi permanent opphold: "
        "rett og plikt til opplæring (integreringsloven § 27).",
    ),
    PermitType.INDEPENDENT: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        "Selvstendig tillatelse (utl. § 53): rett og plikt til opplæring (integreringsloven § 27).",
    ),
    PermitType.FAMILY_IMMIGRATION: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        "Familieinnvandrer til en person i målgruppen: rett og plikt til opplæring "
        "(integreringsloven § 27).",
    ),
    PermitType.LABOUR: (
        TrainingCategory.DUTY_ONLY,
        TrainingLegalBasis.P28_DUTY_ONLY,
        "Arbeidsinnvandrer fra land utenfor EØS/EFTA: plikt, men ikke rett – betaler selv "
        "for opplæringen (integreringsloven § 28).",
    ),
    PermitType.LABOUR_FAMILY: (
        TrainingCategory.DUTY_ONLY,
        TrainingLegalBasis.P28_DUTY_ONLY,
        "Familiegjenforent med arbeidsinnvandrer fra land utenfor EØS/EFTA: plikt, men ikke "
        "rett – betaler selv for opplæringen (integreringsloven § 28).",
    ),
    PermitType.COLLECTIVE_PROTECTION: (
        TrainingCategory.RIGHT_ONLY,
        TrainingLegalBasis.CH6A,
        "Midlertidig kollektiv beskyttelse (utl. § 34, kapittel 6A): rett til om lag ett års "
        "norskopplæring (§ 37 d); om det også gjelder plikt er ikke bekreftet "
        "(integreringsloven kapittel 6).",
    ),
    PermitType.EEA: (
        *_NONE,
        "EØS/EFTA- eller nordisk borger: verken rett eller plikt; kan kjøpe kurs der "
        "kommunen tilbyr det (integreringsloven § 26 siste ledd).",
    ),
    PermitType.STUDENT: (
        *_NONE,
        "Studenttillatelse: midlertidig, verken rett eller plikt; kan kjøpe kurs der kommunen "
        "tilbyr det (integreringsloven kapittel 6).",
    ),
    PermitType.OTHER: (
        *_NONE,
        "Annen tillatelse: verken rett eller plikt; kommunen kan tilby kurs, vanligvis mot "
        "betaling (integreringsloven § 26 siste ledd).",
    ),
}


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on ``day`` (a birthday on 29 February falls on 1 March)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def _by_age_at_permit(
    category: TrainingCategory, basis: TrainingLegalBasis, age: int, limits: Mapping[str, Any]
) -> tuple[TrainingCategory, TrainingLegalBasis, str]:
    """The category as the age on the permit date leaves it, and why ("" when unchanged)."""
    min_age, end_age = int(limits["min_age"]), int(limits["end_age"])
    duty_end_age = int(limits["duty_end_age"])
    if age < min_age:
        return (
            *_NONE,
            f"Var {age} år da tillatelsen ble gitt, under {min_age}: ikke omfattet, og kan "
            f"ikke vokse inn i ordningen senere (integreringsloven kapittel 6).",
        )
    if age >= end_age:
        return (
            *_NONE,
            f"Var {age} år da tillatelsen ble gitt: {end_age} år eller eldre gir verken rett "
            f"eller plikt (integreringsloven kapittel 6).",
        )
    if age >= duty_end_age:
        if category is TrainingCategory.RIGHT_AND_DUTY:
            category = TrainingCategory.RIGHT_ONLY
        elif category is TrainingCategory.DUTY_ONLY:
            category, basis = _NONE
        return (
            category,
            basis,
            f"Var {age} år da tillatelsen ble gitt: plikten gjelder bare til {duty_end_age} år "
            f"etter regelen for tillatelsesdatoen (regeltabellen; ikke bekreftet).",
        )
    return category, basis, ""


def training_category(
    facts: TrainingFacts, *, age_limits: DatedTable, on: date | None = None
) -> TrainingCategoryResult:
    """Right/duty category for Norwegian and social-studies training (brief §4.0).

    Decided by permit group, the age on the date the permit was granted (covered from
    ``min_age`` until the ``end_age`` birthday: 18–67 under integreringsloven) and regime. With
    ``on``, a person who has since turned ``end_age`` has no right or duty left.
    """
    row = age_limits.row_at(facts.permit_date)
    limits = row.value
    category, basis, reason = _PERMIT_RULES[facts.permit]
    reasons = [reason]
    unconfirmed = row.unconfirmed or basis is TrainingLegalBasis.CH6A
    if facts.regime is Regime.CHAPTER_6A and facts.permit is not PermitType.COLLECTIVE_PROTECTION:
        reasons.append(
            "Familiemedlemmer gjenforent med en som har kollektiv beskyttelse følger de "
            "ordinære reglene, ikke kapittel 6A (integreringsloven kapittel 6)."
        )
    if not facts.leads_to_permanent_residence and category is not TrainingCategory.NONE:
        category, basis = _NONE
        reasons.append(
            "Tillatelsen kan ikke gi permanent opphold, og gir derfor verken rett eller plikt "
            "(integreringsloven kapittel 6)."
        )
    age = age_on(facts.birth_date, facts.permit_date)
    end_age = int(limits["end_age"])
    if category is not TrainingCategory.NONE:
        category, basis, age_reason = _by_age_at_permit(category, basis, age, limits)
        if age_reason:
            reasons.append(age_reason)
    if (
        category is not TrainingCategory.NONE
        and on is not None
        and age_on(facts.birth_date, on) >= end_age
    ):
        category, basis = _NONE
        reasons.append(
            f"Retten og plikten opphørte ved fylte {end_age} år (integreringsloven kapittel 6)."
        )
    if facts.regime is Regime.INTRODUCTION_ACT:
        reasons.append(
            "Eldre regelverk (introduksjonsloven) med timebasert modell; kontroller mot "
            "introduksjonsloven (integreringsloven kapittel 6)."
        )
    return TrainingCategoryResult(
        category=category,
        legal_basis=basis,
        fee_paying=category in (TrainingCategory.DUTY_ONLY, TrainingCategory.NONE),
        reasons=tuple(reasons),
        unconfirmed=unconfirmed,
    )


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
        return TrainingLimits(
            None, None, None, None, "Ingen rett eller plikt; eventuelt kurs mot betaling.", False
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
        )
    if regime is Regime.INTRODUCTION_ACT:
        return TrainingLimits(
            max_months=None,
            social_studies_hours=social,
            duty_norwegian_hours=hours_row.value["right_duty_norwegian_hours"],
            max_norwegian_hours=hours_row.value["max_norwegian_hours"],
            basis="Introduksjonsloven: timebasert modell (integreringsloven kapittel 6).",
            unconfirmed=hours_row.unconfirmed,
        )
    entry, unconfirmed = _deadline_entry(regime, rights_start, deadlines)
    months, basis = _months_and_basis(entry, regime, has_upper_secondary)
    return TrainingLimits(
        max_months=months,
        # Chapter 6A: the brief names only Norwegian training (§ 37 d).
        social_studies_hours=None if regime is Regime.CHAPTER_6A else social,
        duty_norwegian_hours=None,
        max_norwegian_hours=None,
        basis=basis + ".",
        unconfirmed=unconfirmed or hours_row.unconfirmed,
    )


def _invalid(field_name: str, reason: str) -> ValidationError:
    return ValidationError([FieldProblem(row=None, field=field_name, reason=reason)])
