"""The audit log read back (brief issue 16, item 4): by participant and by day, through the
service and the command line, as JSON with the documented keys."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from tests.e2e.conftest import run_introdesk

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.domain.reports import Period
from introdesk.services.container import Services
from introdesk.services.reports import choose_period


def test_entries_by_participant_and_day(services: Services) -> None:
    amira = services.participants.create(NewParticipant("Amira", "Haddad"))
    yonas = services.participants.create(NewParticipant("Yonas", "Tesfay"))
    services.participants.update(amira.id, {"status": ParticipantStatus.MAPPED})

    mine = services.audit_log.entries(participant_id=amira.id)
    assert {e.entity_id for e in mine} == {str(amira.id)}
    assert ("update", "status", "referred", "mapped") in {
        (e.action, e.field, e.old_value, e.new_value) for e in mine
    }
    everything = services.audit_log.entries(start=date(2026, 12, 1), end=date(2026, 12, 1))
    assert {e.entity_id for e in everything} >= {str(amira.id), str(yonas.id)}
    assert services.audit_log.entries(start=date(2026, 12, 2)) == []
    with pytest.raises(UserInputError):
        services.audit_log.entries(start=date(2026, 12, 2), end=date(2026, 12, 1))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_audit_command_prints_json(
    services: Services, migrated_database_url: str, tmp_path: Path
) -> None:
    amira = services.participants.create(NewParticipant("Amira", "Haddad"))
    done = run_introdesk(
        "--database",
        migrated_database_url,
        "audit",
        "--participant",
        str(amira.id),
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-01",
        "--format",
        "json",
        base=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert {r["field"]: r["new_value"] for r in rows}["given_name"] == "Amira"
    assert set(rows[0]) == {
        "at",
        "actor",
        "action",
        "entity",
        "entity_id",
        "field",
        "old_value",
        "new_value",
    }
    bad = run_introdesk("--database", migrated_database_url, "audit", "--from", "x", base=tmp_path)
    assert bad.returncode == 3
    assert "--from: «x» er ikke en dato" in bad.stderr  # one line naming the option and value


def test_a_report_with_identity_numbers_logs_who_took_them(
    services: Services, tmp_path: Path
) -> None:
    services.participants.create(NewParticipant("Amira", "Haddad"))
    services.reports.export("caseload", tmp_path / "saker.xlsx")  # no identity numbers
    assert not [e for e in services.audit_log.entries() if e.action == "view_identity_numbers"]

    services.reports.export("outcomes", tmp_path / "utfall.xlsx", _year(services))
    logged = [e for e in services.audit_log.entries() if e.action == "view_identity_numbers"]
    assert [(e.actor, e.entity, e.entity_id) for e in logged] == [
        (services.context.actor, "export", "outcomes")
    ]


def _year(services: Services) -> Period | None:
    return choose_period(services.reports.info("outcomes"), year="2026")
