"""A damaged database in the window: open read-only with a banner that offers the newest good
backup, and restoring it from there (issue 15 items 3 and 4)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from introdesk.domain.errors import DatabaseError
from introdesk.domain.records import NewParticipant
from introdesk.services.backups import BackupService
from introdesk.services.container import open_services
from introdesk.ui import tasks
from introdesk.ui.main_window import MainWindow


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 4, 4096 * 5, 5):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def test_damaged_file_opens_read_only_and_the_banner_restores_the_backup(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "office.sqlite3"
    services = open_services(path)
    services.participants.create(NewParticipant("Amira", "Haddad"))
    backup = BackupService(services.database).backup_now("daily")
    services.participants.create(NewParticipant("Yonas", "Tesfay"))
    services.close()
    _damage(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()

    # Pages that cannot read a damaged page say so in a message; recorded instead of shown.
    reported: list[Exception] = []
    monkeypatch.setattr(tasks, "show_error", lambda _parent, error: reported.append(error))
    damaged = open_services(path)
    window = MainWindow(damaged, open_database=open_services)
    qtbot.addWidget(window)
    window.show()
    tasks.wait_for_all()
    banner = window.damaged_banner
    assert banner is not None
    assert banner.isVisible()
    assert "read-only" in banner.message.text() or "skrivebeskyttet" in banner.message.text()
    assert banner.newest is not None
    assert banner.newest.path == backup.path
    with pytest.raises(DatabaseError):
        window.services.participants.create(NewParticipant("Ny", "Person"))
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    banner.restore_button.click()

    assert window.damaged_banner is None
    assert not window.services.database.read_only
    names = [s.given_name for s in window.services.participants.summaries()]
    assert names == ["Amira"]
    assert shown
    assert backup.path.name in shown[0]
    window.services.participants.create(NewParticipant("Ny", "Person"))  # writable again
    tasks.wait_for_all()
    window.close()
    window.services.close()
    assert all(isinstance(error, DatabaseError) for error in reported)
