"""Start deadlines for the Introduction Programme (brief §1.1, §1.2, §1.3).

Competence mapping, the programme decision and the programme start are each due within three
months of settlement in the municipality, or of the person's request to take part when that is
later (brief §1.2 [R4][R13]). The decision must also be made while the person has lived in the
municipality less than two years (brief §1.1).

How months are counted (``add_months``)
    "Three months after 15 March" is 15 June: the same day of the month, three months on. When
    that month is too short the deadline is its last day: 30 November + 3 months = 28 February
    (29 in a leap year); 31 August + 3 months = 30 November. This is the rule Norwegian law uses
    for periods in months (domstolloven § 148, applied by forvaltningsloven § 29). The due date
    itself is still in time: an event on the due date meets the deadline. A due date on a weekend
    or public holiday is *not* moved: these are duties of the municipality, not a party's
    procedural deadline.

The two-year window
    The person has lived in a municipality "less than 2 years" up to and including the day
    before the second anniversary of settlement (anniversary counted with ``add_months``), so
    the window's last day is ``add_months(settlement, 24) - 1 day``. Which settlement counts is
    the ``decision_window_from`` of the ``intro_deadlines`` row: ``first_settlement_in_norway``
    (issue 14 item 3; IMDi's target-group page: residence in **a** Norwegian municipality) uses
    the first settlement in any municipality, defaulting to the settlement here when it is not
    recorded; ``settlement_here`` would use this municipality's settlement.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.dates import add_months
from introdesk.domain.deadlines import DeadlineKind, DeadlineStatus
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.tables import DatedTable

if TYPE_CHECKING:  # the reports' types, not loaded by the participants list (issue 18)
    from introdesk.domain.reports import CaseSnapshot


def deadline_basis(facts: ParticipantFacts) -> date | None:
    """The date the 3-month deadlines run from: settlement, or the request when later (§1.2)."""
    candidates = [d for d in (facts.settlement_date, facts.request_date) if d is not None]
    return max(candidates) if candidates else None


def _status(
    kind: DeadlineKind,
    due: date,
    runs_from: date,
    event: date | None,
    as_of: date,
    description: str,
) -> DeadlineStatus:
    return DeadlineStatus(
        kind=kind,
        due=due,
        runs_from=runs_from,
        event_date=event,
        days_left=(due - as_of).days,
        met=None if event is None else event <= due,
        description=description,
    )


def two_year_window_start(facts: ParticipantFacts, table: DatedTable) -> date | None:
    """The settlement the two-year window counts from (module docstring), or None while the
    person is not settled. The table row is the one valid on the settlement here."""
    here = facts.settlement_date
    first = facts.first_settlement_date
    anchor = here or first
    if anchor is None:
        return None
    basis = str(table.at(anchor).get("decision_window_from", "settlement_here"))
    if basis == "first_settlement_in_norway" and first is not None:
        return first
    return here or first


def decision_window_last_day(settlement: date, table: DatedTable) -> date:
    """The last day a decision can be made with less than 2 years in the municipality (§1.1)."""
    months = int(table.at(settlement)["decision_window_months"])
    return add_months(settlement, months) - timedelta(days=1)


def start_deadlines(
    facts: ParticipantFacts, *, as_of: date, table: DatedTable
) -> tuple[DeadlineStatus, ...]:
    """Each start deadline for ``facts`` as seen on ``as_of`` (brief §1.1, §1.2).

    Empty when neither a settlement date nor a request date is known. The 3-month deadlines use
    the ``intro_deadlines`` row valid on the date they run from; the 2-year window runs from
    the first settlement in a Norwegian municipality (a request does not restart the time
    lived in a municipality).
    """
    basis = deadline_basis(facts)
    if basis is None:
        return ()
    months = table.at(basis)
    basis_text = (
        "forespørsel om deltakelse"
        if facts.request_date is not None and basis == facts.request_date
        else "bosetting"
    )
    result = [
        _status(
            DeadlineKind.MAPPING,
            add_months(basis, int(months["mapping_months"])),
            basis,
            facts.mapping_date,
            as_of,
            f"Kompetansekartlegging innen {months['mapping_months']} måneder etter "
            f"{basis_text} (integreringsloven § 12; integreringsloven kapittel 4).",
        ),
        _status(
            DeadlineKind.DECISION,
            add_months(basis, int(months["decision_months"])),
            basis,
            facts.decision_date,
            as_of,
            f"Vedtak om introduksjonsprogram innen {months['decision_months']} måneder etter "
            f"{basis_text} (integreringsloven § 12).",
        ),
        _status(
            DeadlineKind.PROGRAMME_START,
            add_months(basis, int(months["programme_start_months"])),
            basis,
            facts.programme_start,
            as_of,
            f"Programmet skal starte senest {months['programme_start_months']} måneder etter "
            f"{basis_text} (integreringsloven § 12).",
        ),
    ]
    window_start = two_year_window_start(facts, table)
    if window_start is not None:
        result.append(
            _status(
                DeadlineKind.DECISION_WINDOW,
                decision_window_last_day(window_start, table),
                window_start,
                facts.decision_date,
                as_of,
                "Vedtak må fattes mens deltakeren har bodd under 2 år i en norsk kommune, "
                f"regnet fra første bosetting {window_start:%d.%m.%Y} (integreringsloven § 8).",
            )
        )
    return tuple(result)


def nir_registration_due(known: date, table: DatedTable) -> date:
    """The last day to register in NIR information that exists from ``known`` (brief §5.1):
    ``known`` plus the months of the ``nir_registration_deadline`` row valid on that day."""
    return add_months(known, int(table.at(known)["months"]))


def case_deadlines(
    snapshot: CaseSnapshot, *, as_of: date, table: DatedTable
) -> tuple[DeadlineStatus, ...]:
    """The start deadlines of brief §1.1/§1.2 for one case, from its recorded dates."""
    facts = snapshot.facts
    if facts is None:
        # start_deadlines reads only the settlement/request/event dates below; the person
        # fields are required by the type but not used for deadlines.
        facts = ParticipantFacts(
            birth_date=as_of,
            permit_type=PermitType.OTHER,
            permit_date=as_of,
            regime=Regime.INTEGRATION_ACT,
        )
    facts = replace(
        facts,
        settlement_date=snapshot.settlement_date,
        first_settlement_date=snapshot.first_settlement_date,
        request_date=snapshot.request_date,
        mapping_date=snapshot.mapping_date,
        decision_date=snapshot.decision_date,
        programme_start=snapshot.programme_start,
    )
    return start_deadlines(facts, as_of=as_of, table=table)
