"""Test result and exemption rows ↔ domain values (brief §4.0–§4.3)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
)
from introdesk.domain.test_progress import ResultTable
from introdesk.persistence.models import (
    CitizenshipTestResultRow,
    NorskprovenResultRow,
    ParticipantRow,
    SocialStudiesResultRow,
    TestExemptionRow,
)

T = TypeVar("T")
Row = NorskprovenResultRow | SocialStudiesResultRow | CitizenshipTestResultRow | TestExemptionRow


def add_norskproven(
    session: Session,
    participant_id: int,
    result: NorskprovenResult,
    source: str = "manual",
    *,
    flush: bool = True,
) -> NorskprovenResultRow:
    row = NorskprovenResultRow(
        participant_id=participant_id,
        test_date=result.test_date,
        sub_skill=result.sub_skill.value,
        level=result.level.value,
        registration_level=result.registration_level.value if result.registration_level else "",
        c1=result.c1,
        source=source,
    )
    session.add(row)
    if flush:  # the caller flushes many at once (demo data)
        session.flush()
    return row


def add_social_studies(
    session: Session,
    participant_id: int,
    result: SocialStudiesResult,
    source: str = "manual",
    *,
    flush: bool = True,
) -> SocialStudiesResultRow:
    row = SocialStudiesResultRow(
        participant_id=participant_id,
        test_date=result.test_date,
        version=result.version.value,
        score=result.score,
        max_score=result.max_score,
        language=result.language,
        source=source,
    )
    session.add(row)
    if flush:  # the caller flushes many at once (demo data)
        session.flush()
    return row


def add_citizenship(
    session: Session,
    participant_id: int,
    result: CitizenshipTestResult,
    source: str = "manual",
    *,
    flush: bool = True,
) -> CitizenshipTestResultRow:
    row = CitizenshipTestResultRow(
        participant_id=participant_id,
        test_date=result.test_date,
        score=result.score,
        max_score=result.max_score,
        passed=result.passed,
        source=source,
    )
    session.add(row)
    if flush:  # the caller flushes many at once (demo data)
        session.flush()
    return row


def add_exemption(
    session: Session,
    participant_id: int,
    exemption: TestExemption,
    note: str = "",
    *,
    flush: bool = True,
) -> TestExemptionRow:
    row = TestExemptionRow(
        participant_id=participant_id,
        kind=exemption.kind.value,
        legal_basis=exemption.legal_basis,
        decision_date=exemption.decision_date,
        note=note,
    )
    session.add(row)
    if flush:  # the caller flushes many at once (demo data)
        session.flush()
    return row


def to_norskproven(row: NorskprovenResultRow) -> NorskprovenResult:
    return NorskprovenResult(
        test_date=row.test_date,
        sub_skill=SubSkill(row.sub_skill),
        level=CefrLevel(row.level),
        registration_level=RegistrationLevel(row.registration_level)
        if row.registration_level
        else None,
        c1=row.c1,
    )


def to_social_studies(row: SocialStudiesResultRow) -> SocialStudiesResult:
    return SocialStudiesResult(
        test_date=row.test_date,
        version=SocialStudiesVersion(row.version),
        score=row.score,
        max_score=row.max_score,
        language=row.language,
    )


def to_citizenship(row: CitizenshipTestResultRow) -> CitizenshipTestResult:
    return CitizenshipTestResult(
        test_date=row.test_date, score=row.score, max_score=row.max_score, passed=row.passed
    )


def to_exemption(row: TestExemptionRow) -> TestExemption:
    return TestExemption(
        kind=ExemptionKind(row.kind), legal_basis=row.legal_basis, decision_date=row.decision_date
    )


def rows_for(session: Session, participant_id: int) -> list[Row]:
    """Every result and exemption row of one participant, oldest first."""
    found: list[Row] = []
    for model in (
        NorskprovenResultRow,
        SocialStudiesResultRow,
        CitizenshipTestResultRow,
    ):
        found.extend(
            session.scalars(
                select(model).where(model.participant_id == participant_id).order_by(model.id)
            )
        )
    found.extend(
        session.scalars(
            select(TestExemptionRow)
            .where(TestExemptionRow.participant_id == participant_id)
            .order_by(TestExemptionRow.id)
        )
    )
    return found


def histories(
    session: Session, participant_ids: Iterable[int] | None = None
) -> dict[int, TestHistory]:
    """The test history per participant (all participants when ``participant_ids`` is None)."""
    wanted = None if participant_ids is None else list(participant_ids)
    norsk: dict[int, list[NorskprovenResult]] = defaultdict(list)
    social: dict[int, list[SocialStudiesResult]] = defaultdict(list)
    citizen: dict[int, list[CitizenshipTestResult]] = defaultdict(list)
    exempt: dict[int, list[TestExemption]] = defaultdict(list)

    def limited(statement: Select[T], column: Any) -> Select[T]:
        return statement if wanted is None else statement.where(column.in_(wanted))

    for n in session.scalars(
        limited(
            select(NorskprovenResultRow).order_by(
                NorskprovenResultRow.test_date, NorskprovenResultRow.id
            ),
            NorskprovenResultRow.participant_id,
        )
    ):
        norsk[n.participant_id].append(to_norskproven(n))
    for s in session.scalars(
        limited(
            select(SocialStudiesResultRow).order_by(
                SocialStudiesResultRow.test_date, SocialStudiesResultRow.id
            ),
            SocialStudiesResultRow.participant_id,
        )
    ):
        social[s.participant_id].append(to_social_studies(s))
    for c in session.scalars(
        limited(
            select(CitizenshipTestResultRow).order_by(
                CitizenshipTestResultRow.test_date, CitizenshipTestResultRow.id
            ),
            CitizenshipTestResultRow.participant_id,
        )
    ):
        citizen[c.participant_id].append(to_citizenship(c))
    for e in session.scalars(
        limited(
            select(TestExemptionRow).order_by(TestExemptionRow.decision_date, TestExemptionRow.id),
            TestExemptionRow.participant_id,
        )
    ):
        exempt[e.participant_id].append(to_exemption(e))
    ids = set(norsk) | set(social) | set(citizen) | set(exempt)
    return {
        pid: TestHistory(
            norskproven=tuple(norsk[pid]),
            social_studies=tuple(social[pid]),
            citizenship=tuple(citizen[pid]),
            exemptions=tuple(exempt[pid]),
        )
        for pid in ids
    }


def participant_rows(session: Session, participant_id: int | None = None) -> list[ParticipantRow]:
    """Active participants (or the one asked for, archived or not), by name."""
    statement = select(ParticipantRow)
    if participant_id is None:
        statement = statement.where(ParticipantRow.archived_at.is_(None))
    else:
        statement = statement.where(ParticipantRow.id == participant_id)
    statement = statement.order_by(
        ParticipantRow.family_name, ParticipantRow.given_name, ParticipantRow.id
    )
    return list(session.scalars(statement))


Item = NorskprovenResult | SocialStudiesResult | CitizenshipTestResult | TestExemption


def item_of(row: Row) -> Item:
    if isinstance(row, NorskprovenResultRow):
        return to_norskproven(row)
    if isinstance(row, SocialStudiesResultRow):
        return to_social_studies(row)
    if isinstance(row, CitizenshipTestResultRow):
        return to_citizenship(row)
    return to_exemption(row)


def items_for(session: Session, participant_id: int) -> list[tuple[int, Item]]:
    """``(row id, value)`` for every result and exemption of one participant."""
    return [(row.id, item_of(row)) for row in rows_for(session, participant_id)]


MODELS: dict[ResultTable, type[Row]] = {
    ResultTable.NORSKPROVEN: NorskprovenResultRow,
    ResultTable.SOCIAL_STUDIES: SocialStudiesResultRow,
    ResultTable.CITIZENSHIP: CitizenshipTestResultRow,
    ResultTable.EXEMPTION: TestExemptionRow,
}


def find(session: Session, table: ResultTable, row_id: int) -> Row | None:
    """One result or exemption row, locked until commit on PostgreSQL (a correction compares
    it with the copy the user saw before writing)."""
    return cast("Row | None", session.get(MODELS[table], row_id, with_for_update=True))


def overwrite(row: Row, item: Item) -> None:
    """Put a corrected value into its row (same table: the caller checks the kind)."""
    if isinstance(row, NorskprovenResultRow) and isinstance(item, NorskprovenResult):
        row.test_date = item.test_date
        row.sub_skill = item.sub_skill.value
        row.level = item.level.value
        row.registration_level = item.registration_level.value if item.registration_level else ""
        row.c1 = item.c1
    elif isinstance(row, SocialStudiesResultRow) and isinstance(item, SocialStudiesResult):
        row.test_date = item.test_date
        row.version = item.version.value
        row.score = item.score
        row.max_score = item.max_score
        row.language = item.language
    elif isinstance(row, CitizenshipTestResultRow) and isinstance(item, CitizenshipTestResult):
        row.test_date = item.test_date
        row.score = item.score
        row.max_score = item.max_score
        row.passed = item.passed
    elif isinstance(row, TestExemptionRow) and isinstance(item, TestExemption):
        row.kind = item.kind.value
        row.legal_basis = item.legal_basis
        row.decision_date = item.decision_date
    else:
        raise TypeError(f"{type(item).__name__} does not belong in {type(row).__name__}")
