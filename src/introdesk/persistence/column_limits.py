"""Private columns a login may not read, kept out of every query the program makes for it.

Brief issue 16: payroll sees the absence kinds (they decide the benefit) but not the
health-related detail written beside an absence, nor the case notes advisers keep about a
person. On a server the database enforces it with column grants (``server_roles``): a payroll
login cannot ``SELECT`` those columns at all. The program asks the server which of the
``PRIVATE_COLUMNS`` this login may not read and, in every unit of work, leaves them out of the
rows it loads and shows them blank, so the services keep working for payroll instead of the
whole row being refused. What a login may read is decided in one place: the server's grants.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, Connection, event, literal, text
from sqlalchemy.orm import ORMExecuteState, Session, defer
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.elements import KeyedColumnElement

from introdesk.persistence.base import Base

# Free text that may hold health details or case notes (brief issue 16), table → columns.
HEALTH_DETAIL_COLUMNS: Mapping[str, tuple[str, ...]] = {
    # The note beside an absence registration: the reason for sickness, a doctor, a diagnosis.
    "attendance_entries": ("note",),
    # Exemptions from tests and training are granted for special health reasons.
    "test_exemptions": ("note",),
    "training_exemptions": ("note",),
    "training_leave": ("reason",),
}
CASE_NOTE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "participants": ("career_guidance_recommendation", "goal_override_reason"),
    "participant_status_history": ("note",),
    "participant_qualifications": ("note",),
    "programme_events": ("reason",),
}
PRIVATE_COLUMNS: Mapping[str, tuple[str, ...]] = {
    **HEALTH_DETAIL_COLUMNS,
    **CASE_NOTE_COLUMNS,
}

Hidden = Mapping[str, frozenset[str]]
HIDDEN_KEY = "introdesk_hidden_columns"


def unreadable_private_columns(conn: Connection) -> Hidden:
    """The private columns this connection's login may not ``SELECT`` (none on SQLite, and
    none for a login holding a role that reads them, such as an adviser or an admin)."""
    if conn.dialect.name != "postgresql":
        return {}
    rows = conn.execute(
        text(
            "SELECT c.relname, a.attname FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid "
            "WHERE c.relnamespace = current_schema()::regnamespace "
            "AND c.relname = ANY(:tables) AND a.attnum > 0 AND NOT a.attisdropped "
            "AND NOT has_column_privilege(c.oid, a.attnum, 'SELECT')"
        ),
        {"tables": list(PRIVATE_COLUMNS)},
    )
    hidden: dict[str, set[str]] = {}
    for table, column in rows:
        if column in PRIVATE_COLUMNS[table]:
            hidden.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in hidden.items()}


def limit_session(session: Session, hidden: Hidden) -> None:
    """Leave ``hidden`` columns out of every ORM query in ``session``; loaded rows show them
    as "" (never loaded later: a lazy load would be refused by the server)."""
    if not hidden:
        return
    session.info[HIDDEN_KEY] = hidden
    event.listen(session, "do_orm_execute", _defer_hidden)


def visible(session: Session, column: KeyedColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` for a query that names columns itself, or "" under the column's name when
    the login may not read it (the server would refuse the whole query)."""
    hidden: Hidden = session.info.get(HIDDEN_KEY, {})
    table = getattr(getattr(column, "table", None), "name", "")
    if column.key in hidden.get(table, ()):
        return literal("").label(column.key)
    return column


def _defer_hidden(state: ORMExecuteState) -> None:
    if not state.is_select:
        return
    hidden: Hidden = state.session.info[HIDDEN_KEY]
    entities = {
        description["entity"]
        for description in state.statement.column_descriptions  # type: ignore[attr-defined]
        if description.get("entity") is not None
        and description.get("expr") is description.get("entity")
    }
    options = [
        defer(getattr(mapper.class_, column))
        for mapper in state.all_mappers
        if mapper.class_ in entities or state.is_relationship_load or state.is_column_load
        for column in hidden.get(mapper.class_.__tablename__, ())
    ]
    if options:
        state.statement = state.statement.options(*options)


@event.listens_for(Base, "load", propagate=True)
def _blank_hidden(target: Any, context: Any) -> None:
    session = getattr(context, "session", None)
    hidden: Hidden | None = session.info.get(HIDDEN_KEY) if session is not None else None
    if not hidden:
        return
    for column in hidden.get(target.__table__.name, ()):
        if column not in target.__dict__:
            set_committed_value(target, column, "")
