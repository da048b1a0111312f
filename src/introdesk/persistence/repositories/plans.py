"""Plan version rows ↔ ``PlanVersion`` values. Loading many participants' plans takes three
queries (versions, elements, leave), never one per participant."""

from __future__ import annotations

from collections import defaultdict, namedtuple
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.plan_versions import PlanVersion, VersionStatus
from introdesk.domain.plans import (
    DateRange,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
)
from introdesk.persistence.models import (
    Adviser,
    ParticipantRow,
    PlanElementRow,
    PlanLeaveRow,
    PlanVersionRow,
)
from introdesk.persistence.repositories.plain import plain_rows
from introdesk.persistence.repositories.plan_schedules import ELEMENT_COLUMNS, Schedules
from introdesk.persistence.value_limits import check_rows

_GOAL_COLUMNS = {
    SubSkill.LISTENING: "goal_listening",
    SubSkill.READING: "goal_reading",
    SubSkill.WRITING: "goal_writing",
    SubSkill.ORAL: "goal_oral",
}


_LEAVE_COLUMNS = (
    PlanLeaveRow.plan_version_id,
    PlanLeaveRow.start_date,
    PlanLeaveRow.id,
    PlanLeaveRow.end_date,
)
# (plan version id, position, id, code, start, end, mon … sun, note)
_ElementValues = tuple[Any, ...]
# (plan version id, start, id, end)
_LeaveValues = tuple[int, date, int, date]


# A version's header: its ORM row, or the same columns read as a plain row.
_Header = PlanVersionRow | Any


def _plan(
    row: _Header,
    elements: Iterable[_ElementValues],
    leave: Iterable[_LeaveValues],
    schedules: Schedules,
) -> Plan:
    levels = {
        skill: CefrLevel(getattr(row, column))
        for skill, column in _GOAL_COLUMNS.items()
        if getattr(row, column)
    }
    return Plan(
        start=row.start_date,
        planned_end=row.planned_end,
        end_goal=EndGoal(EndGoalType(row.end_goal_type), row.end_goal_text)
        if row.end_goal_type
        else None,
        norwegian_goal=NorwegianGoal.of(levels) if levels else None,
        elements=tuple(schedules.element(e) for e in sorted(elements, key=lambda e: e[1:3])),
        long_term_goal=row.long_term_goal,
        approved_leave=tuple(DateRange(p[1], p[3]) for p in sorted(leave, key=lambda p: p[1:3])),
        goal_override_reason=row.goal_override_reason,
    )


def _version(row: _Header, plan: Plan) -> PlanVersion:
    return PlanVersion(
        id=row.id,
        participant_id=row.participant_id,
        version=row.version,
        status=VersionStatus(row.status),
        plan=plan,
        signed_on=row.signed_on,
        signed_by=row.signed_by,
        revision_reason=row.revision_reason,
        contract_signed=row.contract_signed,
        created_at=row.created_at,
        updated_at=row.updated_at,
        row_version=row.row_version,
    )


Window = tuple[date, date]


def _content(
    session: Session,
    version_ids: Sequence[int] | None,
    within: Window | None = None,
    columns: tuple[Any, ...] = ELEMENT_COLUMNS,
) -> tuple[dict[int, list[_ElementValues]], dict[int, list[_LeaveValues]]]:
    """Element and leave values per plan version id, as plain tuples (no ORM objects: a
    month's benefit reads tens of thousands of elements). ``None``: every version's, in one
    query each instead of thousands of ids. ``within``: only elements running on a day of
    that span (all approved leave still, which sets the programme's end)."""
    elements: dict[int, list[_ElementValues]] = defaultdict(list)
    leave: dict[int, list[_LeaveValues]] = defaultdict(list)
    element_query = select(*columns)
    if within is not None:
        element_query = element_query.where(
            PlanElementRow.end_date >= within[0], PlanElementRow.start_date <= within[1]
        )
    leave_query = select(*_LEAVE_COLUMNS)
    if version_ids is None:
        chunks = [(element_query, leave_query)]
    else:
        chunks = [
            (
                element_query.where(PlanElementRow.plan_version_id.in_(chunk)),
                leave_query.where(PlanLeaveRow.plan_version_id.in_(chunk)),
            )
            # stay below SQLite's parameter limit
            for chunk in (version_ids[i : i + 900] for i in range(0, len(version_ids), 900))
        ]
    for elements_of, leave_of in chunks:
        for values in plain_rows(session, elements_of):
            elements[values[0]].append(tuple(values))
        for period in plain_rows(session, leave_of):
            leave[period[0]].append((period[0], period[1], period[2], period[3]))
    return elements, leave


_HEADER_COLUMNS = tuple(PlanVersionRow.__table__.columns)
# A version's header as a named tuple (attribute access as fast as on a plain object; a
# result row's attribute lookup by name costs microseconds, thousands of times a month).
_HeaderValues = namedtuple("_HeaderValues", [column.key for column in _HEADER_COLUMNS])  # type: ignore[misc]


def _header_query() -> Select[Any]:
    """Every column of ``plan_versions``, read as plain rows (no ORM objects)."""
    return select(*_HEADER_COLUMNS)


def _versions_of(
    session: Session, query: Select[Any], every: bool, within: Window | None = None
) -> list[PlanVersion]:
    rows: list[Any] = [_HeaderValues._make(row) for row in session.execute(query)]
    if not rows:
        return []
    schedules = Schedules(session)
    ids = None if every else [row.id for row in rows]
    elements, leave = _content(session, ids, within, schedules.columns)
    return [_version(row, _plan(row, elements[row.id], leave[row.id], schedules)) for row in rows]


def load_versions(
    session: Session, participant_ids: Iterable[int] | None = None
) -> dict[int, list[PlanVersion]]:
    """Every version per participant, oldest first (all participants when ids is None)."""
    query = _header_query().order_by(PlanVersionRow.participant_id, PlanVersionRow.version)
    wanted = None if participant_ids is None else sorted(set(participant_ids))
    if wanted is not None:
        if not wanted:
            return {}
        query = query.where(PlanVersionRow.participant_id.in_(wanted))
    result: dict[int, list[PlanVersion]] = defaultdict(list)
    for version in _versions_of(session, query, every=wanted is None):
        result[version.participant_id].append(version)
    return dict(result)


VersionHead = tuple[int, int, int, str]


def version_heads(
    session: Session, participant_ids: Iterable[int] | None = None
) -> list[VersionHead]:
    """(version id, participant id, version, status) of every version (of the participants
    given), oldest first per participant: enough to choose versions before loading them."""
    query = select(
        PlanVersionRow.id,
        PlanVersionRow.participant_id,
        PlanVersionRow.version,
        PlanVersionRow.status,
    ).order_by(PlanVersionRow.participant_id, PlanVersionRow.version)
    if participant_ids is not None:
        wanted = sorted(set(participant_ids))
        if not wanted:
            return []
        query = query.where(PlanVersionRow.participant_id.in_(wanted))
    return [(vid, pid, number, status) for vid, pid, number, status in session.execute(query)]


def load_versions_by_id(
    session: Session, version_ids: Iterable[int], *, elements_within: Window | None = None
) -> list[PlanVersion]:
    """The versions with these ids, by participant and version. Many ids (more than half of
    all versions, as for a month's benefit) read every version's content in one query.

    ``elements_within`` (first, last): each plan keeps only the elements running on a day of
    that span; its period and approved leave are whole. For a month's figures only."""
    wanted = sorted(set(version_ids))
    if not wanted:
        return []
    total = session.scalar(select(func.count()).select_from(PlanVersionRow)) or 0
    query = _header_query().order_by(PlanVersionRow.participant_id, PlanVersionRow.version)
    if 2 * len(wanted) > total:
        chosen = set(wanted)
        return [
            v
            for v in _versions_of(session, query, every=True, within=elements_within)
            if v.id in chosen
        ]
    versions: list[PlanVersion] = []
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        versions.extend(
            _versions_of(
                session,
                query.where(PlanVersionRow.id.in_(chunk)),
                every=False,
                within=elements_within,
            )
        )
    return sorted(versions, key=lambda v: (v.participant_id, v.version))


def get_row(
    session: Session, version_id: int, *, for_update: bool = False
) -> PlanVersionRow | None:
    """``for_update`` locks the row until commit (PostgreSQL), so a check and the write that
    depends on it see the same plan (SQLite's write transactions hold the database lock)."""
    return session.get(PlanVersionRow, version_id, with_for_update=for_update)


def load_version(session: Session, row: PlanVersionRow) -> PlanVersion:
    schedules = Schedules(session)
    elements, leave = _content(session, [row.id], columns=schedules.columns)
    return _version(row, _plan(row, elements[row.id], leave[row.id], schedules))


def newest_rows(
    session: Session, participant_id: int, *, for_update: bool = False
) -> list[PlanVersionRow]:
    """The participant's version rows, newest first (``for_update``: locked until commit)."""
    query = (
        select(PlanVersionRow)
        .where(PlanVersionRow.participant_id == participant_id)
        .order_by(PlanVersionRow.version.desc())
    )
    if for_update:
        query = query.with_for_update().execution_options(populate_existing=True)
    return list(session.scalars(query))


def next_version_number(session: Session, participant_id: int) -> int:
    current = session.scalar(
        select(func.max(PlanVersionRow.version)).where(
            PlanVersionRow.participant_id == participant_id
        )
    )
    return (current or 0) + 1


VersionSummary = tuple[int, int, str, date | None, date]


def version_summaries(session: Session) -> list[VersionSummary]:
    """(participant id, version, status, signed on, planned end) for every version, oldest
    first: enough for status columns without loading the plans."""
    query = select(
        PlanVersionRow.participant_id,
        PlanVersionRow.version,
        PlanVersionRow.status,
        PlanVersionRow.signed_on,
        PlanVersionRow.planned_end,
    ).order_by(PlanVersionRow.participant_id, PlanVersionRow.version)
    return [(pid, v, status, signed, end) for pid, v, status, signed, end in session.execute(query)]


def write_content(session: Session, row: PlanVersionRow, plan: Plan) -> None:
    """Make the row and its element/leave rows hold ``plan`` (replacing what was there)."""
    _set_header(row, plan)
    session.execute(delete(PlanElementRow).where(PlanElementRow.plan_version_id == row.id))
    session.execute(delete(PlanLeaveRow).where(PlanLeaveRow.plan_version_id == row.id))
    session.add_all(_content_rows(row.id, plan))
    session.flush()


def _set_header(row: PlanVersionRow, plan: Plan) -> None:
    row.start_date = plan.start
    row.planned_end = plan.planned_end
    row.end_goal_type = plan.end_goal.type.value if plan.end_goal else ""
    row.end_goal_text = plan.end_goal.text if plan.end_goal else ""
    for skill, column in _GOAL_COLUMNS.items():
        level = plan.norwegian_goal.level(skill) if plan.norwegian_goal else None
        setattr(row, column, level.value if level else "")
    row.long_term_goal = plan.long_term_goal
    row.goal_override_reason = plan.goal_override_reason


def _content_rows(version_id: int, plan: Plan) -> list[PlanElementRow | PlanLeaveRow]:
    rows: list[PlanElementRow | PlanLeaveRow] = [
        PlanElementRow(**values) for values in _element_values(version_id, plan)
    ]
    rows.extend(PlanLeaveRow(**values) for values in _leave_values(version_id, plan))
    return rows


def _element_values(version_id: int, plan: Plan) -> list[dict[str, object]]:
    return [
        {
            "plan_version_id": version_id,
            "position": position,
            "code": element.code,
            "start_date": element.start,
            "end_date": element.end,
            "mon": element.hours.mon,
            "tue": element.hours.tue,
            "wed": element.hours.wed,
            "thu": element.hours.thu,
            "fri": element.hours.fri,
            "sat": element.hours.sat,
            "sun": element.hours.sun,
            "note": element.note,
        }
        for position, element in enumerate(plan.elements)
    ]


def _leave_values(version_id: int, plan: Plan) -> list[dict[str, object]]:
    return [
        {"plan_version_id": version_id, "start_date": period.start, "end_date": period.end}
        for period in plan.approved_leave
    ]


@dataclass(frozen=True)
class NewVersion:
    """One plan version for ``add_versions``: signed when ``signed_on`` is given."""

    participant_id: int
    plan: Plan
    revision_reason: str = ""
    signed_on: date | None = None
    signed_by: str = ""


def add_versions(session: Session, versions: Sequence[NewVersion]) -> list[PlanVersionRow]:
    """Many new versions in two flushes (versions, then their content), numbered after each
    participant's newest; for demo data and imports, where one flush per plan is too slow."""
    ids = sorted({v.participant_id for v in versions})
    newest: dict[int, int] = {}
    for start in range(0, len(ids), 500):  # bounded IN lists
        chunk = ids[start : start + 500]
        query = (
            select(PlanVersionRow.participant_id, func.max(PlanVersionRow.version))
            .where(PlanVersionRow.participant_id.in_(chunk))
            .group_by(PlanVersionRow.participant_id)
        )
        newest.update((pid, number) for pid, number in session.execute(query))
    rows: list[PlanVersionRow] = []
    for new in versions:
        number = newest.get(new.participant_id, 0) + 1
        newest[new.participant_id] = number
        row = PlanVersionRow(
            participant_id=new.participant_id,
            version=number,
            status=(VersionStatus.SIGNED if new.signed_on else VersionStatus.DRAFT).value,
            revision_reason=new.revision_reason,
            signed_on=new.signed_on,
            signed_by=new.signed_by,
            contract_signed=new.signed_on is not None,
        )
        _set_header(row, new.plan)
        rows.append(row)
    session.add_all(rows)
    session.flush()
    # The content (tens of thousands of rows for a big demo) as plain rows in one insert per
    # table, checked like a flush would check them.
    elements: list[dict[str, object]] = []
    leave: list[dict[str, object]] = []
    for row, new in zip(rows, versions, strict=True):
        elements.extend(_element_values(row.id, new.plan))
        leave.extend(_leave_values(row.id, new.plan))
    for model, values in ((PlanElementRow, elements), (PlanLeaveRow, leave)):
        if values:
            check_rows(model, values)
            session.execute(insert(model), values)
    return rows


def add_version(
    session: Session, participant_id: int, plan: Plan, *, revision_reason: str = ""
) -> PlanVersionRow:
    row = PlanVersionRow(
        participant_id=participant_id,
        version=next_version_number(session, participant_id),
        status=VersionStatus.DRAFT.value,
        revision_reason=revision_reason,
        signed_by="",
        contract_signed=False,
        start_date=plan.start,
        planned_end=plan.planned_end,
    )
    session.add(row)
    session.flush()
    write_content(session, row, plan)
    return row


def participant_row(
    session: Session, participant_id: int, *, for_update: bool = False
) -> ParticipantRow | None:
    """``for_update`` serialises plan writers of one participant (creating a draft, revising,
    signing) on PostgreSQL until commit."""
    return session.get(ParticipantRow, participant_id, with_for_update=for_update)


def participant_rows(session: Session, participant_ids: Iterable[int]) -> list[ParticipantRow]:
    ids = sorted(set(participant_ids))
    if not ids:
        return []
    return list(session.scalars(select(ParticipantRow).where(ParticipantRow.id.in_(ids))))


def participants_without_plans(session: Session) -> list[ParticipantRow]:
    """Participants (not archived) with no plan version, by id."""
    has_plan = select(PlanVersionRow.participant_id)
    return list(
        session.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.id.not_in(has_plan), ParticipantRow.archived_at.is_(None))
            .order_by(ParticipantRow.id)
        )
    )


def adviser_names(session: Session) -> dict[int, str]:
    return {row.id: row.full_name for row in session.scalars(select(Adviser))}


def delete_versions(session: Session, participant_ids: Sequence[int]) -> None:
    """Remove every plan version of these participants, with elements and leave (demo data)."""
    for start in range(0, len(participant_ids), 500):  # bounded IN lists
        chunk = list(participant_ids[start : start + 500])
        ids = list(
            session.scalars(
                select(PlanVersionRow.id).where(PlanVersionRow.participant_id.in_(chunk))
            )
        )
        if not ids:
            continue
        session.execute(delete(PlanElementRow).where(PlanElementRow.plan_version_id.in_(ids)))
        session.execute(delete(PlanLeaveRow).where(PlanLeaveRow.plan_version_id.in_(ids)))
        session.execute(delete(PlanVersionRow).where(PlanVersionRow.id.in_(ids)))
