"""Code lists shared by every layer. The string values are the stable codes used on the command
line, in imports and in the database; labels for people live in the UI translations."""

from __future__ import annotations

from enum import StrEnum


class PermitType(StrEnum):
    """Residence permit groups (brief §1.1 and §4.0)."""

    REFUGEE = "refugee"  # utl. § 28
    RESETTLEMENT = "resettlement"  # utl. § 35, kvoteflyktning
    HUMANITARIAN = "humanitarian"  # utl. § 38 after an asylum claim
    COLLECTIVE_PROTECTION = "collective_protection"  # utl. § 34, chapter 6A
    FAMILY_IMMIGRATION = "family_immigration"  # utl. chapter 6, with a person in these groups
    INDEPENDENT = "independent"  # utl. § 53
    LABOUR = "labour"  # work permit from outside the EEA
    LABOUR_FAMILY = "labour_family"  # family of such a worker
    EEA = "eea"  # EEA/EFTA/Nordic registration
    STUDENT = "student"
    OTHER = "other"


class Regime(StrEnum):
    """Which act applies (brief, opening note on two legal regimes)."""

    INTEGRATION_ACT = "integration_act"  # integreringsloven 2021 →
    INTRODUCTION_ACT = "introduction_act"  # introduksjonsloven 2003, arrivals before 2021
    CHAPTER_6A = "chapter_6a"  # temporary collective protection rules


class EducationLevel(StrEnum):
    NONE = "none"
    PRIMARY_PARTIAL = "primary_partial"
    PRIMARY = "primary"
    UPPER_SECONDARY = "upper_secondary"
    HIGHER = "higher"


class Sex(StrEnum):
    FEMALE = "F"
    MALE = "M"


class ParticipantStatus(StrEnum):
    REFERRED = "referred"
    MAPPED = "mapped"
    DECIDED = "decided"
    IN_PROGRAMME = "in_programme"
    ON_LEAVE = "on_leave"
    STOPPED = "stopped"
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"


class Category(StrEnum):
    """Right/duty category for the Introduction Programme (brief §1.1)."""

    RIGHT_AND_DUTY = "right_and_duty"
    RIGHT_ONLY = "right_only"
    MAY_BE_OFFERED = "may_be_offered"
    NOT_ELIGIBLE = "not_eligible"


class Programme(StrEnum):
    """Which programme a person is in (brief §4.0): the Introduction Programme (which includes
    Norwegian training), the training programme only, or the Introduction Programme followed by
    the training programme."""

    INTRODUCTION = "introduction"
    TRAINING = "training"
    BOTH = "both"  # Introduction Programme first, then the training programme


class CefrLevel(StrEnum):
    """Norskprøven levels, ordered from lowest to highest."""

    BELOW_A1 = "below_A1"
    A1 = "A1"
    A2 = "A2"
    B1 = "B1"
    B2 = "B2"
    C1 = "C1"

    @property
    def rank(self) -> int:
        return list(CefrLevel).index(self)


class SubSkill(StrEnum):
    LISTENING = "listening"
    READING = "reading"
    WRITING = "writing"
    ORAL = "oral"
