"""The audit log is a hash chain: a row edited or removed outside the program is found by
``db check``; on PostgreSQL the documented grants make it append-only (brief issue 15, item 8)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import ProgrammingError

from introdesk.domain.records import NewParticipant
from introdesk.persistence.database import Database
from introdesk.persistence.engine import resolve_target
from introdesk.services.container import Services
from introdesk.services.context import ServiceContext
from introdesk.services.participants import ParticipantService


def _audit_ids(services: Services) -> list[int]:
    with services.database.engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())


def _some_changes(services: Services) -> None:
    first = services.participants.create(NewParticipant("Amira", "Haddad"))
    second = services.participants.create(NewParticipant("Yonas", "Tesfay"))
    services.participants.update(first.id, {"phone": "40000000"})
    services.participants.archive(second.id)


def test_untouched_log_is_sound(services: Services) -> None:
    _some_changes(services)
    report = services.database.check()
    assert report.sound, report.problems


def test_row_edited_with_raw_sql_is_named_by_db_check(services: Services) -> None:
    _some_changes(services)
    ids = _audit_ids(services)
    victim = ids[len(ids) // 2]
    with services.database.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET actor = 'someone.else' WHERE id = :id"), {"id": victim}
        )
    report = services.database.check()
    assert not report.sound
    assert report.problems == [f"audit log row {victim}: was changed or added outside IntroDesk"]


def test_row_deleted_with_raw_sql_breaks_the_next_link(services: Services) -> None:
    _some_changes(services)
    ids = _audit_ids(services)
    with services.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_log WHERE id = :id"), {"id": ids[2]})
    report = services.database.check()
    assert not report.sound
    assert report.problems[0].startswith(f"audit log row {ids[3]}: does not follow")


@pytest.fixture
def app_role(database_url: str) -> Iterator[str]:
    """A throwaway PostgreSQL role with the grants from docs/audit-log.md."""
    role = f"introdesk_app_{uuid.uuid4().hex[:10]}"
    owner = Database.connect(database_url)
    owner.upgrade(backup_dir=None)
    with owner.engine.begin() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
        for statement in (
            f'GRANT USAGE ON SCHEMA public TO "{role}"',
            f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"',
            f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{role}"',
            f'REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM "{role}"',
        ):
            conn.execute(text(statement))
    try:
        yield role
    finally:
        with owner.engine.begin() as conn:
            conn.execute(text(f'DROP OWNED BY "{role}"'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        owner.close()


@pytest.mark.parametrize("backend", ["postgresql"])  # roles and grants are PostgreSQL's
def test_postgres_app_role_can_append_to_the_log_but_not_change_it(
    database_url: str, app_role: str
) -> None:
    engine = create_engine(database_url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def become_app_role(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f'SET ROLE "{app_role}"')
        # Committed, or the first unit of work that only reads would roll the role back.
        dbapi_connection.commit()

    try:
        database = Database(resolve_target(database_url), engine)
        participants = ParticipantService(ServiceContext(database, "app.user"))
        created = participants.create(NewParticipant("Hodan", "Warsame"))
        participants.update(created.id, {"phone": "42222222"})
        assert {h.action for h in participants.history(created.id)} == {"create", "update"}
        for statement in ("UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"):
            with engine.connect() as conn, pytest.raises(ProgrammingError, match="permission"):
                conn.execute(text(statement))
        assert database.check().sound
    finally:
        engine.dispose()
