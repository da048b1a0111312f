"""Deltakerbevis: certificate of participation (brief §1.3 step 7, integreringsloven § 18 a).

Issued while the programme runs, when it is completed, or when it ended early; the text and the
period say which. Lists the content with the hours counted so far (elements without hours are
left out) and the Norwegian results.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from introdesk.reporting.fonts import Script, font_name
from introdesk.reporting.pdf.base import PdfDocument, boxed_style
from introdesk.reporting.pdf.data import CertificateData, ProgrammeCourse
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_period


class CertificateDocument(PdfDocument):
    title_key = "certificate.title"

    def __init__(self, data: CertificateData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        person = [("common.name", d.participant_name)]
        if d.birth_date is not None:
            person.append(("common.birth_date", fmt_date(d.birth_date)))
        if d.course is ProgrammeCourse.IN_PROGRESS:
            counted = fmt_date(d.counted_until or d.header.printed_on)
            outcome = self.pair("certificate.in_progress", "body", date=counted)
            person.append(("common.from", fmt_date(d.programme_start)))
            person.append(("certificate.planned_end", fmt_date(d.programme_end)))
        else:
            key = (
                "certificate.completed"
                if d.course is ProgrammeCourse.COMPLETED
                else "certificate.interrupted"
            )
            outcome = self.pair(key, "body")
            person.append(("common.period", fmt_period(d.programme_start, d.programme_end)))
        story: list[Flowable] = [
            *self.title_block(),
            self.text(d.participant_name, "title"),
            Spacer(0, 2 * mm),
            outcome,
            Spacer(0, 5 * mm),
            self.field_table(person),
        ]
        if d.end_goal:
            story += [
                *self.heading("plan.end_goal"),
                *self.end_goal_block(d.end_goal_key, d.end_goal),
            ]
        # The content, the results and the signature form one block: it moves to the next
        # page whole when it does not fit, so the signature never stands alone.
        closing: list[Flowable] = [*self.heading("certificate.content")]
        closing.append(
            self._content_table() if d.elements else self.pair("certificate.no_content", "body")
        )
        if d.norwegian_results:
            header = [self.label(f"skill.{r.sub_skill.value}") for r in d.norwegian_results]
            levels = [self.text(str(r.level.value), "heading") for r in d.norwegian_results]
            width = self.content_width / len(header)
            table = Table([header, levels], colWidths=[width] * len(header))
            table.setStyle(boxed_style())
            closing += [*self.heading("certificate.results"), table]
        signer = [("certificate.issued", fmt_date(d.header.printed_on))]
        if d.signed_by is not None:
            signer.append(("common.for_municipality", d.signed_by.name))
        closing += [Spacer(0, 6 * mm), self.field_table(signer), self._signature_line()]
        story.append(KeepTogether(closing))
        return story

    def _signature_line(self) -> Table:
        """Room to sign, one line with "Signatur" under it: the signer is named above."""
        table = Table(
            [[Spacer(0, 14 * mm)], [self.label("common.signature")]],
            colWidths=[self.content_width / 2],
            hAlign="LEFT",
        )
        table.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)),  # no stray Helvetica
                ("LINEABOVE", (0, 1), (-1, 1), 0.6, "black"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return table

    def _content_table(self) -> Table:
        rows: list[list[Any]] = [[self.label("plan.element"), self.label("deduction.hours")]]
        for element in self.data.elements:
            rows.append(
                [
                    self.element_cell(element.name, element.code),
                    self.text(fmt_hours(element.hours), "cell_right"),
                ]
            )
        hours = 34 * mm
        table = Table(rows, colWidths=[self.content_width - hours, hours], repeatRows=1)
        table.setStyle(boxed_style())
        return table


def render_certificate(data: CertificateData) -> bytes:
    """The certificate of participation as PDF bytes."""
    return CertificateDocument(data).render()
