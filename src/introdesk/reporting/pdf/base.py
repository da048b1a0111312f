"""The one base class for printed documents (template method).

:meth:`PdfDocument.render` owns everything shared: fonts, styles, A4 page template with the
municipality (and logo) in the header, "Side X av Y" and the print date in the footer, and the
bytes. A document subclass overrides only :meth:`PdfDocument.story`, using the helpers here for
bilingual headings and labels (Norwegian first, the participant's language beside it).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from introdesk.reporting.fonts import Script, font_name, is_rtl, paragraph_markup, register_fonts
from introdesk.reporting.labels import WRITTEN_STANDARDS, LabelCatalogue, load_labels
from introdesk.reporting.pdf.data import ContactPerson, DocumentHeader
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.reporting.pdf.rtl import RtlParagraph

MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
DRAFT_RED = colors.HexColor("#b00020")

# The footer's words, in the document's written standard.
FOOTER = {
    "nb": ("Utskrevet {date}", "Side {page} av {pages}"),
    "nn": ("Skrive ut {date}", "Side {page} av {pages}"),
}


def build_styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles in the bundled fonts; fonts must be registered first."""
    regular = font_name(Script.LATIN)
    bold = font_name(Script.LATIN, bold=True)
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=22),
        "draft_mark": ParagraphStyle(
            "draft_mark", fontName=bold, fontSize=17, leading=22, textColor=DRAFT_RED
        ),
        "title_other": ParagraphStyle("title_other", fontName=bold, fontSize=14, leading=20),
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=12, leading=16),
        "heading_other": ParagraphStyle(
            "heading_other", fontName=regular, fontSize=11, leading=16, textColor=MUTED
        ),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=14),
        "body_other": ParagraphStyle(
            "body_other", fontName=regular, fontSize=9.5, leading=14, textColor=MUTED
        ),
        "label": ParagraphStyle("label", fontName=bold, fontSize=9, leading=12),
        "label_other": ParagraphStyle(
            "label_other", fontName=regular, fontSize=8.5, leading=12, textColor=MUTED
        ),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=12),
        "cell_bold": ParagraphStyle("cell_bold", fontName=bold, fontSize=9, leading=12),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right", fontName=bold, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "cell_right": ParagraphStyle(
            "cell_right", fontName=regular, fontSize=9, leading=12, alignment=TA_RIGHT
        ),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8, leading=10),
        "small_other": ParagraphStyle(
            "small_other", fontName=regular, fontSize=8, leading=10, textColor=MUTED
        ),
        "grid": ParagraphStyle("grid", fontName=regular, fontSize=8, leading=10),
    }


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Keeps each page until the end so the footer can say "Side X av Y"."""

    def __init__(self, *args: Any, footer: PdfDocument, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_owner = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer_owner.draw_footer(self, number, total)
            super().showPage()
        super().save()


class PdfDocument(ABC):
    """Template method: :meth:`render` builds the page frame; subclasses give the story."""

    title_key: ClassVar[str]
    page_size: ClassVar[tuple[float, float]] = A4
    margins: ClassVar[tuple[float, float, float, float]] = (18 * mm, 18 * mm, 30 * mm, 20 * mm)
    # left, right, top, bottom

    def __init__(
        self, header: DocumentHeader, language: str, catalogue: LabelCatalogue | None = None
    ) -> None:
        self.header = header
        self.labels = catalogue or load_labels()
        self.labels.language(language)  # unknown language codes fail here, not mid-render
        self.language = language
        if header.written_standard not in WRITTEN_STANDARDS:
            raise ValueError(f"unknown written standard {header.written_standard!r}")
        # The Norwegian column's written standard: bokmål (nb) or nynorsk (nn).
        self.standard = header.written_standard
        self.styles: dict[str, ParagraphStyle] = {}
        # Label key printed faintly across every page (a draft's "UTKAST"), or None.
        self.watermark_key: str | None = None

    # -- the template method -------------------------------------------------------------
    def render(self) -> bytes:
        register_fonts()
        self.styles = build_styles()
        buffer = BytesIO()
        left, right, top, bottom = self.margins
        width, height = self.page_size
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.page_size,
            leftMargin=left,
            rightMargin=right,
            topMargin=top,
            bottomMargin=bottom,
            title=self.nb(self.title_key),
            author=self.header.municipality,
            creator="IntroDesk",
            invariant=1,  # same data → same bytes (no timestamps or random ids)
            initialFontName=font_name(Script.LATIN),  # else an unembedded Helvetica is listed
        )
        frame = Frame(
            left,
            bottom,
            width - left - right,
            height - top - bottom,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_header)])
        doc.build(self.story(), canvasmaker=partial(_NumberedCanvas, footer=self))
        return buffer.getvalue()

    @abstractmethod
    def story(self) -> list[Flowable]:
        """The document's content; the only thing a subclass must provide."""

    # -- page furniture -------------------------------------------------------------------
    def draw_header(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        left, right, top, _ = self.margins
        width, height = self.page_size
        baseline = height - 16 * mm
        canvas.saveState()
        canvas.setFont(font_name(Script.LATIN, bold=True), 12)
        canvas.drawString(left, baseline, self.header.municipality)
        if self.header.unit:
            canvas.setFont(font_name(Script.LATIN), 9)
            canvas.setFillColor(MUTED)
            canvas.drawString(left, baseline - 12, self.header.unit)
        logo = self.header.logo_path
        if logo and Path(logo).is_file():
            canvas.drawImage(
                logo,
                width - right - 40 * mm,
                height - 25 * mm,
                width=40 * mm,
                height=16 * mm,
                preserveAspectRatio=True,
                anchor="e",
                mask="auto",
            )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, height - top + 4 * mm, width - right, height - top + 4 * mm)
        canvas.restoreState()

    def _draw_watermark(self, canvas: Canvas) -> None:
        """The Norwegian mark diagonally across the page, light enough to read through."""
        width, height = self.page_size
        canvas.saveState()
        canvas.setFillColor(DRAFT_RED, alpha=0.13)
        canvas.setFont(font_name(Script.LATIN, bold=True), 110)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -38, self.nb(self.watermark_key or ""))
        canvas.restoreState()

    def draw_footer(self, canvas: Canvas, page: int, pages: int) -> None:
        left, right, _, bottom = self.margins
        width, _ = self.page_size
        y = bottom - 10 * mm
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.line(left, y + 10, width - right, y + 10)
        canvas.setFont(font_name(Script.LATIN), 8)
        canvas.setFillColor(MUTED)
        printed, page_of = FOOTER[self.standard]
        canvas.drawString(left, y, printed.format(date=fmt_date(self.header.printed_on)))
        canvas.drawCentredString(width / 2, y, self.nb(self.title_key))
        canvas.drawRightString(width - right, y, page_of.format(page=page, pages=pages))
        canvas.restoreState()
        if self.watermark_key is not None:
            # Drawn last, over the content (translucent), so shaded table cells cannot hide it.
            self._draw_watermark(canvas)

    # -- helpers for stories --------------------------------------------------------------
    @property
    def bilingual(self) -> bool:
        """A language beside the Norwegian (nb or nn alone prints Norwegian only)."""
        return self.language not in WRITTEN_STANDARDS

    @property
    def content_width(self) -> float:
        left, right, _, _ = self.margins
        return float(self.page_size[0] - left - right)

    def nb(self, key: str, **values: object) -> str:
        """The Norwegian text, in the municipality's written standard (bokmål or nynorsk)."""
        return self.labels.text(key, self.standard, **values)

    def other(self, key: str, **values: object) -> str:
        return self.labels.text(key, self.language, **values)

    def text(self, text: str, style: str = "body") -> Flowable:
        """A paragraph in any script: right-to-left text gets the wrap-then-reorder flowable."""
        para_style = self.styles[style]
        bold = para_style.fontName == font_name(Script.LATIN, bold=True)
        if is_rtl(text):
            return RtlParagraph(
                text,
                size=para_style.fontSize,
                leading=para_style.leading,
                bold=bold,
                color=para_style.textColor,
            )
        return Paragraph(paragraph_markup(text, bold=bold), para_style)

    def pair(self, key: str, style: str, **values: object) -> Flowable:
        """Norwegian text with the participant's language beside it (two columns)."""
        norwegian = self.text(self.nb(key, **values), style)
        if not self.bilingual:
            return norwegian
        translated = self.text(self.other(key, **values), f"{style}_other")
        half = self.content_width / 2
        table = Table([[norwegian, translated]], colWidths=[half, half])
        table.setStyle([*_PLAIN, ("LEFTPADDING", (1, 0), (1, 0), 6)])
        return table

    def label(self, key: str) -> list[Flowable]:
        """A field label for a table cell: Norwegian, with the translation below it."""
        cell = [self.text(self.nb(key), "label")]
        if self.bilingual:
            cell.append(self.text(self.other(key), "label_other"))
        return cell

    def element_cell(self, name: str, code: str, suffix: str = "") -> list[Flowable]:
        """A programme element's Norwegian name, and under it the catalogue's translation in
        the participant's language (free-text names and unknown codes stay Norwegian only)."""
        cell = [self.text(name + suffix, "cell")]
        key = f"element.{code}"
        if self.bilingual and code and key in self.labels.texts:
            cell.append(self.text(self.other(key), "label_other"))
        return cell

    def end_goal_block(self, key: str, free_text: str) -> list[Flowable]:
        """The end goal's kind in both languages (when known), then the coordinator's own
        wording in Norwegian."""
        parts: list[Flowable] = []
        if key and key in self.labels.texts:
            parts.append(self.pair(key, "body"))
        if free_text and (not key or free_text != self.nb(key)):
            parts.append(self.text(free_text, "body"))
        return parts

    def title_block(self) -> list[Flowable]:
        return [self.pair(self.title_key, "title"), Spacer(0, 4 * mm)]

    def heading(self, key: str) -> list[Flowable]:
        """A bilingual heading with a rule under it, kept on the page of what follows it."""
        parts = [Spacer(0, 5 * mm), self.pair(key, "heading"), _Rule(), Spacer(0, 2 * mm)]
        for part in parts:
            part.keepWithNext = True
        return parts

    def contact_sentence(self, contact: ContactPerson) -> Flowable:
        """ "Your contact person is … Call …" in both languages; without a phone, the name."""
        if contact.phone.strip():
            return self.pair(
                "plan.contact_sentence", "body", name=contact.name, phone=contact.phone
            )
        return self.pair("plan.contact_name_only", "body", name=contact.name)

    def field_table(self, rows: Sequence[tuple[str, str]]) -> Table:
        """Label/value rows (label key, value text), labels bilingual."""
        data = [[self.label(key), self.text(value, "body")] for key, value in rows]
        table = Table(data, colWidths=[52 * mm, self.content_width - 52 * mm])
        table.setStyle(
            [
                *_PLAIN,
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
        return table

    def signature_block(self, parties: Sequence[str]) -> Table:
        """Signature lines: one column per party key, with place/date and signature lines."""
        column = self.content_width / len(parties)
        rows: list[list[Any]] = [
            [self.label(key) for key in parties],
            [Spacer(0, 14 * mm) for _ in parties],
            [self.label("common.place_date") for _ in parties],
            [Spacer(0, 14 * mm) for _ in parties],
            [self.label("common.signature") for _ in parties],
        ]
        table = Table(rows, colWidths=[column] * len(parties))
        table.setStyle(
            [
                *_PLAIN,
                ("LINEABOVE", (0, 2), (-1, 2), 0.6, colors.black),
                ("LINEABOVE", (0, 4), (-1, 4), 0.6, colors.black),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10 * mm),
            ]
        )
        return table


def boxed_style(header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """Grid lines, a shaded header row, roomy cells: the look of every list table."""
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            *extra,
        ]
    )


class _Rule(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A thin line under headings."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, 2

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1, self.width, 1)


_PLAIN: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), "NotoSans"),  # see font_name(Script.LATIN)
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]

__all__ = ["DRAFT_RED", "MUTED", "RULE", "SHADE", "PdfDocument", "boxed_style", "build_styles"]
