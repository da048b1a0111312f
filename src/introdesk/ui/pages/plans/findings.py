"""The Plans page's right-hand side: the findings that follow every change, and the version
history with what changed between versions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.plan_versions import PlanVersion, plan_changes
from introdesk.domain.plans import Finding, Plan, Severity
from introdesk.ui.formatting import fmt_date
from introdesk.ui.pages.plans.labels import SEVERITY_COLOURS, change_text, severity_label


class FindingsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlansPage", "Findings"), parent)
        self.findings_summary = QLabel(self)
        self.findings_summary.setObjectName("findingsSummary")
        self.findings_summary.setWordWrap(True)
        self.findings_list = QListWidget(self)
        self.findings_list.setObjectName("planFindings")
        self.findings_list.setWordWrap(True)
        findings_layout = QVBoxLayout(self)
        findings_layout.addWidget(self.findings_summary)
        findings_layout.addWidget(self.findings_list, 1)

    def show_findings(self, findings: list[Finding], language: str) -> None:
        self.findings_list.clear()
        counts = dict.fromkeys(Severity, 0)
        for finding in findings:
            counts[finding.severity] += 1
            text = f"{severity_label(finding.severity)}: {finding.message(language)}"
            if finding.law:
                text += f" ({finding.law_in(language)})"
            item = QListWidgetItem(text)
            item.setForeground(QBrush(SEVERITY_COLOURS[finding.severity]))
            item.setToolTip(f"{finding.rule_id}\n{', '.join(finding.weeks[:20])}")
            item.setData(Qt.ItemDataRole.UserRole, finding.weeks[0] if finding.weeks else "")
            self.findings_list.addItem(item)
        if not findings:
            self.findings_summary.setText(
                QCoreApplication.translate(
                    "PlansPage", "No findings: the plan is full time, year round and complete."
                )
            )
        else:
            self.findings_summary.setText(
                QCoreApplication.translate("PlansPage", "%1 error(s), %2 warning(s), %3 note(s)")
                .replace("%1", str(counts[Severity.ERROR]))
                .replace("%2", str(counts[Severity.WARNING]))
                .replace("%3", str(counts[Severity.INFO]))
            )


class HistoryBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PlansPage", "Versions"), parent)
        self.history = QTreeWidget(self)
        self.history.setObjectName("planHistory")
        self.history.setHeaderLabels(
            [
                QCoreApplication.translate("PlansPage", "Version"),
                QCoreApplication.translate("PlansPage", "Status"),
                QCoreApplication.translate("PlansPage", "Signed"),
                QCoreApplication.translate("PlansPage", "Reason / change"),
            ]
        )
        history_layout = QVBoxLayout(self)
        history_layout.addWidget(self.history)

    def show_versions(self, versions: list[PlanVersion], shown: PlanVersion | None) -> None:
        """Every version, oldest first, with its changes from the one before; ``shown`` bold."""
        self.history.clear()
        previous: Plan | None = None
        for version in versions:
            status = (
                QCoreApplication.translate("PlansPage", "signed")
                if version.is_signed
                else QCoreApplication.translate("PlansPage", "draft")
            )
            signed = f"{fmt_date(version.signed_on)} {version.signed_by}".strip()
            item = QTreeWidgetItem([str(version.version), status, signed, version.revision_reason])
            item.setData(0, Qt.ItemDataRole.UserRole, version.id)
            if previous is not None:
                for change in plan_changes(previous, version.plan):
                    child = QTreeWidgetItem(["", "", "", change_text(change)])
                    child.setData(0, Qt.ItemDataRole.UserRole, version.id)
                    item.addChild(child)
            if shown is not None and version.id == shown.id:
                font = item.font(0)
                font.setBold(True)
                for column in range(4):
                    item.setFont(column, font)
            self.history.addTopLevelItem(item)
            previous = version.plan
        self.history.resizeColumnToContents(0)
        self.history.resizeColumnToContents(1)
        self.history.resizeColumnToContents(2)
