"""Participant rows ↔ records."""

from __future__ import annotations

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from introdesk.domain.codes import ParticipantStatus, Sex
from introdesk.domain.records import NewParticipant, ParticipantRecord
from introdesk.persistence.models import Adviser, ParticipantRow


def _to_record(row: ParticipantRow, adviser_name: str | None) -> ParticipantRecord:
    return ParticipantRecord(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        preferred_name=row.preferred_name,
        birth_date=row.birth_date,
        national_id=row.national_id,
        sex=Sex(row.sex) if row.sex else None,
        status=ParticipantStatus(row.status),
        adviser_id=row.adviser_id,
        adviser_name=adviser_name or "",
        archived=row.archived_at is not None,
    )


def _base_query() -> Select[ParticipantRow, str]:
    return select(ParticipantRow, Adviser.full_name).outerjoin(
        Adviser, Adviser.id == ParticipantRow.adviser_id
    )


def list_records(
    session: Session, *, include_archived: bool = False, search: str = ""
) -> list[ParticipantRecord]:
    query = _base_query()
    if not include_archived:
        query = query.where(ParticipantRow.archived_at.is_(None))
    if search:
        pattern = f"%{search.lower()}%"
        query = query.where(
            or_(
                func.lower(ParticipantRow.given_name).like(pattern),
                func.lower(ParticipantRow.family_name).like(pattern),
                ParticipantRow.national_id.like(pattern),
            )
        )
    query = query.order_by(ParticipantRow.family_name, ParticipantRow.given_name, ParticipantRow.id)
    return [_to_record(row, name) for row, name in session.execute(query)]


def get_row(session: Session, participant_id: int) -> ParticipantRow | None:
    return session.get(ParticipantRow, participant_id)


def get_record(session: Session, participant_id: int) -> ParticipantRecord | None:
    found = session.execute(_base_query().where(ParticipantRow.id == participant_id)).first()
    return _to_record(found[0], found[1]) if found else None


def find_id_by_national_id(session: Session, national_id: str) -> int | None:
    return session.scalar(
        select(ParticipantRow.id).where(ParticipantRow.national_id == national_id)
    )


def existing_national_ids(session: Session, candidates: set[str]) -> set[str]:
    if not candidates:
        return set()
    found = session.scalars(
        select(ParticipantRow.national_id).where(ParticipantRow.national_id.in_(candidates))
    )
    return {value for value in found if value is not None}


def add(session: Session, new: NewParticipant) -> ParticipantRow:
    row = ParticipantRow(
        given_name=new.given_name,
        family_name=new.family_name,
        preferred_name=new.preferred_name,
        birth_date=new.birth_date,
        national_id=new.national_id,
        sex=new.sex.value if new.sex else "",
        status=new.status.value,
        adviser_id=new.adviser_id,
    )
    session.add(row)
    session.flush()
    return row


def count(session: Session) -> int:
    return session.scalar(select(func.count(ParticipantRow.id))) or 0
