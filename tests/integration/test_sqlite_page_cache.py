"""Every SQLite connection IntroDesk opens, for writing or read-only, keeps a page cache of
``CACHE_KIB`` instead of SQLite's default 2 000 KiB (issue 18: a month's attendance read
through the day index visits each table page once per day of the month)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from introdesk.persistence.engine import CACHE_KIB, create_database_engine, resolve_target


@pytest.mark.parametrize("read_only", [False, True])
def test_each_connection_keeps_the_larger_page_cache(tmp_path: Path, read_only: bool) -> None:
    path = tmp_path / "cache.sqlite3"
    made = create_database_engine(resolve_target(path))  # the file, made by a writer
    with made.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    made.dispose()
    with create_database_engine(resolve_target(path), read_only=read_only).connect() as conn:
        assert conn.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
