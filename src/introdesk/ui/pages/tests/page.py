"""The tests page: who is behind the Norwegian goal with the deadline near (sortable, searchable,
exportable), and per participant a chart of levels over time, the results and a form to record
a new one (brief §4)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
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
from introdesk.domain.test_progress import GoalSource, StoredResult, TestProgress
from introdesk.reporting.xlsx.writer import ColumnKind
from introdesk.services.language_tests import LanguageTestService
from introdesk.ui.dialogs.test_result import correct_result, delete_result
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.labels import interface_language
from introdesk.ui.models.record_table import RECORD_ROLE, Column, RecordTableModel
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.pages.reports import file_stem
from introdesk.ui.pages.tests.overview import OverviewProxy, overview_columns, yes_no
from introdesk.ui.pages.tests.record_form import RecordForm, describe
from introdesk.ui.tasks import attempt, fetch, report_error
from introdesk.ui.widgets.column_widths import measure_on_first_rows
from introdesk.ui.widgets.empty_hint import EmptyHint
from introdesk.ui.widgets.level_chart import LevelChart


class TestsPage(Page):
    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, service: LanguageTestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._selected: int | None = None

        self._build_overview()
        self._build_participant_view()
        self._lay_out()

    def _build_overview(self) -> None:
        """The search, the near-deadline filter, the export and the overview table."""
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
        measure_on_first_rows(self.table)
        self.table.setObjectName("testsOverview")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.empty_hint = EmptyHint(
            self.table,
            QCoreApplication.translate(
                "TestsPage",
                "No participants yet. Add or import them on the Participants page; their "
                "Norwegian goals and test results are followed here.",
            ),
            lambda: self.model.rowCount() == 0,
            source=self.model,
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.sortByColumn(
            [c.key for c in self.model.columns].index("days_left"), Qt.SortOrder.AscendingOrder
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

    def _build_participant_view(self) -> None:
        """The selected participant's chart, results, readiness and the form for a new result."""
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

    def _lay_out(self) -> None:
        """The overview above; the participant's chart and results beside the form below."""
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
            .replace("%1", yes_no(progress.norwegian_test_duty))
            .replace("%2", yes_no(progress.social_studies_test_duty)),
            QCoreApplication.translate(
                "TestsPage", "Language part of permanent residence: %1 · citizenship: %2"
            )
            .replace("%1", yes_no(progress.permanent_residence.ok))
            .replace("%2", yes_no(progress.citizenship.ok)),
        ]
        language = interface_language()
        missing = [
            *progress.permanent_residence.missing_in(language),
            *progress.citizenship.missing_in(language),
        ]
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
            language=interface_language(),
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
