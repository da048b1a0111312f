"""Decision letter on the Introduction Programme (brief §1.3 step 3, §7.2).

An individual decision (enkeltvedtak) must give its legal basis and reasons and tell how to
appeal: to the municipality within the deadline, then to the County Governor (Statsforvalteren)
if the municipality does not change it (integreringsloven § 46, forvaltningsloven §§ 28-29;
3 weeks is the forvaltningsloven default and is a field, not a constant).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from introdesk.reporting.pdf.base import PdfDocument
from introdesk.reporting.pdf.data import DecisionLetterData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_period


class DecisionLetterDocument(PdfDocument):
    title_key = "decision.title"

    def __init__(self, data: DecisionLetterData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        address = "\n".join([d.participant_name, *d.address_lines])
        facts = [
            ("decision.case_number", d.case_number),
            ("common.date", fmt_date(d.decision_date)),
            ("common.name", d.participant_name),
        ]
        if d.birth_date is not None:
            facts.append(("common.birth_date", fmt_date(d.birth_date)))
        story: list[Flowable] = [
            self.text(address),
            Spacer(0, 10 * mm),
            *self.title_block(),
            self.field_table(facts),
            *self.heading("decision.decision"),
            self.pair("decision.granted", "body"),
            Spacer(0, 2 * mm),
            self.field_table(
                [
                    ("common.period", fmt_period(d.programme_start, d.programme_end)),
                    ("plan.end_goal", self._end_goal()),
                    ("decision.legal_basis", d.legal_basis),
                ]
            ),
            *self.heading("decision.reasons"),
            self.text(d.reasons),
            # The appeal and the case officer who signs stay together on one page.
            KeepTogether(
                [
                    *self.heading("decision.appeal_heading"),
                    self.pair("decision.appeal_text", "body", weeks=d.appeal_weeks),
                    *self.heading("decision.case_officer"),
                    self.field_table(
                        [
                            ("decision.case_officer", d.case_officer.name),
                            ("common.phone", d.case_officer.phone),
                            ("common.email", d.case_officer.email),
                        ]
                    ),
                ]
            ),
        ]
        return story

    def _end_goal(self) -> str:
        """The end goal's kind in Norwegian with the participant's language in brackets, or
        the coordinator's own wording."""
        d = self.data
        key = d.end_goal_key
        if not key or key not in self.labels.texts or d.end_goal != self.nb(key):
            return d.end_goal
        return f"{self.nb(key)} ({self.other(key)})" if self.bilingual else self.nb(key)


def render_decision_letter(data: DecisionLetterData) -> bytes:
    """The programme decision letter as PDF bytes."""
    return DecisionLetterDocument(data).render()
