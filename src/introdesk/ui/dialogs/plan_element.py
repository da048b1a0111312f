"""Add or change one plan element: what, from when to when, and counted hours per weekday."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from introdesk.domain.plans import PlanElement, WeekHours
from introdesk.rules.catalogue import ElementType
from introdesk.ui.widgets.date_edit import DateEdit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("PlanElementDialog", "Mon"),
        QCoreApplication.translate("PlanElementDialog", "Tue"),
        QCoreApplication.translate("PlanElementDialog", "Wed"),
        QCoreApplication.translate("PlanElementDialog", "Thu"),
        QCoreApplication.translate("PlanElementDialog", "Fri"),
        QCoreApplication.translate("PlanElementDialog", "Sat"),
        QCoreApplication.translate("PlanElementDialog", "Sun"),
    ]


def element_name(kind: ElementType | None, code: str, language: str) -> str:
    if kind is None:
        return code
    return kind.name(language)


class PlanElementDialog(QDialog):
    def __init__(
        self,
        catalogue: Mapping[str, ElementType],
        initial: PlanElement,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PlanElementDialog", "Plan element"))
        self.code = QComboBox(self)
        self.code.setObjectName("elementCode")
        for code, kind in catalogue.items():
            self.code.addItem(element_name(kind, code, language), code)
        self.code.setCurrentIndex(max(0, self.code.findData(initial.code)))
        self.start = DateEdit(to_qdate(initial.start), self)
        self.end = DateEdit(to_qdate(initial.end), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.hours: list[QDoubleSpinBox] = []
        grid = QGridLayout()
        for column, (name, value) in enumerate(
            zip(weekday_names(), initial.hours.as_tuple(), strict=True)
        ):
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 24)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.setValue(float(value))
            grid.addWidget(QLabel(name, self), 0, column)
            grid.addWidget(spin, 1, column)
            self.hours.append(spin)
        self.note = QLineEdit(initial.note, self)
        hint = QLabel(
            QCoreApplication.translate(
                "PlanElementDialog",
                "Counted hours: a 45-minute Norwegian or social-studies lesson counts 75 minutes.",
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("PlanElementDialog", "Element"), self.code)
        form.addRow(QCoreApplication.translate("PlanElementDialog", "From"), self.start)
        form.addRow(QCoreApplication.translate("PlanElementDialog", "To"), self.end)
        form.addRow(QCoreApplication.translate("PlanElementDialog", "Hours per day"), grid)
        form.addRow("", hint)
        form.addRow(QCoreApplication.translate("PlanElementDialog", "Note"), self.note)
        form.addRow(buttons)

    def element(self) -> PlanElement:
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        hours = [Decimal(str(round(spin.value(), 2))) for spin in self.hours]
        return PlanElement(
            str(self.code.currentData()),
            start,
            max(start, end),
            WeekHours(*hours),
            self.note.text(),
        )
