"""Caseload assignment and sharing (brief issue 16) on both back ends; roles exist only on a
server, so a SQLite database says so instead of pretending."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import ProgrammingError
from tests.e2e.conftest import run_introdesk
from tests.integration.conftest import Server, as_login, participant

from introdesk.domain.errors import AccessDeniedError, NotFoundError, UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.services.container import Services


def add_adviser(services: Services, login: str, name: str) -> None:
    with services.database.unit_of_work() as uow:
        settings_repo.add_adviser(uow.session, login, name)
        uow.commit()


def test_assign_and_share_are_kept_and_audited(services: Services) -> None:
    add_adviser(services, "anna", "Anna Adviser")
    add_adviser(services, "bjorn", "Bjørn Adviser")
    person = services.participants.create(NewParticipant("Amira", "Haddad"))
    result = services.caseload.assign(person.id, "anna", share_with="bjorn")
    assert (result.adviser, result.shared_with) == ("anna", ("bjorn",))
    assert services.participants.get(person.id).adviser_name == "Anna Adviser"
    changes = {
        (h.field, h.new_value)
        for h in services.participants.history(person.id)
        if h.action == "assign"
    }
    assert ("shared_with", "bjorn") in changes
    with pytest.raises(NotFoundError, match="nobody"):
        services.caseload.assign(person.id, "nobody")


@pytest.mark.parametrize("backend", ["sqlite"])
def test_roles_are_refused_on_a_sqlite_file(
    services: Services, migrated_database_url: str, tmp_path: Path
) -> None:
    with pytest.raises(UserInputError, match="PostgreSQL server only"):
        services.server_admin.setup_server()
    done = run_introdesk(
        "--database", migrated_database_url, "admin", "setup-server", base=tmp_path
    )
    assert done.returncode == 3
    assert "brukes bare på en PostgreSQL-server" in done.stderr  # Norwegian, the default


@pytest.mark.parametrize("backend", ["postgresql"])
def test_an_adviser_shares_their_own_participants_and_nobody_elses(
    server: Server, tmp_path: Path
) -> None:
    anna_login, bjorn_login = server.logins["anna"], server.logins["bjorn"]
    annas = participant(server.admin, "Amira", anna_login)
    bjorns = participant(server.admin, "Bashir", bjorn_login)
    assert server.sql_as("bjorn", f"SELECT id FROM participants WHERE id = {annas}") == []

    done = run_introdesk(
        "--database",
        as_login(server.url, anna_login),
        "participants",
        "assign",
        str(annas),
        "--share-with",
        bjorn_login,
        base=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert f"veileder {anna_login}; delt med {bjorn_login}" in done.stdout  # nb, the default
    assert server.sql_as("bjorn", f"SELECT id FROM participants WHERE id = {annas}") == [(annas,)]
    bjorn = server.open_as("bjorn")
    try:
        assert {s.id for s in bjorn.participants.summaries()} == {annas, bjorns}
        # Shared with him is not his: he cannot pass Amira on, nor take her over.
        with pytest.raises(AccessDeniedError, match="own caseload"):
            bjorn.caseload.share(annas, anna_login)
        with pytest.raises(AccessDeniedError, match="team leaders"):
            bjorn.caseload.assign(annas, bjorn_login)
    finally:
        bjorn.close()
    anna = server.open_as("anna")
    try:
        with pytest.raises(NotFoundError):
            anna.caseload.share(bjorns, anna_login)  # Bashir is not hers, she cannot even see him
        history = anna.participants.history(annas)
    finally:
        anna.close()
    assert ("shared_with", bjorn_login, anna_login) in {
        (h.field, h.new_value, h.actor) for h in history if h.action == "assign"
    }

    # The database holds them to the same rule with plain SQL.
    ids = dict(server.sql_as("leah", "SELECT username, id FROM advisers"))
    for person, shared, adviser in (("anna", bjorns, anna_login), ("bjorn", annas, anna_login)):
        with pytest.raises(ProgrammingError, match="row-level security"):
            server.sql_as(
                person,
                "INSERT INTO caseload_shares (participant_id, adviser_id) "
                f"VALUES ({shared}, {ids[adviser]})",
            )
    assert server.sql_as("leah", "SELECT count(*) FROM caseload_shares") == [(1,)]


def test_assign_without_adviser_or_share_is_bad_input(
    services: Services, migrated_database_url: str, tmp_path: Path
) -> None:
    person = services.participants.create(NewParticipant("Amira", "Haddad"))
    with pytest.raises(UserInputError, match="--share-with"):
        services.caseload.assign(person.id, None)
    done = run_introdesk(
        "--database",
        migrated_database_url,
        "participants",
        "assign",
        str(person.id),
        base=tmp_path,
    )
    assert done.returncode == 3
    assert "--share-with" in done.stderr


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_team_leader_reassigns_and_shares_any_participant(server: Server) -> None:
    anna_login, bjorn_login = server.logins["anna"], server.logins["bjorn"]
    person = participant(server.admin, "Amira", anna_login)
    leah = server.open_as("leah")
    try:
        result = leah.caseload.assign(person, bjorn_login, share_with=anna_login)
    finally:
        leah.close()
    assert (result.adviser, result.shared_with) == (bjorn_login, (anna_login,))
    # Bjørn's now; Anna still sees her through the share.
    assert server.sql_as("bjorn", "SELECT id FROM participants") == [(person,)]
    assert server.sql_as("anna", "SELECT id FROM participants") == [(person,)]
