"""The integration plan (brief §1.3 step 4, integreringsloven § 15), bilingual, plain language.

It must at least show the end goal, the Norwegian goal, the programme elements and period, and
how to appeal (the plan is an individual decision, § 46). Fixed labels are printed in Norwegian
with the participant's language beside them; the coordinator's free text stays Norwegian.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from introdesk.reporting.pdf.base import PdfDocument, boxed_style
from introdesk.reporting.pdf.data import IntegrationPlanData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_period
from introdesk.reporting.pdf.timetable import timetable_grid


class IntegrationPlanDocument(PdfDocument):
    title_key = "plan.title"

    def __init__(self, data: IntegrationPlanData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        person = [("common.name", d.participant_name)]
        if d.birth_date is not None:
            person.append(("common.birth_date", fmt_date(d.birth_date)))
        person.append(("common.period", fmt_period(d.period_start, d.period_end)))
        story: list[Flowable] = [
            *self.title_block(),
            self.pair("plan.intro", "body"),
            Spacer(0, 4 * mm),
            self.field_table(person),
            *self.heading("plan.end_goal"),
            self.text(d.end_goal, "body"),
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
        story += [
            *self.heading("common.contact_person"),
            # One sentence mixing the participant's script with a Norwegian name and digits.
            self.contact_sentence(d.contact),
        ]
        if d.contact.email:
            story += [Spacer(0, 2 * mm), self.field_table([("common.email", d.contact.email)])]
        story += [Spacer(0, 4 * mm), self.pair("plan.appeal", "body", weeks=d.appeal_weeks)]
        story += [
            KeepTogether(
                [
                    *self.heading("common.signatures"),
                    self.signature_block(["common.participant", "common.for_municipality"]),
                ]
            )
        ]
        return story

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
            name = element.name + (f" ({element.provider})" if element.provider else "")
            rows.append(
                [
                    self.text(name, "cell"),
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
