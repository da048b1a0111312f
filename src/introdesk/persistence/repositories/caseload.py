"""Whose caseload a participant is in, and with whom it is shared (brief issue 16)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.persistence.models import Adviser, CaseloadShareRow, ParticipantRow


def adviser_by_login(session: Session, login: str) -> Adviser | None:
    return session.scalar(select(Adviser).where(Adviser.username == login.strip()))


def adviser_by_name(session: Session, full_name: str) -> Adviser | None:
    wanted = full_name.strip().casefold()
    for row in session.scalars(select(Adviser)):
        if row.full_name.casefold() == wanted:
            return row
    return None


def participant(session: Session, participant_id: int) -> ParticipantRow | None:
    return session.get(ParticipantRow, participant_id)


def share(session: Session, participant_id: int, adviser_id: int) -> bool:
    """Share a participant with an adviser; False when it already was."""
    existing = session.scalar(
        select(CaseloadShareRow.id).where(
            CaseloadShareRow.participant_id == participant_id,
            CaseloadShareRow.adviser_id == adviser_id,
        )
    )
    if existing is not None:
        return False
    session.add(CaseloadShareRow(participant_id=participant_id, adviser_id=adviser_id))
    session.flush()
    return True


def shared_with(session: Session, participant_id: int) -> list[str]:
    """Logins the participant is shared with."""
    query = (
        select(Adviser.username)
        .join(CaseloadShareRow, CaseloadShareRow.adviser_id == Adviser.id)
        .where(CaseloadShareRow.participant_id == participant_id)
        .order_by(Adviser.username)
    )
    return list(session.scalars(query))


def adviser_login(session: Session, adviser_id: int | None) -> str:
    """The login of the adviser with this id ("" for none)."""
    if adviser_id is None:
        return ""
    return session.scalar(select(Adviser.username).where(Adviser.id == adviser_id)) or ""
