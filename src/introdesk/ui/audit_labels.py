"""The audit log's stored words as a team leader reads them: the action and the kind of record
in the interface language, and a coded value (a participant's status, an absence code) by its
label, and the common fields by name. The tables are Qt-free (``domain/messages/audit_labels.py``)
so that ``introdesk audit`` says the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.messages.audit_labels import ACTIONS, CONTEXT, ENTITIES, FIELDS
from introdesk.ui.labels import absence_label, plan_element_label, status_label

_STATUSES = {status.value: status for status in ParticipantStatus}
ABSENCE_FIELDS = frozenset({"absence_code", "absence_type"})


def _translated(table: dict[str, str], code: str) -> str:
    english = table.get(code)
    return QCoreApplication.translate(CONTEXT, english) if english else code


def action_label(action: str) -> str:
    return _translated(ACTIONS, action)


def entity_label(entity: str) -> str:
    return _translated(ENTITIES, entity)


def field_label(field: str) -> str:
    """The field by its label; an attendance row's change (``norwegian.absence_code``) names
    the plan element too, as ``introdesk audit`` does."""
    element, _, name = field.rpartition(".")
    said = _translated(FIELDS, name)
    if not element:
        return said
    return f"{plan_element_label(element)}, {said[:1].lower()}{said[1:]}"


def value_label(field: str, value: str | None) -> str:
    """A stored value as shown: a status or absence code by its label, anything else as is."""
    if not value:
        return ""
    field = field.rpartition(".")[2]
    if field == "status" and value in _STATUSES:
        return status_label(_STATUSES[value])
    if field in ABSENCE_FIELDS:
        return absence_label(value)
    return value
