"""The audit log in the window (brief issue 16, item 4): who changed what and when, with the
old and new values, for team leaders and administrators. The same service answers
``introdesk audit``; on a server it refuses other logins, and the dialog says so in place."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.domain.records import AuditRecord
from introdesk.services.audit_log import AuditLogService
from introdesk.ui.audit_labels import action_label, entity_label, field_label, value_label
from introdesk.ui.error_messages import user_message
from introdesk.ui.models.record_table import Column, RecordTableModel, SearchProxy
from introdesk.ui.widgets.date_edit import DateEdit

DEFAULT_DAYS = 30


class AuditLogDialog(QDialog):
    def __init__(self, audit: AuditLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 560)
        today = clock.today()
        self.participant = QLineEdit(self)
        self.participant.setPlaceholderText(self.tr("all participants"))
        self.start = DateEdit(QDate(today - timedelta(days=DEFAULT_DAYS)), self)
        self.end = DateEdit(QDate(today), self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        show = QPushButton(self.tr("Show"), self)
        show.clicked.connect(self.load)
        form = QFormLayout()
        form.addRow(self.tr("Participant id"), self.participant)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.end)
        period.addWidget(show)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)

        self.model: RecordTableModel[AuditRecord] = RecordTableModel(self._columns(), self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    def _columns(self) -> list[Column[AuditRecord]]:
        return [
            Column(
                "at",
                lambda: self.tr("When"),
                lambda e: f"{e.at:%d.%m.%Y %H:%M}",
                sort_key=lambda e: e.at,
            ),
            Column("actor", lambda: self.tr("Who"), lambda e: e.actor),
            Column("action", lambda: self.tr("Action"), lambda e: action_label(e.action)),
            Column(
                "entity",
                lambda: self.tr("Record"),
                lambda e: f"{entity_label(e.entity)} {e.entity_id}",
            ),
            Column("field", lambda: self.tr("Field"), lambda e: field_label(e.field)),
            Column(
                "old", lambda: self.tr("Old value"), lambda e: value_label(e.field, e.old_value)
            ),
            Column(
                "new", lambda: self.tr("New value"), lambda e: value_label(e.field, e.new_value)
            ),
        ]

    def _participant_id(self) -> int | None:
        text = self.participant.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise UserInputError(self.tr("Participant id: a number, or empty for everyone"))
        return int(text)

    def load(self) -> None:
        start: date = self.start.date().toPython()  # type: ignore[assignment]
        end: date = self.end.date().toPython()  # type: ignore[assignment]
        try:
            entries = self._audit.entries(
                participant_id=self._participant_id(), start=start, end=end
            )
        except IntroDeskError as error:
            self.model.set_records([])
            self.message.setText(user_message(error))
            return
        self.model.set_records(entries)
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 changes").replace("%1", str(len(entries))))
