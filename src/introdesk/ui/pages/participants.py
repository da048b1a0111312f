"""The participants list: search as you type, filters, sortable and user-chosen columns;
create, edit and archive (never delete) participants, and import a settlement list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.participant_details import ParticipantSummary
from introdesk.domain.records import AdviserRecord
from introdesk.services.participant_import import ParticipantImportService
from introdesk.services.participants import ParticipantService
from introdesk.services.programme import ProgrammeService
from introdesk.ui import prefs
from introdesk.ui.dialogs.participant_editor import ParticipantEditor
from introdesk.ui.dialogs.participant_import import ImportPreviewDialog
from introdesk.ui.dialogs.programme_events import ProgrammeEventsDialog
from introdesk.ui.labels import status_label
from introdesk.ui.models.participant_table import (
    DEFAULT_HIDDEN,
    ParticipantFilterProxy,
    ParticipantTableModel,
)
from introdesk.ui.pages.base import BackgroundLoad, Page
from introdesk.ui.pages.plan_status_column import PlanStatusSource
from introdesk.ui.tasks import Task, fetch
from introdesk.ui.widgets.column_widths import measure_on_first_rows
from introdesk.ui.widgets.empty_hint import EmptyHint
from introdesk.ui.widgets.search_keys import SearchIntoList

COLUMNS_KEY = "participants"


@dataclass(frozen=True)
class LoadedParticipants:
    advisers: Sequence[AdviserRecord]
    summaries: Sequence[ParticipantSummary]
    plan_statuses: Mapping[int, str]


class ParticipantsPage(Page):
    def __init__(
        self,
        participants: ParticipantService,
        parent: QWidget | None = None,
        importer: ParticipantImportService | None = None,
        plan_status: PlanStatusSource | None = None,
        programme: ProgrammeService | None = None,
    ) -> None:
        super().__init__(parent)
        self.reload_when_changed("participants", "plans")
        self._service = participants
        self._importer = importer
        self._programme = programme  # the programme's events (issue 14 item 6)
        self._plan_status = plan_status  # the plan-status column (plans feature)
        extra = [plan_status.column()] if plan_status is not None else []
        self.model = ParticipantTableModel(self, extra_columns=extra)
        self.proxy = ParticipantFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self._build_filters()
        self._build_table()
        self._build_buttons()
        self._lay_out()

    def _build_filters(self) -> None:
        """The search box and the adviser, status, deadline and archived filters."""
        self.search = QLineEdit(self)
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(
            QCoreApplication.translate(
                "ParticipantsPage", "Search by name, number or adviser (Ctrl+F)"
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        self.adviser_filter = QComboBox(self)
        self.adviser_filter.setObjectName("adviserFilter")
        self.adviser_filter.setToolTip(QCoreApplication.translate("ParticipantsPage", "Adviser"))
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(
            QCoreApplication.translate("ParticipantsPage", "All statuses"), None
        )
        for status in ParticipantStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.deadline_filter = QComboBox(self)
        self.deadline_filter.setObjectName("deadlineFilter")
        self.deadline_filter.addItem(
            QCoreApplication.translate("ParticipantsPage", "All deadlines"), ""
        )
        self.deadline_filter.addItem(
            QCoreApplication.translate("ParticipantsPage", "Overdue"), "overdue"
        )
        self.deadline_filter.addItem(
            QCoreApplication.translate("ParticipantsPage", "Due within 14 days"), "soon"
        )
        self.archived_filter = QCheckBox(
            QCoreApplication.translate("ParticipantsPage", "Show archived"), self
        )
        self.archived_filter.setObjectName("showArchived")
        for combo in (self.adviser_filter, self.status_filter, self.deadline_filter):
            combo.currentIndexChanged.connect(self._on_filters)
        self.archived_filter.toggled.connect(self._on_archived_toggled)

    def _build_table(self) -> None:
        """The participants list, with its empty-state hint and column menu."""
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        measure_on_first_rows(self.table)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.empty_hint = EmptyHint(
            self.table,
            QCoreApplication.translate(
                "ParticipantsPage",
                "No participants yet. Add one with “New…”, or import a list from Excel or CSV "
                "with “Import…”.",
            ),
            lambda: self.model.rowCount() == 0,
            source=self.model,
        )
        SearchIntoList(self.search, self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setToolTip(
            QCoreApplication.translate(
                "ParticipantsPage", "Right-click to choose the columns shown"
            )
        )
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self._apply_hidden_columns()

    def _build_buttons(self) -> None:
        """New, edit, programme events, archive and import."""
        self.new_button = QPushButton(QCoreApplication.translate("ParticipantsPage", "&New…"), self)
        self.new_button.setObjectName("newParticipant")
        self.new_button.clicked.connect(self.create_participant)
        self.edit_button = QPushButton(
            QCoreApplication.translate("ParticipantsPage", "&Edit…"), self
        )
        self.edit_button.setObjectName("editParticipant")
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button = QPushButton(
            QCoreApplication.translate("ParticipantsPage", "&Archive…"), self
        )
        self.archive_button.setObjectName("archiveParticipant")
        self.archive_button.clicked.connect(self.archive_selected)
        self.import_button = QPushButton(
            QCoreApplication.translate("ParticipantsPage", "&Import…"), self
        )
        self.import_button.setObjectName("importParticipants")
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setEnabled(self._importer is not None)
        self.events_button = QPushButton(
            QCoreApplication.translate("ParticipantsPage", "Programme e&vents…"), self
        )
        self.events_button.setObjectName("programmeEvents")
        self.events_button.setToolTip(
            QCoreApplication.translate(
                "ParticipantsPage",
                "Decision, start, leave, stop, resumption and end of the selected participant's "
                "programme",
            )
        )
        self.events_button.clicked.connect(self.open_events)
        self.events_button.setEnabled(self._programme is not None)
        # Enter opens the chosen person only from the list: in the search box it moves into it.
        open_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self.edit_selected)
        open_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _lay_out(self) -> None:
        """Filters above, the buttons and the count, then the list."""
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.adviser_filter)
        top.addWidget(self.status_filter)
        top.addWidget(self.deadline_filter)
        top.addWidget(self.archived_filter)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.events_button,
            self.archive_button,
            self.import_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        self._actions = actions
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    def add_action_button(self, button: QPushButton) -> None:
        """A button from another module (sharing), placed after the page's own ones."""
        self._actions.insertWidget(self._actions.count() - 2, button)

    # --- data ----------------------------------------------------------------------------

    def advisers(self) -> Sequence[AdviserRecord]:
        return self._service.advisers()

    def refresh(self) -> None:
        self.show_loaded(self.load_data())

    def background_load(self) -> BackgroundLoad:
        return BackgroundLoad(self.load_data, self.show_loaded)

    def load_data(self) -> LoadedParticipants:
        """Everything the list shows, read in one go (runs in a worker thread)."""
        statuses = self._plan_status.load() if self._plan_status is not None else {}
        return LoadedParticipants(
            advisers=self._service.advisers(),
            summaries=self._service.summaries(include_archived=True),
            plan_statuses=statuses,
        )

    def show_loaded(self, loaded: LoadedParticipants) -> None:
        self._fill_advisers(loaded.advisers)
        if self._plan_status is not None:
            self._plan_status.statuses = loaded.plan_statuses
        items = loaded.summaries
        self.model.set_records(items)
        self.proxy.refilter()
        if not getattr(self, "_sized", False) and items:
            self.table.resizeColumnsToContents()
            self._sized = True
        self._update_count()

    def _fill_advisers(self, advisers: Sequence[AdviserRecord]) -> None:
        current = self.adviser_filter.currentData()
        self.adviser_filter.blockSignals(True)
        self.adviser_filter.clear()
        self.adviser_filter.addItem(
            QCoreApplication.translate("ParticipantsPage", "All advisers"), None
        )
        for adviser in advisers:
            self.adviser_filter.addItem(adviser.full_name, adviser.id)
        index = self.adviser_filter.findData(current)
        self.adviser_filter.setCurrentIndex(max(index, 0))
        self.adviser_filter.blockSignals(False)

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _on_archived_toggled(self, _checked: bool) -> None:
        self._on_filters()

    def _on_filters(self, *_args: object) -> None:
        status = self.status_filter.currentData()
        self.proxy.set_filters(
            adviser_id=self.adviser_filter.currentData(),
            status=ParticipantStatus(status) if status else None,
            deadline=self.deadline_filter.currentData() or "",
            show_archived=self.archived_filter.isChecked(),
        )
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        total = sum(1 for r in self.model.records_view() if not r.archived)
        if shown == total:
            self.count_label.setText(
                QCoreApplication.translate("ParticipantsPage", "%n participant(s)", "", total)
            )
        else:
            self.count_label.setText(
                QCoreApplication.translate("ParticipantsPage", "%1 of %2 shown")
                .replace("%1", str(shown))
                .replace("%2", str(total))
            )

    # --- columns -------------------------------------------------------------------------

    def _apply_hidden_columns(self) -> None:
        hidden = prefs.hidden_columns(COLUMNS_KEY)
        keys = set(DEFAULT_HIDDEN if hidden is None else hidden)
        for index, column in enumerate(self.model.columns):
            self.table.setColumnHidden(index, column.key in keys and index != 0)

    def set_column_visible(self, key: str, visible: bool) -> None:
        for index, column in enumerate(self.model.columns):
            if column.key == key and index != 0:
                self.table.setColumnHidden(index, not visible)
        prefs.set_hidden_columns(
            COLUMNS_KEY,
            [
                column.key
                for index, column in enumerate(self.model.columns)
                if self.table.isColumnHidden(index)
            ],
        )

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        for index, column in enumerate(self.model.columns):
            action = QAction(column.header(), menu)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(index))
            action.setEnabled(index != 0)  # the name is always shown
            action.toggled.connect(
                lambda checked, key=column.key: self.set_column_visible(key, checked)
            )
            menu.addAction(action)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    # --- actions -------------------------------------------------------------------------

    def selected(self) -> ParticipantSummary | None:
        indexes = self.table.selectionModel().selectedRows()
        index = indexes[0] if indexes else self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.record(source.row())

    def chosen_participant_id(self) -> int | None:
        chosen = self.selected()
        return chosen.id if chosen is not None else None

    def select_id(self, participant_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0, QModelIndex()))
            if self.model.record(source.row()).id == participant_id:
                self.table.selectRow(row)
                return

    def make_editor(self, participant_id: int | None = None) -> ParticipantEditor:
        details = self._service.details(participant_id) if participant_id is not None else None
        return ParticipantEditor(self._service, self._service.advisers(), details, self)

    def create_participant(self) -> None:
        editor = self.make_editor()
        if editor.exec() and editor.saved_id is not None:
            self.refresh()
            self.select_id(editor.saved_id)

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        editor = fetch(self, lambda: self.make_editor(item.id))
        if editor is not None and editor.exec():
            self.refresh()
            self.select_id(item.id)

    def open_events(self) -> ProgrammeEventsDialog | None:
        """The selected participant's programme events, recorded through the same service
        methods as ``introdesk programme ...``; the list is reloaded when one was recorded."""
        item = self.selected()
        if item is None or self._programme is None:
            return None
        dialog = ProgrammeEventsDialog(self._programme, item.id, item.display_name, self)
        dialog.finished.connect(lambda _result: self._events_closed(dialog, item.id))
        dialog.open()
        return dialog

    def _events_closed(self, dialog: ProgrammeEventsDialog, participant_id: int) -> None:
        if dialog.changed:
            self.refresh()
            self.select_id(participant_id)

    def archive_selected(self) -> None:
        item = self.selected()
        if item is None or item.archived:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ParticipantsPage", "Archive participant"),
            QCoreApplication.translate(
                "ParticipantsPage",
                "Archive %1? The participant disappears from the list but nothing is deleted; "
                "archived participants are shown with “Show archived”.",
            ).replace("%1", item.display_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self._service
        Task(self, lambda _control: service.archive(item.id)).changes("participants").run()

    def import_file(self) -> None:
        if self._importer is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ParticipantsPage", "Import participants"),
            "",
            QCoreApplication.translate("ParticipantsPage", "Spreadsheets (*.xlsx *.csv)"),
        )
        if not name:
            return
        dialog = ImportPreviewDialog(self._importer, Path(name), self)
        if dialog.exec():
            self.refresh()
