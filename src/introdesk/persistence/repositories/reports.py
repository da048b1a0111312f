"""Read-only queries for the Excel reports: participant rows → ``CaseSnapshot``."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.codes import EducationLevel, PermitType, Regime
from introdesk.domain.participants import ParticipantFacts
from introdesk.domain.reports import CaseSnapshot
from introdesk.persistence.models import ParticipantRow, StatusPeriodRow
from introdesk.persistence.repositories.participants import (
    _base_query,
    _to_record,
    _with_status,
    statuses_on,
)


def _facts(row: ParticipantRow) -> ParticipantFacts | None:
    """The facts the eligibility rule needs, or None while birth date or permit is missing."""
    if row.birth_date is None or row.permit_date is None or not row.permit_type:
        return None
    try:
        permit = PermitType(row.permit_type)
        regime = Regime(row.regime or Regime.INTEGRATION_ACT)
        education = EducationLevel(row.education_level or EducationLevel.NONE)
    except ValueError:  # a code this version does not know: treat as not assessable
        return None
    return ParticipantFacts(
        birth_date=row.birth_date,
        permit_type=permit,
        permit_date=row.permit_date,
        regime=regime,
        settlement_date=row.settlement_date,
        request_date=row.request_date,
        first_settlement_date=row.first_settlement_date,
        settled_by_agreement=row.settled_by_agreement,
        education_level=education,
        completed_upper_secondary=row.completed_upper_secondary,
        children_under_18=max(0, row.children_under_18),
        lives_with_parents=row.lives_with_parents,
        mapping_date=row.mapping_date,
        decision_date=row.decision_date,
        programme_start=row.programme_start,
    )


def case_snapshots(session: Session, *, include_archived: bool = False) -> list[CaseSnapshot]:
    query = _base_query()
    if not include_archived:
        query = query.where(ParticipantRow.archived_at.is_(None))
    query = query.order_by(ParticipantRow.family_name, ParticipantRow.given_name, ParticipantRow.id)
    statuses = statuses_on(session)
    return [
        CaseSnapshot(
            participant=_with_status(_to_record(row, adviser), statuses),
            settlement_date=row.settlement_date,
            request_date=row.request_date,
            mapping_date=row.mapping_date,
            first_settlement_date=row.first_settlement_date,
            career_guidance_date=row.career_guidance_date,
            decision_date=row.decision_date,
            programme_start=row.programme_start,
            facts=_facts(row),
        )
        for row, adviser in session.execute(query)
    ]


def exit_dates(session: Session, statuses: Collection[str]) -> dict[int, tuple[str, date]]:
    """Per participant, the newest status-history entry with one of ``statuses`` (an exit):
    ``{participant_id: (status, from_date)}``."""
    query = (
        select(StatusPeriodRow.participant_id, StatusPeriodRow.status, StatusPeriodRow.from_date)
        .where(StatusPeriodRow.status.in_(list(statuses)))
        .order_by(StatusPeriodRow.participant_id, StatusPeriodRow.from_date, StatusPeriodRow.id)
    )
    found: dict[int, tuple[str, date]] = {}
    for participant_id, status, from_date in session.execute(query):
        found[participant_id] = (status, from_date)  # ordered: the newest wins
    return found
