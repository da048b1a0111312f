"""Automatic and manual backups of a SQLite database, and restoring one (window and CLI).

Brief, issue 15 item 3. A verified copy is made on the first start of a day, on a clean exit of
the window and before every schema upgrade; the folder and the retention are the settings
``backup_folder`` (empty: the data folder's ``backups``) and ``backup_retention``
(latest, daily, weekly, monthly). The daily copy is also the day's full check of the file: a
copy is only kept after ``integrity_check`` passed on it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from introdesk.core import clock, paths
from introdesk.domain.errors import DatabaseError, IntroDeskError, UserInputError
from introdesk.persistence import backups as files
from introdesk.persistence.backups import BackupFile, RetentionPolicy
from introdesk.persistence.database import Database
from introdesk.persistence.migrate import CheckReport, check_sqlite_path
from introdesk.persistence.repositories import settings as settings_repo

__all__ = ["BackupFile", "BackupService", "RestoreResult", "RetentionPolicy"]

log = logging.getLogger(__name__)

FOLDER_SETTING = "backup_folder"
RETENTION_SETTING = "backup_retention"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    report: CheckReport


class BackupService:
    def __init__(self, database: Database, default_folder: Path | None = None) -> None:
        self._database = database
        self._default_folder = default_folder

    # --- where and how many -----------------------------------------------------------------

    def _settings(self) -> dict[str, str]:
        """The backup settings, or none when the database cannot be read (a damaged file must
        still be backed up and restored with the defaults)."""
        try:
            with self._database.unit_of_work(write=False) as uow:
                return settings_repo.get_all(uow.session)
        except IntroDeskError:
            return {}

    def folder(self) -> Path:
        configured = self._settings().get(FOLDER_SETTING, "").strip()
        if configured:
            return Path(configured).expanduser()
        return self._default_folder or paths.current().backups

    def policy(self) -> RetentionPolicy:
        stored = self._settings().get(RETENTION_SETTING, "").strip()
        if not stored:
            return RetentionPolicy()
        try:
            return RetentionPolicy.parse(stored)
        except UserInputError:
            log.warning("backup_retention setting is not valid; using the default")
            return RetentionPolicy()

    def _source(self) -> Path:
        source = self._database.sqlite_path
        if source is None:
            raise UserInputError(code="backups.server_database")
        return source

    # --- making and listing copies ----------------------------------------------------------

    def list(self) -> list[BackupFile]:
        return files.list_backups(self.folder(), self._source().stem)

    def newest_good(self) -> BackupFile | None:
        """The newest copy that passes its check (offered when the database is damaged)."""
        for backup in self.list():
            if check_sqlite_path(backup.path).sound:
                return backup
        return None

    def backup_now(self, reason: str = "manual") -> BackupFile:
        """A verified copy in the backup folder; older copies are pruned only after it passed."""
        source = self._source()
        if not source.exists():
            raise DatabaseError(code="backups.nothing_to_back_up", path=source)
        folder = self.folder()
        taken = clock.now()
        sequence = files.next_sequence(folder, source.stem, taken)
        destination = folder / files.backup_name(source.stem, taken, reason, sequence)
        files.write_verified_copy(source, destination)
        removed = files.prune(folder, source.stem, self.policy(), destination)
        log.info(
            "backup %s made (%s); %d older copies pruned", destination.name, reason, len(removed)
        )
        return BackupFile(destination, taken, reason, destination.stat().st_size, sequence)

    def automatic(self, reason: str) -> BackupFile | None:
        """``daily``: a copy unless one was made today; ``exit``: always. Server databases and
        files that do not exist are skipped; a failure is logged and never stops the program."""
        source = self._database.sqlite_path
        if source is None or not source.exists() or self._database.read_only:
            return None  # a damaged file fails the copy's check anyway
        try:
            if reason == "daily" and any(b.taken_at.date() == clock.today() for b in self.list()):
                return None
            return self.backup_now(reason)
        except IntroDeskError as exc:
            log.warning("automatic %s backup failed: %s", reason, type(exc).__name__)
            return None

    # --- restoring --------------------------------------------------------------------------

    def check_copy(self, backup: Path) -> CheckReport:
        backup = backup.expanduser()
        if not backup.is_file():
            raise UserInputError(code="backups.not_a_file", path=backup)
        files.refuse_if_not_sqlite(backup)
        report = check_sqlite_path(backup)
        if report.sound and not files.has_schema_stamp(backup):
            return CheckReport(False, ["not an IntroDesk database"], "")
        return report

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database with ``backup``. Every connection of this program is closed
        first; the caller reopens (the window rebuilds its services)."""
        target = self._source()
        backup = backup.expanduser().resolve()
        if backup == target.resolve():
            raise UserInputError(code="backups.restore_onto_itself")
        report = self.check_copy(backup)
        if not report.sound:
            raise UserInputError(
                code="backups.not_restored", backup=backup, problems="; ".join(report.problems)
            )
        self._database.close()
        safety: Path | None = None
        if target.exists():
            files.refuse_if_in_use(target)
            name = files.backup_name(target.stem, clock.now(), "before-restore")
            safety = files.safety_copy(target, self.folder() / name)
        result = files.restore_file(backup, target)
        if not result.sound:
            problems = "; ".join(result.problems)
            if safety:
                raise DatabaseError(
                    code="backups.restored_failed_check_kept", problems=problems, safety=safety
                )
            raise DatabaseError(code="backups.restored_failed_check", problems=problems)
        log.info("database restored from %s", backup.name)
        return RestoreResult(backup, safety, result)
