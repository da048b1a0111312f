"""Typed SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from introdesk.persistence.models.audit import AuditEntry
from introdesk.persistence.models.participant import ParticipantRow
from introdesk.persistence.models.settings import Adviser, SettingRow

__all__ = ["Adviser", "AuditEntry", "ParticipantRow", "SettingRow"]
