"""``introdesk db copy --to URL`` (brief issue 16, item 5): a municipality's SQLite file moves
to an empty PostgreSQL database whole, the file is left as it was, and the program computes
the same benefit on the copy."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from tests.e2e.conftest import CliRunner, DemoFolders

PARTICIPANTS = 200  # enough for every kind of row the demo makes, quick on the shared machine


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_copy_to_an_empty_server_database(
    introdesk: CliRunner, demo_folders: DemoFolders, database_url: str, tmp_path: Path
) -> None:
    base = demo_folders.copy(PARTICIPANTS, 1, tmp_path / "base")
    sqlite_file = next(base.rglob("introdesk.sqlite3"))
    before = digest(sqlite_file)

    done = introdesk("db", "copy", "--to", database_url, base=base)
    assert done.returncode == 0, done.stderr
    assert digest(sqlite_file) == before

    with sqlite3.connect(f"file:{sqlite_file}?mode=ro", uri=True) as conn:
        participants = conn.execute("SELECT count(*) FROM participants").fetchone()[0]
    assert participants == PARTICIPANTS
    assert f"participants: {participants} rows" in done.stdout

    months = []
    for database in (str(sqlite_file), database_url):
        computed = introdesk(
            "--database",
            database,
            "benefit",
            "compute",
            "--month",
            "2026-11",
            "--format",
            "json",
            base=base,
        )
        assert computed.returncode == 0, computed.stderr
        months.append(json.loads(computed.stdout))
    assert months[0] == months[1]
    assert months[0]  # the demo has people on benefit that month

    check = introdesk("--database", database_url, "db", "check", base=base)
    assert check.returncode == 0, check.stdout + check.stderr  # audit chain intact on the copy

    again = introdesk("db", "copy", "--to", database_url, base=base)
    assert again.returncode == 3
    assert "not empty" in again.stderr
    assert digest(sqlite_file) == before
