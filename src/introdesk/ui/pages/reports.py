"""Reports: pick a report, a period, a file; the workbook is written in a worker thread with a
progress dialog that can cancel, and the folder can be opened afterwards."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.dates import add_months, month_end, month_start
from introdesk.domain.reports import Period, PeriodKind
from introdesk.reporting.xlsx.writer import ExportCancelled, WriteResult
from introdesk.services.reports import PreparedReport, ReportInfo, ReportService
from introdesk.ui.labels import interface_language
from introdesk.ui.pages.base import Page
from introdesk.ui.tasks import Task, TaskControl
from introdesk.ui.widgets.date_edit import DateEdit


def report_texts() -> dict[str, tuple[str, str]]:
    """Translated title and description per report name."""
    return {
        "attendance": (
            QCoreApplication.translate("ReportsPage", "Attendance per day"),
            QCoreApplication.translate(
                "ReportsPage",
                "Participant × day: planned, attended, valid and invalid absence hours.",
            ),
        ),
        "payroll": (
            QCoreApplication.translate("ReportsPage", "Payroll"),
            QCoreApplication.translate(
                "ReportsPage",
                "One row per participant and pay component of the month's introduction benefit.",
            ),
        ),
        "tests": (
            QCoreApplication.translate("ReportsPage", "Test results and progress"),
            QCoreApplication.translate(
                "ReportsPage",
                "Norskprøven, social studies and citizenship results, against the Norwegian goal.",
            ),
        ),
        "deadlines": (
            QCoreApplication.translate("ReportsPage", "Start deadlines"),
            QCoreApplication.translate(
                "ReportsPage",
                "Open mapping, decision and programme-start deadlines: days left and overdue. "
                "A period keeps deadlines due in it.",
            ),
        ),
        "caseload": (
            QCoreApplication.translate("ReportsPage", "Caseload per adviser"),
            QCoreApplication.translate(
                "ReportsPage",
                "Per adviser: participants by status and right/duty category, and overdue "
                "deadlines.",
            ),
        ),
        "outcomes": (
            QCoreApplication.translate("ReportsPage", "Outcomes and exits (NIR)"),
            QCoreApplication.translate(
                "ReportsPage",
                "Exits by reason, end goals, planned vs actual duration, extensions; flags data "
                "missing for NIR or registered later than 2 months.",
            ),
        ),
        "supervision": (
            QCoreApplication.translate("ReportsPage", "Supervision readiness"),
            QCoreApplication.translate(
                "ReportsPage",
                "Per participant: plan exists and is signed, end goal, full time, mandatory "
                "elements, mapping, career guidance, contract.",
            ),
        ),
        "training_hours": (
            QCoreApplication.translate("ReportsPage", "Training hours per year (NIR)"),
            QCoreApplication.translate(
                "ReportsPage",
                "Per participant and year: hours completed in Norwegian and social studies, "
                "programme, category, start, deadline and goal, with the register's field names.",
            ),
        ),
        "class_attendance": (
            QCoreApplication.translate("ReportsPage", "Class attendance"),
            QCoreApplication.translate(
                "ReportsPage",
                "Per class, lesson and member: date, subject, minutes, present or absent, "
                "counted hours.",
            ),
        ),
        "training_deadlines": (
            QCoreApplication.translate("ReportsPage", "Training deadlines"),
            QCoreApplication.translate(
                "ReportsPage",
                "Participants in training: deadline, days left, overdue, goal met and warnings.",
            ),
        ),
    }


def needs_texts() -> dict[str, str]:
    """What each report waits for, in words for the coordinator."""
    return {
        "attendance": QCoreApplication.translate("ReportsPage", "registered attendance"),
        "payroll": QCoreApplication.translate("ReportsPage", "the monthly benefit calculation"),
        "tests": QCoreApplication.translate("ReportsPage", "registered test results"),
        "outcomes": QCoreApplication.translate(
            "ReportsPage", "programme exits and plans with end goals"
        ),
        "supervision": QCoreApplication.translate(
            "ReportsPage", "integration plans, their signatures and the integration contract"
        ),
        "training_hours": QCoreApplication.translate("ReportsPage", "training records and lessons"),
        "class_attendance": QCoreApplication.translate(
            "ReportsPage", "classes and lesson attendance"
        ),
        "training_deadlines": QCoreApplication.translate("ReportsPage", "training records"),
    }


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportsPage(Page):
    export_finished = Signal(str)  # "saved", "cancelled" or "failed"

    def __init__(self, reports: ReportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = reports
        self._infos: dict[str, ReportInfo] = {}
        self.task: Task[WriteResult] | None = None
        self.progress: QProgressDialog | None = None
        self.last_path: Path | None = None
        self._outcome = "failed"

        self._build_description()
        self._build_period()
        self._build_saving()
        self._lay_out()

    def _build_description(self) -> None:
        """The list of reports, and the chosen one's title, description and availability."""
        self.report_list = QListWidget(self)
        self.report_list.setObjectName("reportList")
        self.report_list.currentItemChanged.connect(self._report_changed)

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.availability = QLabel(self)
        self.availability.setObjectName("reportAvailability")
        self.availability.setWordWrap(True)

    def _build_period(self) -> None:
        """The period: a month, a year or a range of days (the last complete month at first)."""
        # The last complete month: this month's figures are not in yet.
        last_month = add_months(month_start(clock.today()), -1)
        last_month_end = month_end(last_month)
        self.period_kind = QComboBox(self)
        self.period_kind.setObjectName("periodKind")
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.month = DateEdit(_qdate(last_month), self)
        self.month.setObjectName("periodMonth")
        self.month.setDisplayFormat("MM.yyyy")
        self.year = QSpinBox(self)
        self.year.setObjectName("periodYear")
        self.year.setRange(2000, 2100)
        self.year.setValue(last_month.year)
        self.start = DateEdit(_qdate(last_month), self)
        self.start.setObjectName("periodFrom")
        self.end = DateEdit(_qdate(last_month_end), self)
        self.end.setObjectName("periodTo")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setCalendarPopup(True)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("ReportsPage", "Period"), self.period_kind)
        self.form.addRow(QCoreApplication.translate("ReportsPage", "Month"), self.month)
        self.form.addRow(QCoreApplication.translate("ReportsPage", "Year"), self.year)
        self.form.addRow(QCoreApplication.translate("ReportsPage", "From"), self.start)
        self.form.addRow(QCoreApplication.translate("ReportsPage", "To"), self.end)

    def _build_saving(self) -> None:
        """Save as Excel, what the saving came to, and a button opening its folder."""
        self.save_button = QPushButton(
            QCoreApplication.translate("ReportsPage", "Save as Excel…"), self
        )
        self.save_button.setObjectName("saveReport")
        self.save_button.clicked.connect(self.save_as)
        self.save_button.setToolTip("Ctrl+S")
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save_as)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("reportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(
            QCoreApplication.translate("ReportsPage", "Open folder"), self
        )
        self.open_folder_button.setObjectName("openReportFolder")
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)

    def _lay_out(self) -> None:
        """The list on the left; the chosen report's details, period and saving on the right."""
        details = QVBoxLayout()
        details.addWidget(self.title)
        details.addWidget(self.description)
        details.addWidget(self.availability)
        details.addLayout(self.form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        details.addLayout(buttons)
        details.addWidget(self.result_label)
        details.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.report_list, 1)
        layout.addLayout(details, 2)

    # --- list and period -------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.current_name()
        texts = report_texts()
        self._infos = {info.name: info for info in self._service.list()}
        self.report_list.blockSignals(True)
        self.report_list.clear()
        for info in self._infos.values():
            title = texts.get(info.name, (info.title, ""))[0]
            if not info.available:
                title += "  " + QCoreApplication.translate("ReportsPage", "(not available yet)")
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.report_list.addItem(item)
        self.report_list.blockSignals(False)
        self.report_list.setMinimumWidth(self.report_list.sizeHintForColumn(0) + 24)
        names = list(self._infos)
        if current not in names:  # first visit: the first report that can be made
            available = [name for name, info in self._infos.items() if info.available]
            current = available[0] if available else names[0]
        self.report_list.setCurrentRow(names.index(current))

    def current_name(self) -> str | None:
        item = self.report_list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select(self, name: str) -> None:
        self.report_list.setCurrentRow(list(self._infos).index(name))

    def _report_changed(self, *_: object) -> None:
        name = self.current_name()
        if name is None:
            return
        info = self._infos[name]
        title, description = report_texts().get(name, (info.title, info.description))
        self.title.setText(title)
        self.description.setText(description)
        if info.available:
            self.availability.setText("")
        else:
            self.availability.setText(
                QCoreApplication.translate(
                    "ReportsPage", "Not available yet: this report needs %1."
                ).replace("%1", needs_texts().get(name, info.needs))
            )
        self.save_button.setEnabled(info.available)
        labels = {
            PeriodKind.MONTH: QCoreApplication.translate("ReportsPage", "Month"),
            PeriodKind.YEAR: QCoreApplication.translate("ReportsPage", "Year"),
            PeriodKind.RANGE: QCoreApplication.translate("ReportsPage", "From – to"),
        }
        self.period_kind.blockSignals(True)
        self.period_kind.clear()
        if not info.period_required:
            self.period_kind.addItem(
                QCoreApplication.translate("ReportsPage", "No period")
                if not info.periods
                else QCoreApplication.translate("ReportsPage", "All"),
                None,
            )
        for kind in info.periods:
            self.period_kind.addItem(labels[kind], kind.value)
        self.period_kind.setEnabled(self.period_kind.count() > 1)
        self.period_kind.blockSignals(False)
        self._period_kind_changed()

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        shown = {
            self.month: kind == PeriodKind.MONTH,
            self.year: kind == PeriodKind.YEAR,
            self.start: kind == PeriodKind.RANGE,
            self.end: kind == PeriodKind.RANGE,
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)

    def set_period_kind(self, kind: PeriodKind | None) -> None:
        index = self.period_kind.findData(None if kind is None else kind.value)
        if index < 0:
            raise ValueError(f"report does not take {kind}")
        self.period_kind.setCurrentIndex(index)

    def period(self) -> Period | None:
        kind = self.period_kind.currentData()
        if kind == PeriodKind.MONTH:
            first = self.month.date()
            start = date(first.year(), first.month(), 1)
            return Period(
                PeriodKind.MONTH, start, date(start.year, start.month, first.daysInMonth())
            )
        if kind == PeriodKind.YEAR:
            year = self.year.value()
            return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))
        if kind == PeriodKind.RANGE:
            start, end = _pydate(self.start.date()), _pydate(self.end.date())
            if end < start:
                start, end = end, start
            return Period(PeriodKind.RANGE, start, end)
        return None

    # --- export ------------------------------------------------------------------------------

    def ask_save_path(self, suggestion: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ReportsPage", "Save report"),
            suggestion,
            QCoreApplication.translate("ReportsPage", "Excel workbooks (*.xlsx)"),
        )
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".xlsx" else chosen.with_suffix(".xlsx")

    def save_as(self) -> None:
        name = self.current_name()
        if name is None or self.task is not None or not self.save_button.isEnabled():
            return
        period = self.period()
        suffix = f"-{period.label.replace('.', '')}" if period is not None else ""
        stem = file_stem(report_texts().get(name, (name, ""))[0])
        suggestion = str(Path.home() / f"{stem}{suffix.replace('–', '-')}.xlsx")
        path = self.ask_save_path(suggestion)
        if path is None:
            return
        self.export(name, period, path)

    def export(self, name: str, period: Period | None, path: Path) -> None:
        """Read the report's rows and write the workbook, both in a worker thread."""
        service = self._service
        language = interface_language()  # the workbook speaks the window's language
        self._export(lambda: service.prepare(name, period, language=language), path)

    def start_export(self, prepared: PreparedReport, path: Path) -> None:
        self._export(lambda: prepared, path)

    def _export(self, prepare: Callable[[], PreparedReport], path: Path) -> None:
        """Reading the rows and writing the file both run in a worker thread, cancellable."""
        self._outcome = "failed"
        self.result_label.setText("")
        self.open_folder_button.setEnabled(False)
        self.save_button.setEnabled(False)

        def export(control: TaskControl) -> WriteResult:
            prepared = prepare()
            if control.cancelled():
                raise ExportCancelled(code="files.export_cancelled")
            return prepared.write(path, progress=control.progress, cancel=control.cancelled)

        self.task = (
            Task(self, export)
            .with_progress(
                QCoreApplication.translate("ReportsPage", "Writing %1…").replace("%1", path.name),
                lambda rows: QCoreApplication.translate("ReportsPage", "%1 rows written…").replace(
                    "%1", QLocale().toString(rows)
                ),
            )
            .on_success(self._succeeded)
            .on_cancelled(self._cancelled)
            .on_finished(self._export_done)
            .run()
        )
        self.progress = self.task.progress_dialog
        if self.progress is not None:
            self.progress.setWindowTitle(QCoreApplication.translate("ReportsPage", "Saving report"))

    def cancel_export(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _succeeded(self, result: WriteResult) -> None:
        self.last_path = result.path
        self.result_label.setText(
            QCoreApplication.translate("ReportsPage", "Saved %1 rows to %2")
            .replace("%1", QLocale().toString(result.rows))
            .replace("%2", str(result.path))
        )
        self.open_folder_button.setEnabled(True)
        self._outcome = "saved"

    def _cancelled(self) -> None:
        self.result_label.setText(
            QCoreApplication.translate("ReportsPage", "Cancelled: no file was written.")
        )
        self._outcome = "cancelled"

    def _export_done(self) -> None:
        self.task = None
        self.progress = None
        name = self.current_name()
        self.save_button.setEnabled(name is not None and self._infos[name].available)
        self.export_finished.emit(self._outcome)

    def open_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))


def file_stem(title: str) -> str:
    """A report's title in the interface language as a file name: ``Oppmøte per dag`` →
    ``oppmøte-per-dag``. Letters stay (æ, ø, å are fine in file names); the rest becomes ``-``."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.casefold()).split()
    return "-".join(words) or "rapport"
