"""Asking for a database server address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_server_url(parent: QWidget) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("OpenServer", "Connect to a database server"),
        QCoreApplication.translate(
            "OpenServer", "Server address, for example\npostgresql://user@server/introdesk"
        ),
        QLineEdit.EchoMode.Normal,
        "postgresql://",
    )
    text = text.strip()
    return text if ok and text and text != "postgresql://" else None
