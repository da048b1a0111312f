"""Participant facts for printed documents (one query, row → plain value)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.codes import EducationLevel, ParticipantStatus, Regime
from introdesk.domain.documents import DocumentPerson
from introdesk.persistence.models import Adviser, ParticipantRow, StatusPeriodRow
from introdesk.persistence.repositories.participants import statuses_on

# Statuses that end the programme: the certificate's period runs to the day one began.
EXIT_STATUSES = (
    ParticipantStatus.COMPLETED.value,
    ParticipantStatus.STOPPED.value,
    ParticipantStatus.INTERRUPTED.value,
)


def document_person(session: Session, participant_id: int) -> DocumentPerson | None:
    found = session.execute(
        select(ParticipantRow, Adviser.full_name, Adviser.email)
        .outerjoin(Adviser, Adviser.id == ParticipantRow.adviser_id)
        .where(ParticipantRow.id == participant_id)
    ).first()
    if found is None:
        return None
    row, adviser_name, adviser_email = found
    status = statuses_on(session, None, [row.id]).get(row.id, ParticipantStatus(row.status))
    try:
        regime = Regime(row.regime)
    except ValueError:
        regime = Regime.INTEGRATION_ACT
    return DocumentPerson(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        status=status,
        regime=regime,
        preferred_name=row.preferred_name or "",
        birth_date=row.birth_date,
        address=row.address or "",
        mother_tongue=row.mother_tongue or "",
        interpreter_language=row.interpreter_language or "",
        decision_date=row.decision_date,
        programme_start=row.programme_start,
        adviser_name=adviser_name or "",
        adviser_email=adviser_email or "",
        upper_secondary_or_higher=bool(row.completed_upper_secondary)
        or row.education_level == EducationLevel.HIGHER.value,
        exit_date=_exit_date(session, row.id, status.value),
    )


def _exit_date(session: Session, participant_id: int, status: str) -> date | None:
    """When the current exit status began (the newest such entry in the status history)."""
    if status not in EXIT_STATUSES:
        return None
    return session.execute(
        select(StatusPeriodRow.from_date)
        .where(StatusPeriodRow.participant_id == participant_id)
        .where(StatusPeriodRow.status == status)
        .order_by(StatusPeriodRow.from_date.desc(), StatusPeriodRow.id.desc())
        .limit(1)
    ).scalar_one_or_none()
