"""Caseload assignment and sharing (brief issue 16) on both back ends; roles exist only on a
server, so a SQLite database says so instead of pretending."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.e2e.conftest import run_introdesk

from introdesk.domain.errors import NotFoundError, UserInputError
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
    assert "PostgreSQL server only" in done.stderr
