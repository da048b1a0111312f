"""Labels and small helpers shared by the parts of the Plans page."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from introdesk.domain.codes import SubSkill
from introdesk.domain.numbers import parse_decimal
from introdesk.domain.plan_versions import ChangeKind, PlanChange, PlanVersion
from introdesk.domain.plans import EndGoalType, Severity
from introdesk.ui.formatting import fmt_date, fmt_decimal

FIRST_DAY_COLUMN = 2  # columns: element, period, Mon … Sun, week total
TOTAL_COLUMN = FIRST_DAY_COLUMN + 7
GREY = QColor(150, 150, 150)
SEVERITY_COLOURS = {
    Severity.ERROR: QColor(180, 30, 30),
    Severity.WARNING: QColor(160, 100, 0),
    Severity.INFO: QColor(40, 90, 160),
}


def hours_text(value: Decimal) -> str:
    return fmt_decimal(value, 2).rstrip("0").rstrip(",") if value else ""


def end_goal_labels() -> dict[EndGoalType, str]:
    return {
        EndGoalType.WORK: QCoreApplication.translate("PlansPage", "Work"),
        EndGoalType.UPPER_SECONDARY: QCoreApplication.translate(
            "PlansPage", "Upper-secondary education"
        ),
        EndGoalType.HIGHER_EDUCATION: QCoreApplication.translate("PlansPage", "Higher education"),
        EndGoalType.PRIMARY_SCHOOL: QCoreApplication.translate("PlansPage", "Primary school"),
        EndGoalType.OTHER: QCoreApplication.translate("PlansPage", "Other"),
    }


def skill_labels() -> dict[SubSkill, str]:
    return {
        SubSkill.LISTENING: QCoreApplication.translate("PlansPage", "Listening"),
        SubSkill.READING: QCoreApplication.translate("PlansPage", "Reading"),
        SubSkill.WRITING: QCoreApplication.translate("PlansPage", "Writing"),
        SubSkill.ORAL: QCoreApplication.translate("PlansPage", "Oral"),
    }


def severity_label(severity: Severity) -> str:
    return {
        Severity.ERROR: QCoreApplication.translate("PlansPage", "Error"),
        Severity.WARNING: QCoreApplication.translate("PlansPage", "Warning"),
        Severity.INFO: QCoreApplication.translate("PlansPage", "Note"),
    }[severity]


def change_text(change: PlanChange) -> str:
    if change.kind is ChangeKind.ADDED:
        return (
            QCoreApplication.translate("PlansPage", "Added %1: %2")
            .replace("%1", change.subject)
            .replace("%2", change.new)
        )
    if change.kind is ChangeKind.REMOVED:
        return (
            QCoreApplication.translate("PlansPage", "Removed %1: %2")
            .replace("%1", change.subject)
            .replace("%2", change.old)
        )
    return (
        QCoreApplication.translate("PlansPage", "Changed %1: %2 → %3")
        .replace("%1", change.subject)
        .replace("%2", change.old or "–")
        .replace("%3", change.new or "–")
    )


def hours_in(text: str) -> Decimal | None:
    """Hours typed in a calendar cell (comma or point; empty is 0), or None if not 0–24."""
    try:
        value = parse_decimal(text.strip() or "0")
    except ValueError:
        return None
    if not Decimal(0) <= value <= Decimal(24):
        return None
    return value


def version_text(version: PlanVersion, count: int, *, older_draft: bool) -> str:
    """``Version 2 of 3: signed 01.02.2026 by …`` for the header."""
    if version.is_signed:
        status = (
            QCoreApplication.translate("PlansPage", "signed %1 by %2")
            .replace("%1", fmt_date(version.signed_on))
            .replace("%2", version.signed_by)
        )
    else:
        status = QCoreApplication.translate("PlansPage", "draft")
    text = (
        QCoreApplication.translate("PlansPage", "Version %1 of %2: %3")
        .replace("%1", str(version.version))
        .replace("%2", str(count))
        .replace("%3", status)
    )
    if older_draft and not version.is_signed:
        text += " " + QCoreApplication.translate("PlansPage", "(an older draft)")
    return text


def cannot_sign_text() -> str:
    return QCoreApplication.translate(
        "PlansPage",
        "The plan has errors (see Findings). Correct them before the plan and the "
        "integration contract are signed.",
    )


def sign_question(draft: PlanVersion) -> str:
    return (
        QCoreApplication.translate(
            "PlansPage",
            "Sign version %1 and the integration contract today? A signed version can "
            "never be changed; later changes are made as a revision. The participant is in "
            "the programme from %2.",
        )
        .replace("%1", str(draft.version))
        .replace("%2", fmt_date(draft.plan.start))
    )
