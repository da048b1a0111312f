"""Import participants from a spreadsheet with a preview: every row is checked first (a dry
run); the problems are listed by row and column, and Import is only possible when there are
none. The format is in docs/import-participants.md."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.errors import IntroDeskError, ValidationError
from introdesk.services.participant_import import ImportResult, ParticipantImportService
from introdesk.ui.error_messages import user_message
from introdesk.ui.formatting import fmt_date
from introdesk.ui.participant_labels import permit_labels
from introdesk.ui.tasks import report_error


class ImportPreviewDialog(QDialog):
    def __init__(
        self, importer: ParticipantImportService, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self._importer = importer
        self._path = path
        self.added = 0
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import participants from %1").replace(
                "%1", path.name
            )
        )
        self.resize(820, 520)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.problems = QPlainTextEdit(self)
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.preview = QTableWidget(0, 5, self)
        self.preview.setObjectName("importPreviewTable")
        self.preview.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Row"),
                QCoreApplication.translate("ImportDialog", "Name"),
                QCoreApplication.translate("ImportDialog", "Birth date"),
                QCoreApplication.translate("ImportDialog", "Permit type"),
                QCoreApplication.translate("ImportDialog", "Adviser"),
            ]
        )
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.verticalHeader().setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setObjectName("importConfirm")
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.buttons)
        self.check()

    def check(self) -> None:
        """A dry run: fill the preview or list the problems."""
        try:
            result = self._importer.import_file(self._path, dry_run=True)
        except ValidationError as error:
            self._show_problems(user_message(error).splitlines())
            return
        except IntroDeskError as error:
            self._show_problems(str(error).splitlines())
            return
        self._show_preview(result)

    def _show_problems(self, lines: list[str]) -> None:
        self.message.setText(
            QCoreApplication.translate(
                "ImportDialog",
                "The file has %1 problem(s). Nothing will be imported until they are corrected "
                "in the file.",
            ).replace("%1", str(len(lines)))
        )
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(True)
        self.preview.setVisible(False)
        self.import_button.setEnabled(False)

    def _show_preview(self, result: ImportResult) -> None:
        text = QCoreApplication.translate(
            "ImportDialog", "%1 participants are ready to be imported."
        ).replace("%1", str(len(result.rows)))
        if result.new_advisers:
            text += " " + QCoreApplication.translate(
                "ImportDialog", "New advisers will be added: %1."
            ).replace("%1", ", ".join(result.new_advisers))
        if result.warnings:
            text += " " + QCoreApplication.translate("ImportDialog", "Warnings: %1.").replace(
                "%1", "; ".join(str(w) for w in result.warnings[:5])
            )
        self.message.setText(text)
        self.problems.setVisible(False)
        self.preview.setVisible(True)
        permits = permit_labels()
        self.preview.setRowCount(len(result.rows))
        for index, item in enumerate(result.rows):
            record = item.record
            cells = [
                str(item.row),
                f"{record.family_name}, {record.given_name}",
                fmt_date(record.birth_date),
                permits.get(record.permit_type, "") if record.permit_type else "",
                item.adviser,
            ]
            for column, value in enumerate(cells):
                self.preview.setItem(index, column, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self.import_button.setEnabled(bool(result.rows))
        self.import_button.setText(
            QCoreApplication.translate("ImportDialog", "Import %1 participants").replace(
                "%1", str(len(result.rows))
            )
        )

    def run_import(self) -> None:
        try:
            result = self._importer.import_file(self._path)
        except ValidationError as error:  # the database changed since the preview
            self._show_problems(user_message(error).splitlines())
            return
        except IntroDeskError as error:
            report_error(self, error)
            return
        self.added = result.added
        self.accept()
