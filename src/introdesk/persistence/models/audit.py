"""The audit log: who changed what, when, from which value to which.

Written by the services layer in the same transaction as the change it records, so a change
and its audit entry are committed or rolled back together. Each row carries ``row_hash``, a
SHA-256 of its content and of the previous row's hash (``prev_hash``), so a row edited or removed
outside the program breaks the chain and ``db check`` names it (``persistence/audit_chain.py``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))  # create, update, archive, restore, …
    entity: Mapped[str] = mapped_column(String(50))  # participant, setting, adviser, …
    entity_id: Mapped[str] = mapped_column(String(50))
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    row_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
