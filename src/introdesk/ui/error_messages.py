"""Coded service errors in the interface language.

Services raise errors with a code and parameters (``domain/errors.py``); this table gives each
code's text for the window, with the same ``{name}`` placeholders. An error without a code, or
with a code missing here, shows its English sentence: the test in ``tests/ui`` lists those.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.errors import IntroDeskError


def coded_texts() -> dict[str, str]:
    conflict = QCoreApplication.translate(
        "ErrorMessages",
        "This was changed by someone else after you opened it. Nothing was saved; what you "
        "typed is kept: check it against that change and save again.",
    )
    return {
        "conflict.changed_by": QCoreApplication.translate(
            "ErrorMessages",
            "This was changed by {actor} at {when} after you opened it. Nothing was saved; what "
            "you typed is kept: check it against that change and save again.",
        ),
        "conflict.changed": conflict,
        "conflict.stale": conflict,
        "database.too_new": QCoreApplication.translate(
            "ErrorMessages",
            "The database {database} was made by a newer version of IntroDesk (schema "
            "{schema}). This version understands up to {head}. Install the newer IntroDesk; the "
            "database has not been changed.",
        ),
        "documents.no_plan": QCoreApplication.translate(
            "ErrorMessages", "This participant has no plan yet"
        ),
        "documents.plans_unavailable": QCoreApplication.translate(
            "ErrorMessages", "Plans are not available in this version"
        ),
        "documents.benefit_unavailable": QCoreApplication.translate(
            "ErrorMessages", "The benefit is not available in this version"
        ),
        "documents.no_municipality": QCoreApplication.translate(
            "ErrorMessages",
            "The municipality's name is not set: fill it in under Settings before printing",
        ),
        "documents.unknown_language": QCoreApplication.translate(
            "ErrorMessages", "No document labels in language {language}; choose one of: {choices}"
        ),
        "documents.decision_needs": QCoreApplication.translate(
            "ErrorMessages", "Cannot write the decision letter: the participant has no {missing}"
        ),
        "documents.certificate_needs_start": QCoreApplication.translate(
            "ErrorMessages", "Cannot write the certificate: the participant has no programme start"
        ),
        "documents.no_benefit_month": QCoreApplication.translate(
            "ErrorMessages", "No benefit was computed for this participant for {month}"
        ),
        "documents.statement_needs_month": QCoreApplication.translate(
            "ErrorMessages", "A deduction statement needs a month (YYYY-MM)"
        ),
        "documents.sheet_needs_people": QCoreApplication.translate(
            "ErrorMessages", "An attendance sheet needs at least one participant"
        ),
        "documents.unknown_document": QCoreApplication.translate(
            "ErrorMessages", "Unknown document {name}; choose one of: {choices}"
        ),
        "participants.not_found": QCoreApplication.translate(
            "ErrorMessages", "No participant with id {id}"
        ),
        "tests.reason_required": QCoreApplication.translate(
            "ErrorMessages", "Give a reason for the correction or deletion"
        ),
        "tests.result_not_found": QCoreApplication.translate(
            "ErrorMessages", "No test result or exemption {ref}"
        ),
        "tests.kind_unchanged": QCoreApplication.translate(
            "ErrorMessages",
            "A correction keeps the kind of result ({ref}); delete it and record the right one",
        ),
    }


def user_message(error: IntroDeskError) -> str:
    """The error in the interface language when it carries a known code, else as raised."""
    template = coded_texts().get(error.code) if error.code else None
    if template is None:
        return str(error)
    return template.format(**error.params)
