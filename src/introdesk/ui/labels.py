"""Translated labels for the stable codes in ``domain.codes``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from introdesk.domain.attendance import AbsenceType
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.language_tests import ExemptionKind, SocialStudiesVersion
from introdesk.rules.catalogue import ElementType, load_catalogue


def status_label(status: ParticipantStatus) -> str:
    labels = {
        ParticipantStatus.REFERRED: QCoreApplication.translate("Labels", "Referred"),
        ParticipantStatus.MAPPED: QCoreApplication.translate("Labels", "Mapped"),
        ParticipantStatus.DECIDED: QCoreApplication.translate("Labels", "Decided"),
        ParticipantStatus.IN_PROGRAMME: QCoreApplication.translate("Labels", "In programme"),
        ParticipantStatus.ON_LEAVE: QCoreApplication.translate("Labels", "On leave"),
        ParticipantStatus.STOPPED: QCoreApplication.translate("Labels", "Stopped"),
        ParticipantStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        ParticipantStatus.INTERRUPTED: QCoreApplication.translate("Labels", "Interrupted"),
    }
    return labels[status]


def absence_labels() -> dict[AbsenceType, str]:
    """The absence codes (brief §2.3) as a coordinator names them."""
    return {
        AbsenceType.HOLIDAY: QCoreApplication.translate("Labels", "Holiday"),
        AbsenceType.SELF_CERTIFIED_ILLNESS: QCoreApplication.translate(
            "Labels", "Self-certified illness"
        ),
        AbsenceType.DOCTOR_CERTIFIED_ILLNESS: QCoreApplication.translate(
            "Labels", "Illness with doctor's certificate"
        ),
        AbsenceType.SICK_CHILD: QCoreApplication.translate("Labels", "Sick child"),
        AbsenceType.PREGNANCY_CHECKUP: QCoreApplication.translate("Labels", "Pregnancy check-up"),
        AbsenceType.PREGNANCY: QCoreApplication.translate("Labels", "Leave during pregnancy"),
        AbsenceType.BIRTH_LEAVE_MOTHER: QCoreApplication.translate(
            "Labels", "Birth leave (mother)"
        ),
        AbsenceType.BIRTH_LEAVE_FATHER: QCoreApplication.translate(
            "Labels", "Birth leave (father/co-mother)"
        ),
        AbsenceType.BREASTFEEDING: QCoreApplication.translate("Labels", "Breastfeeding"),
        AbsenceType.CARE_LEAVE: QCoreApplication.translate("Labels", "Care leave"),
        AbsenceType.WELFARE_LEAVE: QCoreApplication.translate("Labels", "Welfare leave"),
        AbsenceType.LONG_TERM_ILLNESS: QCoreApplication.translate(
            "Labels", "Long-term illness (leave)"
        ),
        AbsenceType.UNPAID_LEAVE: QCoreApplication.translate("Labels", "Unpaid leave"),
        AbsenceType.INVALID: QCoreApplication.translate("Labels", "Invalid absence"),
    }


def absence_label(code: str) -> str:
    """The label of a stored absence code; an unknown code is shown as it is."""
    try:
        return absence_labels()[AbsenceType(code)]
    except ValueError:
        return code


def exemption_kind_label(kind: str) -> str:
    """What an exemption decision covers (brief §4.0), as the coordinator names it."""
    labels = {
        ExemptionKind.NORWEGIAN_TRAINING: QCoreApplication.translate(
            "Labels", "Norwegian training"
        ),
        ExemptionKind.SOCIAL_STUDIES_TRAINING: QCoreApplication.translate(
            "Labels", "Social-studies training"
        ),
        ExemptionKind.NORWEGIAN_TEST: QCoreApplication.translate("Labels", "Norwegian test"),
        ExemptionKind.SOCIAL_STUDIES_TEST: QCoreApplication.translate(
            "Labels", "Social-studies test"
        ),
    }
    try:
        return labels[ExemptionKind(kind)]
    except ValueError:
        return kind


def social_studies_version_label(version: str) -> str:
    labels = {
        SocialStudiesVersion.HOURS_75: QCoreApplication.translate("Labels", "75 hours"),
        SocialStudiesVersion.HOURS_50: QCoreApplication.translate("Labels", "50 hours"),
    }
    try:
        return labels[SocialStudiesVersion(version)]
    except ValueError:
        return version


def interface_language() -> str:
    """``nb`` or ``nn`` while the window speaks Norwegian Bokmål or Nynorsk (``ui.i18n`` sets
    the default locale with the translator), else ``en``: the source strings' language."""
    language = QLocale().language()
    if language == QLocale.Language.NorwegianNynorsk:
        return "nn"
    return "nb" if language == QLocale.Language.NorwegianBokmal else "en"


@cache
def _plan_elements() -> dict[str, ElementType]:
    return load_catalogue()


def plan_element_label(code: str) -> str:
    """A plan element's name in the interface language (``norwegian`` → "Norskopplæring");
    a code missing from the catalogue is shown as it is."""
    kind = _plan_elements().get(code)
    if kind is None:
        return code
    return kind.name(interface_language())
