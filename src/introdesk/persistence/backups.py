"""Backups of a SQLite database file: verified copies, tiered retention, restore.

Brief, issue 15 item 3: every copy is one self-contained file (the copy is switched out of WAL
mode, so no ``-wal``/``-shm`` ever lies beside it), written under a temporary name, checked
(``integrity_check`` and ``foreign_key_check``) and only then given its final name; older copies
are pruned only after the new one passed. A restore refuses a copy that fails its check, keeps
a safety copy of the current file, removes a stale ``-wal``/``-shm`` (which SQLite would
otherwise replay onto the restored file) and checks the result.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from urllib.parse import quote

from introdesk.core.private_files import restrict_file
from introdesk.domain.errors import DatabaseError, UserInputError
from introdesk.persistence.engine import check_sqlite_file
from introdesk.persistence.migrate import CheckReport, check_sqlite_path, read_only_uri

SIDE_FILES = ("-wal", "-shm", "-journal")
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<day>\d{4}-\d{2}-\d{2})T(?P<clock>\d{6})(?:-(?P<seq>\d+))?"
    r"-(?P<reason>[a-z][a-z-]*)\.sqlite3$"
)


@dataclass(frozen=True)
class RetentionPolicy:
    """How many copies to keep: the newest ``latest``, plus the newest copy of each of the
    last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months that have one."""

    latest: int = 10
    daily: int = 14
    weekly: int = 8
    monthly: int = 12

    @classmethod
    def parse(cls, text: str) -> RetentionPolicy:
        """``"10,14,8,12"`` (latest, daily, weekly, monthly), as stored in the settings."""
        parts = [part.strip() for part in text.split(",")]
        if len(parts) != 4 or not all(part.isdigit() and len(part) <= 4 for part in parts):
            raise UserInputError(code="backups.retention_format")
        latest, daily, weekly, monthly = (int(part) for part in parts)
        if latest < 1:
            raise UserInputError(code="backups.keep_latest")
        return cls(latest, daily, weekly, monthly)

    def __str__(self) -> str:
        return f"{self.latest},{self.daily},{self.weekly},{self.monthly}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    sequence: int = 0  # several copies within one second: 0, 1, 2 …


def backup_name(stem: str, taken_at: datetime, reason: str, sequence: int = 0) -> str:
    suffix = f"-{sequence}" if sequence else ""
    return f"{stem}-{taken_at:%Y-%m-%dT%H%M%S}{suffix}-{reason}.sqlite3"


def list_backups(folder: Path, stem: str | None = None) -> list[BackupFile]:
    """The copies in ``folder`` (of the database named ``stem``, or all), newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupFile] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem) or not path.is_file():
            continue
        try:
            taken = datetime.combine(
                date.fromisoformat(match["day"]),
                time(int(match["clock"][:2]), int(match["clock"][2:4]), int(match["clock"][4:])),
            )
        except ValueError:
            continue
        found.append(
            BackupFile(path, taken, match["reason"], path.stat().st_size, int(match["seq"] or 0))
        )
    return sorted(found, key=_age, reverse=True)


def _age(backup: BackupFile) -> tuple[datetime, int]:
    return backup.taken_at, backup.sequence


def next_sequence(folder: Path, stem: str, taken: datetime) -> int:
    """After the newest copy made within the same second (names sort as they were made)."""
    same = [b.sequence for b in list_backups(folder, stem) if b.taken_at == taken]
    return max(same) + 1 if same else 0


def copies_to_keep(backups: list[BackupFile], policy: RetentionPolicy) -> set[Path]:
    """Tiered retention (a pure choice over the list, newest first)."""
    newest_first = sorted(backups, key=_age, reverse=True)
    keep = {b.path for b in newest_first[: policy.latest]}
    tiers = (
        (policy.daily, lambda b: b.taken_at.date()),
        (policy.weekly, lambda b: b.taken_at.isocalendar()[:2]),
        (policy.monthly, lambda b: (b.taken_at.year, b.taken_at.month)),
    )
    for count, period_of in tiers:
        seen: list[object] = []
        for backup in newest_first:
            period = period_of(backup)
            if period in seen:
                continue
            if len(seen) >= count:
                break
            seen.append(period)
            keep.add(backup.path)
    return keep


def prune(folder: Path, stem: str, policy: RetentionPolicy, newest: Path) -> list[Path]:
    """Delete the copies of ``stem`` the policy does not keep (never ``newest``, the copy just
    made, even when the clock was set back); returns what was deleted."""
    backups = list_backups(folder, stem)
    keep = copies_to_keep(backups, policy) | {newest}
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
            removed.append(backup.path)
    return removed


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb") as handle:
        os.fsync(handle.fileno())


def write_verified_copy(source: Path, destination: Path) -> CheckReport:
    """Online-backup ``source`` into ``destination`` as one self-contained, checked file.

    The copy is built under a temporary name beside the destination and renamed only after it
    passed its check, so a crash or a failed check never leaves a half copy under a real name.
    """
    if destination.exists():
        raise DatabaseError(code="backups.target_exists", path=destination)
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            code="backups.folder_unusable", folder=destination.parent, reason=exc.strerror
        ) from None
    partial = destination.with_name(destination.name + ".partial")
    _remove_with_side_files(partial)
    try:
        _copy_self_contained(source, partial)
    except (sqlite3.Error, OSError) as exc:
        _remove_with_side_files(partial)
        raise DatabaseError(code="backups.failed", detail=exc) from None
    restrict_file(partial)
    report = check_sqlite_path(partial)
    if not report.sound:
        _remove_with_side_files(partial)
        raise DatabaseError(code="backups.copy_failed_check", problems="; ".join(report.problems))
    _fsync(partial)
    _remove_side_files(partial)
    os.replace(partial, destination)
    return report


def _remove_side_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()


def _remove_with_side_files(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    _remove_side_files(path)


def refuse_if_not_sqlite(path: Path) -> None:
    check_sqlite_file(path)
    if path.stat().st_size == 0:
        raise UserInputError(code="backups.empty", path=path)


def has_schema_stamp(path: Path) -> bool:
    """True when the file carries IntroDesk's schema revision (an ``alembic_version`` row)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return row is not None


def refuse_if_in_use(path: Path) -> None:
    """A restore must not pull the file from under another user: take the write lock once."""
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True, timeout=1.0)
    except sqlite3.Error:
        return  # a damaged or unreadable file cannot be in use by IntroDesk either
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError(code="database.in_use") from None
    except sqlite3.DatabaseError:
        pass
    finally:
        conn.close()


def safety_copy(current: Path, destination: Path) -> Path:
    """Keep the file about to be replaced: a verified online copy when it can be read, else the
    raw bytes (a damaged file is kept as it is, with its ``-wal`` beside it)."""
    try:
        write_verified_copy(current, destination)
        return destination
    except DatabaseError:
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(current, destination)
        restrict_file(destination)
        wal = Path(f"{current}-wal")
        if wal.exists():
            shutil.copyfile(wal, f"{destination}-wal")
            restrict_file(Path(f"{destination}-wal"))
        return destination


def restore_file(backup: Path, target: Path) -> CheckReport:
    """Put ``backup`` in place of ``target`` (the caller has closed every connection and made
    the safety copy). The stale ``-wal``/``-shm`` of the old file go first: SQLite would
    otherwise replay them onto the restored copy."""
    staged = target.with_name(target.name + ".restoring")
    _remove_with_side_files(staged)
    try:
        _copy_self_contained(backup, staged)
    except (sqlite3.Error, OSError) as exc:
        _remove_with_side_files(staged)
        raise DatabaseError(code="backups.restore_failed", detail=exc) from None
    restrict_file(staged)
    _fsync(staged)
    _remove_side_files(target)
    os.replace(staged, target)
    _remove_side_files(staged)
    return check_sqlite_path(target)


def _copy_self_contained(source: Path, destination: Path) -> None:
    """SQLite's online backup of ``source`` (opened read-only) into ``destination``, left in
    rollback-journal mode: a file complete on its own, with no -wal to carry beside it."""
    src = sqlite3.connect(read_only_uri(source), uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
