"""Participant rows ↔ records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, Table, case, delete, func, insert, or_, select
from sqlalchemy.orm import Session, object_session

from introdesk.core import clock
from introdesk.domain.codes import (
    EducationLevel,
    ParticipantStatus,
    PermitType,
    Programme,
    Regime,
    Sex,
)
from introdesk.domain.participant_details import (
    FIELD_NAMES,
    CompetenceMapping,
    Education,
    LanguageSkill,
    ParticipantFields,
    Qualification,
    StatusPeriod,
    WorkExperience,
)
from introdesk.domain.records import NewParticipant, ParticipantRecord
from introdesk.persistence.column_limits import visible
from introdesk.persistence.models import (
    Adviser,
    EducationRow,
    LanguageSkillRow,
    ParticipantRow,
    QualificationRow,
    StatusPeriodRow,
    WorkExperienceRow,
)

# Statuses a person can have before any programme event; they are typed, not read from events.
TYPED_STATUSES = frozenset({ParticipantStatus.REFERRED.value, ParticipantStatus.MAPPED.value})


def current_status(day: date | None = None) -> ColumnElement[str]:
    """The status in effect on ``day`` (the clock's today by default), as a column of a
    participants query. It is read from the status history, which is the read-out of the
    programme events including their future dates (issue 14 item 4: a start recorded ahead
    becomes "in programme" on its day without anything being written then): the newest entry
    read from an event that has begun wins; without one, the newest typed entry (referred,
    mapped); with no entry that has begun, the stored status."""
    on = day or clock.today()
    # Table columns, not the mapped classes' attributes: the participant list is a plain
    # (Core) query and needs no ORM compilation (issue 18); ORM queries take them as well.
    history, person = StatusPeriodRow.__table__.c, ParticipantRow.__table__.c
    typed = case((history.status.in_(sorted(TYPED_STATUSES)), 0), else_=1)
    newest = (
        select(history.status)
        .where(history.participant_id == person.id)
        .where(history.from_date <= on)
        .order_by(typed.desc(), history.from_date.desc(), history.id.desc())
        .limit(1)
        .correlate(ParticipantRow.__table__)
        .scalar_subquery()
    )
    return func.coalesce(newest, person.status)


def statuses_on(
    session: Session, day: date | None = None, participant_ids: Sequence[int] | None = None
) -> dict[int, ParticipantStatus]:
    """``current_status`` per participant (all, or these)."""
    query = select(ParticipantRow.id, current_status(day))
    if participant_ids is not None:
        query = query.where(ParticipantRow.id.in_(list(participant_ids)))
    return {pid: ParticipantStatus(status) for pid, status in session.execute(query)}


def _with_status(
    record: ParticipantRecord, statuses: Mapping[int, ParticipantStatus]
) -> ParticipantRecord:
    status = statuses.get(record.id, record.status)
    return record if status is record.status else replace(record, status=status)


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
        row_version=row.row_version,
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
    records = [_to_record(row, name) for row, name in session.execute(query)]
    statuses = statuses_on(session)
    return [_with_status(record, statuses) for record in records]


def get_row(
    session: Session, participant_id: int, *, for_update: bool = False
) -> ParticipantRow | None:
    """The row; ``for_update`` locks it until commit (PostgreSQL; SQLite's write transactions
    hold the database lock already), so a version check and the write see the same row."""
    return session.get(ParticipantRow, participant_id, with_for_update=for_update)


def lock_rows(session: Session, participant_ids: Sequence[int] | None = None) -> list[int]:
    """Lock participants (all, or these) until commit, in id order so two lockers never
    deadlock; PostgreSQL only (SQLite's write transactions hold the database lock). Returns
    the ids found."""
    query = select(ParticipantRow.id).order_by(ParticipantRow.id).with_for_update()
    if participant_ids is not None:
        query = query.where(ParticipantRow.id.in_(list(participant_ids)))
    return list(session.scalars(query))


def get_record(session: Session, participant_id: int) -> ParticipantRecord | None:
    found = session.execute(_base_query().where(ParticipantRow.id == participant_id)).first()
    if found is None:
        return None
    return _with_status(
        _to_record(found[0], found[1]), statuses_on(session, None, [participant_id])
    )


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


def all_national_ids(session: Session) -> set[str]:
    found = session.scalars(
        select(ParticipantRow.national_id).where(ParticipantRow.national_id.is_not(None))
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


# --- the full record (brief §1.1–§1.4, §6) ----------------------------------------------------

_CODE_FIELDS = {
    "sex": Sex,
    "permit_type": PermitType,
    "regime": Regime,
    "education_level": EducationLevel,
    "status": ParticipantStatus,
    "programme": Programme,
}


# Each code's member by its stored text (a dictionary look-up instead of the enum's call,
# 30 000 times for a list of 5 000: issue 18).
_MEMBERS: dict[str, dict[str, Enum]] = {
    name: {member.value: member for member in kind} for name, kind in _CODE_FIELDS.items()
}


def _code_in(name: str, value: Any) -> Any:
    """A stored value → the domain value (enum codes; "" is None for optional codes)."""
    kind = _CODE_FIELDS.get(name)
    if kind is None:
        return value
    if value in (None, ""):
        return None if kind is not Regime else Regime.INTEGRATION_ACT
    member = _MEMBERS[name].get(value)
    return member if member is not None else kind(value)


def _code_out(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    return value


def stored_value(name: str, value: object) -> object:
    """The column value for a domain field value (enums as codes, None codes as "")."""
    if name in _CODE_FIELDS and value is None:
        return ""
    return _code_out(value)


def fields_of(values: Mapping[Any, Any]) -> ParticipantFields:
    """ParticipantFields from a row or a row mapping with the column names."""
    return _fields({name: values[name] for name in FIELD_NAMES})


def _fields(plain: dict[str, Any]) -> ParticipantFields:
    """ParticipantFields from the stored values by field name (``plain`` is changed)."""
    for name in _CODE_FIELDS:
        plain[name] = _code_in(name, plain[name])
    return ParticipantFields(**plain)


def row_fields(row: ParticipantRow) -> ParticipantFields:
    """The row's fields, with the status in effect today (``statuses_on``)."""
    fields = fields_of({name: getattr(row, name) for name in FIELD_NAMES})
    session = object_session(row)
    if session is None or row.id is None:
        return fields
    status = statuses_on(session, None, [row.id]).get(row.id, fields.status)
    return fields if status is fields.status else replace(fields, status=status)


def add_fields(session: Session, record: ParticipantFields) -> ParticipantRow:
    row = ParticipantRow(
        **{name: stored_value(name, getattr(record, name)) for name in FIELD_NAMES}
    )
    session.add(row)
    session.flush()
    return row


def add_many(session: Session, records: list[ParticipantFields]) -> list[int]:
    """Insert many records in one go; returns their ids in order."""
    rows = [
        ParticipantRow(**{name: stored_value(name, getattr(r, name)) for name in FIELD_NAMES})
        for r in records
    ]
    session.add_all(rows)
    session.flush()
    return [row.id for row in rows]


def adviser_name(session: Session, adviser_id: int | None) -> str:
    if adviser_id is None:
        return ""
    return session.scalar(select(Adviser.full_name).where(Adviser.id == adviser_id)) or ""


def list_field_rows(
    session: Session,
    *,
    include_archived: bool = False,
    status: str | None = None,
    adviser_id: int | None = None,
) -> list[tuple[int, ParticipantFields, str, bool]]:
    """(id, fields, adviser name, archived) for every participant, in one query."""
    # The status column is the one in effect today (issue 14 item 4), in the same query.
    # A plain (Core) query on the tables' columns: 5 000 rows of plain values need none of the
    # ORM's compilation or row handling (issue 18).
    status_now = current_status().label("status")
    person, adviser_table = ParticipantRow.__table__, Adviser.__table__
    columns = [
        status_now if name == "status" else visible(session, person.c[name]) for name in FIELD_NAMES
    ]
    query = select(person.c.id, person.c.archived_at, adviser_table.c.full_name, *columns)
    query = query.select_from(
        person.outerjoin(adviser_table, adviser_table.c.id == person.c.adviser_id)
    )
    if not include_archived:
        query = query.where(person.c.archived_at.is_(None))
    if status:
        query = query.where(current_status() == status)
    if adviser_id is not None:
        query = query.where(person.c.adviser_id == adviser_id)
    query = query.order_by(person.c.family_name, person.c.given_name, person.c.id)
    # Rows as tuples in the order selected (faster than by name for thousands of rows).
    return [
        (
            pid,
            _fields(dict(zip(FIELD_NAMES, values, strict=True))),
            adviser or "",
            archived_at is not None,
        )
        for pid, archived_at, adviser, *values in session.execute(query)
    ]


def competence(session: Session, participant_id: int) -> CompetenceMapping:
    def rows(model: Any) -> list[Any]:
        return list(
            session.scalars(
                select(model).where(model.participant_id == participant_id).order_by(model.id)
            )
        )

    return CompetenceMapping(
        education=tuple(
            Education(
                level=EducationLevel(r.level),
                country=r.country,
                field=r.field,
                years=r.years,
                completed=r.completed,
            )
            for r in rows(EducationRow)
        ),
        work=tuple(
            WorkExperience(occupation=r.occupation, country=r.country, years=Decimal(r.years))
            for r in rows(WorkExperienceRow)
        ),
        languages=tuple(
            LanguageSkill(language=r.language, level=r.level) for r in rows(LanguageSkillRow)
        ),
        qualifications=tuple(
            Qualification(
                kind=r.kind,
                country=r.country,
                trade=r.trade,
                status=r.status,
                applied_on=r.applied_on,
                decided_on=r.decided_on,
                note=r.note,
            )
            for r in rows(QualificationRow)
        ),
    )


def replace_competence(
    session: Session, participant_id: int, mapping: CompetenceMapping, *, flush: bool = True
) -> None:
    """Replace the competence lists (``flush=False`` for a new participant: nothing to delete,
    and many can then be written in one flush)."""
    if flush:
        for model in (EducationRow, WorkExperienceRow, LanguageSkillRow, QualificationRow):
            session.execute(delete(model).where(model.participant_id == participant_id))
    for e in mapping.education:
        session.add(
            EducationRow(
                participant_id=participant_id,
                level=e.level.value,
                country=e.country,
                field=e.field,
                years=e.years,
                completed=e.completed,
            )
        )
    for w in mapping.work:
        session.add(
            WorkExperienceRow(
                participant_id=participant_id,
                occupation=w.occupation,
                country=w.country,
                years=w.years,
            )
        )
    for lang in mapping.languages:
        session.add(
            LanguageSkillRow(
                participant_id=participant_id, language=lang.language, level=lang.level
            )
        )
    for q in mapping.qualifications:
        session.add(
            QualificationRow(
                participant_id=participant_id,
                kind=q.kind,
                country=q.country,
                trade=q.trade,
                status=q.status,
                applied_on=q.applied_on,
                decided_on=q.decided_on,
                note=q.note,
            )
        )
    if flush:
        session.flush()


def add_status_period(
    session: Session,
    participant_id: int,
    status: ParticipantStatus,
    from_date: date,
    note: str = "",
) -> None:
    session.add(
        StatusPeriodRow(
            participant_id=participant_id, status=status.value, from_date=from_date, note=note
        )
    )


def with_children(session: Session) -> set[int]:
    """Ids of the participants with children under 18 (demo data: who can have a sick child)."""
    query = select(ParticipantRow.id).where(ParticipantRow.children_under_18 > 0)
    return set(session.scalars(query))


def add_status_periods(
    session: Session, periods: Sequence[tuple[int, ParticipantStatus, date, str]]
) -> None:
    """Many status-history rows (participant, status, from, note) in one insert, in the given
    order (demo data: one statement instead of an ORM object per row)."""
    if periods:
        # The table, not the mapped class: a plain executemany (the ORM's bulk path costs more).
        session.execute(
            insert(cast(Table, StatusPeriodRow.__table__)),
            [
                {"participant_id": pid, "status": s.value, "from_date": d, "note": note}
                for pid, s, d, note in periods
            ],
        )


def status_history(session: Session, participant_id: int) -> list[StatusPeriod]:
    rows = session.scalars(
        select(StatusPeriodRow)
        .where(StatusPeriodRow.participant_id == participant_id)
        .order_by(StatusPeriodRow.from_date, StatusPeriodRow.id)
    )
    return [StatusPeriod(ParticipantStatus(r.status), r.from_date, r.note) for r in rows]
