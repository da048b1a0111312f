"""Preview a participant's printed document, then save it as a PDF file or print it.

The PDF comes from ``DocumentService`` (the same bytes the command line writes) and is shown
with QtPdf. Printing draws each page, rendered by QtPdf at up to 300 dpi, onto the printer, so
no PDF viewer needs to be installed. Without the QtPdf module the dialog still saves and
prints nothing it cannot show: it says the preview is unavailable and offers Save as….
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDate,
    QIODevice,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.core.private_files import write_private
from introdesk.domain.errors import IntroDeskError
from introdesk.ui.error_messages import user_message
from introdesk.ui.widgets.date_edit import DateEdit

try:  # QtPdf is an optional part of some Qt builds
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - the bundled PySide6 has it
    HAVE_QTPDF = False

log = logging.getLogger(__name__)

# Document name (as in services.documents.DOCUMENTS) → label; attendance sheets are per class.
DOCUMENT_NAMES = ("plan", "contract", "decision", "certificate", "statement")
MAX_PRINT_DPI = 300

Renderer = Callable[[str, str, date], bytes]


def document_label(name: str) -> str:
    labels = {
        "plan": QCoreApplication.translate("PdfPreview", "Integration plan"),
        "contract": QCoreApplication.translate("PdfPreview", "Integration contract"),
        "decision": QCoreApplication.translate("PdfPreview", "Decision letter"),
        "certificate": QCoreApplication.translate("PdfPreview", "Certificate of participation"),
        "statement": QCoreApplication.translate("PdfPreview", "Deduction statement"),
    }
    return labels[name]


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Draw every page of ``document`` onto ``printer``; returns the number of pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(page, size)
            # Fit the page into the printable area, keeping its proportions.
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
        return int(document.pageCount())
    finally:
        painter.end()


class PdfPreviewDialog(QDialog):
    """Choose the document and language, look at it, save or print it."""

    def __init__(
        self,
        render: Renderer,
        languages: list[tuple[str, str]],
        *,
        participant_label: str,
        language: str = "nb",
        document: str = "plan",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(
            QCoreApplication.translate("PdfPreview", "Documents for %1").replace(
                "%1", participant_label
            )
        )
        self.resize(860, 660)  # fits a 1280 × 720 screen with its buttons in view
        self._render = render
        self.pdf: bytes = b""
        self._buffer: QBuffer | None = None

        choices = self._build_choices(languages, document, language)
        self._build_view()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.document_choice.currentIndexChanged.connect(self.reload)
        self.language_choice.currentIndexChanged.connect(self.reload)
        self.month.dateChanged.connect(self.reload)
        self.reload()

    def _build_choices(
        self, languages: list[tuple[str, str]], document: str, language: str
    ) -> QHBoxLayout:
        """The document, the language beside Norwegian and (for statements) the month."""
        self.document_choice = QComboBox(self)
        self.document_choice.setObjectName("documentChoice")
        for name in DOCUMENT_NAMES:
            self.document_choice.addItem(document_label(name), name)
        self.document_choice.setCurrentIndex(max(0, DOCUMENT_NAMES.index(document)))
        self.language_choice = QComboBox(self)
        self.language_choice.setObjectName("languageChoice")
        for code, name in languages:
            self.language_choice.addItem(f"{name} ({code})", code)
        found = self.language_choice.findData(language)
        self.language_choice.setCurrentIndex(max(found, 0))
        self.month = DateEdit(self)
        self.month.setObjectName("statementMonth")
        self.month.setDisplayFormat("MM.yyyy")
        today = clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.month_label = QLabel(QCoreApplication.translate("PdfPreview", "&Month:"), self)
        self.month_label.setBuddy(self.month)

        document_label_widget = QLabel(QCoreApplication.translate("PdfPreview", "&Document:"))
        document_label_widget.setBuddy(self.document_choice)
        language_label = QLabel(
            QCoreApplication.translate("PdfPreview", "&Language beside Norwegian:")
        )
        language_label.setBuddy(self.language_choice)
        choices = QHBoxLayout()
        for widget in (
            document_label_widget,
            self.document_choice,
            language_label,
            self.language_choice,
            self.month_label,
            self.month,
        ):
            choices.addWidget(widget)
        choices.addStretch(1)
        return choices

    def _build_view(self) -> None:
        """The message line and the pages (a plain note where Qt PDF is missing)."""
        self.message = QLabel(self)
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.document: QPdfDocument | None = None
        self.view: QWidget
        if HAVE_QTPDF:
            self.document = QPdfDocument(self)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setDocument(self.document)
            self.view = view
        else:  # pragma: no cover
            self.view = QLabel(
                QCoreApplication.translate(
                    "PdfPreview", "Preview is not available on this computer; you can still save."
                )
            )

    def _build_buttons(self) -> QDialogButtonBox:
        """Save as, print and close."""
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(QCoreApplication.translate("PdfPreview", "&Save as…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.print_button = QPushButton(QCoreApplication.translate("PdfPreview", "&Print…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setEnabled(HAVE_QTPDF)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._ask_save)
        self.print_button.clicked.connect(self._ask_print)
        return buttons

    # -- state ----------------------------------------------------------------------------
    @property
    def document_name(self) -> str:
        return str(self.document_choice.currentData())

    @property
    def language(self) -> str:
        return str(self.language_choice.currentData())

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else 0

    def reload(self) -> None:
        """Render the chosen document again; a known problem is shown instead of the pages."""
        is_statement = self.document_name == "statement"
        self.month.setVisible(is_statement)
        self.month_label.setVisible(is_statement)
        chosen = self.month.date()
        try:
            self.pdf = self._render(
                self.document_name, self.language, date(chosen.year(), chosen.month(), 1)
            )
        except IntroDeskError as error:
            log.info("Document not rendered: %s", type(error).__name__)
            self.pdf = b""
            self.message.setText(user_message(error))
        else:
            self.message.setText("")
        self.message.setVisible(bool(self.message.text()))
        self._show(self.pdf)
        self.save_button.setEnabled(bool(self.pdf))
        self.print_button.setEnabled(bool(self.pdf) and HAVE_QTPDF)

    def _show(self, pdf: bytes) -> None:
        if self.document is None:
            return
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        if not pdf:
            return
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    # -- actions --------------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        return f"{self.document_name}-{self.language}.pdf"

    def save_to(self, path: Path) -> None:
        write_private(path, self.pdf)  # personal data: owner only, whole or not at all

    def _ask_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PdfPreview", "Save document"),
            self.suggested_file_name(),
            QCoreApplication.translate("PdfPreview", "PDF files (*.pdf)"),
        )
        if not name:
            return
        path = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PdfPreview", "Not saved"),
                QCoreApplication.translate("PdfPreview", "Could not save %1: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or ""),
            )

    def print_to(self, printer: QPrinter) -> int:
        if self.document is None:
            return 0
        return print_pdf(self.document, printer)

    def _ask_print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except OSError as exc:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("PdfPreview", "Not printed"),
                QCoreApplication.translate("PdfPreview", "Could not print: %1").replace(
                    "%1", str(exc)
                ),
            )
