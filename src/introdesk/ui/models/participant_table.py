"""The participants list, fast with 50 000 rows.

Each ``ParticipantSummary`` carries a lowercase ``search_key`` (names, number, adviser), made
once when the list is loaded. Typing in the search box computes the set of matching ids with
one Python comprehension over those keys, and the proxy's ``filterAcceptsRow`` is a set lookup:
no database query, no per-cell ``data()`` calls. Sorting is done on the source list with
Python's ``sorted`` and a precomputed key (QSortFilterProxyModel would call ``lessThan`` in
Python about n·log n times).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.collation import norwegian_sort_key
from introdesk.domain.participant_details import ParticipantSummary, goal_text
from introdesk.ui.formatting import fmt_date
from introdesk.ui.labels import status_label
from introdesk.ui.models.record_table import Column, Index, RecordTableModel
from introdesk.ui.participant_labels import category_label, deadline_labels, end_goal_labels

SOON_DAYS = 14


def _days_text(item: ParticipantSummary) -> str:
    if item.days_left is None:
        return ""
    if item.days_left < 0:
        return QCoreApplication.translate("ParticipantTable", "%1 days overdue").replace(
            "%1", str(-item.days_left)
        )
    return str(item.days_left)


def participant_columns() -> list[Column[ParticipantSummary]]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("ParticipantTable", "Name"),
            lambda r: r.display_name,
            sort_key=lambda r: norwegian_sort_key(r.display_name),
        ),
        Column(
            "national_id",
            lambda: QCoreApplication.translate("ParticipantTable", "National ID"),
            lambda r: r.national_id or "",
        ),
        Column(
            "birth_date",
            lambda: QCoreApplication.translate("ParticipantTable", "Birth date"),
            lambda r: fmt_date(r.birth_date),
            sort_key=lambda r: r.birth_date or date.min,
        ),
        Column(
            "status",
            lambda: QCoreApplication.translate("ParticipantTable", "Status"),
            lambda r: status_label(r.status),
        ),
        Column(
            "category",
            lambda: QCoreApplication.translate("ParticipantTable", "Category"),
            lambda r: category_label(r.category),
        ),
        Column(
            "adviser",
            lambda: QCoreApplication.translate("ParticipantTable", "Adviser"),
            lambda r: r.adviser_name,
            sort_key=lambda r: norwegian_sort_key(r.adviser_name),
        ),
        Column(
            "settlement_date",
            lambda: QCoreApplication.translate("ParticipantTable", "Settled"),
            lambda r: fmt_date(r.settlement_date),
            sort_key=lambda r: r.settlement_date or date.min,
        ),
        Column(
            "next_deadline",
            lambda: QCoreApplication.translate("ParticipantTable", "Next deadline"),
            lambda r: (
                f"{deadline_labels().get(r.next_deadline_kind, '')} {fmt_date(r.next_deadline)}"
                if r.next_deadline
                else ""
            ),
            sort_key=lambda r: r.next_deadline or date.max,
        ),
        Column(
            "days_left",
            lambda: QCoreApplication.translate("ParticipantTable", "Days left"),
            _days_text,
            sort_key=lambda r: r.days_left if r.days_left is not None else 10**9,
            align_right=True,
        ),
        Column(
            "end_goal",
            lambda: QCoreApplication.translate("ParticipantTable", "End goal"),
            lambda r: end_goal_labels().get(r.end_goal_group, ""),
        ),
        Column(
            "norwegian_goal",
            lambda: QCoreApplication.translate("ParticipantTable", "Norwegian goal"),
            lambda r: goal_text(r.norwegian_goal),
        ),
    ]


DEFAULT_HIDDEN = ("birth_date", "end_goal", "norwegian_goal")


class ParticipantTableModel(RecordTableModel[ParticipantSummary]):
    """Rows of participant summaries; sorts itself (see the module note)."""

    def __init__(
        self, parent: Any = None, extra_columns: list[Column[ParticipantSummary]] | None = None
    ) -> None:
        super().__init__([*participant_columns(), *(extra_columns or [])], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record = self.record(index.row())
            key = self.columns[index.column()].key
            if record.overdue and key in ("next_deadline", "days_left"):
                return QBrush(QColor("#b00020"))
            return None
        return super().data(index, role)


class ParticipantFilterProxy(QAbstractTableModel):
    """The rows of a ``ParticipantTableModel`` that pass the search words and the filters.

    A proxy in the plain sense: it keeps, per source row, the search key and a yes/no mask, and
    the list of source rows shown. Typing rebuilds the mask with one comprehension per word and
    resets this model, so no Python code runs per row inside Qt (``QSortFilterProxyModel`` calls
    ``filterAcceptsRow`` once per row on every keystroke). Data, headers and sorting are taken
    from the source model; ``mapToSource``/``mapFromSource`` translate rows.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: ParticipantTableModel | None = None
        self._words: list[str] = []
        self.adviser_id: int | None = None
        self.status: ParticipantStatus | None = None
        self.deadline: str = ""  # "", "overdue" or "soon"
        self.show_archived = False
        self._keys: list[str] = []
        self._filter_mask: list[bool] | None = None
        self._rows: list[int] = []
        self._positions: dict[int, int] | None = None

    # --- source --------------------------------------------------------------------------

    def setSourceModel(self, model: ParticipantTableModel) -> None:  # noqa: N802
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_changed)
        model.layoutAboutToBeChanged.connect(self.beginResetModel)
        model.layoutChanged.connect(self._source_changed)
        model.dataChanged.connect(self._source_data_changed)
        self._rows_changed()
        self.endResetModel()

    def sourceModel(self) -> ParticipantTableModel:  # noqa: N802
        return self.source()

    def source(self) -> ParticipantTableModel:
        if self._source is None:
            raise RuntimeError("ParticipantFilterProxy has no source model")
        return self._source

    def _source_changed(self, *_args: object) -> None:
        self._rows_changed()
        self.endResetModel()

    def _source_data_changed(self, first: Index, last: Index, roles: Any = None) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    # --- filtering -----------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self._words = words
        self._apply()

    def set_filters(
        self,
        *,
        adviser_id: int | None = None,
        status: ParticipantStatus | None = None,
        deadline: str = "",
        show_archived: bool = False,
    ) -> None:
        self.adviser_id, self.status, self.deadline = adviser_id, status, deadline
        self.show_archived = show_archived
        self.refilter()

    def refilter(self) -> None:
        self.beginResetModel()
        self._rows_changed()
        self.endResetModel()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = self._shown_rows()
        self._positions = None
        self.endResetModel()

    def _rows_changed(self) -> None:
        records = self.source().records_view()
        self._keys = [r.search_key for r in records]
        self._filter_mask = self._filters_mask(records)
        self._rows = self._shown_rows()
        self._positions = None

    def _filters_mask(self, items: list[ParticipantSummary]) -> list[bool] | None:
        adviser, status = self.adviser_id, self.status
        deadline, archived = self.deadline, self.show_archived
        if adviser is None and status is None and not deadline and archived:
            return None
        soon = clock.today() + timedelta(days=SOON_DAYS)
        return [
            (archived or not r.archived)
            and (adviser is None or r.adviser_id == adviser)
            and (status is None or r.status is status)
            and (
                not deadline
                or (deadline == "overdue" and r.overdue)
                or (deadline == "soon" and r.next_deadline is not None and r.next_deadline <= soon)
            )
            for r in items
        ]

    def _shown_rows(self) -> list[int]:
        keys = self._keys
        mask = self._filter_mask
        rows = (
            list(range(len(keys))) if mask is None else [row for row, ok in enumerate(mask) if ok]
        )
        for word in self._words:
            rows = [row for row in rows if word in keys[row]]
        return rows

    def matching_ids(self) -> set[int]:
        records = self.source().records_view()
        return {records[row].id for row in self._rows}

    # --- the table -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.source().data(self.mapToSource(index), role)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self.source().headerData(section, orientation, role)
        return None

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return QModelIndex()
        return self.source().index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid():
            return QModelIndex()
        if self._positions is None:
            self._positions = {row: position for position, row in enumerate(self._rows)}
        position = self._positions.get(index.row())
        return QModelIndex() if position is None else self.index(position, index.column())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
