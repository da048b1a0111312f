"""A table model over a list of plain records, with columns declared once.

Every list in the window is one of these behind a ``QSortFilterProxyModel``: sorting uses the
column's sort key (dates sort as dates, not text), filtering uses the column's search text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

R = TypeVar("R")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    header: Callable[[], str]  # called at paint time, so a language change shows at once
    text: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    searchable: bool = True
    align_right: bool = False


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Records in rows, columns as declared. The model sorts itself (``sort``): Python's
    ``sorted`` over each record's sort key, once, instead of a proxy calling ``lessThan`` in
    Python some 60 000 times for 5 000 rows on the GUI thread (issue 18). ``set_records``
    keeps the order chosen last."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def set_records(self, records: Sequence[R]) -> None:
        items = list(records)
        if self._sort is not None:
            items = self._sorted(items, *self._sort)
        self.beginResetModel()
        self._records = items
        self.endResetModel()

    def ordered(self, records: Sequence[R]) -> list[R]:
        """``records`` in the order ``set_records`` would show them (any thread)."""
        items = list(records)
        return self._sorted(items, *self._sort) if self._sort is not None else items

    def sort_key(self, column: int) -> Callable[[R], Any]:
        """The key ``sort`` orders a column by: the column's sort key, else its text
        ignoring case; an empty key sorts as ""."""
        spec = self._columns[column]
        if spec.sort_key is None:
            return lambda record: spec.text(record).casefold()
        key = spec.sort_key
        return lambda record: "" if (value := key(record)) is None else value

    def _sorted(self, items: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        key = self.sort_key(column)
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(items, key=key, reverse=descending)
        except TypeError:  # mixed kinds (a date and an empty cell): compared as text
            return sorted(items, key=lambda r: str(key(r)), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self._records[index.row()] for index in old]
        self._records = self._sorted(self._records, column, order)
        if old:
            rows = {id(record): row for row, record in enumerate(self._records)}
            self.changePersistentIndexList(
                old,
                [
                    self.index(rows[id(record)], index.column())
                    for index, record in zip(old, before, strict=True)
                ],
            )
        self.layoutChanged.emit()

    def record(self, row: int) -> R:
        return self._records[row]

    def records(self) -> list[R]:
        return list(self._records)

    def records_view(self) -> list[R]:
        """The records without a copy (do not change the list)."""
        return self._records

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == SORT_ROLE:
            key = column.sort_key(record) if column.sort_key else column.text(record).casefold()
            return "" if key is None else key
        if role == SEARCH_ROLE:
            return column.text(record).casefold() if column.searchable else ""
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return None


class SearchProxy(QSortFilterProxyModel):
    """Filters rows whose searchable columns contain every word typed (case-insensitive)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        model = self.sourceModel()
        haystack = " ".join(
            str(model.data(model.index(source_row, column, source_parent), SEARCH_ROLE) or "")
            for column in range(model.columnCount())
        )
        return all(word in haystack for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A ``RecordTableModel`` sorts itself (see there); this proxy then only filters, in
        the source's order. Any other source is sorted here."""
        model = self.sourceModel()
        if isinstance(model, RecordTableModel):
            model.sort(column, order)
        else:
            super().sort(column, order)
