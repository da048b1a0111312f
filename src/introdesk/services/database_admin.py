"""Opening, upgrading, checking and backing up the database (for the window and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from introdesk.domain.errors import DatabaseError, UserInputError
from introdesk.persistence import migrate
from introdesk.persistence.copy import TableCopy, copy_sqlite_to_server
from introdesk.persistence.database import Database

__all__ = [
    "BackupResult",
    "Database",
    "TableCopy",
    "backup",
    "copy_to_server",
    "open_database",
    "open_for_use",
]


def open_database(spec: str | Path) -> Database:
    """Open without changing anything."""
    return Database.connect(spec)


def open_for_use(spec: str | Path, backup_dir: Path) -> tuple[Database, migrate.UpgradeResult]:
    """Open for daily work: refuse a newer schema, back up an older one, bring it to head."""
    database = Database.connect(spec)
    try:
        result = database.upgrade(backup_dir)
    except Exception:
        database.close()
        raise
    return database, result


@dataclass(frozen=True)
class BackupResult:
    path: Path
    report: migrate.CheckReport


def backup(database: Database, out: Path) -> BackupResult:
    """SQLite: online backup, then the copy is opened and checked. Server databases are backed
    up with the server's own tools."""
    source = database.sqlite_path
    if source is None:
        raise UserInputError(
            "This is a server database. Back it up with the server's own tools, for example: "
            "pg_dump --format=custom --file=introdesk.dump <database>"
        )
    if not source.exists():
        raise DatabaseError(f"{source} does not exist yet; there is nothing to back up")
    out = out.expanduser().resolve()
    if out == source.resolve():
        raise UserInputError("The backup file must not be the database itself")
    migrate.backup_sqlite(source, out)
    return BackupResult(out, migrate.check_sqlite_path(out))


def copy_to_server(source: Database, target_spec: str) -> list[TableCopy]:
    """Copy a SQLite database (left untouched) into an empty PostgreSQL database, checking
    every table's row count and checksum (brief issue 16, item 5)."""
    path = source.sqlite_path
    if path is None:
        raise UserInputError("Copy from a SQLite file: give it with --database FILE")
    target = Database.connect(target_spec)
    try:
        return copy_sqlite_to_server(path, target.engine, target.target)
    finally:
        target.close()
