"""What progress needs from the rules: the participant's facts, pass marks, test duty and
permanent residence / citizenship readiness, each turning a rule-table gap into a note."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from introdesk.domain.codes import EducationLevel, PermitType, Regime
from introdesk.domain.errors import FieldProblem, IntroDeskError, RuleTableError, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
    TrainingCategory,
)
from introdesk.domain.test_progress import Readiness
from introdesk.persistence.models import ParticipantRow
from introdesk.rules.eligibility import completed_years
from introdesk.rules.language_tests import citizenship_test_passed, social_studies_passed
from introdesk.rules.readiness import (
    CITIZENSHIP_CAVEAT,
    CITIZENSHIP_CAVEAT_EN,
    CITIZENSHIP_CAVEAT_NN,
    CitizenshipFacts,
    ReadinessResult,
    citizenship_readiness,
    permanent_residence_readiness,
)
from introdesk.rules.tables import load_table
from introdesk.rules.training import TrainingFacts, training_category
from introdesk.services.language_tests.storage import Result

E = TypeVar("E", PermitType, Regime, EducationLevel)

# Permit groups without a right to free Norwegian training (brief §4.0 table).
NO_FREE_TRAINING = frozenset({PermitType.EEA, PermitType.STUDENT, PermitType.OTHER})
# Came as asylum seeker or resettlement refugee: may need only oral A2 after 55 (brief §4.5).
ASYLUM_OR_RESETTLEMENT = frozenset(
    {PermitType.REFUGEE, PermitType.RESETTLEMENT, PermitType.HUMANITARIAN}
)
STATELESS_WORDS = frozenset({"stateless", "statsløs", "statslos", "xxa"})


@dataclass(frozen=True, slots=True)
class ParticipantFacts:
    """What progress needs from the participant row (read inside the unit of work)."""

    id: int
    name: str
    birth_date: date | None
    permit_type: PermitType | None
    permit_date: date | None
    regime: Regime
    education: EducationLevel | None
    completed_upper_secondary: bool
    goal_override: str
    programme_start: date | None
    citizenship: str

    @classmethod
    def of(cls, row: ParticipantRow) -> ParticipantFacts:
        return cls(
            id=row.id,
            name=f"{row.family_name}, {row.given_name}",
            birth_date=row.birth_date,
            permit_type=_enum(PermitType, row.permit_type),
            permit_date=row.permit_date,
            regime=_enum(Regime, row.regime) or Regime.INTEGRATION_ACT,
            education=_enum(EducationLevel, row.education_level),
            completed_upper_secondary=row.completed_upper_secondary,
            goal_override=row.norwegian_goal_override or "",
            programme_start=row.programme_start,
            citizenship=row.citizenship or "",
        )


def _enum(kind: type[E], value: str | None) -> E | None:
    if not value:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def no_such_version(version: SocialStudiesVersion, day: date) -> str:
    return f"the {version} test did not exist on {day:%d.%m.%Y} (75h from December 2022)"


def social_studies_max_score(version: SocialStudiesVersion, day: date) -> int:
    """The number of scored tasks of ``version`` on ``day`` from the pass-mark table; a day
    with no row for the version is a ValidationError on "version", never a guess."""
    try:
        entry = load_table("social_studies_pass_marks").at(day).get(str(version))
    except RuleTableError:
        entry = None
    if not entry:
        raise ValidationError([FieldProblem(None, "version", no_such_version(version, day))])
    return int(entry["max_score"])


def citizenship_max(day: date) -> int | None:
    try:
        return int(load_table("citizenship_test_pass_marks").at(day)["max_score"])
    except RuleTableError:
        return None


def safe_passed(result: SocialStudiesResult, table: Any) -> bool:
    try:
        return social_studies_passed(result, table)
    except IntroDeskError:
        return False


def passed_of(item: Result | TestExemption) -> bool | None:
    try:
        if isinstance(item, SocialStudiesResult):
            return social_studies_passed(item, load_table("social_studies_pass_marks"))
        if isinstance(item, CitizenshipTestResult):
            return citizenship_test_passed(item, load_table("citizenship_test_pass_marks"))
    except IntroDeskError:
        return None
    return None


def test_duty(
    facts: ParticipantFacts, history: TestHistory, day: date
) -> tuple[bool | None, bool | None, str]:
    """Duty to sit the final tests (brief §4.0 Final tests): the right-and-duty group, unless
    the municipality has granted an exemption from that test."""
    if facts.permit_type is None or facts.permit_date is None or facts.birth_date is None:
        return None, None, "Tillatelse, tillatelsesdato eller fødselsdato mangler."
    try:
        category = training_category(
            TrainingFacts(facts.permit_type, facts.permit_date, facts.birth_date, facts.regime),
            age_limits=load_table("training_age_limits"),
            on=day,
        )
    except IntroDeskError as exc:
        return None, None, str(exc)
    if category.category is TrainingCategory.NONE:
        return False, False, "Verken rett eller plikt til opplæring (integreringsloven kapittel 6)."
    if category.category is not TrainingCategory.RIGHT_AND_DUTY:
        return (
            None,
            None,
            "Prøveplikten for denne gruppen er ikke bekreftet (integreringsloven kapittel 6).",
        )
    exempt = {e.kind for e in history.exemptions if e.has_legal_basis}
    norwegian = ExemptionKind.NORWEGIAN_TEST not in exempt
    social = ExemptionKind.SOCIAL_STUDIES_TEST not in exempt
    note = (
        "Rett og plikt: avsluttende prøver i norsk og samfunnskunnskap "
        "(integreringsloven kapittel 6)."
    )
    if not (norwegian and social):
        note += " Fritak fra prøve er registrert."
    return norwegian, social, note


def readiness_of(result: ReadinessResult) -> Readiness:
    """What the Tests page and the command line show of a readiness rule's answer, with its
    Nynorsk and English forms."""
    return Readiness(
        result.ok,
        result.missing,
        result.caveat,
        result.notes,
        result.unconfirmed,
        missing_nn=result.missing_nn,
        notes_nn=result.notes_nn,
        caveat_nn=result.caveat_nn,
        missing_en=result.missing_en,
        notes_en=result.notes_en,
        caveat_en=result.caveat_en,
    )


def permanent_residence_of(history: TestHistory, day: date) -> Readiness:
    try:
        result = permanent_residence_readiness(
            history,
            application_date=day,
            rules=load_table("readiness_permanent_residence"),
            social_studies_pass_marks=load_table("social_studies_pass_marks"),
        )
    except IntroDeskError as exc:
        return Readiness(None, (str(exc),), "")
    return readiness_of(result)


def citizenship_of(history: TestHistory, facts: ParticipantFacts, day: date) -> Readiness:
    if facts.birth_date is None:
        return Readiness(
            None,
            ("Fødselsdato mangler; alderskravet kan ikke vurderes.",),
            CITIZENSHIP_CAVEAT,
            missing_nn=("Fødselsdato manglar; alderskravet kan ikkje vurderast.",),
            caveat_nn=CITIZENSHIP_CAVEAT_NN,
            missing_en=("The birth date is missing; the age requirement cannot be assessed.",),
            caveat_en=CITIZENSHIP_CAVEAT_EN,
        )
    person = CitizenshipFacts(
        age=completed_years(facts.birth_date, day),
        stateless=facts.citizenship.strip().casefold() in STATELESS_WORDS,
        came_as_asylum_seeker_or_resettlement_refugee=facts.permit_type in ASYLUM_OR_RESETTLEMENT,
    )
    try:
        result = citizenship_readiness(
            history,
            person,
            application_date=day,
            rules=load_table("readiness_citizenship"),
            social_studies_pass_marks=load_table("social_studies_pass_marks"),
            citizenship_pass_marks=load_table("citizenship_test_pass_marks"),
        )
    except IntroDeskError as exc:
        return Readiness(None, (str(exc),), CITIZENSHIP_CAVEAT)
    return readiness_of(result)
