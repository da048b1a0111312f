"""Participants (brief §7.1), split by concern:

- ``service``: the use cases (list, create, change, archive, the full record and its history);
- ``checks``: what blocks or warns about a record before it is saved (no database needed);
- ``summaries``: a participant's row in the list, with what the rules say about it;
- ``audit_changes``: the audit entries a new or changed record writes.
"""

from introdesk.services.participants.audit_changes import competence_changes, created_changes
from introdesk.services.participants.checks import (
    complete_fields,
    field_warnings,
    is_record_id,
    national_id_check,
    national_id_problem,
    validate_fields,
    validate_new,
)
from introdesk.services.participants.service import EDITABLE, HKDIR_CATALOGUE, ParticipantService
from introdesk.services.participants.summaries import assessment_tables, summary_of

__all__ = [
    "EDITABLE",
    "HKDIR_CATALOGUE",
    "ParticipantService",
    "assessment_tables",
    "competence_changes",
    "complete_fields",
    "created_changes",
    "field_warnings",
    "is_record_id",
    "national_id_check",
    "national_id_problem",
    "summary_of",
    "validate_fields",
    "validate_new",
]
