"""The static parts of the Plans page: the header (participant, version, plan actions; its
layout is the Designer form ``forms/plan_header.ui``) and the plan-and-goals box. They only
build widgets; the page connects them to what they do."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.plans import EndGoal, EndGoalType, NorwegianGoal, Plan
from introdesk.ui.dialogs.plan_element import from_qdate, to_qdate
from introdesk.ui.forms.plan_header import Ui_PlanHeader
from introdesk.ui.pages.plans.labels import end_goal_labels, skill_labels
from introdesk.ui.widgets.date_edit import DateEdit


class PlanHeader(QWidget):
    """Participant chooser, the shown version and the new / sign / revise buttons; the layout
    is the Designer form ``forms/plan_header.ui``, the search behaviour is added here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanHeader()
        self.ui.setupUi(self)
        self.participant = self.ui.planParticipant
        self.version_label = self.ui.planVersionLabel
        self.new_button = self.ui.newPlan
        self.sign_button = self.ui.signPlan
        self.revise_button = self.ui.revisePlan
        completer = self.participant.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class PlanDetailsBox(QGroupBox):
    """Period, end goal, Norwegian goal, long-term goal and the reason for the goals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlansPage", "Plan and goals"), parent)
        self.start = DateEdit(self)
        self.planned_end = DateEdit(self)
        for edit in (self.start, self.planned_end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.goal_type = QComboBox(self)
        self.goal_type.addItem("–", "")
        for goal_type, label in end_goal_labels().items():
            self.goal_type.addItem(label, goal_type.value)
        self.goal_text = QLineEdit(self)
        self.goal_text.setObjectName("endGoalText")
        self.long_term = QLineEdit(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            QCoreApplication.translate("PlansPage", "Why the goals differ from the recommendation")
        )
        self.levels: dict[SubSkill, QComboBox] = {}
        levels_row = QHBoxLayout()
        for skill, label in skill_labels().items():
            combo = QComboBox(self)
            combo.addItem("–", "")
            for level in CefrLevel:
                combo.addItem(level.value.replace("_", " "), level.value)
            self.levels[skill] = combo
            levels_row.addWidget(QLabel(label, self))
            levels_row.addWidget(combo)
        self.save_details_button = QPushButton(
            QCoreApplication.translate("PlansPage", "Save plan details"), self
        )
        self.save_details_button.setObjectName("savePlanDetails")
        period_row = QHBoxLayout()
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel("–", self))
        period_row.addWidget(self.planned_end)
        period_row.addStretch(1)
        goal_row = QHBoxLayout()
        goal_row.addWidget(self.goal_type)
        goal_row.addWidget(self.goal_text, 1)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("PlansPage", "Period"), period_row)
        form.addRow(QCoreApplication.translate("PlansPage", "End goal"), goal_row)
        form.addRow(QCoreApplication.translate("PlansPage", "Norwegian goal"), levels_row)
        form.addRow(QCoreApplication.translate("PlansPage", "Long-term goal"), self.long_term)
        form.addRow(QCoreApplication.translate("PlansPage", "Reason for goals"), self.reason)
        form.addRow("", self.save_details_button)

    def show_plan(self, plan: Plan) -> None:
        self.start.setDate(to_qdate(plan.start))
        self.planned_end.setDate(to_qdate(plan.planned_end))
        self.goal_type.setCurrentIndex(
            max(0, self.goal_type.findData(plan.end_goal.type.value if plan.end_goal else ""))
        )
        self.goal_text.setText(plan.end_goal.text if plan.end_goal else "")
        self.long_term.setText(plan.long_term_goal)
        self.reason.setText(plan.goal_override_reason)
        for skill, combo in self.levels.items():
            level = plan.norwegian_goal.level(skill) if plan.norwegian_goal else None
            combo.setCurrentIndex(max(0, combo.findData(level.value if level else "")))

    def edited(self, plan: Plan) -> Plan:
        """``plan`` with the period and goals as they stand in the box."""
        goal_code = str(self.goal_type.currentData() or "")
        levels = {
            skill: CefrLevel(str(combo.currentData()))
            for skill, combo in self.levels.items()
            if combo.currentData()
        }
        return replace(
            plan,
            start=from_qdate(self.start.date()),
            planned_end=from_qdate(self.planned_end.date()),
            end_goal=EndGoal(EndGoalType(goal_code), self.goal_text.text().strip())
            if goal_code
            else None,
            norwegian_goal=NorwegianGoal.of(levels) if levels else None,
            long_term_goal=self.long_term.text().strip(),
            goal_override_reason=self.reason.text().strip(),
        )

    def period_ok(self, plan: Plan) -> bool:
        """False (after saying so) when the typed period ends before it starts."""
        if plan.planned_end >= plan.start:
            return True
        QMessageBox.warning(
            self,
            QCoreApplication.translate("PlansPage", "Period"),
            QCoreApplication.translate("PlansPage", "The plan cannot end before it starts."),
        )
        return False

    def changed_from(self, plan: Plan) -> bool:
        """True while the box holds period or goals not saved in ``plan`` (unsaved changes),
        including goal text typed before a goal type was chosen."""
        stored_text = plan.end_goal.text if plan.end_goal else ""
        return self.edited(plan) != plan or self.goal_text.text().strip() != stored_text

    def set_editable(self, editable: bool) -> None:
        for widget in (
            self.save_details_button,
            self.start,
            self.planned_end,
            self.goal_type,
            self.goal_text,
            self.long_term,
            self.reason,
            *self.levels.values(),
        ):
            widget.setEnabled(editable)


class NoPlanBox(QWidget):
    """What the page shows for a participant without a plan: that there is none, and the button
    that makes one (issue 17: the previous person's plan stayed on screen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noPlan")
        self.title = QLabel(self)
        self.title.setObjectName("noPlanTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(
            QCoreApplication.translate(
                "PlansPage",
                "A new plan starts next Monday and runs for the longest ordinary period the "
                "rules allow for this participant, with the recommended Norwegian goal filled "
                "in. Change the period and goals afterwards.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.create_button = QPushButton(
            QCoreApplication.translate("PlansPage", "&Create plan"), self
        )
        self.create_button.setObjectName("createPlan")
        # A column of readable width, centred by stretches: a word-wrapped label placed with
        # an alignment flag is sized to one line and clips the rest.
        column = QWidget(self)
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.hint)
        inner.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.title.setWordWrap(True)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def show_for(self, name: str | None) -> None:
        """``name`` None: no participant at all (an empty database)."""
        if name is None:
            self.title.setText(
                QCoreApplication.translate(
                    "PlansPage", "No participants yet: add or import them on the Participants page"
                )
            )
        else:
            self.title.setText(
                QCoreApplication.translate("PlansPage", "No plan yet for %1").replace("%1", name)
            )
        self.hint.setVisible(name is not None)
        self.create_button.setVisible(name is not None)


def arrange_page(
    page: QWidget,
    header: QWidget,
    details: QWidget,
    calendar: QWidget,
    findings: QWidget,
    history: QWidget,
    no_plan: QWidget,
) -> None:
    """The Plans page's layout: header on top, period/goals and the week schedule on the left,
    findings and history on the right."""
    right = QSplitter(Qt.Orientation.Vertical, page)
    right.addWidget(findings)
    right.addWidget(history)
    left = QWidget(page)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(details)
    left_layout.addWidget(calendar, 1)
    left_layout.addWidget(no_plan, 1)
    body = QSplitter(Qt.Orientation.Horizontal, page)
    body.addWidget(left)
    body.addWidget(right)
    body.setStretchFactor(0, 3)
    body.setStretchFactor(1, 2)
    layout = QVBoxLayout(page)
    layout.addWidget(header)
    layout.addWidget(body, 1)
