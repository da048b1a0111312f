"""``introdesk db copy --to URL`` (brief issue 16, item 5): a municipality's SQLite file moves
to an empty PostgreSQL database whole, the file is left as it was, and the program computes
the same benefit on the copy."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from tests.e2e.conftest import CliRunner, DemoFolders

PARTICIPANTS = 500  # as the Done-when: `demo --participants 500`


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
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert counts["participants"] == PARTICIPANTS
    assert f"participants: {PARTICIPANTS} rader" in done.stdout
    # Counted again here, independently of the command's own check, on every table.
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            copied = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
    finally:
        engine.dispose()
    assert copied == counts
    for table in set(tables) - {"alembic_version"}:  # the schema's stamp is made, not copied
        assert f"{table}: {counts[table]} rader, sha256 " in done.stdout  # nb, the default

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
    assert "er ikke tom" in again.stderr  # Norwegian by default
    assert digest(sqlite_file) == before
