"""The tests page: who is behind the Norwegian goal with the deadline near (sortable, searchable,
exportable), and per participant a chart of levels over time, the results and a form to record
a new one (brief §4)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import FieldProblem, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
)
from introdesk.domain.test_progress import GoalSource, StoredResult, TestKind, TestProgress
from introdesk.reporting.xlsx.writer import ColumnKind
from introdesk.services.language_tests import LanguageTestService, parse_language
from introdesk.ui.dialogs.test_result import correct_result, delete_result
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.labels import exemption_kind_label, social_studies_version_label
from introdesk.ui.models.record_table import (
    RECORD_ROLE,
    Column,
    RecordTableModel,
    SearchProxy,
)
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.pages.reports import file_stem
from introdesk.ui.tasks import attempt, fetch, report_error
from introdesk.ui.widgets.date_edit import DateEdit
from introdesk.ui.widgets.level_chart import LevelChart, level_label, skill_label

Index = QModelIndex | QPersistentModelIndex


def _yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("TestsPage", "unknown")
    if value:
        return QCoreApplication.translate("TestsPage", "yes")
    return QCoreApplication.translate("TestsPage", "no")


def skill_cell(progress: TestProgress, skill: SubSkill) -> str:
    best = level_label(progress.best_level(skill))
    if progress.goal is None or skill not in progress.goal:
        return best
    mark = "✓" if progress.goal_met.get(skill) else "✗"
    return f"{best} / {level_label(progress.goal[skill])} {mark}"


def goals_met_text(progress: TestProgress) -> str:
    if progress.goal is None:
        return QCoreApplication.translate("TestsPage", "no goal")
    met = sum(progress.goal_met.values())
    return (
        QCoreApplication.translate("TestsPage", "%1 of %2")
        .replace("%1", str(met))
        .replace("%2", str(len(progress.goal_met)))
    )


def _skill_column(skill: SubSkill) -> Column[TestProgress]:
    def header() -> str:
        text = QCoreApplication.translate("TestsPage", "%1 (best / goal)")
        return text.replace("%1", skill_label(skill))

    def sort_key(progress: TestProgress) -> int:
        level = progress.best_level(skill)
        return -1 if level is None else level.rank

    return Column(
        skill.value,
        header,
        lambda p: skill_cell(p, skill),
        sort_key=sort_key,
        searchable=False,
    )


def overview_columns() -> list[Column[TestProgress]]:
    columns: list[Column[TestProgress]] = [
        Column(
            "name",
            lambda: QCoreApplication.translate("TestsPage", "Name"),
            lambda p: p.name,
        ),
        Column(
            "adviser",
            lambda: QCoreApplication.translate("TestsPage", "Adviser"),
            lambda p: p.adviser_name,
        ),
    ]
    columns += [_skill_column(skill) for skill in SubSkill]
    columns += [
        Column(
            "goal_met",
            lambda: QCoreApplication.translate("TestsPage", "Goal reached"),
            goals_met_text,
            sort_key=lambda p: (sum(p.goal_met.values()) - len(p.goal_met)) if p.goal else 1,
            searchable=False,
        ),
        Column(
            "deadline",
            lambda: QCoreApplication.translate("TestsPage", "Training deadline"),
            lambda p: fmt_date(p.deadline),
            sort_key=lambda p: p.deadline.isoformat() if p.deadline else "9999",
            searchable=False,
        ),
        Column(
            "days_left",
            lambda: QCoreApplication.translate("TestsPage", "Days left"),
            lambda p: "" if p.days_left is None else str(p.days_left),
            sort_key=lambda p: p.days_left if p.days_left is not None else 10**6,
            searchable=False,
            align_right=True,
        ),
        Column(
            "permanent_residence",
            lambda: QCoreApplication.translate("TestsPage", "Permanent residence (language)"),
            lambda p: _yes_no(p.permanent_residence.ok),
            searchable=False,
        ),
        Column(
            "citizenship",
            lambda: QCoreApplication.translate("TestsPage", "Citizenship (language)"),
            lambda p: _yes_no(p.citizenship.ok),
            searchable=False,
        ),
    ]
    return columns


class OverviewProxy(SearchProxy):
    """Search, plus an optional filter: below goal with the deadline within ``days``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._near_days: int | None = None

    def set_near(self, days: int | None) -> None:
        self.beginFilterChange()
        self._near_days = days
        self.endFilterChange(SearchProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self._near_days is None:
            return True
        model = self.sourceModel()
        progress = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if not isinstance(progress, TestProgress) or not progress.below_goal:
            return False
        left = progress.days_left
        return left is not None and left <= self._near_days


class RecordForm(QGroupBox):
    """Record one result for the selected participant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TestsPage", "Record a result"), parent)
        self.test = QComboBox(self)
        self.test.setObjectName("testKind")
        for kind, text in (
            (TestKind.NORSKPROVEN, QCoreApplication.translate("TestsPage", "Norskprøven")),
            (TestKind.NORSKPROVEN_C1, QCoreApplication.translate("TestsPage", "Norskprøven C1")),
            (
                TestKind.SOCIAL_STUDIES,
                QCoreApplication.translate("TestsPage", "Social-studies test"),
            ),
            (TestKind.CITIZENSHIP, QCoreApplication.translate("TestsPage", "Statsborgerprøven")),
        ):
            self.test.addItem(text, kind)
        self.date = DateEdit(self)
        self.date.setObjectName("testDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today = clock.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.skill = QComboBox(self)
        self.skill.setObjectName("testSkill")
        for skill in SubSkill:
            self.skill.addItem(skill_label(skill), skill)
        self.level = QComboBox(self)
        self.level.setObjectName("testLevel")
        for level in CefrLevel:
            self.level.addItem(level_label(level), level)
        self.level.setCurrentIndex(list(CefrLevel).index(CefrLevel.A2))
        self.registration = QComboBox(self)
        self.registration.addItem(QCoreApplication.translate("TestsPage", "not given"), None)
        for registration in RegistrationLevel:
            self.registration.addItem(registration.value, registration)
        self.version = QComboBox(self)
        self.version.addItem(
            QCoreApplication.translate("TestsPage", "75 hours"), SocialStudiesVersion.HOURS_75
        )
        self.version.addItem(
            QCoreApplication.translate("TestsPage", "50 hours"), SocialStudiesVersion.HOURS_50
        )
        self.score = QSpinBox(self)
        self.score.setObjectName("testScore")
        self.score.setRange(0, 40)
        self.language = QLineEdit("nb", self)
        self.language.setMaxLength(3)
        self.language.setToolTip(
            QCoreApplication.translate(
                "TestsPage", "Language code of the test, for example nb, ar, ti, uk"
            )
        )
        self.passed = QCheckBox(QCoreApplication.translate("TestsPage", "Passed"), self)
        self.save = QPushButton(QCoreApplication.translate("TestsPage", "&Save result"), self)
        self.save.setObjectName("saveResult")
        self.form = QFormLayout(self)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Test"), self.test)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Date"), self.date)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Sub-s&kill"), self.skill)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Level"), self.level)
        self.form.addRow(
            QCoreApplication.translate("TestsPage", "&Registered level"), self.registration
        )
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Version"), self.version)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Sc&ore"), self.score)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Lan&guage"), self.language)
        self.form.addRow("", self.passed)
        self.form.addRow("", self.save)
        self.test.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    def kind(self) -> TestKind:
        value = self.test.currentData()
        return TestKind(value) if value else TestKind.NORSKPROVEN

    def test_date(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _update_fields(self) -> None:
        kind = self.kind()
        norsk = kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1)
        visible = {
            self.skill: norsk,
            self.level: norsk,
            self.registration: norsk,
            self.version: kind is TestKind.SOCIAL_STUDIES,
            self.score: not norsk,
            self.language: kind is TestKind.SOCIAL_STUDIES,
            self.passed: kind is TestKind.CITIZENSHIP,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        if kind is TestKind.NORSKPROVEN_C1:
            self.level.setCurrentIndex(list(CefrLevel).index(CefrLevel.C1))

    def submit(self, service: LanguageTestService, participant_id: int) -> StoredResult:
        kind = self.kind()
        day = self.test_date()
        if kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1):
            registration = self.registration.currentData()
            return service.record_norskproven(
                participant_id,
                test_date=day,
                skill=SubSkill(self.skill.currentData()),
                level=CefrLevel(self.level.currentData()),
                registration_level=RegistrationLevel(registration) if registration else None,
                c1=kind is TestKind.NORSKPROVEN_C1,
            )
        if kind is TestKind.SOCIAL_STUDIES:
            try:
                language = parse_language(self.language.text())
            except ValueError as exc:
                raise ValidationError([FieldProblem(None, "language", str(exc))]) from exc
            return service.record_social_studies(
                participant_id,
                test_date=day,
                score=self.score.value(),
                version=SocialStudiesVersion(self.version.currentData()),
                language=language,
            )
        return service.record_citizenship(
            participant_id,
            test_date=day,
            score=self.score.value(),
            passed=self.passed.isChecked(),
        )


def describe(stored: StoredResult) -> str:
    item = stored.result
    when = fmt_date(stored.day)
    if isinstance(item, NorskprovenResult):
        test = "Norskprøven C1" if item.c1 else "Norskprøven"
        return f"{when}  {test}, {skill_label(item.sub_skill)}: {level_label(item.level)}"
    outcome = _passed_text(stored.passed)
    if isinstance(item, SocialStudiesResult):
        name = QCoreApplication.translate("TestsPage", "Social-studies test")
        score = f"{item.score}/{item.max_score}"
        version = social_studies_version_label(item.version)
        return f"{when}  {name} ({version}, {item.language}): {score}, {outcome}"
    if isinstance(item, CitizenshipTestResult):
        score = f"{item.score}/{item.max_score}, " if item.score is not None else ""
        return f"{when}  Statsborgerprøven: {score}{outcome}"
    name = QCoreApplication.translate("TestsPage", "Exemption")
    return f"{when}  {name} ({exemption_kind_label(item.kind)}): {item.legal_basis}"


def _passed_text(passed: bool | None) -> str:
    if passed is None:
        return "?"
    if passed:
        return QCoreApplication.translate("TestsPage", "passed")
    return QCoreApplication.translate("TestsPage", "not passed")


class TestsPage(Page):
    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, service: LanguageTestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._selected: int | None = None

        self.model: RecordTableModel[TestProgress] = RecordTableModel(overview_columns(), self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit(self)
        self.search.setObjectName("testsSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate("TestsPage", "Search by name or adviser (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.near_only = QCheckBox(
            QCoreApplication.translate("TestsPage", "Only below goal with deadline within"), self
        )
        self.near_only.setObjectName("nearOnly")
        self.near_months = QSpinBox(self)
        self.near_months.setRange(1, 60)
        self.near_months.setValue(12)
        self.near_months.setSuffix(QCoreApplication.translate("TestsPage", " months"))
        self.near_only.toggled.connect(self._apply_near)
        self.near_months.valueChanged.connect(self._apply_near)
        self.export_button = QPushButton(
            QCoreApplication.translate("TestsPage", "&Export to Excel…"), self
        )
        self.export_button.clicked.connect(self._choose_export)
        self.count_label = QLabel(self)

        self.table = QTableView(self)
        # Widths from the first 100 rows: measuring thousands froze the window (issue 18).
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.table.setObjectName("testsOverview")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(
            [c.key for c in self.model.columns].index("days_left"), Qt.SortOrder.AscendingOrder
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.chart = LevelChart(self)
        self.results = QListWidget(self)
        self.results.setObjectName("testResults")
        self.results.currentRowChanged.connect(lambda _row: self._update_result_buttons())
        self.correct_button = QPushButton(
            QCoreApplication.translate("TestsPage", "Co&rrect result…"), self
        )
        self.correct_button.setObjectName("correctResult")
        self.correct_button.clicked.connect(self.correct_selected)
        self.delete_button = QPushButton(
            QCoreApplication.translate("TestsPage", "Delete res&ult…"), self
        )
        self.delete_button.setObjectName("deleteResult")
        self.delete_button.clicked.connect(self.delete_selected)
        self.readiness = QLabel(self)
        self.readiness.setWordWrap(True)
        self.readiness.setTextFormat(Qt.TextFormat.PlainText)
        self.form = RecordForm(self)
        self.form.save.clicked.connect(self.record)
        self.form.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.near_only)
        top.addWidget(self.near_months)
        top.addWidget(self.export_button)
        top.addWidget(self.count_label)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)

        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.chart, 3)
        middle_layout.addWidget(self.readiness)
        middle_layout.addWidget(self.results, 1)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.correct_button)
        result_buttons.addWidget(self.delete_button)
        result_buttons.addStretch(1)
        middle_layout.addLayout(result_buttons)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(middle)
        lower.addWidget(self.form)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 1)
        lower.setChildrenCollapsible(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 420])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # --- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._show_progress(self._service.progress())

    def background_load(self) -> BackgroundLoad:
        """Everyone's progress is computed in a worker thread (slow for thousands)."""
        return BackgroundLoad(self._service.progress, self._show_progress)

    def _show_progress(self, everyone: Sequence[TestProgress]) -> None:
        keep = self._selected
        self.model.set_records(everyone)
        self.table.resizeColumnsToContents()
        self._update_count()
        if keep is not None and self.select_participant(keep):
            return
        if self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def select_participant(self, participant_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            progress = self.proxy.index(row, 0).data(RECORD_ROLE)
            if isinstance(progress, TestProgress) and progress.participant_id == participant_id:
                self.table.selectRow(row)
                self._show(progress)
                return True
        return False

    def current_progress(self) -> TestProgress | None:
        if self._selected is None:
            return None
        for progress in self.model.records():
            if progress.participant_id == self._selected:
                return progress
        return None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        progress = current.siblingAtColumn(0).data(RECORD_ROLE) if current.isValid() else None
        self._show(progress if isinstance(progress, TestProgress) else None)

    def _show(self, progress: TestProgress | None) -> None:
        self.results.clear()
        if progress is None:
            self._selected = None
            self.chart.clear()
            self.readiness.setText("")
            self.form.setEnabled(False)
            self._update_result_buttons()
            return
        self._selected = progress.participant_id
        self.form.setEnabled(True)
        title = progress.name
        self.chart.set_data(
            progress.history.norskproven,
            progress.goal,
            today=progress.as_of,
            title=title,
            deadline=progress.deadline,
        )
        stored = fetch(self, lambda: self._service.history(progress.participant_id)) or []
        for item in reversed(stored):
            entry = QListWidgetItem(describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            self.results.addItem(entry)
        self._update_result_buttons()
        self.readiness.setText(self._readiness_text(progress))

    @staticmethod
    def _readiness_text(progress: TestProgress) -> str:
        unknown = QCoreApplication.translate("TestsPage", "unknown")
        sources = {
            GoalSource.PLAN: QCoreApplication.translate("TestsPage", "from the plan"),
            GoalSource.OVERRIDE: QCoreApplication.translate("TestsPage", "set by the adviser"),
            GoalSource.RECOMMENDED: QCoreApplication.translate(
                "TestsPage", "recommended for the education background"
            ),
        }
        goal = (
            sources[progress.goal_source]
            if progress.goal_source
            else QCoreApplication.translate("TestsPage", "none (education background missing)")
        )
        hours = [
            unknown if value is None else fmt_decimal(value)
            for value in (progress.norwegian_hours, progress.social_studies_hours)
        ]
        lines = [
            QCoreApplication.translate("TestsPage", "Training deadline: %1 · Norwegian goal: %2")
            .replace("%1", fmt_date(progress.deadline) or unknown)
            .replace("%2", goal),
            QCoreApplication.translate(
                "TestsPage", "Hours completed: Norwegian %1, social studies %2"
            )
            .replace("%1", hours[0])
            .replace("%2", hours[1]),
            QCoreApplication.translate(
                "TestsPage", "Duty to sit the final tests: Norwegian %1, social studies %2"
            )
            .replace("%1", _yes_no(progress.norwegian_test_duty))
            .replace("%2", _yes_no(progress.social_studies_test_duty)),
            QCoreApplication.translate(
                "TestsPage", "Language part of permanent residence: %1 · citizenship: %2"
            )
            .replace("%1", _yes_no(progress.permanent_residence.ok))
            .replace("%2", _yes_no(progress.citizenship.ok)),
        ]
        missing = [*progress.permanent_residence.missing, *progress.citizenship.missing]
        lines += [f"– {text}" for text in dict.fromkeys(missing)]
        lines.append(
            QCoreApplication.translate(
                "TestsPage",
                "Covers only the language and test requirements, not the other conditions; "
                "UDI decides.",
            )
        )
        return "\n".join(lines)

    # --- actions ---------------------------------------------------------------------------

    def record(self) -> bool:
        if self._selected is None:
            return False
        selected = self._selected
        if not attempt(self, lambda: self.form.submit(self._service, selected)):
            return False
        self.refresh()
        return True

    def selected_result(self) -> StoredResult | None:
        entry = self.results.currentItem()
        stored = entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None
        return stored if isinstance(stored, StoredResult) else None

    def _update_result_buttons(self) -> None:
        chosen = self.selected_result() is not None
        self.correct_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def correct_selected(self) -> bool:
        """Correct the chosen result in a dialog; the service audits it with the reason."""
        stored = self.selected_result()
        if stored is None or not correct_result(self, self._service, stored):
            return False
        self.refresh()
        return True

    def delete_selected(self) -> bool:
        """Delete the chosen result after a confirmation that asks for the reason."""
        stored = self.selected_result()
        if stored is None or not delete_result(self, self._service, stored, describe(stored)):
            return False
        self.refresh()
        return True

    def export_xlsx(self, path: Path) -> int:
        """The rows as shown (filtered and sorted) to an Excel workbook through the reports'
        writer: the deadline as a date, days left as a number; returns the row count."""
        columns = self.model.columns
        kinds = {"deadline": ColumnKind.DATE, "days_left": ColumnKind.INTEGER}
        shown = [self.proxy.index(row, 0).data(RECORD_ROLE) for row in range(self.proxy.rowCount())]

        def value(column: Column[TestProgress], progress: TestProgress) -> object:
            if column.key == "deadline":
                return progress.deadline
            if column.key == "days_left":
                return progress.days_left
            return column.text(progress)

        filters: list[tuple[str, str | date]] = []
        if self.search.text().strip():
            filters.append((QCoreApplication.translate("TestsPage", "Search"), self.search.text()))
        if self.near_only.isChecked():
            filters.append((self.near_only.text(), self.near_months.text()))
        filters.append((QCoreApplication.translate("TestsPage", "As of"), clock.today()))
        result = self._service.export_overview(
            path,
            title=QCoreApplication.translate("TestsPage", "Tests"),
            columns=[(c.header(), kinds.get(c.key, ColumnKind.TEXT)) for c in columns],
            rows=([value(c, p) for c in columns] for p in shown),
            filters=filters,
        )
        return result.rows

    def _choose_export(self) -> None:
        stem = file_stem(QCoreApplication.translate("TestsPage", "Tests"))
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("TestsPage", "Export overview"),
            str(Path.home() / f"{stem}-{clock.today().isoformat()}.xlsx"),
            QCoreApplication.translate("TestsPage", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        try:
            attempt(self, lambda: self.export_xlsx(path))
        except OSError as exc:
            report_error(self, exc)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _apply_near(self) -> None:
        months = self.near_months.value()
        self.proxy.set_near(round(months * 30.44) if self.near_only.isChecked() else None)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("TestsPage", "%1 of %2 shown")
            .replace("%1", str(shown))
            .replace("%2", str(total))
        )
