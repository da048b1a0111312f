"""Dated programme events per participant (issue 14 item 1): decision, start, leave with a kind
and period, stop, resumption, interruption and end with an exit reason code."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class ProgrammeEventRow(Base):
    __tablename__ = "programme_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    day: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)  # last day of leave
    leave_kind: Mapped[str | None] = mapped_column(String(20))
    exit_reason: Mapped[str | None] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Optimistic concurrency (brief issue 15, item 2): an UPDATE from a stale copy matches no row
    # and is refused (SQLAlchemy adds "AND row_version = :old" to each UPDATE).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy API
