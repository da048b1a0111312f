"""Messages of the participant editor in the interface language: identity-number problems,
the service's reasons, and the right/duty assessment shown on the goals tab."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from introdesk.domain.errors import FieldProblem, ValidationError
from introdesk.domain.participant_details import (
    GOAL_REASON_MISSING,
    Assessment,
    goal_text,
)
from introdesk.rules.identifiers import IdProblem
from introdesk.ui.error_messages import user_message
from introdesk.ui.formatting import fmt_date
from introdesk.ui.labels import interface_language
from introdesk.ui.participant_labels import (
    category_label,
    deadline_labels,
    end_goal_labels,
)


def national_id_message(problem: IdProblem) -> str:
    return {
        IdProblem.LENGTH: QCoreApplication.translate(
            "ParticipantEditor", "A national ID number has 11 digits."
        ),
        IdProblem.FORMAT: QCoreApplication.translate("ParticipantEditor", "Digits only, please."),
        IdProblem.CHECKSUM: QCoreApplication.translate(
            "ParticipantEditor",
            "The check digits do not match: check the number for typing errors.",
        ),
        IdProblem.DATE: QCoreApplication.translate(
            "ParticipantEditor", "The birth date in the number is impossible or in the future."
        ),
    }[problem]


_KNOWN_REASONS = (
    "is required",
    "lies in the future",
    "is before the birth date",
    "does not match the birth date in the national id",
    "is not an e-mail address",
    GOAL_REASON_MISSING,
    "already belongs to another participant",
)


def reason_message(reason: str) -> str:
    """The service's reason in the interface language (known reasons; others as given)."""
    known = {
        "is required": QCoreApplication.translate("ParticipantEditor", "Required."),
        "lies in the future": QCoreApplication.translate(
            "ParticipantEditor", "Lies in the future."
        ),
        "is before the birth date": QCoreApplication.translate(
            "ParticipantEditor", "Is before the birth date."
        ),
        "does not match the birth date in the national id": QCoreApplication.translate(
            "ParticipantEditor", "Does not match the birth date in the national ID."
        ),
        "is not an e-mail address": QCoreApplication.translate(
            "ParticipantEditor", "Not an e-mail address."
        ),
        GOAL_REASON_MISSING: QCoreApplication.translate(
            "ParticipantEditor", "Give a reason for the chosen goal."
        ),
        "already belongs to another participant": QCoreApplication.translate(
            "ParticipantEditor", "Already belongs to another participant."
        ),
    }
    return known.get(reason, reason)


def problem_message(problem: FieldProblem) -> str:
    """A problem's reason: the editor's own words when it has them, else the coded reason in
    the interface language (``ui/error_messages.py``), else as given."""
    if problem.reason in _KNOWN_REASONS or not problem.code:
        return reason_message(problem.reason)
    return user_message(ValidationError([replace(problem, row=None, field="", source="")]))


def assessment_html(assessment: Assessment) -> str:
    """Right and duty, deadlines and recommended goals as rich text."""
    heading = QCoreApplication.translate("ParticipantEditor", "Right and duty")
    lines = [
        f"<b>{heading}:</b> {category_label(assessment.category)}",
        "<ul>"
        + "".join(f"<li>{r}</li>" for r in assessment.reasons_in(interface_language()))
        + "</ul>",
    ]
    if assessment.deadlines:
        lines.append(
            "<b>" + QCoreApplication.translate("ParticipantEditor", "Deadlines") + ":</b><ul>"
        )
        for d in assessment.deadlines:
            if d.done_on:
                state = QCoreApplication.translate("ParticipantEditor", "done %1").replace(
                    "%1", fmt_date(d.done_on)
                )
            elif d.overdue:
                state = QCoreApplication.translate("ParticipantEditor", "%1 days overdue").replace(
                    "%1", str(-d.days_left)
                )
            elif d.open:
                state = QCoreApplication.translate("ParticipantEditor", "%1 days left").replace(
                    "%1", str(d.days_left)
                )
            else:
                state = QCoreApplication.translate(
                    "ParticipantEditor", "not relevant in this phase"
                )
            label = deadline_labels().get(d.kind, d.kind)
            lines.append(f"<li>{label}: {fmt_date(d.due)} ({state})</li>")
        lines.append("</ul>")
    unknown = QCoreApplication.translate("ParticipantEditor", "unknown (no education level)")
    group = end_goal_labels().get(assessment.end_goal_recommended, unknown)
    lines.append(
        "<b>"
        + QCoreApplication.translate("ParticipantEditor", "Recommended end goal")
        + f":</b> {group}"
    )
    lines.append(
        "<br><b>"
        + QCoreApplication.translate("ParticipantEditor", "Recommended Norwegian goal")
        + "</b> ("
        + QCoreApplication.translate("ParticipantEditor", "listening/reading/writing/oral")
        + f"): {goal_text(assessment.norwegian_goal_recommended) or '–'}"
    )
    return "".join(lines)
