"""Create or edit a participant: the whole record, the competence mapping, and goals.

Every change is checked at once with the same rules the service applies when saving
(``services.participants.validate_fields``): a message appears beside the field and Save stays
disabled while anything is invalid. The right/duty category, deadlines and recommended goals
are shown as they would be after saving (brief §1.1, §1.2, §1.4, §4.2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import EducationLevel, ParticipantStatus, PermitType, Regime, Sex
from introdesk.domain.errors import IntroDeskError, ValidationError
from introdesk.domain.participant_details import (
    QUALIFICATION_KINDS,
    QUALIFICATION_STATUSES,
    CompetenceMapping,
    Education,
    LanguageSkill,
    ParticipantDetails,
    ParticipantFields,
    Qualification,
    WorkExperience,
    goal_text,
)
from introdesk.domain.records import AdviserRecord
from introdesk.rules.identifiers import IdProblem
from introdesk.services.participants import (
    ParticipantService,
    complete_fields,
    field_warnings,
    national_id_check,
    validate_fields,
)
from introdesk.ui.errors import show_error
from introdesk.ui.formatting import fmt_date, parse_user_date
from introdesk.ui.labels import status_label
from introdesk.ui.participant_labels import (
    category_label,
    deadline_labels,
    education_labels,
    end_goal_labels,
    permit_labels,
    qualification_kind_labels,
    qualification_status_labels,
    regime_labels,
    sex_labels,
)

_TEXT_FIELDS = (
    "given_name",
    "family_name",
    "preferred_name",
    "national_id",
    "duf_number",
    "country_of_birth",
    "citizenship",
    "mother_tongue",
    "other_languages",
    "interpreter_language",
    "phone",
    "email",
    "address",
    "settlement_municipality",
    "norwegian_goal_override",
    "goal_override_reason",
)
_DATE_FIELDS = (
    "birth_date",
    "settlement_date",
    "request_date",
    "permit_date",
    "mapping_date",
    "career_guidance_date",
    "decision_date",
    "programme_start",
)
_CHECK_FIELDS = (
    "interpreter_needed",
    "settled_by_agreement",
    "lives_with_parents",
    "completed_upper_secondary",
)


def national_id_message(problem: IdProblem) -> str:
    return {
        IdProblem.LENGTH: QCoreApplication.translate(
            "ParticipantEditor", "A national ID number has 11 digits."
        ),
        IdProblem.FORMAT: QCoreApplication.translate("ParticipantEditor", "Digits only, please."),
        IdProblem.CHECKSUM: QCoreApplication.translate(
            "ParticipantEditor",
            "The check digits do not match: check the number for typing errors.",
        ),
        IdProblem.DATE: QCoreApplication.translate(
            "ParticipantEditor", "The birth date in the number is impossible or in the future."
        ),
    }[problem]


def reason_message(reason: str) -> str:
    """The service's reason in the interface language (known reasons; others as given)."""
    known = {
        "is required": QCoreApplication.translate("ParticipantEditor", "Required."),
        "lies in the future": QCoreApplication.translate(
            "ParticipantEditor", "Lies in the future."
        ),
        "is before the birth date": QCoreApplication.translate(
            "ParticipantEditor", "Is before the birth date."
        ),
        "does not match the birth date in the national id": QCoreApplication.translate(
            "ParticipantEditor", "Does not match the birth date in the national ID."
        ),
        "is not an e-mail address": QCoreApplication.translate(
            "ParticipantEditor", "Not an e-mail address."
        ),
        "give a reason for the chosen goal (brief §1.4, §4.2)": QCoreApplication.translate(
            "ParticipantEditor", "Give a reason for the chosen goal."
        ),
        "already belongs to another participant": QCoreApplication.translate(
            "ParticipantEditor", "Already belongs to another participant."
        ),
    }
    return known.get(reason, reason)


class _ListEditor(QWidget):
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


class ParticipantEditor(QDialog):
    def __init__(
        self,
        service: ParticipantService,
        advisers: list[AdviserRecord],
        details: ParticipantDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantEditor")
        self._service = service
        self._details = details
        self.saved_id: int | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ParticipantEditor", "New participant")
            if details is None
            else QCoreApplication.translate("ParticipantEditor", "Edit participant")
        )
        self.resize(860, 680)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}

        tabs = QTabWidget(self)
        tabs.addTab(self._person_tab(), QCoreApplication.translate("ParticipantEditor", "Person"))
        tabs.addTab(
            self._programme_tab(advisers),
            QCoreApplication.translate("ParticipantEditor", "Programme"),
        )
        tabs.addTab(
            self._competence_tab(), QCoreApplication.translate("ParticipantEditor", "Competence")
        )
        tabs.addTab(
            self._goals_tab(), QCoreApplication.translate("ParticipantEditor", "Goals and rules")
        )
        self.tabs = tabs
        self._tab_titles = [tabs.tabText(i) for i in range(tabs.count())]

        self.summary = QLabel(self)
        self.summary.setObjectName("editorSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveParticipant")
        self.save_button.setText(QCoreApplication.translate("ParticipantEditor", "&Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("ParticipantEditor", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self._loading = True
        self._load(details)
        self._loading = False
        self.revalidate()

    # --- building ------------------------------------------------------------------------

    def _field(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> None:
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

    def _date(self) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", "dd.mm.yyyy"))
        return edit

    def _combo(self, choices: list[tuple[object, str]], *, empty: bool = True) -> QComboBox:
        combo = QComboBox(self)
        if empty:
            combo.addItem("", None)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    def _scroll(self, inner: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(inner)
        return area

    def _person_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self._field(
            form,
            "given_name",
            QCoreApplication.translate("ParticipantEditor", "Given name *"),
            QLineEdit(self),
        )
        self._field(
            form,
            "family_name",
            QCoreApplication.translate("ParticipantEditor", "Family name *"),
            QLineEdit(self),
        )
        self._field(
            form,
            "preferred_name",
            QCoreApplication.translate("ParticipantEditor", "Preferred name"),
            QLineEdit(self),
        )
        self._field(
            form,
            "national_id",
            QCoreApplication.translate("ParticipantEditor", "National ID (fødselsnummer/D-number)"),
            QLineEdit(self),
        )
        self._field(
            form,
            "birth_date",
            QCoreApplication.translate("ParticipantEditor", "Birth date"),
            self._date(),
        )
        self._field(
            form,
            "duf_number",
            QCoreApplication.translate("ParticipantEditor", "DUF number"),
            QLineEdit(self),
        )
        self._field(
            form,
            "sex",
            QCoreApplication.translate("ParticipantEditor", "Sex"),
            self._combo(list(sex_labels().items())),
        )
        self._field(
            form,
            "country_of_birth",
            QCoreApplication.translate("ParticipantEditor", "Country of birth"),
            QLineEdit(self),
        )
        self._field(
            form,
            "citizenship",
            QCoreApplication.translate("ParticipantEditor", "Citizenship"),
            QLineEdit(self),
        )
        self._field(
            form,
            "mother_tongue",
            QCoreApplication.translate("ParticipantEditor", "Mother tongue"),
            QLineEdit(self),
        )
        self._field(
            form,
            "other_languages",
            QCoreApplication.translate("ParticipantEditor", "Other languages"),
            QLineEdit(self),
        )
        self._field(
            form,
            "interpreter_needed",
            QCoreApplication.translate("ParticipantEditor", "Needs an interpreter"),
            QCheckBox(self),
        )
        self._field(
            form,
            "interpreter_language",
            QCoreApplication.translate("ParticipantEditor", "Interpreter language"),
            QLineEdit(self),
        )
        self._field(
            form, "phone", QCoreApplication.translate("ParticipantEditor", "Phone"), QLineEdit(self)
        )
        self._field(
            form,
            "email",
            QCoreApplication.translate("ParticipantEditor", "E-mail"),
            QLineEdit(self),
        )
        self._field(
            form,
            "address",
            QCoreApplication.translate("ParticipantEditor", "Address"),
            QLineEdit(self),
        )
        return self._scroll(page)

    def _programme_tab(self, advisers: list[AdviserRecord]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        statuses = [(s, status_label(s)) for s in ParticipantStatus]
        self._field(
            form,
            "status",
            QCoreApplication.translate("ParticipantEditor", "Status"),
            self._combo(list(statuses), empty=False),
        )
        self._field(
            form,
            "adviser_id",
            QCoreApplication.translate("ParticipantEditor", "Adviser"),
            self._combo([(a.id, a.full_name) for a in advisers]),
        )
        self._field(
            form,
            "permit_type",
            QCoreApplication.translate("ParticipantEditor", "Permit type"),
            self._combo(list(permit_labels().items())),
        )
        self._field(
            form,
            "permit_date",
            QCoreApplication.translate("ParticipantEditor", "Permit granted"),
            self._date(),
        )
        self._field(
            form,
            "regime",
            QCoreApplication.translate("ParticipantEditor", "Regime"),
            self._combo(list(regime_labels().items()), empty=False),
        )
        self._field(
            form,
            "settlement_municipality",
            QCoreApplication.translate("ParticipantEditor", "Settlement municipality"),
            QLineEdit(self),
        )
        self._field(
            form,
            "settlement_date",
            QCoreApplication.translate("ParticipantEditor", "Settlement date"),
            self._date(),
        )
        self._field(
            form,
            "request_date",
            QCoreApplication.translate("ParticipantEditor", "Asked to take part on"),
            self._date(),
        )
        self._field(
            form,
            "settled_by_agreement",
            QCoreApplication.translate("ParticipantEditor", "Settled by agreement with IMDi"),
            QCheckBox(self),
        )
        children = QSpinBox(self)
        children.setRange(0, 30)
        self._field(
            form,
            "children_under_18",
            QCoreApplication.translate("ParticipantEditor", "Children under 18"),
            children,
        )
        self._field(
            form,
            "lives_with_parents",
            QCoreApplication.translate("ParticipantEditor", "Lives with parents"),
            QCheckBox(self),
        )
        self._field(
            form,
            "mapping_date",
            QCoreApplication.translate("ParticipantEditor", "Competence mapped on"),
            self._date(),
        )
        self._field(
            form,
            "decision_date",
            QCoreApplication.translate("ParticipantEditor", "Decision made on"),
            self._date(),
        )
        self._field(
            form,
            "programme_start",
            QCoreApplication.translate("ParticipantEditor", "Programme started on"),
            self._date(),
        )
        return self._scroll(page)

    def _competence_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self._field(
            form,
            "education_level",
            QCoreApplication.translate("ParticipantEditor", "Highest education"),
            self._combo(list(education_labels().items())),
        )
        self._field(
            form,
            "completed_upper_secondary",
            QCoreApplication.translate("ParticipantEditor", "Completed upper secondary (GSU list)"),
            QCheckBox(self),
        )
        self._field(
            form,
            "career_guidance_date",
            QCoreApplication.translate("ParticipantEditor", "Career guidance on"),
            self._date(),
        )
        self._field(
            form,
            "career_guidance_recommendation",
            QCoreApplication.translate("ParticipantEditor", "Career guidance recommendation"),
            QPlainTextEdit(self),
        )
        self.inputs["career_guidance_recommendation"].setMaximumHeight(60)
        layout.addLayout(form)

        education_choices = [(code.value, label) for code, label in education_labels().items()]
        self.education = _ListEditor(
            "education",
            [
                QCoreApplication.translate("ParticipantEditor", "Level"),
                QCoreApplication.translate("ParticipantEditor", "Country"),
                QCoreApplication.translate("ParticipantEditor", "Field"),
                QCoreApplication.translate("ParticipantEditor", "Years"),
                QCoreApplication.translate("ParticipantEditor", "Completed"),
            ],
            self.revalidate,
            page,
        )
        self.education.set_combo(0, education_choices)
        self.work = _ListEditor(
            "work",
            [
                QCoreApplication.translate("ParticipantEditor", "Occupation"),
                QCoreApplication.translate("ParticipantEditor", "Country"),
                QCoreApplication.translate("ParticipantEditor", "Years"),
            ],
            self.revalidate,
            page,
        )
        self.languages = _ListEditor(
            "languages",
            [
                QCoreApplication.translate("ParticipantEditor", "Language"),
                QCoreApplication.translate("ParticipantEditor", "Level (A1–C1 or mother tongue)"),
            ],
            self.revalidate,
            page,
        )
        self.qualifications = _ListEditor(
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
            self.revalidate,
            page,
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
            layout.addWidget(QLabel(f"<b>{title}</b>", page))
            layout.addWidget(editor)
        self.competence_error = QLabel(page)
        self.competence_error.setObjectName("error_competence")
        self.competence_error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.competence_error)
        return self._scroll(page)

    def _goals_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.assessment_label = QLabel(page)
        self.assessment_label.setObjectName("assessmentText")
        self.assessment_label.setWordWrap(True)
        self.assessment_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.assessment_label)
        form = QFormLayout()
        self._field(
            form,
            "end_goal_group_override",
            QCoreApplication.translate("ParticipantEditor", "End goal (override)"),
            self._combo(list(end_goal_labels().items())),
        )
        self._field(
            form,
            "norwegian_goal_override",
            QCoreApplication.translate("ParticipantEditor", "Norwegian goal (override)"),
            QLineEdit(self),
        )
        self._field(
            form,
            "goal_override_reason",
            QCoreApplication.translate("ParticipantEditor", "Reason for the override"),
            QLineEdit(self),
        )
        goal = self.inputs["norwegian_goal_override"]
        assert isinstance(goal, QLineEdit)
        goal.setPlaceholderText(
            QCoreApplication.translate(
                "ParticipantEditor", "listening/reading/writing/oral, e.g. B1/B1/A2/B1"
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return self._scroll(page)

    # --- loading and reading -------------------------------------------------------------

    def _load(self, details: ParticipantDetails | None) -> None:
        record = details.fields if details else ParticipantFields(given_name="", family_name="")
        for name, widget in self.inputs.items():
            value = getattr(record, name)
            if isinstance(widget, QLineEdit):
                if name in _DATE_FIELDS:
                    widget.setText(fmt_date(value))
                else:
                    widget.setText(value or "")
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
        if details is None:
            return
        for e in details.competence.education:
            self.education.add_row(
                {0: e.level.value, 1: e.country, 2: e.field, 3: str(e.years), 4: e.completed}
            )
        for w in details.competence.work:
            self.work.add_row(
                {0: w.occupation, 1: w.country, 2: format(w.years, "f").replace(".", ",")}
            )
        for lang in details.competence.languages:
            self.languages.add_row({0: lang.language, 1: lang.level})
        for q in details.competence.qualifications:
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

    def _read(self) -> tuple[ParticipantFields | None, dict[str, str]]:
        """The record as typed, and messages for fields that cannot even be read."""
        values: dict[str, Any] = {}
        messages: dict[str, str] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                text = widget.text()
                if name in _DATE_FIELDS:
                    try:
                        values[name] = parse_user_date(text)
                    except ValueError:
                        messages[name] = QCoreApplication.translate(
                            "ParticipantEditor", "Not a date: write dd.mm.yyyy."
                        )
                        values[name] = None
                else:
                    values[name] = text
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QSpinBox):
                values[name] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
        values["national_id"] = values["national_id"].strip() or None
        values["end_goal_group_override"] = values["end_goal_group_override"] or ""
        for name, kind in (
            ("sex", Sex),
            ("permit_type", PermitType),
            ("education_level", EducationLevel),
        ):
            values[name] = kind(values[name]) if values[name] else None
        values["regime"] = Regime(values["regime"])
        values["status"] = ParticipantStatus(values["status"])
        return ParticipantFields(**values), messages

    def _read_competence(self) -> tuple[CompetenceMapping, list[str]]:
        problems: list[str] = []
        education, work, languages, qualifications = [], [], [], []
        not_number = QCoreApplication.translate(
            "ParticipantEditor", "row %1: years must be a number"
        )
        not_date = QCoreApplication.translate(
            "ParticipantEditor", "row %1: not a date (dd.mm.yyyy)"
        )
        for row in range(self.education.table.rowCount()):
            years = self.education.cell(row, 3) or "0"
            if not years.isdigit():
                problems.append(
                    QCoreApplication.translate("ParticipantEditor", "Education")
                    + ": "
                    + not_number.replace("%1", str(row + 1))
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
        for row in range(self.work.table.rowCount()):
            try:
                amount = Decimal((self.work.cell(row, 2) or "0").replace(",", "."))
            except InvalidOperation:
                problems.append(
                    QCoreApplication.translate("ParticipantEditor", "Work experience")
                    + ": "
                    + not_number.replace("%1", str(row + 1))
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
        for row in range(self.languages.table.rowCount()):
            if self.languages.cell(row, 0):
                languages.append(
                    LanguageSkill(
                        language=self.languages.cell(row, 0), level=self.languages.cell(row, 1)
                    )
                )
        for row in range(self.qualifications.table.rowCount()):
            dates = []
            for column in (4, 5):
                try:
                    dates.append(parse_user_date(self.qualifications.cell(row, column)))
                except ValueError:
                    problems.append(
                        QCoreApplication.translate("ParticipantEditor", "Foreign qualifications")
                        + ": "
                        + not_date.replace("%1", str(row + 1))
                    )
                    dates.append(None)
            kind = self.qualifications.cell(row, 0) or QUALIFICATION_KINDS[0]
            status = self.qualifications.cell(row, 3) or QUALIFICATION_STATUSES[0]
            qualifications.append(
                Qualification(
                    kind=kind,
                    country=self.qualifications.cell(row, 1),
                    trade=self.qualifications.cell(row, 2),
                    status=status,
                    applied_on=dates[0],
                    decided_on=dates[1],
                    note=self.qualifications.cell(row, 6),
                )
            )
        mapping = CompetenceMapping(
            education=tuple(education),
            work=tuple(work),
            languages=tuple(languages),
            qualifications=tuple(qualifications),
        )
        return mapping, problems

    # --- checking ------------------------------------------------------------------------

    def problems(self) -> dict[str, str]:
        """Field name → message for everything that blocks saving now."""
        record, messages = self._read()
        assert record is not None
        record = complete_fields(record)
        for problem in validate_fields(record):
            if problem.field in messages:
                continue
            if problem.field == "national_id" and record.national_id:
                check = national_id_check(record.national_id)
                if check.problem is not None:
                    messages["national_id"] = national_id_message(check.problem)
                    continue
            messages[problem.field] = reason_message(problem.reason)
        _mapping, competence_problems = self._read_competence()
        if competence_problems:
            messages["competence"] = "\n".join(competence_problems)
        return messages

    def revalidate(self) -> None:
        if getattr(self, "_loading", True):
            return
        messages = self.problems()
        for name, label in self.errors.items():
            label.setText(messages.get(name, ""))
            label.setVisible(name in messages)
        self.competence_error.setText(messages.get("competence", ""))
        record, _ = self._read()
        if record is not None and "duf_number" not in messages:
            warnings = field_warnings(complete_fields(record))
            if warnings:
                label = self.errors["duf_number"]
                label.setStyleSheet("color: #8a5a00;")
                label.setText(warnings[0].reason)
                label.setVisible(True)
            else:
                self.errors["duf_number"].setStyleSheet("color: #b00020;")
        self.save_button.setEnabled(not messages)
        for index, title in enumerate(self._tab_titles):
            page = self.tabs.widget(index)
            marked = any(
                name in messages and page is not None and page.isAncestorOf(label)
                for name, label in [*self.errors.items(), ("competence", self.competence_error)]
            )
            self.tabs.setTabText(index, f"{title} (!)" if marked else title)
        if messages:
            self.summary.setText(
                QCoreApplication.translate(
                    "ParticipantEditor", "Correct the fields marked in red to save (%1)."
                ).replace("%1", str(len(messages)))
            )
        else:
            self.summary.setText("")
        self._show_assessment(record)

    def _show_assessment(self, record: ParticipantFields | None) -> None:
        if record is None:
            return
        try:
            assessment = self._service.assess(record)
        except IntroDeskError:
            return
        heading = QCoreApplication.translate("ParticipantEditor", "Right and duty")
        lines = [
            f"<b>{heading}:</b> {category_label(assessment.category)}",
            "<ul>" + "".join(f"<li>{r}</li>" for r in assessment.category_reasons) + "</ul>",
        ]
        if assessment.deadlines:
            lines.append(
                "<b>" + QCoreApplication.translate("ParticipantEditor", "Deadlines") + ":</b><ul>"
            )
            for d in assessment.deadlines:
                if d.done_on:
                    state = QCoreApplication.translate("ParticipantEditor", "done %1").replace(
                        "%1", fmt_date(d.done_on)
                    )
                elif d.overdue:
                    state = QCoreApplication.translate(
                        "ParticipantEditor", "%1 days overdue"
                    ).replace("%1", str(-d.days_left))
                elif d.open:
                    state = QCoreApplication.translate("ParticipantEditor", "%1 days left").replace(
                        "%1", str(d.days_left)
                    )
                else:
                    state = QCoreApplication.translate(
                        "ParticipantEditor", "not relevant in this phase"
                    )
                label = deadline_labels().get(d.kind, d.kind)
                lines.append(f"<li>{label}: {fmt_date(d.due)} ({state})</li>")
            lines.append("</ul>")
        unknown = QCoreApplication.translate("ParticipantEditor", "unknown (no education level)")
        group = end_goal_labels().get(assessment.end_goal_recommended, unknown)
        lines.append(
            "<b>"
            + QCoreApplication.translate("ParticipantEditor", "Recommended end goal")
            + f":</b> {group}"
        )
        lines.append(
            "<br><b>"
            + QCoreApplication.translate("ParticipantEditor", "Recommended Norwegian goal")
            + "</b> ("
            + QCoreApplication.translate("ParticipantEditor", "listening/reading/writing/oral")
            + f"): {goal_text(assessment.norwegian_goal_recommended) or '–'}"
        )
        self.assessment_label.setText("".join(lines))

    # --- saving --------------------------------------------------------------------------

    def save(self) -> None:
        if self.problems():
            self.revalidate()
            return
        record, _ = self._read()
        assert record is not None
        competence, _ = self._read_competence()
        try:
            if self._details is None:
                self.saved_id = self._service.new_record(record, competence)
            else:
                self._service.save(self._details.id, record, competence)
                self.saved_id = self._details.id
        except ValidationError as error:
            for problem in error.problems:
                if problem.field in self.errors:
                    label = self.errors[problem.field]
                    label.setText(reason_message(problem.reason))
                    label.setVisible(True)
            self.save_button.setEnabled(False)
            return
        except IntroDeskError as error:
            show_error(self, error)
            return
        self.accept()

    def set_record(self, record: ParticipantFields) -> None:
        """Fill the form from ``record`` (tests and pre-filled creation)."""
        self._loading = True
        self._load(None if self._details is None else replace(self._details, fields=record))
        self._loading = False
        self.revalidate()
