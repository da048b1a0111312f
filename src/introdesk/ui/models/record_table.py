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
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[R] = []

    @property
    def columns(self) -> list[Column[R]]:
        return self._columns

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

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
        self._sort_keys: dict[int, tuple[list[Any], list[Any]]] = {}
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

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        super().setSourceModel(model)
        self._sort_keys = {}
        if model is not None:
            model.dataChanged.connect(self._forget_sort_keys)

    def _forget_sort_keys(self, *_args: object) -> None:
        self._sort_keys = {}

    def _column_keys(self, column: int) -> list[Any] | None:
        """Every row's sort key of one column, computed once per list of records: sorting
        5 000 rows asks ``lessThan`` some 60 000 times, and two calls back into ``data`` each
        froze the window for seconds (issue 18). ``set_records`` always makes a new list, so a
        cache made for another list is never used."""
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return None
        records = model.records_view()
        cached = self._sort_keys.get(column)
        if cached is not None and cached[0] is records and len(cached[1]) == len(records):
            return cached[1]
        spec = model.columns[column]
        keys = []
        for record in records:
            key = spec.sort_key(record) if spec.sort_key else spec.text(record).casefold()
            keys.append("" if key is None else key)
        self._sort_keys[column] = (records, keys)
        return keys

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        keys = self._column_keys(left.column()) if left.column() == right.column() else None
        if keys is not None:
            a, b = keys[left.row()], keys[right.row()]
        else:
            a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:  # mixed kinds (e.g. a date and an empty cell): empties first
            return str(a) < str(b)
