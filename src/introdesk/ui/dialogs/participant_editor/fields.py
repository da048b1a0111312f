"""The participant editor's form machinery: the tabs' layouts are Designer forms (``forms/``);
every field found there gets an error label beside it, and any change re-checks the whole
form."""

from __future__ import annotations

from collections.abc import Iterable

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

    def adopt_fields(self, page: QWidget) -> None:
        """Take the fields of a Designer form set up on ``page``: every ``row_<name>`` layout
        in its form layouts holds the input ``field_<name>``, which gets its error label beside
        it and re-checks the form on every change. Rows are taken in the order shown."""
        for form in page.findChildren(QFormLayout):
            for index in range(form.rowCount()):
                item = form.itemAt(index, QFormLayout.ItemRole.FieldRole)
                row = item.layout() if item is not None else None
                if isinstance(row, QHBoxLayout) and row.objectName().startswith("row_"):
                    name = row.objectName().removeprefix("row_")
                    widget = page.findChild(QWidget, f"field_{name}")
                    assert widget is not None, f"form row {name} has no field_{name}"
                    self._attach(name, widget, row)

    def _attach(self, name: str, widget: QWidget, row: QHBoxLayout) -> None:
        error = QLabel(self)
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.setVisible(False)
        row.setStretch(0, 3)
        row.addWidget(error, 2)
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

    @staticmethod
    def fill_choices(
        combo: QComboBox, choices: Iterable[tuple[object, str]], *, empty: bool = True
    ) -> None:
        """The choices (code, label) of a form's combo box, after an empty one unless the
        field always has a value."""
        if empty:
            combo.addItem("", None)
        for code, label in choices:
            combo.addItem(label, code)

    def scroll_area(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area
