"""The tests page's overview table: who is behind the Norwegian goal, per sub-skill, with
the deadline near filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget

from introdesk.domain.codes import SubSkill
from introdesk.domain.test_progress import TestProgress
from introdesk.ui.formatting import fmt_date
from introdesk.ui.models.record_table import RECORD_ROLE, Column, SearchProxy
from introdesk.ui.widgets.level_chart import level_label, skill_label

Index = QModelIndex | QPersistentModelIndex


def yes_no(value: bool | None) -> str:
    if value is None:
        return QCoreApplication.translate("TestsPage", "unknown")
    if value:
        return QCoreApplication.translate("TestsPage", "yes")
    return QCoreApplication.translate("TestsPage", "no")


def skill_cell(progress: TestProgress, skill: SubSkill) -> str:
    best = level_label(progress.best_level(skill))
    if progress.goal is None or skill not in progress.goal:
        return best
    mark = "✓" if progress.goal_met.get(skill) else "✗"
    return f"{best} / {level_label(progress.goal[skill])} {mark}"


def goals_met_text(progress: TestProgress) -> str:
    if progress.goal is None:
        return QCoreApplication.translate("TestsPage", "no goal")
    met = sum(progress.goal_met.values())
    return (
        QCoreApplication.translate("TestsPage", "%1 of %2")
        .replace("%1", str(met))
        .replace("%2", str(len(progress.goal_met)))
    )


def _skill_column(skill: SubSkill) -> Column[TestProgress]:
    def header() -> str:
        text = QCoreApplication.translate("TestsPage", "%1 (best / goal)")
        return text.replace("%1", skill_label(skill))

    def sort_key(progress: TestProgress) -> int:
        level = progress.best_level(skill)
        return -1 if level is None else level.rank

    return Column(
        skill.value,
        header,
        lambda p: skill_cell(p, skill),
        sort_key=sort_key,
        searchable=False,
    )


def overview_columns() -> list[Column[TestProgress]]:
    columns: list[Column[TestProgress]] = [
        Column(
            "name",
            lambda: QCoreApplication.translate("TestsPage", "Name"),
            lambda p: p.name,
        ),
        Column(
            "adviser",
            lambda: QCoreApplication.translate("TestsPage", "Adviser"),
            lambda p: p.adviser_name,
        ),
    ]
    columns += [_skill_column(skill) for skill in SubSkill]
    columns += [
        Column(
            "goal_met",
            lambda: QCoreApplication.translate("TestsPage", "Goal reached"),
            goals_met_text,
            sort_key=lambda p: (sum(p.goal_met.values()) - len(p.goal_met)) if p.goal else 1,
            searchable=False,
        ),
        Column(
            "deadline",
            lambda: QCoreApplication.translate("TestsPage", "Training deadline"),
            lambda p: fmt_date(p.deadline),
            sort_key=lambda p: p.deadline.isoformat() if p.deadline else "9999",
            searchable=False,
        ),
        Column(
            "days_left",
            lambda: QCoreApplication.translate("TestsPage", "Days left"),
            lambda p: "" if p.days_left is None else str(p.days_left),
            sort_key=lambda p: p.days_left if p.days_left is not None else 10**6,
            searchable=False,
            align_right=True,
        ),
        Column(
            "permanent_residence",
            lambda: QCoreApplication.translate("TestsPage", "Permanent residence (language)"),
            lambda p: yes_no(p.permanent_residence.ok),
            searchable=False,
        ),
        Column(
            "citizenship",
            lambda: QCoreApplication.translate("TestsPage", "Citizenship (language)"),
            lambda p: yes_no(p.citizenship.ok),
            searchable=False,
        ),
    ]
    return columns


class OverviewProxy(SearchProxy):
    """Search, plus an optional filter: below goal with the deadline within ``days``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._near_days: int | None = None

    def set_near(self, days: int | None) -> None:
        self.beginFilterChange()
        self._near_days = days
        self.endFilterChange(SearchProxy.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not super().filterAcceptsRow(source_row, source_parent):
            return False
        if self._near_days is None:
            return True
        model = self.sourceModel()
        progress = model.data(model.index(source_row, 0, source_parent), RECORD_ROLE)
        if not isinstance(progress, TestProgress) or not progress.below_goal:
            return False
        left = progress.days_left
        return left is not None and left <= self._near_days
