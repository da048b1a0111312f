"""The participants list: search as you type, sort by any column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.records import ParticipantRecord
from introdesk.services.participants import ParticipantService
from introdesk.ui.formatting import fmt_date
from introdesk.ui.labels import status_label
from introdesk.ui.models.record_table import Column, RecordTableModel, SearchProxy
from introdesk.ui.pages.base import Page
from introdesk.ui.pages.plan_status_column import PlanStatusSource


def participant_columns(page: QWidget) -> list[Column[ParticipantRecord]]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("ParticipantsPage", "Name"),
            lambda r: r.display_name,
        ),
        Column(
            "national_id",
            lambda: QCoreApplication.translate("ParticipantsPage", "National ID"),
            lambda r: r.national_id or "",
        ),
        Column(
            "birth_date",
            lambda: QCoreApplication.translate("ParticipantsPage", "Birth date"),
            lambda r: fmt_date(r.birth_date),
            sort_key=lambda r: r.birth_date.isoformat() if r.birth_date else "",
            searchable=False,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("ParticipantsPage", "Status"),
            lambda r: status_label(r.status),
        ),
        Column(
            "adviser",
            lambda: QCoreApplication.translate("ParticipantsPage", "Adviser"),
            lambda r: r.adviser_name,
        ),
    ]


class ParticipantsPage(Page):
    def __init__(
        self,
        participants: ParticipantService,
        parent: QWidget | None = None,
        plan_status: PlanStatusSource[ParticipantRecord] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = participants
        self._plan_status = plan_status  # the plan-status column (plans feature)
        columns = participant_columns(self)
        if plan_status is not None:
            columns.append(plan_status.column())
        self.model: RecordTableModel[ParticipantRecord] = RecordTableModel(columns, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Search by name, number or adviser (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        if self._plan_status is not None:
            self._plan_status.reload()
        self.model.set_records(self._service.list())
        self.table.resizeColumnsToContents()
        self._update_count()

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n participant(s)", "", total))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
            )
