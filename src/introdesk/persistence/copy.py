"""From one PC to the server (brief issue 16, item 5): copy a SQLite database into an empty
PostgreSQL database at the same schema revision, and prove the copy is whole.

The SQLite file is opened read-only (``mode=ro``): nothing, not even a pragma, writes to it.
The target is brought to the newest schema through the ordinary migrations, then every table
is copied in foreign-key order inside one transaction, the server's id sequences are moved
past the copied ids, and each table's row count and SHA-256 checksum (rows in primary-key
order, values in one canonical text form) are compared with the source's before the commit.
A mismatch rolls the whole copy back."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, Engine, Table, create_engine, func, inspect, select, text

from introdesk.domain.errors import DatabaseError, UserInputError
from introdesk.persistence import migrate
from introdesk.persistence.base import Base
from introdesk.persistence.engine import DatabaseTarget
from introdesk.persistence.models import ParticipantRow  # noqa: F401 - registers every table

CHUNK = 5_000


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int
    checksum: str  # the same on both sides, or the copy was rolled back


def _canonical(value: object) -> str:
    """One text form per value whatever the back end returned (Decimal scale, bool as int)."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False)
    return str(value)


def _ordered(table: Table) -> list[object]:
    keys = list(table.primary_key.columns) or list(table.columns)
    return list(keys)


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, object]]:
    result = conn.execution_options(yield_per=CHUNK).execute(
        select(table).order_by(*_ordered(table))  # type: ignore[arg-type]
    )
    for row in result.mappings():
        yield dict(row)


def table_checksum(conn: Connection, table: Table) -> tuple[int, str]:
    digest = hashlib.sha256()
    count = 0
    names = [c.name for c in table.columns]
    for row in _rows(conn, table):
        line = "\x1f".join(_canonical(row[name]) for name in names)
        digest.update(line.encode("utf-8") + b"\x1e")
        count += 1
    return count, digest.hexdigest()


def _tables() -> list[Table]:
    return list(Base.metadata.sorted_tables)


def open_sqlite_read_only(path: Path) -> Engine:
    if not path.is_file():
        raise UserInputError(code="database.no_such_file", path=path)
    return create_engine(f"sqlite+pysqlite:///file:{path}?mode=ro&uri=true", hide_parameters=True)


def _check_target_empty(conn: Connection, target: DatabaseTarget) -> None:
    names = set(inspect(conn).get_table_names()) - {"alembic_version"}
    filled = [t.name for t in _tables() if t.name in names and _count(conn, t) > 0]
    stray = names - {t.name for t in _tables()}
    if filled or stray:
        raise UserInputError(
            code="copy.target_not_empty",
            target=target.display(),
            tables=", ".join(sorted(filled or stray)[:5]),
        )


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _insert(conn: Connection, table: Table, rows: Iterable[dict[str, object]]) -> None:
    chunk: list[dict[str, object]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= CHUNK:
            conn.execute(table.insert(), chunk)
            chunk = []
    if chunk:
        conn.execute(table.insert(), chunk)


def _move_sequences(conn: Connection, table: Table) -> None:
    """Ids were copied as they are: the next id the server hands out must come after them."""
    for column in table.primary_key.columns:
        if column.autoincrement is True or (
            column.autoincrement == "auto" and column.type.python_type is int
        ):
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                    f'COALESCE(MAX("{column.name}"), 1), MAX("{column.name}") IS NOT NULL) '
                    f'FROM "{table.name}"'
                )
            )


def copy_sqlite_to_server(
    source_path: Path, target_engine: Engine, target: DatabaseTarget
) -> list[TableCopy]:
    if target.is_sqlite:
        raise UserInputError(code="copy.needs_server")
    source_engine = open_sqlite_read_only(source_path)
    try:
        with source_engine.connect() as source:
            _check_source_revision(source, source_path)
            with target_engine.connect() as probe:
                _check_target_empty(probe, target)
            migrate.upgrade(target_engine, target, None)  # empty → the program's schema
            with target_engine.begin() as conn:
                _check_target_empty(conn, target)
                copies = []
                for table in _tables():
                    _insert(conn, table, _rows(source, table))
                    _move_sequences(conn, table)
                for table in _tables():
                    expected = table_checksum(source, table)
                    copied = table_checksum(conn, table)
                    if copied != expected:
                        raise DatabaseError(
                            code="copy.mismatch",
                            table=table.name,
                            copied=copied[0],
                            expected=expected[0],
                        )
                    copies.append(TableCopy(table.name, *expected))
    finally:
        source_engine.dispose()
    return copies


def _check_source_revision(conn: Connection, path: Path) -> None:
    from alembic.runtime.migration import MigrationContext

    current = MigrationContext.configure(conn).get_current_revision()
    head = migrate.head_revision()
    if current != head:
        raise UserInputError(
            code="copy.upgrade_first", path=path, current=current or "empty", head=head
        )
