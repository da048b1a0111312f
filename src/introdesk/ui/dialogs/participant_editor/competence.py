"""The competence tab's lists (education, work, languages, foreign qualifications): small
tables with Add and Remove, filled from and read back into a ``CompetenceMapping``."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import EducationLevel
from introdesk.domain.numbers import parse_decimal
from introdesk.domain.participant_details import (
    QUALIFICATION_KINDS,
    QUALIFICATION_STATUSES,
    CompetenceMapping,
    Education,
    LanguageSkill,
    Qualification,
    WorkExperience,
)
from introdesk.ui.formatting import fmt_date, parse_user_date
from introdesk.ui.participant_labels import (
    education_labels,
    qualification_kind_labels,
    qualification_status_labels,
)


class ListEditor(QWidget):
    """A small table with Add and Remove buttons for one competence list."""

    def __init__(
        self, name: str, headers: list[str], on_change: Callable[[], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(110)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.setColumnWidth(0, 160)
        self.table.itemChanged.connect(lambda _item: on_change())
        self._on_change = on_change
        self._combos: dict[int, list[tuple[str, str]]] = {}
        add = QPushButton(QCoreApplication.translate("ParticipantEditor", "Add"), self)
        add.setObjectName(f"{name}Add")
        add.clicked.connect(lambda: self.add_row({}))
        remove = QPushButton(QCoreApplication.translate("ParticipantEditor", "Remove"), self)
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_combo(self, column: int, choices: list[tuple[str, str]]) -> None:
        self._combos[column] = choices

    def add_row(self, values: dict[int, Any]) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            value = values.get(column, "")
            if column in self._combos:
                combo = QComboBox(self.table)
                for code, label in self._combos[column]:
                    combo.addItem(label, code)
                index = combo.findData(value)
                combo.setCurrentIndex(max(index, 0))
                combo.currentIndexChanged.connect(lambda _i: self._on_change())
                self.table.setCellWidget(row, column, combo)
            elif isinstance(value, bool):
                item = QTableWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                self.table.setItem(row, column, item)
            else:
                self.table.setItem(row, column, QTableWidgetItem(str(value)))
        self.table.blockSignals(False)
        self._on_change()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._on_change()

    def cell(self, row: int, column: int) -> str:
        widget = self.table.cellWidget(row, column)
        if isinstance(widget, QComboBox):
            return str(widget.currentData() or "")
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked


class CompetenceLists(QWidget):
    """The four competence lists, one under the other with a heading each."""

    def __init__(self, on_change: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        education_choices = [(code.value, label) for code, label in education_labels().items()]
        self.education = ListEditor(
            "education",
            [
                QCoreApplication.translate("ParticipantEditor", "Level"),
                QCoreApplication.translate("ParticipantEditor", "Country"),
                QCoreApplication.translate("ParticipantEditor", "Field"),
                QCoreApplication.translate("ParticipantEditor", "Years"),
                QCoreApplication.translate("ParticipantEditor", "Completed"),
            ],
            on_change,
            self,
        )
        self.education.set_combo(0, education_choices)
        self.work = ListEditor(
            "work",
            [
                QCoreApplication.translate("ParticipantEditor", "Occupation"),
                QCoreApplication.translate("ParticipantEditor", "Country"),
                QCoreApplication.translate("ParticipantEditor", "Years"),
            ],
            on_change,
            self,
        )
        self.languages = ListEditor(
            "languages",
            [
                QCoreApplication.translate("ParticipantEditor", "Language"),
                QCoreApplication.translate("ParticipantEditor", "Level (A1–C1 or mother tongue)"),
            ],
            on_change,
            self,
        )
        self.qualifications = ListEditor(
            "qualifications",
            [
                QCoreApplication.translate("ParticipantEditor", "Kind"),
                QCoreApplication.translate("ParticipantEditor", "Country"),
                QCoreApplication.translate("ParticipantEditor", "Trade"),
                QCoreApplication.translate("ParticipantEditor", "Status"),
                QCoreApplication.translate("ParticipantEditor", "Applied"),
                QCoreApplication.translate("ParticipantEditor", "Decided"),
                QCoreApplication.translate("ParticipantEditor", "Note"),
            ],
            on_change,
            self,
        )
        self.qualifications.set_combo(0, list(qualification_kind_labels().items()))
        self.qualifications.set_combo(3, list(qualification_status_labels().items()))
        for title, editor in (
            (QCoreApplication.translate("ParticipantEditor", "Education"), self.education),
            (QCoreApplication.translate("ParticipantEditor", "Work experience"), self.work),
            (QCoreApplication.translate("ParticipantEditor", "Languages"), self.languages),
            (
                QCoreApplication.translate(
                    "ParticipantEditor",
                    "Foreign qualifications and recognition (HK-dir, realkompetanse)",
                ),
                self.qualifications,
            ),
        ):
            layout.addWidget(QLabel(f"<b>{title}</b>", self))
            layout.addWidget(editor)

    def load(self, competence: CompetenceMapping) -> None:
        for e in competence.education:
            self.education.add_row(
                {0: e.level.value, 1: e.country, 2: e.field, 3: str(e.years), 4: e.completed}
            )
        for w in competence.work:
            self.work.add_row(
                {0: w.occupation, 1: w.country, 2: format(w.years, "f").replace(".", ",")}
            )
        for lang in competence.languages:
            self.languages.add_row({0: lang.language, 1: lang.level})
        for q in competence.qualifications:
            self.qualifications.add_row(
                {
                    0: q.kind,
                    1: q.country,
                    2: q.trade,
                    3: q.status,
                    4: fmt_date(q.applied_on),
                    5: fmt_date(q.decided_on),
                    6: q.note,
                }
            )

    def read(self) -> tuple[CompetenceMapping, list[str]]:
        """The lists as typed, and one message per row that cannot be read."""
        problems: list[str] = []
        mapping = CompetenceMapping(
            education=self._read_education(problems),
            work=self._read_work(problems),
            languages=tuple(
                LanguageSkill(
                    language=self.languages.cell(row, 0), level=self.languages.cell(row, 1)
                )
                for row in range(self.languages.table.rowCount())
                if self.languages.cell(row, 0)
            ),
            qualifications=self._read_qualifications(problems),
        )
        return mapping, problems

    def _read_education(self, problems: list[str]) -> tuple[Education, ...]:
        education = []
        for row in range(self.education.table.rowCount()):
            years = self.education.cell(row, 3) or "0"
            if not years.isdigit():
                problems.append(
                    _row_problem(
                        QCoreApplication.translate("ParticipantEditor", "Education"),
                        _not_number(),
                        row,
                    )
                )
                years = "0"
            education.append(
                Education(
                    level=EducationLevel(self.education.cell(row, 0) or "none"),
                    country=self.education.cell(row, 1),
                    field=self.education.cell(row, 2),
                    years=int(years),
                    completed=self.education.checked(row, 4),
                )
            )
        return tuple(education)

    def _read_work(self, problems: list[str]) -> tuple[WorkExperience, ...]:
        work = []
        for row in range(self.work.table.rowCount()):
            try:
                amount = parse_decimal(self.work.cell(row, 2) or "0")
            except ValueError:
                problems.append(
                    _row_problem(
                        QCoreApplication.translate("ParticipantEditor", "Work experience"),
                        _not_number(),
                        row,
                    )
                )
                amount = Decimal(0)
            if self.work.cell(row, 0):
                work.append(
                    WorkExperience(
                        occupation=self.work.cell(row, 0),
                        country=self.work.cell(row, 1),
                        years=amount,
                    )
                )
        return tuple(work)

    def _read_qualifications(self, problems: list[str]) -> tuple[Qualification, ...]:
        qualifications = []
        for row in range(self.qualifications.table.rowCount()):
            dates = []
            for column in (4, 5):
                try:
                    dates.append(parse_user_date(self.qualifications.cell(row, column)))
                except ValueError:
                    problems.append(
                        _row_problem(
                            QCoreApplication.translate(
                                "ParticipantEditor", "Foreign qualifications"
                            ),
                            _not_date(),
                            row,
                        )
                    )
                    dates.append(None)
            qualifications.append(
                Qualification(
                    kind=self.qualifications.cell(row, 0) or QUALIFICATION_KINDS[0],
                    country=self.qualifications.cell(row, 1),
                    trade=self.qualifications.cell(row, 2),
                    status=self.qualifications.cell(row, 3) or QUALIFICATION_STATUSES[0],
                    applied_on=dates[0],
                    decided_on=dates[1],
                    note=self.qualifications.cell(row, 6),
                )
            )
        return tuple(qualifications)


def _not_number() -> str:
    return QCoreApplication.translate("ParticipantEditor", "row %1: years must be a number")


def _not_date() -> str:
    return QCoreApplication.translate("ParticipantEditor", "row %1: not a date (dd.mm.yyyy)")


def _row_problem(list_label: str, problem: str, row: int) -> str:
    """``Utdanning: rad 2: …``: the list, then the problem with the row number filled in."""
    return f"{list_label}: " + problem.replace("%1", str(row + 1))
