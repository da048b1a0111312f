"""The audit log's stored words as a team leader reads them: the action and the kind of record
in the interface language, and a coded value (a participant's status, an absence code) by its
label. Field names stay as stored: they name the database column the change was made to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.ui.labels import absence_label, status_label

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
_STATUSES = {status.value: status for status in ParticipantStatus}
ABSENCE_FIELDS = frozenset({"absence_code", "absence_type"})


def _translated(table: dict[str, str], code: str) -> str:
    english = table.get(code)
    return QCoreApplication.translate(CONTEXT, english) if english else code


def action_label(action: str) -> str:
    return _translated(ACTIONS, action)


def entity_label(entity: str) -> str:
    return _translated(ENTITIES, entity)


def value_label(field: str, value: str | None) -> str:
    """A stored value as shown: a status or absence code by its label, anything else as is."""
    if not value:
        return ""
    if field == "status" and value in _STATUSES:
        return status_label(_STATUSES[value])
    if field in ABSENCE_FIELDS:
        return absence_label(value)
    return value
