"""Every error the user sees goes through here: known errors as plain messages, anything
else as a crash dialog with a saved, copyable report that holds no personal data."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from introdesk.domain.errors import (
    ConflictError,
    DatabaseError,
    IntroDeskError,
    NotFoundError,
    SchemaTooNewError,
    UserInputError,
    ValidationError,
)
from introdesk.ui.error_messages import user_message

log = logging.getLogger(__name__)


def title_for(error: IntroDeskError) -> str:
    if isinstance(error, ConflictError):
        return QCoreApplication.translate("Errors", "Changed by someone else")
    if isinstance(error, SchemaTooNewError):
        return QCoreApplication.translate("Errors", "Database made by a newer IntroDesk")
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate("Errors", "Database problem")
    if isinstance(error, ValidationError):
        return QCoreApplication.translate("Errors", "Please correct the input")
    if isinstance(error, NotFoundError):
        return QCoreApplication.translate("Errors", "Not found")
    if isinstance(error, UserInputError):
        return QCoreApplication.translate("Errors", "Cannot do that")
    return QCoreApplication.translate("Errors", "Something went wrong")


def show_error(parent: QWidget | None, error: IntroDeskError) -> None:
    """A known error: one clear message, nothing else to do."""
    log.info("Shown to user: %s", type(error).__name__)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title_for(error))
    box.setText(user_message(error))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def show_crash(parent: QWidget | None, report: str, saved_to: Path | None) -> None:
    """An unexpected error: what happened, where the report is, and a copy button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "IntroDesk stopped an action"))
    text = QCoreApplication.translate(
        "Errors",
        "An unexpected error stopped the last action. Nothing was half-saved: changes are "
        "saved whole or not at all.",
    )
    if saved_to is not None:
        text += (
            "\n\n"
            + QCoreApplication.translate("Errors", "A report without personal data was saved to:")
            + f"\n{saved_to}"
        )
    box.setText(text)
    box.setDetailedText(report)
    copy = box.addButton(
        QCoreApplication.translate("Errors", "Copy report"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(report)
