"""Translated labels for the participant codes (category, permit, regime, education, goals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.codes import Category, EducationLevel, PermitType, Regime, Sex


def category_label(category: Category | None) -> str:
    if category is None:
        return QCoreApplication.translate("ParticipantLabels", "Unknown (missing facts)")
    return {
        Category.RIGHT_AND_DUTY: QCoreApplication.translate("ParticipantLabels", "Right and duty"),
        Category.RIGHT_ONLY: QCoreApplication.translate("ParticipantLabels", "Right only"),
        Category.MAY_BE_OFFERED: QCoreApplication.translate("ParticipantLabels", "May be offered"),
        Category.NOT_ELIGIBLE: QCoreApplication.translate("ParticipantLabels", "Not eligible"),
    }[category]


def permit_labels() -> dict[PermitType, str]:
    return {
        PermitType.REFUGEE: QCoreApplication.translate("ParticipantLabels", "Refugee"),
        PermitType.RESETTLEMENT: QCoreApplication.translate(
            "ParticipantLabels", "Resettlement refugee"
        ),
        PermitType.HUMANITARIAN: QCoreApplication.translate(
            "ParticipantLabels", "Humanitarian grounds"
        ),
        PermitType.COLLECTIVE_PROTECTION: QCoreApplication.translate(
            "ParticipantLabels", "Collective protection"
        ),
        PermitType.FAMILY_IMMIGRATION: QCoreApplication.translate(
            "ParticipantLabels", "Family immigration"
        ),
        PermitType.INDEPENDENT: QCoreApplication.translate(
            "ParticipantLabels", "Independent permit"
        ),
        PermitType.LABOUR: QCoreApplication.translate("ParticipantLabels", "Labour"),
        PermitType.LABOUR_FAMILY: QCoreApplication.translate(
            "ParticipantLabels", "Family of a labour immigrant"
        ),
        PermitType.EEA: QCoreApplication.translate("ParticipantLabels", "EEA or Nordic"),
        PermitType.STUDENT: QCoreApplication.translate("ParticipantLabels", "Student"),
        PermitType.OTHER: QCoreApplication.translate("ParticipantLabels", "Other"),
    }


def regime_labels() -> dict[Regime, str]:
    return {
        Regime.INTEGRATION_ACT: QCoreApplication.translate(
            "ParticipantLabels", "Integration Act (2021)"
        ),
        Regime.INTRODUCTION_ACT: QCoreApplication.translate(
            "ParticipantLabels", "Introduction Act (before 2021)"
        ),
        Regime.CHAPTER_6A: QCoreApplication.translate("ParticipantLabels", "Chapter 6A"),
    }


def education_labels() -> dict[EducationLevel, str]:
    return {
        EducationLevel.NONE: QCoreApplication.translate("ParticipantLabels", "No schooling"),
        EducationLevel.PRIMARY_PARTIAL: QCoreApplication.translate(
            "ParticipantLabels", "Some primary school"
        ),
        EducationLevel.PRIMARY: QCoreApplication.translate("ParticipantLabels", "Primary school"),
        EducationLevel.UPPER_SECONDARY: QCoreApplication.translate(
            "ParticipantLabels", "Upper secondary"
        ),
        EducationLevel.HIGHER: QCoreApplication.translate("ParticipantLabels", "Higher education"),
    }


def sex_labels() -> dict[Sex, str]:
    return {
        Sex.FEMALE: QCoreApplication.translate("ParticipantLabels", "Female"),
        Sex.MALE: QCoreApplication.translate("ParticipantLabels", "Male"),
    }


def end_goal_labels() -> dict[str, str]:
    return {
        "qualify_higher_education_or_work": QCoreApplication.translate(
            "ParticipantLabels", "Qualify for higher education or work"
        ),
        "complete_upper_secondary": QCoreApplication.translate(
            "ParticipantLabels", "Complete upper secondary"
        ),
        "work_or_primary_school": QCoreApplication.translate(
            "ParticipantLabels", "Work or primary school"
        ),
    }


def deadline_labels() -> dict[str, str]:
    return {
        "mapping": QCoreApplication.translate("ParticipantLabels", "Mapping"),
        "decision": QCoreApplication.translate("ParticipantLabels", "Decision"),
        "programme_start": QCoreApplication.translate("ParticipantLabels", "Programme start"),
        "decision_window": QCoreApplication.translate("ParticipantLabels", "2-year window"),
    }


def qualification_status_labels() -> dict[str, str]:
    return {
        "not_applied": QCoreApplication.translate("ParticipantLabels", "Not applied"),
        "applied": QCoreApplication.translate("ParticipantLabels", "Applied"),
        "approved": QCoreApplication.translate("ParticipantLabels", "Approved"),
        "rejected": QCoreApplication.translate("ParticipantLabels", "Rejected"),
    }


def qualification_kind_labels() -> dict[str, str]:
    return {
        "vocational_approval": QCoreApplication.translate(
            "ParticipantLabels", "HK-dir vocational approval"
        ),
        "prior_learning": QCoreApplication.translate(
            "ParticipantLabels", "Prior learning (realkompetanse)"
        ),
    }
