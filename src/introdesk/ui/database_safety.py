"""File → Restore from backup…, and the banner over a damaged database (issue 15 items 3, 4).

Both go through ``BackupService``, the same methods as ``introdesk db restore`` and
``introdesk db backups``. A damaged file is open read-only; the banner says so and offers the
newest copy that passes its check.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from introdesk.domain.errors import IntroDeskError
from introdesk.ui.errors import show_error
from introdesk.ui.tasks import wait_for_all

if TYPE_CHECKING:  # the backup service (and the database library) load on first use: the
    # window shows before the database is opened (issue 18, first paint)
    from introdesk.services.backups import BackupFile
    from introdesk.services.container import Services

Reopen = Callable[[str], bool]


def restore_backup(parent: QWidget, services: Services, backup: Path, reopen: Reopen) -> bool:
    """Ask, restore (keeping a safety copy of the current file), then reopen the database."""
    target = services.database.sqlite_path
    if target is None:
        return False
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DatabaseSafety", "Restore from backup"),
        QCoreApplication.translate(
            "DatabaseSafety",
            "Replace the database with the backup %1?\n\nEverything saved after the backup was "
            "made is taken out; the current file is kept as a safety copy in the backup folder.",
        ).replace("%1", backup.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    from introdesk.services.backups import BackupService

    wait_for_all()  # no page may be reading the file while it is replaced
    try:
        result = BackupService(services.database).restore(backup)
    except IntroDeskError as error:
        show_error(parent, error)
        reopen(str(target))
        return False
    reopen(str(target))
    message = QCoreApplication.translate(
        "DatabaseSafety", "The database was restored from %1."
    ).replace("%1", result.restored_from.name)
    if result.safety_copy is not None:
        message += " " + QCoreApplication.translate(
            "DatabaseSafety", "The file it replaced was kept as %1."
        ).replace("%1", str(result.safety_copy))
    QMessageBox.information(
        parent, QCoreApplication.translate("DatabaseSafety", "Restore from backup"), message
    )
    return True


def choose_and_restore(parent: QWidget, services: Services, reopen: Reopen) -> bool:
    if services.database.sqlite_path is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("DatabaseSafety", "Restore from backup"),
            QCoreApplication.translate(
                "DatabaseSafety",
                "A server database is restored with the server's own tools (pg_restore).",
            ),
        )
        return False
    from introdesk.services.backups import BackupService

    folder = BackupService(services.database).folder()
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseSafety", "Restore from backup"),
        str(folder),
        QCoreApplication.translate(
            "DatabaseSafety", "IntroDesk backups (*.sqlite3);;All files (*)"
        ),
    )
    if not path:
        return False
    return restore_backup(parent, services, Path(path), reopen)


def restore_action(parent: QWidget, services: Callable[[], Services], reopen: Reopen) -> QAction:
    action = QAction(QCoreApplication.translate("DatabaseSafety", "&Restore from backup…"), parent)
    action.triggered.connect(lambda: choose_and_restore(parent, services(), reopen))
    return action


class DamagedBanner(QFrame):
    """Shown above the pages while the database is open read-only because it failed its
    check; offers the newest good backup."""

    def __init__(self, services: Services, reopen: Reopen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedBanner")
        self.setStyleSheet(
            "#damagedBanner { background: #fdecea; border: 1px solid #d93025; }"
            "#damagedBanner QLabel { color: #5f0b07; }"
        )
        self._services = services
        self._reopen = reopen
        self.newest: BackupFile | None = None
        from introdesk.services.backups import BackupService

        try:
            self.newest = BackupService(services.database).newest_good()
        except IntroDeskError:
            self.newest = None
        text = QCoreApplication.translate(
            "DatabaseSafety",
            "The database failed its integrity check and is open read-only: nothing can be "
            "saved until it is restored from a backup.",
        )
        if self.newest is not None:
            text += " " + QCoreApplication.translate(
                "DatabaseSafety", "Newest good backup: %1."
            ).replace("%1", f"{self.newest.taken_at:%d.%m.%Y %H:%M}")
        else:
            text += " " + QCoreApplication.translate(
                "DatabaseSafety", "No good backup was found in the backup folder."
            )
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(
            QCoreApplication.translate("DatabaseSafety", "Restore this backup…")
            if self.newest
            else QCoreApplication.translate("DatabaseSafety", "Choose a backup…"),
            self,
        )
        self.restore_button.clicked.connect(self._restore)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.restore_button)

    def _restore(self) -> None:
        if self.newest is not None:
            restore_backup(self, self._services, self.newest.path, self._reopen)
        else:
            choose_and_restore(self, self._services, self._reopen)


class UpgradeNeededBanner(QFrame):
    """Shown above the pages while a server database older than the program is open
    read-only: this login may not upgrade it, the schema is still readable (brief issue 16)."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("upgradeNeededBanner")
        self.setStyleSheet(
            "#upgradeNeededBanner { background: #fef7e0; border: 1px solid #f9ab00; }"
            "#upgradeNeededBanner QLabel { color: #3c2a00; }"
        )
        self.message = QLabel(
            QCoreApplication.translate(
                "DatabaseSafety",
                "The database needs an upgrade by an administrator. Until then it is open "
                "read-only: you can read, but nothing can be saved.",
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setToolTip(reason)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
