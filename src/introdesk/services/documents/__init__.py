"""Printed documents, split by concern:

- ``service``: from the database to PDF bytes, one read-only unit of work per document
  (``DocumentService``);
- ``shared``: the participant's label language, the header, the contact, end-goal texts and
  element names every document uses;
- ``plan_documents``: the integration plan and contract;
- ``programme_documents``: the § 12 decision letter and the certificate;
- ``attendance_documents``: the deduction statement and the attendance sign-in sheet.

The ``*_document`` functions are pure mappings from domain values to the plain data the
renderers in ``reporting.pdf`` print.
"""

from introdesk.services.documents.attendance_documents import (
    attendance_document,
    deduction_document,
    statement_notes,
)
from introdesk.services.documents.plan_documents import (
    DAY_ENDS_BY,
    DAY_STARTS_AT,
    contract_document,
    language_goals,
    plan_document,
    plan_elements,
    typical_week,
    week_timetable,
)
from introdesk.services.documents.programme_documents import (
    LEGAL_BASIS,
    REASONS_NB,
    address_lines,
    certificate_document,
    decision_document,
    ordinary_end,
    planned_hours,
    programme_course,
)
from introdesk.services.documents.service import (
    DOCUMENTS,
    BatchItem,
    BenefitLookup,
    DocumentService,
    PlanLookup,
)
from introdesk.services.documents.shared import (
    END_GOAL_NB,
    LANGUAGE_ALIASES,
    NOT_SET_NB,
    check_language,
    contact_from,
    document_language,
    element_name,
    end_goal_key,
    end_goal_text,
    header_from_settings,
    language_code,
)

__all__ = [
    "DAY_ENDS_BY",
    "DAY_STARTS_AT",
    "DOCUMENTS",
    "END_GOAL_NB",
    "LANGUAGE_ALIASES",
    "LEGAL_BASIS",
    "NOT_SET_NB",
    "REASONS_NB",
    "BatchItem",
    "BenefitLookup",
    "DocumentService",
    "PlanLookup",
    "address_lines",
    "attendance_document",
    "certificate_document",
    "check_language",
    "contact_from",
    "contract_document",
    "decision_document",
    "deduction_document",
    "document_language",
    "element_name",
    "end_goal_key",
    "end_goal_text",
    "header_from_settings",
    "language_code",
    "language_goals",
    "ordinary_end",
    "plan_document",
    "plan_elements",
    "planned_hours",
    "programme_course",
    "statement_notes",
    "typical_week",
    "week_timetable",
]
