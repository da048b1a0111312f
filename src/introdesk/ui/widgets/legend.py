"""A one-line legend under a table: what each cell colour means, with a swatch per colour."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class ColourLegend(QWidget):
    """Swatches and their meanings side by side; ``entries`` are ``(colour, text)`` pairs."""

    def __init__(self, entries: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.texts: list[str] = []
        for colour, text in entries:
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setStyleSheet(f"background: {colour}; border: 1px solid #999;")
            layout.addWidget(swatch)
            label = QLabel(text, self)
            layout.addWidget(label)
            layout.addSpacing(12)
            self.texts.append(text)
        layout.addStretch(1)
