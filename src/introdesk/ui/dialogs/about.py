"""About IntroDesk: version, where the data is, licences."""

from __future__ import annotations

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from introdesk import __version__


def about_text(parent: QWidget, database: str) -> str:
    return "".join(
        [
            f"<h3>IntroDesk {__version__}</h3>",
            "<p>",
            QCoreApplication.translate(
                "About", "Plans, attendance, tests and benefit for the Introduction Programme."
            ),
            "</p><p><b>",
            QCoreApplication.translate("About", "Database:"),
            f"</b> {database}</p><p>",
            QCoreApplication.translate(
                "About",
                "Licences: IntroDesk is free software (EUPL 1.2). It uses Qt for Python "
                "(PySide6 %1, LGPLv3), SQLAlchemy and Alembic (MIT), ReportLab (BSD), openpyxl "
                "(MIT) and the Noto fonts (SIL Open Font License).",
            ).replace("%1", pyside_version),
            "</p>",
        ]
    )


def show_about(parent: QWidget, database: str) -> None:
    QMessageBox.about(
        parent, QCoreApplication.translate("About", "About IntroDesk"), about_text(parent, database)
    )
