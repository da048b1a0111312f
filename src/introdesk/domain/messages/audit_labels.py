"""The audit log's stored words (actions, kinds of record, common fields) as a team leader reads
them, marked for Qt Linguist in the context ``AuditLabels`` without Qt: the window's audit dialog
(``ui/audit_labels.py``) and ``introdesk audit`` (``app/commands/audit.py``, through the .ts files)
use the same table. A word not here is shown as stored."""

from __future__ import annotations

from introdesk.domain.messages.marker import QT_TRANSLATE_NOOP

CONTEXT = "AuditLabels"
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "version": QT_TRANSLATE_NOOP("AuditLabels", "New version"),
    "sign": QT_TRANSLATE_NOOP("AuditLabels", "Signed"),
    "lock": QT_TRANSLATE_NOOP("AuditLabels", "Locked"),
    "link_login": QT_TRANSLATE_NOOP("AuditLabels", "Login linked"),
    "correct": QT_TRANSLATE_NOOP("AuditLabels", "Corrected"),
    "assign": QT_TRANSLATE_NOOP("AuditLabels", "Assigned"),
    "archive": QT_TRANSLATE_NOOP("AuditLabels", "Archived"),
    "accept_missing": QT_TRANSLATE_NOOP("AuditLabels", "Accepted as missing"),
}
ENTITIES = {
    "adviser": QT_TRANSLATE_NOOP("AuditLabels", "Adviser"),
    "attendance": QT_TRANSLATE_NOOP("AuditLabels", "Attendance"),
    "benefit_adjustment": QT_TRANSLATE_NOOP("AuditLabels", "Benefit adjustment"),
    "benefit_month": QT_TRANSLATE_NOOP("AuditLabels", "Benefit month"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Export"),
    "lesson_attendance": QT_TRANSLATE_NOOP("AuditLabels", "Lesson attendance"),
    "other_benefit": QT_TRANSLATE_NOOP("AuditLabels", "Other income"),
    "participant": QT_TRANSLATE_NOOP("AuditLabels", "Participant"),
    "plan_version": QT_TRANSLATE_NOOP("AuditLabels", "Plan version"),
    "programme_event": QT_TRANSLATE_NOOP("AuditLabels", "Programme event"),
    "setting": QT_TRANSLATE_NOOP("AuditLabels", "Setting"),
    "training": QT_TRANSLATE_NOOP("AuditLabels", "Training"),
    "training_class": QT_TRANSLATE_NOOP("AuditLabels", "Class"),
    "training_class_member": QT_TRANSLATE_NOOP("AuditLabels", "Class member"),
    "training_exemption": QT_TRANSLATE_NOOP("AuditLabels", "Training exemption"),
    "training_leave": QT_TRANSLATE_NOOP("AuditLabels", "Training leave"),
    "training_lesson": QT_TRANSLATE_NOOP("AuditLabels", "Lesson"),
    "norskproven_result": QT_TRANSLATE_NOOP("AuditLabels", "Norskprøven result"),
    "citizenship_test_result": QT_TRANSLATE_NOOP("AuditLabels", "Citizenship test result"),
    "social_studies_result": QT_TRANSLATE_NOOP("AuditLabels", "Social studies test result"),
    "test_exemption": QT_TRANSLATE_NOOP("AuditLabels", "Test exemption"),
}
# The fields changed most often (participant record, plans, tests, attendance, settings).
FIELDS = {
    "source": QT_TRANSLATE_NOOP("AuditLabels", "Source"),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "Status"),
    "participant_id": QT_TRANSLATE_NOOP("AuditLabels", "Participant"),
    "given_name": QT_TRANSLATE_NOOP("AuditLabels", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("AuditLabels", "Family name"),
    "national_id": QT_TRANSLATE_NOOP("AuditLabels", "National ID"),
    "birth_date": QT_TRANSLATE_NOOP("AuditLabels", "Birth date"),
    "adviser": QT_TRANSLATE_NOOP("AuditLabels", "Adviser"),
    "adviser_id": QT_TRANSLATE_NOOP("AuditLabels", "Adviser"),
    "permit_type": QT_TRANSLATE_NOOP("AuditLabels", "Permit"),
    "permit_date": QT_TRANSLATE_NOOP("AuditLabels", "Permit date"),
    "settlement_date": QT_TRANSLATE_NOOP("AuditLabels", "Settlement date"),
    "decision_date": QT_TRANSLATE_NOOP("AuditLabels", "Decision date"),
    "programme_start": QT_TRANSLATE_NOOP("AuditLabels", "Programme start"),
    "version": QT_TRANSLATE_NOOP("AuditLabels", "Version"),
    "rows": QT_TRANSLATE_NOOP("AuditLabels", "Rows"),
    "test_date": QT_TRANSLATE_NOOP("AuditLabels", "Test date"),
    "sub_skill": QT_TRANSLATE_NOOP("AuditLabels", "Sub-skill"),
    "level": QT_TRANSLATE_NOOP("AuditLabels", "Level"),
    "registration_level": QT_TRANSLATE_NOOP("AuditLabels", "Registration level"),
    "score": QT_TRANSLATE_NOOP("AuditLabels", "Score"),
    "max_score": QT_TRANSLATE_NOOP("AuditLabels", "Maximum score"),
    "language": QT_TRANSLATE_NOOP("AuditLabels", "Language"),
    "passed": QT_TRANSLATE_NOOP("AuditLabels", "Passed"),
    "kind": QT_TRANSLATE_NOOP("AuditLabels", "Kind"),
    "legal_basis": QT_TRANSLATE_NOOP("AuditLabels", "Legal basis"),
    "reason": QT_TRANSLATE_NOOP("AuditLabels", "Reason"),
    "note": QT_TRANSLATE_NOOP("AuditLabels", "Note"),
    "day": QT_TRANSLATE_NOOP("AuditLabels", "Day"),
    "minutes": QT_TRANSLATE_NOOP("AuditLabels", "Minutes"),
    "absence_code": QT_TRANSLATE_NOOP("AuditLabels", "Absence code"),
    "absence_type": QT_TRANSLATE_NOOP("AuditLabels", "Absence code"),
    "amount": QT_TRANSLATE_NOOP("AuditLabels", "Amount"),
    "month": QT_TRANSLATE_NOOP("AuditLabels", "Month"),
    "municipality_name": QT_TRANSLATE_NOOP("AuditLabels", "Municipality name"),
    "municipality_number": QT_TRANSLATE_NOOP("AuditLabels", "Municipality number"),
    "document_standard": QT_TRANSLATE_NOOP("AuditLabels", "Written standard of documents"),
    "username": QT_TRANSLATE_NOOP("AuditLabels", "Username"),
    "full_name": QT_TRANSLATE_NOOP("AuditLabels", "Full name"),
}
