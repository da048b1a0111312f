"""Backups and restore of a SQLite database (issue 15 items 3 and 4)."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from introdesk.core import clock
from introdesk.domain.errors import DatabaseError, UserInputError
from introdesk.services.backups import BackupService
from introdesk.services.container import Services, open_services
from introdesk.services.database_admin import open_database


def _dump(path: Path) -> list[str]:
    """Every table's rows, as SQL, from a file opened read-only."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    services = open_services(tmp_path / "office.sqlite3")
    try:
        services.demo.generate(4, seed=2)
    finally:
        services.close()
    return tmp_path / "office.sqlite3"


def _services(path: Path) -> Services:
    return open_services(path)


def test_a_backup_is_one_checked_private_file(demo_file: Path, tmp_path: Path) -> None:
    services = _services(demo_file)
    try:
        made = BackupService(services.database, tmp_path / "copies").backup_now()
    finally:
        services.close()
    assert made.path.parent == tmp_path / "copies"
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(demo_file.stat().st_mode) == 0o600
    assert _dump(made.path) == _dump(demo_file)


def test_daily_backup_once_a_day_and_pruned_by_the_policy(demo_file: Path, tmp_path: Path) -> None:
    clock.set_today(date(2026, 12, 1))
    services = _services(demo_file)
    folder = tmp_path / "copies"
    service = BackupService(services.database, folder)
    try:
        services.settings.save({"backup_retention": "2,0,0,0"})
        assert service.automatic("daily") is not None
        assert service.automatic("daily") is None  # already one today
        for _ in range(3):
            service.automatic("exit")
        assert len(service.list()) == 2  # only the two latest survive
        clock.set_today(date(2026, 12, 2))
        assert service.automatic("daily") is not None
    finally:
        services.close()


def test_backup_folder_is_a_setting(demo_file: Path, tmp_path: Path) -> None:
    services = _services(demo_file)
    try:
        services.settings.save({"backup_folder": str(tmp_path / "share")})
        made = BackupService(services.database).backup_now()
    finally:
        services.close()
    assert made.path.parent == tmp_path / "share"


def test_restore_after_a_crash_with_a_leftover_wal_gives_the_backup(
    demo_file: Path, tmp_path: Path
) -> None:
    services = _services(demo_file)
    try:
        backup = BackupService(services.database, tmp_path / "copies").backup_now()
    finally:
        services.close()
    expected = _dump(backup.path)
    # Changes after the backup stay in the -wal of a "crashed" program: copy the file and its
    # WAL while the writer still holds them open.
    crashed = tmp_path / "crashed.sqlite3"
    writer = sqlite3.connect(demo_file)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE participants SET given_name = 'Changed after backup'")
    writer.commit()
    shutil.copyfile(demo_file, crashed)
    shutil.copyfile(f"{demo_file}-wal", f"{crashed}-wal")
    writer.close()
    assert Path(f"{crashed}-wal").stat().st_size > 0

    database = open_database(crashed)
    result = BackupService(database, tmp_path / "copies").restore(backup.path)
    assert result.report.sound
    assert not Path(f"{crashed}-wal").exists()
    assert _dump(crashed) == expected
    # The replaced file was kept, with the change it held.
    assert result.safety_copy is not None
    assert any("Changed after backup" in line for line in _dump(result.safety_copy))
    # And the program opens the restored file with the backup's content.
    services = _services(crashed)
    try:
        names = {s.given_name for s in services.participants.summaries()}
    finally:
        services.close()
    assert "Changed after backup" not in names


def test_restore_refuses_a_copy_that_fails_its_check(demo_file: Path, tmp_path: Path) -> None:
    services = _services(demo_file)
    try:
        backup = BackupService(services.database, tmp_path / "copies").backup_now()
    finally:
        services.close()
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(backup.path.read_bytes())
    for offset in range(4096 * 3, 4096 * 4, 7):
        data[offset] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = _digest(demo_file)
    database = open_database(demo_file)
    with pytest.raises(UserInputError, match="failed its check"):
        BackupService(database, tmp_path / "copies").restore(damaged)
    database.close()
    assert _digest(demo_file) == before


@pytest.mark.parametrize("backend", ["postgresql"])  # the server case; SQLite copies itself
def test_server_databases_are_backed_up_with_server_tools(services: Services) -> None:
    assert services.database.sqlite_path is None
    with pytest.raises(UserInputError, match="pg_dump"):
        BackupService(services.database).backup_now()


def test_a_damaged_file_opens_read_only_and_refuses_writes(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    for offset in range(4096 * 5, 4096 * 6, 7):
        data[offset] ^= 0xFF
    demo_file.write_bytes(bytes(data))
    for side in ("-wal", "-shm"):
        Path(f"{demo_file}{side}").unlink(missing_ok=True)
    before = _digest(demo_file)
    services = _services(demo_file)
    try:
        assert services.database.read_only
        with pytest.raises(DatabaseError, match="read-only"):
            services.settings.save({"municipality_name": "Eksempel"})
    finally:
        services.close()
    assert _digest(demo_file) == before
