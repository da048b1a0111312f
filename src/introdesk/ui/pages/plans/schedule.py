"""The Plans page's week calendar: weekdays × elements with counted hours, the week chooser and
the element buttons. The page decides what is shown; this box draws it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.plan_versions import PlanVersion
from introdesk.rules.plan_calendar import PlanWeek
from introdesk.services.plans import PlanService
from introdesk.ui.dialogs.plan_element import element_name, to_qdate, weekday_names
from introdesk.ui.formatting import fmt_date
from introdesk.ui.pages.plans.labels import FIRST_DAY_COLUMN, GREY, TOTAL_COLUMN, hours_text
from introdesk.ui.widgets.date_edit import DateEdit


class WeekScheduleBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlansPage", "Weekly schedule"), parent)
        self.week_edit = DateEdit(self)
        self.week_edit.setObjectName("planWeek")
        self.week_edit.setCalendarPopup(True)
        self.week_edit.setDisplayFormat("dd.MM.yyyy")
        self.week_label = QLabel(self)
        self.previous_week = QPushButton("◀", self)
        self.previous_week.setToolTip(QCoreApplication.translate("PlansPage", "Previous week"))
        self.next_week = QPushButton("▶", self)
        self.next_week.setToolTip(QCoreApplication.translate("PlansPage", "Next week"))
        week_row = QHBoxLayout()
        week_row.addWidget(QLabel(QCoreApplication.translate("PlansPage", "Week of"), self))
        week_row.addWidget(self.previous_week)
        week_row.addWidget(self.week_edit)
        week_row.addWidget(self.next_week)
        week_row.addWidget(self.week_label, 1)

        self.schedule = QTableWidget(self)
        self.schedule.setObjectName("planSchedule")
        self.schedule.setColumnCount(TOTAL_COLUMN + 1)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.schedule.horizontalHeader().setStretchLastSection(True)
        self.remove_key = QShortcut(QKeySequence.StandardKey.Delete, self.schedule)
        self.remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.add_button = QPushButton(
            QCoreApplication.translate("PlansPage", "&Add element…"), self
        )
        self.add_button.setObjectName("addElement")
        self.edit_button = QPushButton(
            QCoreApplication.translate("PlansPage", "&Change element…"), self
        )
        self.earlier_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Move a week earlier"), self
        )
        self.later_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Move a week later"), self
        )
        self.remove_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Remove element"), self
        )
        element_buttons = QHBoxLayout()
        for button in self.element_buttons():
            element_buttons.addWidget(button)
        element_buttons.addStretch(1)
        calendar_layout = QVBoxLayout(self)
        calendar_layout.addLayout(week_row)
        calendar_layout.addWidget(self.schedule, 1)
        calendar_layout.addLayout(element_buttons)

    def element_buttons(self) -> tuple[QPushButton, ...]:
        return (
            self.add_button,
            self.edit_button,
            self.earlier_button,
            self.later_button,
            self.remove_button,
        )

    def show_week(
        self,
        week: PlanWeek,
        version: PlanVersion | None,
        *,
        editable: bool,
        plans: PlanService,
        language: str,
    ) -> None:
        """Draw ``week`` of ``version`` (or an empty table): each element's planned hours, grey
        where they are not counted, and the counted totals the plan rules use."""
        days = week.days
        self.week_edit.setDate(to_qdate(days[0]))
        self.week_label.setText(
            QCoreApplication.translate("PlansPage", "week %1").replace(
                "%1", str(days[0].isocalendar()[1])
            )
        )
        self._headers(week)
        elements = version.plan.elements if version else ()
        self.schedule.setRowCount(len(elements) + (1 if elements else 0))
        catalogue = plans.catalogue
        for row, element in enumerate(elements):
            kind = catalogue.get(element.code)
            name = QTableWidgetItem(element_name(kind, element.code, language))
            name.setData(Qt.ItemDataRole.UserRole, row)
            name.setToolTip(element.note or name.text())
            period = QTableWidgetItem(f"{element.start:%d.%m.%y}–{element.end:%d.%m.%y}")
            active_week = any(element.is_active_on(day) for day in days)
            for item in (name, period):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not active_week:
                    item.setForeground(QBrush(GREY))
            self.schedule.setItem(row, 0, name)
            self.schedule.setItem(row, 1, period)
            tooltip = (
                QCoreApplication.translate(
                    "PlansPage", "Counted hours every such weekday from %1 to %2"
                )
                .replace("%1", fmt_date(element.start))
                .replace("%2", fmt_date(element.end))
            )
            for offset, planned in enumerate(element.hours.as_tuple()):
                cell = QTableWidgetItem(hours_text(planned))
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if not week.counted[row][offset]:
                    cell.setForeground(QBrush(GREY))
                if not editable:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                cell.setToolTip(tooltip)
                self.schedule.setItem(row, FIRST_DAY_COLUMN + offset, cell)
            total = QTableWidgetItem(hours_text(week.element_total(row)))
            total.setFlags(total.flags() & ~Qt.ItemFlag.ItemIsEditable)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.schedule.setItem(row, TOTAL_COLUMN, total)
        if elements:
            self._total_row(len(elements), list(week.day_totals))
        self.schedule.resizeColumnsToContents()
        for column, widest in ((0, 210), (1, 130)):
            self.schedule.setColumnWidth(column, min(self.schedule.columnWidth(column), widest))

    def _headers(self, week: PlanWeek) -> None:
        headers = [
            QCoreApplication.translate("PlansPage", "Element"),
            QCoreApplication.translate("PlansPage", "Period"),
        ]
        for day_name, day in zip(weekday_names(), week.days, strict=True):
            heading = f"{day_name} {day:%d.%m}"
            if day in week.public_holidays:
                heading += "\n" + QCoreApplication.translate("PlansPage", "public holiday")
            headers.append(heading)
        headers.append(QCoreApplication.translate("PlansPage", "Week"))
        self.schedule.setHorizontalHeaderLabels(headers)

    def _total_row(self, row: int, totals: list[Decimal]) -> None:
        label = QTableWidgetItem(QCoreApplication.translate("PlansPage", "Total this week"))
        font = label.font()
        font.setBold(True)
        cells = [label, QTableWidgetItem("")]
        cells += [QTableWidgetItem(hours_text(value)) for value in totals]
        cells.append(QTableWidgetItem(hours_text(sum(totals, Decimal(0)))))
        for column, item in enumerate(cells):
            item.setFont(font)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column >= FIRST_DAY_COLUMN:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.schedule.setItem(row, column, item)

    def week_totals(self) -> list[str]:
        """The bottom row's texts (Mon … Sun, week), as shown."""
        row = self.schedule.rowCount() - 1
        if row < 0:
            return []
        return [
            (item.text() if (item := self.schedule.item(row, column)) else "")
            for column in range(FIRST_DAY_COLUMN, TOTAL_COLUMN + 1)
        ]
