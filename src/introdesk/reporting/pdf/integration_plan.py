"""The integration plan (brief §1.3 step 4, integreringsloven § 15), bilingual, plain language.

It must at least show the end goal, the Norwegian goal, the programme elements and period, and
how to appeal (the plan is an individual decision, § 46). A draft is not a decision: it is
marked UTKAST on every page and says it cannot be appealed yet. Fixed labels are printed in
Norwegian with the participant's language beside them; the coordinator's free text stays
Norwegian.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from introdesk.reporting.fonts import Script, font_name
from introdesk.reporting.pdf.base import DRAFT_RED, PdfDocument, boxed_style
from introdesk.reporting.pdf.data import IntegrationPlanData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_period
from introdesk.reporting.pdf.timetable import timetable_grid


class IntegrationPlanDocument(PdfDocument):
    title_key = "plan.title"

    def __init__(self, data: IntegrationPlanData) -> None:
        super().__init__(data.header, data.language)
        self.data = data
        if data.draft:
            self.watermark_key = "plan.draft_mark"

    def story(self) -> list[Flowable]:
        d = self.data
        person = [("common.name", d.participant_name)]
        if d.birth_date is not None:
            person.append(("common.birth_date", fmt_date(d.birth_date)))
        person.append(("common.period", fmt_period(d.period_start, d.period_end)))
        story: list[Flowable] = [*self.title_block()]
        if d.draft:
            story += [self._draft_banner(), Spacer(0, 4 * mm)]
        story += [
            self.pair("plan.intro", "body"),
            Spacer(0, 4 * mm),
            self.field_table(person),
            *self.heading("plan.end_goal"),
            *self.end_goal_block(d.end_goal_key, d.end_goal),
        ]
        if d.long_term_goal:
            story += [*self.heading("plan.long_term_goal"), self.text(d.long_term_goal)]
        if d.norwegian_goals:
            story += [*self.heading("plan.norwegian_goals"), self._goals_table()]
        story += [*self.heading("plan.elements"), self._elements_table()]
        if d.timetable:
            grid = timetable_grid(
                d.timetable,
                self.content_width,
                day_label=self.label,
                cell=lambda text: self.text(text, "grid"),
            )
            story += [KeepTogether([*self.heading("plan.timetable"), grid])]
        # The contact, the appeal text and the signatures stay on one page: a page with only
        # signature lines on it is no use to anyone.
        closing: list[Flowable] = [
            *self.heading("common.contact_person"),
            # One sentence mixing the participant's script with a Norwegian name and digits.
            self.contact_sentence(d.contact),
        ]
        if d.contact.email:
            closing += [Spacer(0, 2 * mm), self.field_table([("common.email", d.contact.email)])]
        if not d.draft:
            closing += [Spacer(0, 4 * mm), self.pair("plan.appeal", "body", weeks=d.appeal_weeks)]
        closing += [
            *self.heading("common.signatures"),
            self.signature_block(["common.participant", "common.for_municipality"]),
        ]
        return [*story, KeepTogether(closing)]

    def _draft_banner(self) -> Table:
        """A framed UTKAST line with the explanation, at the top of the first page."""
        mark = self.text(self.nb("plan.draft_mark"), "draft_mark")
        note = [self.text(self.nb("plan.draft_note"), "body")]
        if self.bilingual:
            note += [Spacer(0, 1 * mm), self.text(self.other("plan.draft_note"), "body_other")]
        banner = Table(
            [[mark, note]],
            colWidths=[38 * mm, self.content_width - 38 * mm],
        )
        banner.setStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, DRAFT_RED),
                # The table's own default is Helvetica, a font the PDF would not embed.
                ("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
        return banner

    def _goals_table(self) -> Table:
        goals = self.data.norwegian_goals
        header = [self.label(f"skill.{goal.sub_skill.value}") for goal in goals]
        levels = [self.text(str(goal.level.value), "heading") for goal in goals]
        width = self.content_width / max(len(goals), 1)
        table = Table([header, levels], colWidths=[width] * len(goals))
        table.setStyle(boxed_style())
        return table

    def _elements_table(self) -> Table:
        header: list[Any] = [
            self.label("plan.element"),
            self.label("common.from"),
            self.label("common.to"),
            self.label("common.hours_per_week"),
        ]
        rows: list[list[Any]] = [header]
        for element in self.data.elements:
            provider = f" ({element.provider})" if element.provider else ""
            rows.append(
                [
                    self.element_cell(element.name, element.code, provider),
                    self.text(fmt_date(element.start), "cell"),
                    self.text(fmt_date(element.end), "cell"),
                    self.text(fmt_hours(element.hours_per_week), "cell_right"),
                ]
            )
        fixed = 24 * mm
        table = Table(
            rows,
            colWidths=[self.content_width - 3 * fixed - 8 * mm, fixed, fixed, fixed + 8 * mm],
            repeatRows=1,
        )
        table.setStyle(boxed_style())
        return table


def render_integration_plan(data: IntegrationPlanData) -> bytes:
    """The integration plan as PDF bytes."""
    return IntegrationPlanDocument(data).render()
