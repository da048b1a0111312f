"""Help: the short Norwegian user guide (``docs/user-guide.md``, shortcuts included), on F1."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from introdesk.core import paths


def user_guide_path() -> Path:
    """The guide beside the resources: in a source checkout ``docs/``, bundled in a build."""
    for candidate in (
        paths.resources_dir() / "docs" / "user-guide.md",
        paths.resources_dir().parent / "docs" / "user-guide.md",
    ):
        if candidate.is_file():
            return candidate
    return paths.resources_dir().parent / "docs" / "user-guide.md"


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        path = user_guide_path()
        if path.is_file():
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        else:
            self.browser.setPlainText(
                QCoreApplication.translate("UserGuide", "The user guide was not found: %1").replace(
                    "%1", str(path)
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)  # fits 1280 × 720
