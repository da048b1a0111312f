"""Opening, upgrading, checking and backing up the database (for the window and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from introdesk.core.private_files import restrict_database_files
from introdesk.domain.errors import (
    Coded,
    DatabaseError,
    SchemaUpgradeNeededError,
    UserInputError,
)
from introdesk.persistence import check_stamp, migrate
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


def open_for_use(
    spec: str | Path,
    backup_dir: Path,
    *,
    allow_damaged: bool = True,
    remember_check: Path | None = None,
) -> tuple[Database, migrate.UpgradeResult]:
    """Open for daily work: a quick check first; refuse a newer schema, back up an older one
    (a verified copy in the backup folder), bring it to head.

    A SQLite file that fails the quick check is opened read-only and never upgraded or
    written (brief, issue 15 item 4). A server database this login may not upgrade but can
    read (``migrate.OLDEST_READABLE_REVISION``) is opened read-only too (brief issue 16). With
    ``allow_damaged=False`` (``db upgrade``) both are refused instead.

    ``remember_check`` (the command line's stamp file, ``persistence.check_stamp``): a SQLite
    file holding the same bytes as when it was last found sound is not read again by the
    check, and a sound one is remembered."""
    database = Database.connect(spec, watch_own_writes=remember_check is not None)
    try:
        checked = _check_on_open(database, remember_check)
        report = checked.report
        if report is not None and not report.sound:
            database.close()
            if not allow_damaged:
                raise DatabaseError(
                    code="database.failed_check_unchanged",
                    database=database.display(),
                    problems="; ".join(report.problems[:3]),
                )
            damaged = Database.connect_read_only(spec, tuple(report.problems) or ("damaged",))
            return damaged, migrate.UpgradeResult(None, "", None)
        backup_path = None
        status = database.status()
        if status.needs_upgrade and status.current is not None and database.sqlite_path:
            # Imported here: services/backups needs this module's Database type only.
            from introdesk.services.backups import BackupService

            backup_path = BackupService(database, backup_dir).backup_now("upgrade").path
        try:
            result = database.upgrade(None)
        except SchemaUpgradeNeededError:
            if not allow_damaged or not status.readable:
                raise
            # Compatible: read-only until an administrator upgrades (brief issue 16).
            database.close()
            reason = Coded.of(
                "database.needs_upgrade_by_admin",
                database=database.display(),
                current=status.current,
                head=status.head,
            )
            behind = Database.connect_needing_upgrade(spec, reason)
            return behind, migrate.UpgradeResult(status.current, status.current or "", None)
        if database.sqlite_path is not None:
            restrict_database_files(database.sqlite_path)
        _remember_after_open(database, checked)
    except Exception:
        database.close()
        raise
    return database, migrate.UpgradeResult(result.before, result.after, backup_path)


@dataclass(frozen=True)
class _OpenCheck:
    report: migrate.CheckReport | None  # None: not checked (a server, no file, remembered)
    stamp: Path | None = None
    remembered: check_stamp.FileState | None = None
    checked_as: tuple[int, int, int] | None = None
    wal_pending: bool = False


def _check_on_open(database: Database, stamp: Path | None) -> _OpenCheck:
    """The quick check, unless ``stamp`` remembers the file's bytes as sound."""
    path = database.sqlite_path
    if stamp is None or path is None or not path.exists():
        return _OpenCheck(database.quick_check())
    remembered = check_stamp.sound_before(stamp, path)
    checked_as = check_stamp.stat_key(path)
    pending = check_stamp.wal_pending(path)
    report = None if remembered else database.quick_check()
    return _OpenCheck(report, stamp, remembered, checked_as, pending)


def _remember_after_open(database: Database, checked: _OpenCheck) -> None:
    path, stamp = database.sqlite_path, checked.stamp
    if stamp is None or path is None:
        return
    state = checked.remembered
    if state is None and checked.report is not None and checked.report.sound:
        state = None if checked.wal_pending else check_stamp.file_state(path)
        if state is not None and state[:3] != checked.checked_as:
            state = None  # written since it was checked (an upgrade): check next time
    if state is not None:
        database.remember_sound(stamp, state)
    else:
        check_stamp.remember(stamp, path, None)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    report: migrate.CheckReport


def backup(database: Database, out: Path) -> BackupResult:
    """SQLite: online backup, then the copy is opened and checked. Server databases are backed
    up with the server's own tools."""
    source = database.sqlite_path
    if source is None:
        raise UserInputError(code="backups.server_backup")
    if not source.exists():
        raise DatabaseError(code="backups.nothing_to_back_up", path=source)
    out = out.expanduser().resolve()
    if out == source.resolve():
        raise UserInputError(code="backups.backup_onto_itself")
    migrate.backup_sqlite(source, out)
    return BackupResult(out, migrate.check_sqlite_path(out))


def copy_to_server(source: Database, target_spec: str) -> list[TableCopy]:
    """Copy a SQLite database (left untouched) into an empty PostgreSQL database, checking
    every table's row count and checksum (brief issue 16, item 5)."""
    path = source.sqlite_path
    if path is None:
        raise UserInputError(code="database.copy_needs_sqlite")
    target = Database.connect(target_spec)
    try:
        return copy_sqlite_to_server(path, target.engine, target.target)
    finally:
        target.close()
