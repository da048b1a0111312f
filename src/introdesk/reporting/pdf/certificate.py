"""Deltakerbevis: certificate of participation (brief §1.3 step 7, integreringsloven § 18 a).

Issued when the programme is completed or interrupted; lists the content with hours and the
Norwegian results.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from introdesk.reporting.pdf.base import PdfDocument, boxed_style
from introdesk.reporting.pdf.data import CertificateData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_period


class CertificateDocument(PdfDocument):
    title_key = "certificate.title"

    def __init__(self, data: CertificateData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        outcome = "certificate.completed" if d.completed else "certificate.interrupted"
        person = [("common.name", d.participant_name)]
        if d.birth_date is not None:
            person.append(("common.birth_date", fmt_date(d.birth_date)))
        person.append(("common.period", fmt_period(d.programme_start, d.programme_end)))
        story: list[Flowable] = [
            *self.title_block(),
            self.text(d.participant_name, "title"),
            Spacer(0, 2 * mm),
            self.pair(outcome, "body"),
            Spacer(0, 5 * mm),
            self.field_table(person),
        ]
        if d.end_goal:
            story += [*self.heading("plan.end_goal"), self.text(d.end_goal)]
        story += [*self.heading("certificate.content"), self._content_table()]
        if d.norwegian_results:
            header = [self.label(f"skill.{r.sub_skill.value}") for r in d.norwegian_results]
            levels = [self.text(str(r.level.value), "heading") for r in d.norwegian_results]
            width = self.content_width / len(header)
            table = Table([header, levels], colWidths=[width] * len(header))
            table.setStyle(boxed_style())
            story += [*self.heading("certificate.results"), table]
        signer = [("certificate.issued", fmt_date(d.header.printed_on))]
        if d.signed_by is not None:
            signer.append(("common.for_municipality", d.signed_by.name))
        story.append(
            KeepTogether(
                [
                    *self.heading("common.signatures"),
                    self.field_table(signer),
                    Spacer(0, 14 * mm),
                    self.signature_block(["common.for_municipality"]),
                ]
            )
        )
        return story

    def _content_table(self) -> Table:
        rows: list[list[Any]] = [[self.label("plan.element"), self.label("deduction.hours")]]
        for element in self.data.elements:
            rows.append(
                [self.text(element.name, "cell"), self.text(fmt_hours(element.hours), "cell_right")]
            )
        hours = 34 * mm
        table = Table(rows, colWidths=[self.content_width - hours, hours], repeatRows=1)
        table.setStyle(boxed_style())
        return table


def render_certificate(data: CertificateData) -> bytes:
    """The certificate of participation as PDF bytes."""
    return CertificateDocument(data).render()
