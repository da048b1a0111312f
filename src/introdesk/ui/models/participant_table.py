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

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.participant_details import ParticipantSummary, goal_text
from introdesk.ui.formatting import fmt_date
from introdesk.ui.labels import status_label
from introdesk.ui.models.record_table import Column, Index, RecordTableModel
from introdesk.ui.participant_labels import category_label, deadline_labels, end_goal_labels

SOON_DAYS = 14
_NORWEGIAN_ORDER = str.maketrans({"æ": "{", "ø": "|", "å": "}", "ä": "{", "ö": "|"})


def norwegian_key(text: str) -> str:
    """Sort key putting æ, ø, å after z, as Norwegian does."""
    return text.casefold().translate(_NORWEGIAN_ORDER)


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
            sort_key=lambda r: norwegian_key(r.display_name),
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
            sort_key=lambda r: norwegian_key(r.adviser_name),
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

    def __init__(self, parent: Any = None) -> None:
        super().__init__(participant_columns(), parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            record = self.record(index.row())
            key = self.columns[index.column()].key
            if record.overdue and key in ("next_deadline", "days_left"):
                return QBrush(QColor("#b00020"))
            return None
        return super().data(index, role)

    def set_records(self, records: Any) -> None:
        items = list(records)
        if self._sort is not None:
            items = self._sorted(items, *self._sort)
        super().set_records(items)

    def _sorted(
        self, items: list[ParticipantSummary], column: int, order: Qt.SortOrder
    ) -> list[ParticipantSummary]:
        spec = self.columns[column]
        key = spec.sort_key or (lambda r: spec.text(r).casefold())
        return sorted(items, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        records = self._sorted(self.records(), column, order)
        self._records = records
        self.layoutChanged.emit()


class ParticipantFilterProxy(QSortFilterProxyModel):
    """Search words (all must match the row's search key) and filters, without re-querying."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.adviser_id: int | None = None
        self.status: ParticipantStatus | None = None
        self.deadline: str = ""  # "", "overdue" or "soon"
        self.show_archived = False
        self._accepted: set[int] | None = None
        self.setDynamicSortFilter(False)

    def source(self) -> ParticipantTableModel:
        model = self.sourceModel()
        assert isinstance(model, ParticipantTableModel)
        return model

    def set_search(self, text: str) -> None:
        self._words = text.casefold().split()
        self.refilter()

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

    def matching_ids(self, items: list[ParticipantSummary]) -> set[int] | None:
        """The ids passing search and filters; None when nothing filters."""
        words, adviser, status = self._words, self.adviser_id, self.status
        deadline, archived = self.deadline, self.show_archived
        if not (words or adviser is not None or status or deadline or not archived):
            return None
        soon = None
        if deadline == "soon":
            soon = clock.today() + timedelta(days=SOON_DAYS)
        return {
            r.id
            for r in items
            if (archived or not r.archived)
            and (adviser is None or r.adviser_id == adviser)
            and (status is None or r.status is status)
            and (
                not deadline
                or (deadline == "overdue" and r.overdue)
                or (
                    deadline == "soon"
                    and soon is not None
                    and r.next_deadline is not None
                    and r.next_deadline <= soon
                )
            )
            and all(w in r.search_key for w in words)
        }

    def refilter(self) -> None:
        self.beginFilterChange()
        self._accepted = self.matching_ids(self.source().records_view())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        accepted = self._accepted
        if accepted is None:
            return True
        return self.source().record(source_row).id in accepted

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
