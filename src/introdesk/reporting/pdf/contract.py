"""The integration contract (brief §1.3 step 5, integreringsloven § 16).

States the mutual, overarching duties of the municipality and the participant and the
participant's long-term goal (whether that goal has moved to the plan after Prop. 81 L is
UNCONFIRMED, brief §1.3; the contract keeps it until that is settled).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from introdesk.reporting.pdf.base import PdfDocument
from introdesk.reporting.pdf.data import ContractData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_period

MUNICIPALITY_DUTIES = ("contract.mun.1", "contract.mun.2", "contract.mun.3")
PARTICIPANT_DUTIES = ("contract.part.1", "contract.part.2", "contract.part.3")


class ContractDocument(PdfDocument):
    title_key = "contract.title"

    def __init__(self, data: ContractData) -> None:
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
            self.pair("contract.intro", "body"),
            Spacer(0, 4 * mm),
            self.field_table(person),
            *self.heading("plan.long_term_goal"),
            self.text(d.long_term_goal),
        ]
        if d.end_goal:
            story += [
                *self.heading("plan.end_goal"),
                *self.end_goal_block(d.end_goal_key, d.end_goal),
            ]
        story += self.heading("contract.municipality_duties")
        story += [self._bullet(key) for key in MUNICIPALITY_DUTIES]
        story += self.heading("contract.participant_duties")
        story += [self._bullet(key) for key in PARTICIPANT_DUTIES]
        if d.extra_agreements:
            story += self.heading("contract.extra")
            story += [self.text(f"• {line}") for line in d.extra_agreements]
        # The contact person and the signatures stay on one page, so the signatures never
        # stand alone on a page of their own.
        closing: list[Flowable] = []
        if d.contact is not None:
            closing += [*self.heading("common.contact_person"), self.contact_sentence(d.contact)]
        signatures = self.signature_block(["common.participant", "common.for_municipality"])
        closing += [*self.heading("common.signatures"), signatures]
        story.append(KeepTogether(closing))
        return story

    def _bullet(self, key: str) -> Flowable:
        return KeepTogether([self.pair(key, "body"), Spacer(0, 1.5 * mm)])


def render_contract(data: ContractData) -> bytes:
    """The integration contract as PDF bytes."""
    return ContractDocument(data).render()
