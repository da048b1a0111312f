"""Right/duty category for Norwegian and social-studies training (brief §4.0 Who is covered).

Decided by permit group, the age on the permit date (``training_age_limits``) and regime. Every
reason is written in Bokmål, Nynorsk and English (``reasons``, ``reasons_nn`` and
``reasons_en``, as the plan rules' ``Finding.message_nb``/``message_nn``/``message_en``), so a
window that speaks nn or en shows its own.
Re-exported from ``introdesk.rules.training``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.language_tests import TrainingCategory, TrainingLegalBasis
from introdesk.domain.wording import in_language
from introdesk.rules.tables import DatedTable

# A reason in Bokmål, Nynorsk and English.
Text = tuple[str, str, str]


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
    reasons_nn: tuple[str, ...] = ()  # ``reasons`` in Nynorsk, for a window that speaks nn
    reasons_en: tuple[str, ...] = ()  # ``reasons`` in English, for a window that speaks en

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """The reasons in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.reasons, self.reasons_nn, self.reasons_en)


_NONE = (TrainingCategory.NONE, TrainingLegalBasis.NONE_FEE_PAYING)

_PERMIT_RULES: dict[PermitType, tuple[TrainingCategory, TrainingLegalBasis, Text]] = {
    PermitType.REFUGEE: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        (
            "Flyktning (utl. § 28): rett og plikt til opplæring (integreringsloven § 27).",
            "Flyktning (utl. § 28): rett og plikt til opplæring (integreringslova § 27).",
            "Refugee (Immigration Act § 28): right and duty to training (Integration Act § 27).",
        ),
    ),
    PermitType.RESETTLEMENT: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        (
            "Overføringsflyktning (utl. § 35): rett og plikt til opplæring "
            "(integreringsloven § 27).",
            "Overføringsflyktning (utl. § 35): rett og plikt til opplæring "
            "(integreringslova § 27).",
            "Resettlement refugee (Immigration Act § 35): right and duty to training "
            "(Integration Act § 27).",
        ),
    ),
    PermitType.HUMANITARIAN: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        (
            "Sterke menneskelige hensyn (utl. § 38), tillatelse som kan gi permanent opphold: "
            "rett og plikt til opplæring (integreringsloven § 27).",
            "Sterke menneskelege omsyn (utl. § 38), løyve som kan gi permanent opphald: "
            "rett og plikt til opplæring (integreringslova § 27).",
            "Strong humanitarian grounds (Immigration Act § 38), a permit that can lead to "
            "permanent residence: right and duty to training (Integration Act § 27).",
        ),
    ),
    PermitType.INDEPENDENT: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        (
            "Selvstendig tillatelse (utl. § 53): rett og plikt til opplæring "
            "(integreringsloven § 27).",
            "Sjølvstendig løyve (utl. § 53): rett og plikt til opplæring (integreringslova § 27).",
            "Independent permit (Immigration Act § 53): right and duty to training "
            "(Integration Act § 27).",
        ),
    ),
    PermitType.FAMILY_IMMIGRATION: (
        TrainingCategory.RIGHT_AND_DUTY,
        TrainingLegalBasis.P27_RIGHT_DUTY,
        (
            "Familieinnvandrer til en person i målgruppen: rett og plikt til opplæring "
            "(integreringsloven § 27).",
            "Familieinnvandrar til ein person i målgruppa: rett og plikt til opplæring "
            "(integreringslova § 27).",
            "Family immigrant joining a person in the target group: right and duty to training "
            "(Integration Act § 27).",
        ),
    ),
    PermitType.LABOUR: (
        TrainingCategory.DUTY_ONLY,
        TrainingLegalBasis.P28_DUTY_ONLY,
        (
            "Arbeidsinnvandrer fra land utenfor EØS/EFTA: plikt, men ikke rett – betaler selv "
            "for opplæringen (integreringsloven § 28).",
            "Arbeidsinnvandrar frå land utanfor EØS/EFTA: plikt, men ikkje rett – betaler sjølv "
            "for opplæringa (integreringslova § 28).",
            "Labour immigrant from outside the EEA/EFTA: a duty, but no right – pays for the "
            "training (Integration Act § 28).",
        ),
    ),
    PermitType.LABOUR_FAMILY: (
        TrainingCategory.DUTY_ONLY,
        TrainingLegalBasis.P28_DUTY_ONLY,
        (
            "Familiegjenforent med arbeidsinnvandrer fra land utenfor EØS/EFTA: plikt, men ikke "
            "rett – betaler selv for opplæringen (integreringsloven § 28).",
            "Familiesameint med arbeidsinnvandrar frå land utanfor EØS/EFTA: plikt, men ikkje "
            "rett – betaler sjølv for opplæringa (integreringslova § 28).",
            "Family member reunited with a labour immigrant from outside the EEA/EFTA: a duty, "
            "but no right – pays for the training (Integration Act § 28).",
        ),
    ),
    PermitType.COLLECTIVE_PROTECTION: (
        TrainingCategory.RIGHT_ONLY,
        TrainingLegalBasis.CH6A,
        (
            "Midlertidig kollektiv beskyttelse (utl. § 34, kapittel 6A): rett til om lag ett års "
            "norskopplæring (§ 37 d); om det også gjelder plikt er ikke bekreftet "
            "(integreringsloven kapittel 6).",
            "Mellombels kollektivt vern (utl. § 34, kapittel 6A): rett til om lag eitt års "
            "norskopplæring (§ 37 d); om det òg gjeld plikt, er ikkje stadfesta "
            "(integreringslova kapittel 6).",
            "Temporary collective protection (Immigration Act § 34, chapter 6A): a right to "
            "about one year of Norwegian training (§ 37 d); whether a duty applies too is not "
            "confirmed (Integration Act chapter 6).",
        ),
    ),
    PermitType.EEA: (
        *_NONE,
        (
            "EØS/EFTA- eller nordisk borger: verken rett eller plikt; kan kjøpe kurs der "
            "kommunen tilbyr det (integreringsloven § 26 siste ledd).",
            "EØS/EFTA- eller nordisk borgar: verken rett eller plikt; kan kjøpe kurs der "
            "kommunen tilbyr det (integreringslova § 26 siste ledd).",
            "EEA/EFTA or Nordic citizen: neither right nor duty; may buy courses where the "
            "municipality offers them (Integration Act § 26, last paragraph).",
        ),
    ),
    PermitType.STUDENT: (
        *_NONE,
        (
            "Studenttillatelse: midlertidig, verken rett eller plikt; kan kjøpe kurs der "
            "kommunen tilbyr det (integreringsloven kapittel 6).",
            "Studentløyve: mellombels, verken rett eller plikt; kan kjøpe kurs der "
            "kommunen tilbyr det (integreringslova kapittel 6).",
            "Student permit: temporary, neither right nor duty; may buy courses where the "
            "municipality offers them (Integration Act chapter 6).",
        ),
    ),
    PermitType.OTHER: (
        *_NONE,
        (
            "Annen tillatelse: verken rett eller plikt; kommunen kan tilby kurs, vanligvis mot "
            "betaling (integreringsloven § 26 siste ledd).",
            "Anna løyve: verken rett eller plikt; kommunen kan tilby kurs, vanlegvis mot "
            "betaling (integreringslova § 26 siste ledd).",
            "Other permit: neither right nor duty; the municipality may offer courses, usually "
            "for a fee (Integration Act § 26, last paragraph).",
        ),
    ),
}

_FAMILY_OF_6A: Text = (
    "Familiemedlemmer gjenforent med en som har kollektiv beskyttelse følger de ordinære "
    "reglene, ikke kapittel 6A (integreringsloven kapittel 6).",
    "Familiemedlemer sameinte med ein som har kollektivt vern, følgjer dei ordinære reglane, "
    "ikkje kapittel 6A (integreringslova kapittel 6).",
    "Family members reunited with a person under collective protection follow the "
    "ordinary rules, not chapter 6A (Integration Act chapter 6).",
)
_NOT_PERMANENT: Text = (
    "Tillatelsen kan ikke gi permanent opphold, og gir derfor verken rett eller plikt "
    "(integreringsloven kapittel 6).",
    "Løyvet kan ikkje gi permanent opphald, og gir difor verken rett eller plikt "
    "(integreringslova kapittel 6).",
    "The permit cannot lead to permanent residence, so it gives neither right nor duty "
    "(Integration Act chapter 6).",
)
_INTRODUCTION_ACT: Text = (
    "Eldre regelverk (introduksjonsloven) med timebasert modell; kontroller mot "
    "introduksjonsloven (integreringsloven kapittel 6).",
    "Eldre regelverk (introduksjonslova) med timebasert modell; kontroller mot "
    "introduksjonslova (integreringslova kapittel 6).",
    "Older rules (the Introduction Act) with an hours-based model; check against the "
    "Introduction Act (Integration Act chapter 6).",
)


def age_on(birth_date: date, day: date) -> int:
    """Age in whole years on ``day`` (a birthday on 29 February falls on 1 March)."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def _by_age_at_permit(
    category: TrainingCategory, basis: TrainingLegalBasis, age: int, limits: Mapping[str, Any]
) -> tuple[TrainingCategory, TrainingLegalBasis, Text | None]:
    """The category as the age on the permit date leaves it, and why (None when unchanged)."""
    min_age, end_age = int(limits["min_age"]), int(limits["end_age"])
    duty_end_age = int(limits["duty_end_age"])
    if age < min_age:
        return (
            *_NONE,
            (
                f"Var {age} år da tillatelsen ble gitt, under {min_age}: ikke omfattet, og kan "
                f"ikke vokse inn i ordningen senere (integreringsloven kapittel 6).",
                f"Var {age} år då løyvet vart gitt, under {min_age}: ikkje omfatta, og kan "
                f"ikkje vekse inn i ordninga seinare (integreringslova kapittel 6).",
                f"Was {age} when the permit was granted, under {min_age}: not covered, and "
                f"cannot grow into the scheme later (Integration Act chapter 6).",
            ),
        )
    if age >= end_age:
        return (
            *_NONE,
            (
                f"Var {age} år da tillatelsen ble gitt: {end_age} år eller eldre gir verken rett "
                f"eller plikt (integreringsloven kapittel 6).",
                f"Var {age} år då løyvet vart gitt: {end_age} år eller eldre gir verken rett "
                f"eller plikt (integreringslova kapittel 6).",
                f"Was {age} when the permit was granted: {end_age} or older gives neither "
                f"right nor duty (Integration Act chapter 6).",
            ),
        )
    if age >= duty_end_age:
        if category is TrainingCategory.RIGHT_AND_DUTY:
            category = TrainingCategory.RIGHT_ONLY
        elif category is TrainingCategory.DUTY_ONLY:
            category, basis = _NONE
        return (
            category,
            basis,
            (
                f"Var {age} år da tillatelsen ble gitt: plikten gjelder bare til {duty_end_age} "
                f"år etter regelen for tillatelsesdatoen (regeltabellen; ikke bekreftet).",
                f"Var {age} år då løyvet vart gitt: plikta gjeld berre til {duty_end_age} "
                f"år etter regelen for løyvedatoen (regeltabellen; ikkje stadfesta).",
                f"Was {age} when the permit was granted: the duty applies only until "
                f"{duty_end_age} under the rule for the permit date (the rule table; not "
                "confirmed).",
            ),
        )
    return category, basis, None


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
        reasons.append(_FAMILY_OF_6A)
    if not facts.leads_to_permanent_residence and category is not TrainingCategory.NONE:
        category, basis = _NONE
        reasons.append(_NOT_PERMANENT)
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
            (
                f"Retten og plikten opphørte ved fylte {end_age} år (integreringsloven "
                "kapittel 6).",
                f"Retten og plikta fall bort då personen fylte {end_age} år (integreringslova "
                "kapittel 6).",
                f"The right and the duty ended at the age of {end_age} (Integration Act "
                "chapter 6).",
            )
        )
    if facts.regime is Regime.INTRODUCTION_ACT:
        reasons.append(_INTRODUCTION_ACT)
    return TrainingCategoryResult(
        category=category,
        legal_basis=basis,
        fee_paying=category in (TrainingCategory.DUTY_ONLY, TrainingCategory.NONE),
        reasons=tuple(nb for nb, _, _ in reasons),
        unconfirmed=unconfirmed,
        reasons_nn=tuple(nn for _, nn, _ in reasons),
        reasons_en=tuple(en for _, _, en in reasons),
    )
