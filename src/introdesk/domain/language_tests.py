"""Test results and exemptions for Norwegian and social studies (brief §4.0–§4.5).

Plain, frozen values. They check only what a single record can know about itself (a written
result above the registered level, a score above the maximum); pass marks and everything that
depends on dates lives in ``introdesk.rules.language_tests``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import FieldProblem, ValidationError

# ISO 639 codes that count as "in Norwegian" (Bokmål, Nynorsk, unspecified) for citizenship
# (brief §4.5: the social-studies test counts only when taken in Norwegian).
NORWEGIAN_LANGUAGE_CODES = frozenset({"no", "nb", "nn"})


class RegistrationLevel(StrEnum):
    """The level a candidate registers for in writing and oral (brief §4.1 [R35b][R36])."""

    A1_A2 = "A1-A2"
    A2_B1 = "A2-B1"
    B1_B2 = "B1-B2"

    @property
    def ceiling(self) -> CefrLevel:
        """Highest level the registration can give in writing (brief §4.1)."""
        return {
            RegistrationLevel.A1_A2: CefrLevel.A2,
            RegistrationLevel.A2_B1: CefrLevel.B1,
            RegistrationLevel.B1_B2: CefrLevel.B2,
        }[self]


# Sub-tests that are taken at a registered level (brief §4.1).
REGISTERED_SUB_SKILLS = frozenset({SubSkill.WRITING, SubSkill.ORAL})


class SocialStudiesVersion(StrEnum):
    """Samfunnskunnskapsprøven version (brief §4.3): 75-hour (from December 2022) or 50-hour."""

    HOURS_75 = "75h"
    HOURS_50 = "50h"


class ExemptionKind(StrEnum):
    """What a municipal exemption decision covers (brief §4.0, § 29 and final tests)."""

    NORWEGIAN_TRAINING = "norwegian_training"
    SOCIAL_STUDIES_TRAINING = "social_studies_training"
    NORWEGIAN_TEST = "norwegian_test"
    SOCIAL_STUDIES_TEST = "social_studies_test"


class TrainingCategory(StrEnum):
    """Right/duty to Norwegian and social-studies training (brief §4.0 table)."""

    RIGHT_AND_DUTY = "right_and_duty"
    DUTY_ONLY = "duty_only"  # pays for the training (§ 28)
    RIGHT_ONLY = "right_only"  # chapter 6A
    NONE = "none"  # may be offered a fee-paying course (§ 26 last paragraph)


class TrainingLegalBasis(StrEnum):
    """Legal basis codes to store per person (brief §4.0, app implications)."""

    P27_RIGHT_DUTY = "p27_right_duty"
    P28_DUTY_ONLY = "p28_duty_only"
    CH6A = "ch6a"
    NONE_FEE_PAYING = "none_fee_paying"


def _invalid(field_name: str, reason: str) -> ValidationError:
    return ValidationError([FieldProblem(row=None, field=field_name, reason=reason)])


@dataclass(frozen=True, slots=True)
class NorskprovenResult:
    """One Norskprøven sub-test result (brief §4.1).

    ``registration_level`` applies to writing and oral only. Writing cannot score above the
    registered level; oral can score above or below it. ``c1`` marks a result from the
    separate Norskprøven C1; only that test can give level C1.
    """

    test_date: date
    sub_skill: SubSkill
    level: CefrLevel
    registration_level: RegistrationLevel | None = None
    c1: bool = False

    def __post_init__(self) -> None:
        if self.registration_level is not None and self.sub_skill not in REGISTERED_SUB_SKILLS:
            raise _invalid(
                "registration_level", "Registrert nivå gjelder bare skriftlig og muntlig."
            )
        if (
            self.sub_skill is SubSkill.WRITING
            and self.registration_level is not None
            and self.level.rank > self.registration_level.ceiling.rank
        ):
            raise _invalid(
                "level",
                f"Skriftlig kan ikke gi høyere nivå enn {self.registration_level.ceiling} "
                f"ved oppmelding til {self.registration_level}.",
            )
        if self.level is CefrLevel.C1 and not self.c1:
            raise _invalid("level", "Nivå C1 kan bare komme fra Norskprøven C1.")


@dataclass(frozen=True, slots=True)
class SocialStudiesResult:
    """One samfunnskunnskapsprøve (brief §4.3). ``language`` is an ISO 639 code."""

    test_date: date
    version: SocialStudiesVersion
    score: int
    max_score: int
    language: str

    def __post_init__(self) -> None:
        if self.max_score <= 0:
            raise _invalid("max_score", "Maksimal poengsum må være større enn 0.")
        if not 0 <= self.score <= self.max_score:
            raise _invalid("score", f"Poengsummen må være mellom 0 og {self.max_score}.")
        if not self.language.strip():
            raise _invalid("language", "Prøvespråket mangler.")

    @property
    def in_norwegian(self) -> bool:
        return self.language.strip().lower() in NORWEGIAN_LANGUAGE_CODES


@dataclass(frozen=True, slots=True)
class CitizenshipTestResult:
    """One statsborgerprøve (brief §4.3). Either the score or the pass/fail outcome (or both).

    When ``passed`` is given it is taken as on the certificate; otherwise the pass mark table
    decides from the score.
    """

    test_date: date
    score: int | None = None
    max_score: int | None = None
    passed: bool | None = None

    def __post_init__(self) -> None:
        if self.score is None and self.passed is None:
            raise _invalid("score", "Oppgi poengsum eller bestått/ikke bestått.")
        if self.score is not None and (
            self.score < 0 or (self.max_score is not None and self.score > self.max_score)
        ):
            raise _invalid("score", "Poengsummen er utenfor gyldig område.")


@dataclass(frozen=True, slots=True)
class TestExemption:
    """A municipal exemption decision and its legal basis as registered in NIR (brief §4.0)."""

    __test__ = False  # not a pytest test class, despite the name

    kind: ExemptionKind
    legal_basis: str
    decision_date: date

    @property
    def has_legal_basis(self) -> bool:
        return bool(self.legal_basis.strip())


@dataclass(frozen=True, slots=True)
class TestHistory:
    """Everything a person has on record for the language and test requirements."""

    __test__ = False  # not a pytest test class, despite the name

    norskproven: tuple[NorskprovenResult, ...] = ()
    social_studies: tuple[SocialStudiesResult, ...] = ()
    citizenship: tuple[CitizenshipTestResult, ...] = ()
    exemptions: tuple[TestExemption, ...] = ()

    def up_to(self, day: date) -> TestHistory:
        """Only what existed on ``day`` (results taken, decisions made on or before it)."""
        return TestHistory(
            norskproven=tuple(r for r in self.norskproven if r.test_date <= day),
            social_studies=tuple(r for r in self.social_studies if r.test_date <= day),
            citizenship=tuple(r for r in self.citizenship if r.test_date <= day),
            exemptions=tuple(e for e in self.exemptions if e.decision_date <= day),
        )
