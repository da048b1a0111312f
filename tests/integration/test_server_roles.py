"""Roles on a real PostgreSQL server (brief issue 16): each person logs in with their own login
and the database itself holds them to their role, through the program and through plain SQL
(the throwaway logins come from the ``server`` fixture in ``conftest.py``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from tests.e2e.conftest import run_introdesk
from tests.integration.conftest import Server, as_login, draft_plan, participant

from introdesk.domain.errors import (
    AccessDeniedError,
    NotFoundError,
    SchemaUpgradeNeededError,
    UserInputError,
)
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import NewClass
from introdesk.persistence.migrate import downgrade, stamp
from introdesk.persistence.server_roles import RoleNames

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])


def test_an_adviser_sees_only_their_caseload_in_the_program_and_in_sql(server: Server) -> None:
    annas = participant(server.admin, "Amira", server.logins["anna"])
    bjorns = participant(server.admin, "Bashir", server.logins["bjorn"])
    draft_plan(server.admin, bjorns)
    anna = server.open_as("anna")
    try:
        assert [s.id for s in anna.participants.summaries()] == [annas]
        with pytest.raises(NotFoundError):
            anna.participants.get(bjorns)
    finally:
        anna.close()
    assert server.sql_as("anna", f"SELECT id FROM participants WHERE id = {bjorns}") == []
    # Nor the rows hanging off Bashir, directly or through his plan.
    assert server.sql_as("anna", "SELECT count(*) FROM plan_versions") == [(0,)]
    assert server.sql_as("anna", "SELECT count(*) FROM plan_elements") == [(0,)]
    assert server.sql_as("bjorn", "SELECT count(*) FROM plan_elements") == [(1,)]

    server.admin.caseload.assign(bjorns, server.logins["bjorn"], server.logins["anna"])
    assert sorted(r[0] for r in server.sql_as("anna", "SELECT id FROM participants")) == [
        annas,
        bjorns,
    ]
    assert len(server.sql_as("leah", "SELECT id FROM participants")) == 2


def test_a_participant_an_adviser_adds_lands_in_their_caseload_audited_as_their_login(
    server: Server,
) -> None:
    anna = server.open_as("anna")
    try:
        created = anna.participants.create(NewParticipant("Dawit", "Testesen"))
        history = anna.participants.history(created.id)
    finally:
        anna.close()
    assert history
    assert {h.actor for h in history} == {server.logins["anna"]}
    assert server.sql_as("bjorn", f"SELECT id FROM participants WHERE id = {created.id}") == []


def test_an_adviser_cannot_change_or_remove_audit_rows(server: Server) -> None:
    participant(server.admin, "Amira", server.logins["anna"])
    for statement in ("UPDATE audit_log SET actor = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql_as("anna", statement)
    # Nor write an audit row in someone else's name.
    with pytest.raises(ProgrammingError, match="row-level security"):
        server.sql_as(
            "anna",
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, field) "
            "VALUES (now(), 'kari.sjef', 'update', 'participant', '1', '')",
        )


def test_a_teacher_gets_class_lists_without_identity_numbers(server: Server) -> None:
    person = server.admin.participants.create(
        NewParticipant("Amira", "Haddad", date(1900, 1, 1), "01010012356")
    )
    server.admin.classes.create(NewClass("N1", "Norsk 1"))
    server.admin.classes.enrol("N1", person.id, date(2026, 11, 2))
    tina = server.open_as("tina")
    try:
        members = tina.classes.members("N1")
    finally:
        tina.close()
    assert [m.participant_name for m in members] == ["Haddad, Amira"]
    assert "01010012356" not in repr(members)
    for statement in ("SELECT * FROM participants", "SELECT national_id FROM participants"):
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql_as("tina", statement)


def test_payroll_can_lock_a_month_but_not_edit_a_plan(server: Server) -> None:
    person = participant(server.admin, "Amira", server.logins["anna"])
    plan = draft_plan(server.admin, person)
    paul = server.open_as("paul")
    try:
        paul.benefit.lock_month(date(2025, 12, 1))
        assert date(2025, 12, 1) in paul.benefit.locked_months()
        with pytest.raises(AccessDeniedError):
            paul.plans.create_draft(person, plan, reason="payroll tries")
    finally:
        paul.close()
    assert server.sql_as("paul", "SELECT count(*) FROM plan_versions") == [(1,)]
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql_as("paul", "UPDATE participants SET given_name = 'Changed'")


def test_users_are_listed_with_roles_and_removed(server: Server) -> None:
    users = {u.login: u for u in server.admin.server_admin.users()}
    assert users[server.logins["anna"]].roles == ("adviser",)
    assert users[server.logins["anna"]].full_name == "Anna Adviser"
    server.admin.server_admin.remove_user(server.logins["anna"], "adviser")
    remaining = {u.login for u in server.admin.server_admin.users()}
    assert server.logins["anna"] not in remaining
    with pytest.raises(UserInputError):
        server.admin.server_admin.add_user(server.logins["anna"], "wizard")


def test_only_an_administrator_upgrades_the_schema(server: Server, tmp_path: Path) -> None:
    older = "20261206_0060"
    engine = create_engine(server.url)
    try:
        stamp(engine, older)  # the schema now looks one revision behind the program
    finally:
        engine.dispose()
    with pytest.raises(SchemaUpgradeNeededError, match="needs an upgrade by an administrator"):
        server.open_as("anna")
    anna_url = as_login(server.url, server.logins["anna"])
    done = run_introdesk("--database", anna_url, "participants", "list", base=tmp_path)
    assert done.returncode == 1
    assert "må oppgraderes av en administrator" in done.stderr
    assert server.sql_as("leah", "SELECT version_num FROM alembic_version") == [(older,)]


def test_setup_server_prints_its_sql_and_can_run_again(server: Server, tmp_path: Path) -> None:
    done = run_introdesk(
        "--database", server.url, "admin", "setup-server", "--print", base=tmp_path
    )
    assert done.returncode == 0, done.stderr
    printed = done.stdout
    names = RoleNames.for_database(make_url(server.url).database or "")
    assert f'CREATE ROLE "{names.group("adviser")}" NOLOGIN' in printed
    assert 'CREATE POLICY introdesk_caseload ON "participants"' in printed
    server.admin.server_admin.setup_server()  # again: nothing breaks, nobody loses a role
    assert {u.login for u in server.admin.server_admin.users()} == set(server.logins.values())


def test_the_audit_log_is_for_team_leaders_and_administrators(server: Server) -> None:
    person = participant(server.admin, "Amira", server.logins["anna"])
    anna = server.open_as("anna")
    try:
        with pytest.raises(AccessDeniedError, match="team leaders and administrators"):
            anna.audit_log.entries()
    finally:
        anna.close()
    leah = server.open_as("leah")
    try:
        assert leah.audit_log.entries(participant_id=person)
    finally:
        leah.close()


PREVIOUS = "20261206_0070"  # the revision before the newest (programme events, 20261206_0080)


def test_an_administrator_upgrades_as_the_owner_and_the_policies_follow(server: Server) -> None:
    suffix = server.logins["anna"].rsplit("_", 1)[1]
    server.logins["ida"] = f"ida_{suffix}"  # dropped with the others at teardown
    server.admin.server_admin.add_user(server.logins["ida"], "admin")
    # Make the database one revision old for real: the newest revision is undone.
    engine = create_engine(server.url)
    try:
        downgrade(engine, PREVIOUS)
    finally:
        engine.dispose()
    ida = server.open_as("ida")
    try:
        assert ida.upgrade is not None
        assert ida.upgrade.before == PREVIOUS
    finally:
        ida.close()
    names = RoleNames.for_database(make_url(server.url).database or "")
    owner = server.sql_as(
        "leah", "SELECT tableowner FROM pg_tables WHERE tablename = 'programme_events'"
    )
    assert owner == [(names.owner,)]
    policies = server.sql_as(
        "leah", "SELECT count(*) FROM pg_policies WHERE tablename = 'participants'"
    )
    assert policies == [(2,)]
    # The renewed policies work: an adviser still sees only their own caseload.
    annas = participant(server.admin, "Amira", server.logins["anna"])
    participant(server.admin, "Bashir", server.logins["bjorn"])
    assert server.sql_as("anna", "SELECT id FROM participants") == [(annas,)]
