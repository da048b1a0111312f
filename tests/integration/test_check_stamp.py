"""The check on open remembered for the same bytes (issue 18, keeping issue 15 item 4): the
command line does not read an unchanged file again, but any changed byte is checked, even with
the file's time put back; the window checks every time. SQLite only: a server has no file."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from introdesk.persistence import check_stamp, migrate
from introdesk.services.access_log import log_identity_numbers_shown
from introdesk.services.context import ServiceContext
from introdesk.services.database_admin import open_for_use


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files the quick check read, in order."""
    seen: list[Path] = []
    real = migrate.check_sqlite_path

    def counting(path: Path, *, quick: bool = False) -> migrate.CheckReport:
        seen.append(path)
        return real(path, quick=quick)

    monkeypatch.setattr(migrate, "check_sqlite_path", counting)
    return seen


@pytest.fixture
def office(sqlite_only_database_url: str) -> Path:
    return Path(sqlite_only_database_url)


def opener(tmp_path: Path, stamp: Path | None) -> Callable[[Path], tuple[str, ...]]:
    def open_and_close(path: Path) -> tuple[str, ...]:
        database, _ = open_for_use(path, tmp_path / "backups", remember_check=stamp)
        damage = database.damage
        database.close()
        return damage

    return open_and_close


def flip_bytes_keeping_time(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = path.stat()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, 4096 * 3, 7):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns


def test_an_unchanged_file_is_checked_once(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    command = opener(tmp_path, tmp_path / check_stamp.STAMP_FILE)
    assert command(office) == ()
    assert len(checks) == 1
    assert command(office) == ()
    assert command(office) == ()
    assert len(checks) == 1


def test_the_window_checks_every_time(tmp_path: Path, office: Path, checks: list[Path]) -> None:
    command = opener(tmp_path, tmp_path / check_stamp.STAMP_FILE)
    window = opener(tmp_path, None)
    command(office)
    window(office)
    window(office)
    assert len(checks) == 3


def test_a_changed_byte_is_found_even_with_the_time_put_back(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    command = opener(tmp_path, tmp_path / check_stamp.STAMP_FILE)
    assert command(office) == ()
    flip_bytes_keeping_time(office)
    damage = command(office)
    assert damage, "the flipped page went unnoticed"
    assert len(checks) == 2
    assert command(office)  # and again: a damaged file is never remembered as sound
    assert len(checks) == 3


def break_a_foreign_key(path: Path) -> None:
    """Another program (plain sqlite3: foreign keys off) commits a row pointing at no one."""
    other = sqlite3.connect(path)
    other.execute(
        "INSERT INTO programme_events (participant_id, kind, day, reason, created_by,"
        " created_at, row_version) VALUES (999999, 'start', '2026-11-02', '', 'x',"
        " '2026-11-02 10:00:00', 1)"
    )
    other.commit()
    other.close()


def test_a_commands_own_writes_are_remembered_and_another_programs_are_checked(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    stamp = tmp_path / check_stamp.STAMP_FILE
    database, _ = open_for_use(office, tmp_path / "backups", remember_check=stamp)
    log_identity_numbers_shown(ServiceContext(database, "test.adviser"), "participants list")
    database.close()
    assert len(checks) == 1
    command = opener(tmp_path, stamp)
    assert command(office) == ()
    assert len(checks) == 1  # only its own commit since the check: not read again
    assert command(office) == ()
    assert len(checks) == 1

    other = sqlite3.connect(office)
    other.execute("CREATE TABLE scratch (value INTEGER)")
    other.commit()
    other.close()
    assert command(office) == ()
    assert len(checks) == 2  # another program's write: checked again


def test_another_programs_write_after_a_commands_own_write_is_checked(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    stamp = tmp_path / check_stamp.STAMP_FILE
    command = opener(tmp_path, stamp)
    assert command(office) == ()
    database, _ = open_for_use(office, tmp_path / "backups", remember_check=stamp)
    log_identity_numbers_shown(ServiceContext(database, "test.adviser"), "participants list")
    break_a_foreign_key(office)
    database.close()
    assert command(office), "a broken foreign key was taken as sound"
    assert len(checks) == 2


def test_another_programs_write_while_no_connection_watched_is_checked(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    """The command's connections all close (the pool let them go), another program writes,
    then the command connects again and writes: the gap was watched by no one."""
    stamp = tmp_path / check_stamp.STAMP_FILE
    command = opener(tmp_path, stamp)
    assert command(office) == ()
    database, _ = open_for_use(office, tmp_path / "backups", remember_check=stamp)
    database.engine.dispose()
    break_a_foreign_key(office)
    log_identity_numbers_shown(ServiceContext(database, "test.adviser"), "participants list")
    database.close()
    assert command(office), "a broken foreign key was taken as sound"
    assert len(checks) == 2


def test_a_file_another_program_is_reading_at_close_is_checked_next_time(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    stamp = tmp_path / check_stamp.STAMP_FILE
    command = opener(tmp_path, stamp)
    command(office)
    reader = sqlite3.connect(office, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM participants").fetchone()  # holds its snapshot
        database, _ = open_for_use(office, tmp_path / "backups", remember_check=stamp)
        log_identity_numbers_shown(ServiceContext(database, "test.adviser"), "participants list")
        database.close()  # its write cannot be folded in while the reader holds the old one
    finally:
        reader.close()
    assert command(office) == ()
    assert len(checks) == 2


def test_another_programs_write_while_a_command_is_open_is_checked(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    """The other program writes a row breaking a foreign key while a command has the file
    open; the command closes last and folds that write in. The next command must find it."""
    stamp = tmp_path / check_stamp.STAMP_FILE
    command = opener(tmp_path, stamp)
    assert command(office) == ()
    database, _ = open_for_use(office, tmp_path / "backups", remember_check=stamp)
    assert len(checks) == 1  # unchanged: not read again
    break_a_foreign_key(office)
    database.close()
    assert command(office), "a broken foreign key was taken as sound"
    assert len(checks) == 2


def test_a_file_with_writes_not_yet_folded_in_is_checked(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    command = opener(tmp_path, tmp_path / check_stamp.STAMP_FILE)
    command(office)
    other = sqlite3.connect(office)  # e.g. the window, open at the same time
    try:
        other.execute("CREATE TABLE scratch (value INTEGER)")
        other.commit()
        assert check_stamp.wal_pending(office)
        command(office)
        command(office)
    finally:
        other.close()
    assert len(checks) == 3


def test_a_damaged_stamp_file_means_checking(
    tmp_path: Path, office: Path, checks: list[Path]
) -> None:
    stamp = tmp_path / check_stamp.STAMP_FILE
    command = opener(tmp_path, stamp)
    command(office)
    stamp.write_text("{not json", encoding="utf-8")
    command(office)
    assert len(checks) == 2
    command(office)
    assert len(checks) == 2
