"""What every page offers the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A page of the main window. ``refresh`` reloads its data from the services."""

    def refresh(self) -> None:
        """Reload from the database (called when the page is shown or data changed)."""


class PlaceholderPage(Page):
    """A page whose feature is not built yet says so plainly instead of pretending."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)
