"""Schema changes only by administrators (brief issue 16, item 2), on a real PostgreSQL server:
a login without schema rights opens an up-to-date database and works; an outdated one gets
"needs an upgrade by an administrator", exit 1, nothing changed; one still readable by this
program (``migrate.OLDEST_READABLE_REVISION``) opens read-only with a banner."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.exc import InternalError
from tests.e2e.conftest import run_introdesk
from tests.integration.conftest import Server, as_login, participant

from introdesk.app import cli
from introdesk.domain.errors import SchemaUpgradeNeededError
from introdesk.domain.records import NewParticipant
from introdesk.persistence import migrate
from introdesk.services.container import open_services
from introdesk.ui import tasks
from introdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])

BEFORE_HEAD = "20261206_0080"  # the revision before the newest (programme event versions)


def snapshot(server: Server) -> list[tuple[object, ...]]:
    """The schema revision, the tables and the rows that matter: what "nothing changed" means."""
    return server.sql_as(
        "leah",
        "SELECT (SELECT version_num FROM alembic_version), "
        "(SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
        "WHERE schemaname = 'public'), "
        "(SELECT count(*) FROM participants), (SELECT count(*) FROM audit_log), "
        "(SELECT count(*) FROM caseload_shares)",
    )


def undo_newest_revision(server: Server) -> None:
    engine = create_engine(server.url)
    try:
        migrate.downgrade(engine, BEFORE_HEAD)
    finally:
        engine.dispose()


def test_a_login_without_schema_rights_opens_an_up_to_date_database_and_works(
    server: Server, tmp_path: Path
) -> None:
    person = participant(server.admin, "Amira", server.logins["anna"])
    anna_url = as_login(server.url, server.logins["anna"])
    listed = run_introdesk("--database", anna_url, "participants", "list", base=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "Amira" in listed.stdout
    assert "read-only" not in listed.stderr
    shared = run_introdesk(
        "--database",
        anna_url,
        "participants",
        "assign",
        str(person),
        "--share-with",
        server.logins["bjorn"],
        base=tmp_path,
    )
    assert shared.returncode == 0, shared.stderr
    assert server.sql_as("leah", "SELECT version_num FROM alembic_version") == [
        (migrate.head_revision(),)
    ]
    assert server.sql_as("leah", "SELECT count(*) FROM caseload_shares") == [(1,)]


def test_an_outdated_database_is_refused_for_a_login_without_schema_rights(
    server: Server, tmp_path: Path
) -> None:
    participant(server.admin, "Amira", server.logins["anna"])
    undo_newest_revision(server)  # really one revision old, older than this program reads
    before = snapshot(server)
    anna_url = as_login(server.url, server.logins["anna"])
    for command in (["participants", "list"], ["db", "upgrade"]):
        done = run_introdesk("--database", anna_url, *command, base=tmp_path)
        assert done.returncode == 1, command
        assert "må oppgraderes av en administrator" in done.stderr
        assert "Traceback" not in done.stderr
    with pytest.raises(SchemaUpgradeNeededError, match="needs an upgrade by an administrator"):
        server.open_as("anna")
    assert snapshot(server) == before


def test_a_readable_older_database_opens_read_only_with_a_banner(
    server: Server,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    participant(server.admin, "Amira", server.logins["anna"])
    undo_newest_revision(server)
    # As if the newest revision only added what no query reads yet (an index, a grant).
    monkeypatch.setattr(migrate, "OLDEST_READABLE_REVISION", BEFORE_HEAD)
    before = snapshot(server)
    anna_url = as_login(server.url, server.logins["anna"])

    anna = open_services(anna_url)
    try:
        assert anna.database.read_only
        assert [s.given_name for s in anna.participants.summaries()] == ["Amira"]
        with pytest.raises(SchemaUpgradeNeededError, match="open read-only"):
            anna.participants.create(NewParticipant("Ny", "Person"))
        # The server refuses a write on the program's connections too.
        with anna.database.engine.connect() as conn, pytest.raises(InternalError):
            conn.execute(text("UPDATE participants SET given_name = 'Changed'"))

        reported: list[Exception] = []
        monkeypatch.setattr(tasks, "show_error", lambda _parent, error: reported.append(error))
        window = MainWindow(anna, open_database=open_services)
        qtbot.addWidget(window)
        window.show()
        tasks.wait_for_all()
        assert window.upgrade_banner is not None
        assert window.upgrade_banner.isVisible()
        assert window.damaged_banner is None
        text_shown = window.upgrade_banner.message.text()
        assert "administrator" in text_shown
        window.close()
    finally:
        anna.close()

    assert cli.run(["--database", anna_url, "participants", "list"]) == 0
    out, err = capsys.readouterr()
    assert "Amira" in out
    # The read-only note in the interface language (Bokmål by default), coded like the errors.
    assert "må oppgraderes av en administrator" in err
    assert "Åpnet skrivebeskyttet" in err
    # Upgrading stays an administrator's job, even for a readable schema.
    assert cli.run(["--database", anna_url, "db", "upgrade"]) == 1
    assert "må oppgraderes av en administrator" in capsys.readouterr().err
    assert snapshot(server) == before
