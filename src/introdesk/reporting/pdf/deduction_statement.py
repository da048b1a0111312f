"""Monthly statement of deductions for invalid absence (brief §3.3, §3.4).

Prints the figures it is given (the rules layer computes and rounds them, once); it adds
nothing up itself, so the paper matches the screen. Each line says in plain words what happened
(date, hours, "Ugyldig fravær"); the arithmetic is a numbered footnote under the table.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from introdesk.reporting.fonts import paragraph_markup
from introdesk.reporting.pdf.base import PdfDocument, boxed_style
from introdesk.reporting.pdf.data import DeductionStatementData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_money, fmt_month, fmt_period


class DeductionStatementDocument(PdfDocument):
    title_key = "deduction.title"

    def __init__(self, data: DeductionStatementData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        story: list[Flowable] = [
            *self.title_block(),
            self.pair("deduction.intro", "body"),
            Spacer(0, 4 * mm),
            self.field_table(
                [("common.name", d.participant_name), ("deduction.month", fmt_month(d.month))]
            ),
            Spacer(0, 6 * mm),
            self._lines_table(),
            *self._calculation_notes(),
        ]
        if d.other_lines:
            story += [*self.heading("deduction.other"), self._other_table()]
        story += [
            Spacer(0, 6 * mm),
            self.field_table(
                [
                    ("deduction.gross", fmt_money(d.gross_benefit)),
                    ("deduction.amount", fmt_money(-d.total_amount)),
                    *(
                        [
                            (
                                "deduction.other",
                                fmt_money(sum((o.amount for o in d.other_lines), Decimal(0))),
                            )
                        ]
                        if d.other_lines
                        else []
                    ),
                    ("deduction.net", fmt_money(d.net_benefit)),
                ]
            ),
        ]
        for note in d.notes:
            story += [Spacer(0, 3 * mm), self.text(note, "body")]
        if d.contact is not None:
            story += [
                *self.heading("common.contact_person"),
                self.contact_sentence(d.contact),
            ]
        return story

    def _other_table(self) -> Table:
        rows: list[list[Any]] = [
            [
                self.label("deduction.period"),
                self.label("deduction.reason"),
                self.label("deduction.amount"),
            ]
        ]
        for line in self.data.other_lines:
            period = (
                fmt_date(line.start) if line.start == line.end else fmt_period(line.start, line.end)
            )
            rows.append(
                [
                    self.text(period, "cell"),
                    self.text(line.text, "cell"),
                    self.text(fmt_money(line.amount), "cell_right"),
                ]
            )
        widths = [46 * mm, self.content_width - 46 * mm - 36 * mm, 36 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(boxed_style())
        return table

    def _reason_cell(self, code: str, note: int | None) -> list[Flowable]:
        """The absence's plain name in both languages, with its footnote number."""
        key = f"absence.{code}"
        mark = f" <super>{note}</super>" if note is not None else ""
        if key not in self.labels.texts:
            return [self.text(code, "cell")]
        cell = [Paragraph(paragraph_markup(self.nb(key)) + mark, self.styles["cell"])]
        if self.bilingual:
            cell.append(self.text(self.other(key), "label_other"))
        return cell

    def _calculation_notes(self) -> list[Flowable]:
        """How each line was computed: the rule in plain words, then each line's arithmetic."""
        lines = [line for line in self.data.lines if line.calculation]
        if not lines:
            return []
        notes: list[Flowable] = [
            Spacer(0, 3 * mm),
            self.text(self.nb("deduction.calculation"), "label"),
            self.pair("deduction.calculation_intro", "small"),
            Spacer(0, 1 * mm),
        ]
        for number, line in enumerate(self.data.lines, start=1):
            if line.calculation:
                markup = f"<super>{number}</super> {paragraph_markup(line.calculation)}"
                notes.append(Paragraph(markup, self.styles["small"]))
        return notes

    def _lines_table(self) -> Table:
        d = self.data
        rows: list[list[Any]] = [
            [
                self.label("common.date"),
                self.label("deduction.reason"),
                self.label("deduction.hours"),
                self.label("deduction.rate"),
                self.label("deduction.amount"),
            ]
        ]
        for number, line in enumerate(d.lines, start=1):
            rows.append(
                [
                    self.text(fmt_date(line.day), "cell"),
                    self._reason_cell(line.code, number if line.calculation else None),
                    self.text(fmt_hours(line.hours), "cell_right"),
                    self.text(fmt_money(line.hourly_rate), "cell_right"),
                    self.text(fmt_money(line.amount), "cell_right"),
                ]
            )
        rows.append(
            [
                self.label("common.total"),
                "",
                self.text(fmt_hours(d.total_hours), "cell_bold_right"),
                "",
                self.text(fmt_money(d.total_amount), "cell_bold_right"),
            ]
        )
        fixed = 30 * mm
        widths = [26 * mm, self.content_width - 26 * mm - 3 * fixed + 6 * mm]
        widths += [fixed - 12 * mm, fixed + 3 * mm, fixed + 3 * mm]
        table = Table(rows, colWidths=widths, repeatRows=1)
        last = len(rows) - 1
        table.setStyle(boxed_style(extra=[("LINEABOVE", (0, last), (-1, last), 1.2, "black")]))
        return table


def render_deduction_statement(data: DeductionStatementData) -> bytes:
    """The monthly deduction statement as PDF bytes."""
    return DeductionStatementDocument(data).render()
