"""What a new or changed participant record writes to the audit log, field by field."""

from __future__ import annotations

from enum import Enum

from introdesk.domain.participant_details import FIELD_NAMES, CompetenceMapping, ParticipantFields


def created_changes(record: ParticipantFields) -> dict[str, tuple[object, object]]:
    """Audit changes for a new record: every field that has a value."""
    return {
        name: (None, value)
        for name in FIELD_NAMES
        if (value := getattr(record, name)) not in (None, "", False, 0)
    }


def _competence_text(items: tuple[object, ...]) -> str:
    def one(item: object) -> str:
        parts = []
        for name in getattr(item, "__dataclass_fields__", {}):
            value = getattr(item, name)
            if value in (None, ""):
                continue
            parts.append(f"{name}={value.value if isinstance(value, Enum) else value}")
        return ", ".join(parts)

    return "; ".join(one(item) for item in items)


def competence_changes(
    before: CompetenceMapping, after: CompetenceMapping
) -> dict[str, tuple[object, object]]:
    """Audit changes for the competence mapping: one entry per changed list, as text."""
    changes: dict[str, tuple[object, object]] = {}
    for name in ("education", "work", "languages", "qualifications"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes[f"competence.{name}"] = (
                _competence_text(old) or None,
                _competence_text(new) or None,
            )
    return changes
