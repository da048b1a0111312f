"""The participant editor's form machinery: every field has an input and an error label beside
it, and any change re-checks the whole form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)


class FieldDialog(QDialog):
    """A dialog of named fields (``inputs``) with an error label each (``errors``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

    def revalidate(self) -> None:
        """Check the form again (the editor shows messages and enables Save)."""

    def add_field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(f"field_{name}")
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(widget, 3)
        row.addWidget(error, 2)
        form.addRow(label, row)
        self.inputs[name] = widget
        self.errors[name] = error
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(lambda _t: self.revalidate())
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(lambda _i: self.revalidate())
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _b: self.revalidate())
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda _v: self.revalidate())
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self.revalidate)

    def date_edit(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", "dd.mm.yyyy"))
        return edit

    def combo(self, choices: list[tuple[object, str]], *, empty: bool = True) -> QComboBox:
        combo = QComboBox(self)
        if empty:
            combo.addItem("", None)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    def scroll_area(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area
