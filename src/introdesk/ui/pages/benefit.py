"""The Benefit page (issue 14 item 6): one month, every participant's gross, reductions, net
and flags; a participant's lines with their reasons; lock the month, accept missing
registrations, other income, stop a participant's programme, and print the decision letter and
deduction statement. Everything goes through the same service methods as the command line."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.attendance import BenefitResult
from introdesk.domain.dates import month_start
from introdesk.domain.errors import UserInputError
from introdesk.domain.numbers import parse_decimal
from introdesk.services.attendance import AttendanceService
from introdesk.services.benefit import BenefitService
from introdesk.services.documents import DocumentService
from introdesk.services.participants import ParticipantService
from introdesk.services.programme import ProgrammeService
from introdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from introdesk.ui.formatting import fmt_money
from introdesk.ui.labels import interface_language
from introdesk.ui.models.record_table import Column, RecordTableModel
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.tasks import attempt, fetch
from introdesk.ui.widgets.column_widths import measure_on_first_rows
from introdesk.ui.widgets.empty_hint import EmptyHint

NO_DECISION = "no_decision"
# Kinds of other income offered in the dialog (§ 22 other benefits, § 23 pay for work).
OTHER_KINDS = ("arbeidsinntekt i programmet", "dagpenger", "sykepenger", "foreldrepenger", "AAP")


@dataclass(frozen=True)
class MonthData:
    """A month as shown: every participant's result, their names and whether it is locked."""

    month: date
    names: dict[int, str]
    results: list[BenefitResult]
    locked: bool


@dataclass(frozen=True)
class BenefitServices:
    benefit: BenefitService
    programme: ProgrammeService
    attendance: AttendanceService
    participants: ParticipantService
    documents: DocumentService | None = None


class StopDialog(QDialog):
    """The date a participant's programme is stopped from, and why (integreringsloven § 19)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stop the programme"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        today = clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.reason_edit = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(QLabel(name, self))
        form.addRow(self.tr("Stopped from"), self.date_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> date:
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class BenefitPage(Page):
    def __init__(self, services: BenefitServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._results: list[BenefitResult] = []
        self._names: dict[int, str] = {}

        self.month_edit = QDateEdit(self)
        self.month_edit.setDisplayFormat("MM.yyyy")
        self.month_edit.setCalendarPopup(True)
        today = clock.today()
        self.month_edit.setDate(QDate(today.year, today.month, 1))
        self.month_edit.dateChanged.connect(lambda _d: self.reload_in_background())
        self.state_label = QLabel(self)
        self.state_label.setObjectName("benefitState")

        self._build_tables()

        self.lock_button = QPushButton(self.tr("Lock month"), self)
        self.accept_button = QPushButton(self.tr("Accept missing registrations…"), self)
        self.other_button = QPushButton(self.tr("Other income…"), self)
        self.stop_button = QPushButton(self.tr("Stop programme…"), self)
        self.print_button = QPushButton(self.tr("Decision letter and deduction statement…"), self)
        self.lock_button.clicked.connect(lambda: attempt(self, self.lock_month))
        self.accept_button.clicked.connect(self._ask_accept_missing)
        self.other_button.clicked.connect(self._ask_other_income)
        self.stop_button.clicked.connect(self.open_stop_dialog)
        self.print_button.clicked.connect(self._print)
        self.print_button.setEnabled(services.documents is not None)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month_edit)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.lock_button)
        actions = QHBoxLayout()
        for button in (
            self.accept_button,
            self.other_button,
            self.stop_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.lines)
        splitter.setSizes([420, 220])
        layout = QVBoxLayout(self)
        heading = self.tr("Introduction benefit")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>", self))
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

    def _build_tables(self) -> None:
        # A model over the results, not a table of items: 5 000 participants made 35 000
        # items on the GUI thread; the view asks only for the rows it shows (issue 18).
        self.model = RecordTableModel(self._columns(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("benefitTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        measure_on_first_rows(self.table)
        self.empty_hint = EmptyHint(
            self.table,
            self.tr(
                "No benefit for this month. The benefit is computed for participants in the "
                "programme (a signed plan) from their registered attendance."
            ),
            lambda: self.model.rowCount() == 0,
            source=self.model,
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_lines())

        self.lines = QTableWidget(0, 2, self)
        self.lines.setObjectName("benefitLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Amount"), self.tr("Explanation")])
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setWordWrap(True)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # --- data ------------------------------------------------------------------------------

    def month(self) -> date:
        value = self.month_edit.date()
        return date(value.year(), value.month(), 1)

    def set_month(self, month: date) -> None:
        self.month_edit.setDate(QDate(month.year, month.month, 1))

    def refresh(self) -> None:
        self._show_month(self._read_month(self.month()))

    def background_load(self) -> BackgroundLoad:
        """The month's benefit for everyone is computed in a worker thread (seconds for
        thousands of participants); the table is filled when it is ready."""
        month = self.month()
        return BackgroundLoad(lambda: self._read_month(month), self._show_month)

    def _read_month(self, month: date) -> MonthData:
        """Names, results and lock state of ``month`` (no widgets: runs in a worker thread)."""
        names = {p.id: p.display_name for p in self._services.participants.list()}
        results = self._services.benefit.compute_month(month)
        return MonthData(month, names, results, self._services.benefit.is_locked(month))

    def _show_month(self, data: MonthData) -> None:
        if data.month != self.month():
            return  # another month was chosen meanwhile; its load shows it
        self._names = data.names
        self._results = data.results
        locked = data.locked
        self.state_label.setText(
            self.tr("Locked (as paid)") if locked else self.tr("Open: not yet sent to payroll")
        )
        self.lock_button.setEnabled(not locked)
        self.model.set_records(self._results)
        self.table.resizeColumnsToContents()
        self._show_lines()

    def _columns(self) -> list[Column[BenefitResult]]:
        """Id, name, gross, reductions, net, decision and flags of a participant's month."""

        def decided(result: BenefitResult) -> str:
            if result.lines and result.lines[0].code == NO_DECISION:
                return self.tr("No decision")
            return self.tr("Yes")

        def flags(result: BenefitResult) -> str:
            found = []
            if result.decision_required:
                found.append(self.tr("deduction needs a decision"))
            if result.missing_registration_days:
                found.append(
                    self.tr("days missing registration: %1").replace(
                        "%1", str(len(result.missing_registration_days))
                    )
                )
            return "; ".join(found)

        return [
            Column("id", lambda: self.tr("Id"), lambda r: str(r.participant_id), align_right=True),
            Column(
                "name", lambda: self.tr("Name"), lambda r: self._names.get(r.participant_id, "")
            ),
            Column(
                "gross", lambda: self.tr("Gross"), lambda r: fmt_money(r.gross), align_right=True
            ),
            Column(
                "reductions",
                lambda: self.tr("Reductions"),
                lambda r: fmt_money(r.total_deductions + r.total_other_reductions),
                align_right=True,
            ),
            Column("net", lambda: self.tr("Net"), lambda r: fmt_money(r.net), align_right=True),
            Column("decision", lambda: self.tr("Decision"), decided),
            Column("flags", lambda: self.tr("Flags"), flags),
        ]

    def selected(self) -> BenefitResult | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.record(rows[0].row())

    def select_participant(self, participant_id: int) -> None:
        for row, result in enumerate(self.model.records_view()):
            if result.participant_id == participant_id:
                self.table.selectRow(row)
                return

    def _show_lines(self) -> None:
        result = self.selected()
        lines = result.lines if result else ()
        language = interface_language()
        self.lines.setRowCount(len(lines))
        for row, line in enumerate(lines):
            amount = QTableWidgetItem(fmt_money(line.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self.lines.setItem(row, 0, amount)
            self.lines.setItem(row, 1, QTableWidgetItem(line.explanation_in(language)))
        self.lines.resizeColumnToContents(0)
        self.lines.resizeRowsToContents()

    # --- actions ---------------------------------------------------------------------------

    def _require_selection(self) -> BenefitResult:
        result = self.selected()
        if result is None:
            raise UserInputError(self.tr("Select a participant in the list first."))
        return result

    def lock_month(self) -> None:
        result = self._services.benefit.lock_month(self.month())
        self.refresh()
        self.state_label.setText(
            self.tr("Locked: %1 participant(s), net total %2")
            .replace("%1", str(result.participants))
            .replace("%2", fmt_money(result.net_total))
        )

    def accept_missing(self, note: str) -> int:
        result = self._require_selection()
        if not note.strip():
            raise UserInputError(self.tr("Say why the missing registrations are accepted."))
        added = self._services.attendance.accept_missing(
            result.participant_id, result.missing_registration_days, note.strip()
        )
        self.refresh()
        self.select_participant(result.participant_id)
        return added

    def _ask_accept_missing(self) -> None:
        if fetch(self, self._require_selection) is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Accept missing registrations"), self.tr("Why are they accepted?")
        )
        if ok:
            attempt(self, lambda: self.accept_missing(note))

    def set_other_income(self, kind: str, amount_text: str) -> None:
        result = self._require_selection()
        try:
            amount = parse_decimal(amount_text)
        except ValueError:
            raise UserInputError(self.tr("The amount is not a number.")) from None
        self._services.benefit.set_other_benefit(result.participant_id, self.month(), kind, amount)
        self.refresh()
        self.select_participant(result.participant_id)

    def _ask_other_income(self) -> None:
        if fetch(self, self._require_selection) is None:
            return
        kind, ok = QInputDialog.getItem(
            self, self.tr("Other income"), self.tr("Kind"), list(OTHER_KINDS), 0, True
        )
        if not ok:
            return
        amount, ok = QInputDialog.getText(
            self, self.tr("Other income"), self.tr("Amount for the month (0 removes it)")
        )
        if ok:
            attempt(self, lambda: self.set_other_income(kind.strip(), amount))

    def open_stop_dialog(self) -> StopDialog | None:
        result = fetch(self, self._require_selection)
        if result is None:
            return None
        dialog = StopDialog(self._names.get(result.participant_id, ""), self)
        dialog.setObjectName("stopDialog")
        dialog.accepted.connect(
            lambda: attempt(
                self, lambda: self.stop(result.participant_id, dialog.day(), dialog.reason())
            )
        )
        dialog.open()
        return dialog

    def stop(self, participant_id: int, day: date, reason: str) -> None:
        self._services.programme.stop(participant_id, day, reason)
        self.refresh()
        self.select_participant(participant_id)

    def _print(self) -> None:
        documents = self._services.documents
        result = fetch(self, self._require_selection)
        if documents is None or result is None:
            return
        pid, month = result.participant_id, month_start(self.month())
        dialog = fetch(
            self,
            lambda: PdfPreviewDialog(
                lambda name, lang, chosen: documents.render(name, pid, lang, chosen or month),
                documents.languages(),
                participant_label=self._names.get(pid, str(pid)),
                language=documents.default_language(pid),
                document="decision",
                parent=self,
            ),
        )
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
