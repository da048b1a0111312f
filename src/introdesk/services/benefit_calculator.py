"""The monthly introduction benefit computed from the database: who, which days, which lines
(brief §3; issue 14: the programme events decide who is paid and for which days).

Who is computed for a month: every participant (not archived) whose programme overlaps it. The
programme starts on the participant's ``programme_start`` or, without one, on the plan's start,
and ends at the plan's end including approved leave (``Plan.period``); without a plan it is open.

Inputs per participant and month: the attendance rows of the month, the other benefits, and the
adjustments booked into the month. Planned time comes from the plan (injected ``plans`` lookup):
a past planned day of a plan element with no row is a **missing registration**; it is paid as
attended, flagged, and blocks locking until registered or accepted. An accepted day is paid as
attended and no longer flagged.

A **locked** month is answered from what was stored when it was locked (``benefit_payments``), so
its figures never change. A later change of a locked month's attendance or other benefits is
recomputed and each difference becomes an adjustment line in the next open month
(``rules.benefit.adjustment_lines``), in the same transaction as the change.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from introdesk.core import clock
from introdesk.domain.absence_catalogue import AbsenceCatalogue
from introdesk.domain.attendance import (
    AttendanceEntry,
    BenefitInput,
    BenefitLine,
    BenefitLineKind,
    BenefitResult,
    OtherBenefit,
)
from introdesk.domain.codes import Regime
from introdesk.domain.dates import month_end, next_month
from introdesk.domain.errors import UserInputError
from introdesk.domain.plans import Plan
from introdesk.domain.programme import CLOSING_KINDS, EventKind, ProgrammeEvent
from introdesk.persistence.models import (
    AttendanceEntryRow,
    BenefitAdjustmentRow,
    BenefitPaymentLineRow,
    ParticipantRow,
)
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import attendance_month as month_repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import programme_events as event_repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.persistence.repositories.attendance_month import BenefitFacts
from introdesk.rules.benefit import adjustment_lines, can_change_benefit, compute_benefit
from introdesk.rules.benefit_rates import BenefitTables
from introdesk.rules.programme_events import (
    NO_DECISION_EXPLANATION,
    NO_DECISION_EXPLANATION_EN,
    NO_DECISION_EXPLANATION_NN,
    PaidLeave,
    month_participation,
    paid_leave_from,
)
from introdesk.rules.tables import load_table
from introdesk.services.benefit_missing import missing_days

log = logging.getLogger(__name__)

PlanLookup = Callable[[Iterable[int] | None], dict[int, Plan]]
# (participant ids or None for all, first day, last day) → plans keeping only the elements
# running in that span (``PlanService.current_plans_within``): a month reads fewer elements.
MonthPlanLookup = Callable[[Iterable[int] | None, date, date], dict[int, Plan]]
ZERO = Decimal("0.00")
NO_DECISION_CODE = "no_decision"


def no_plans(ids: Iterable[int] | None = None) -> dict[int, Plan]:
    """The plan lookup until plans are stored: nobody has a plan."""
    return {}


def programme_span(
    row: ParticipantRow | BenefitFacts, plan: Plan | None, events: Sequence[ProgrammeEvent] = ()
) -> tuple[date, date | None] | None:
    """From the start event to the end event (without one: the plan's end, else open). With no
    start event, the stored start or the plan's start: such a person is listed, unpaid."""
    started = next((e.day for e in events if e.kind is EventKind.START), None)
    start = started or row.programme_start or (plan.start if plan else None)
    if start is None:
        return None
    closing = next((e.day for e in events if e.kind in CLOSING_KINDS), None)
    return start, closing or (plan.period.end if plan else None)


def unpaid_line(
    start: date,
    end: date,
    code: str,
    explanation: str,
    explanation_nn: str = "",
    explanation_en: str = "",
) -> BenefitLine:
    """A zero line saying why days are not paid (kept with the month's lines when locked)."""
    return BenefitLine(
        kind=BenefitLineKind.BASE,
        start=start,
        end=end,
        amount=ZERO,
        explanation=explanation,
        days=0,
        code=code,
        explanation_nn=explanation_nn,
        explanation_en=explanation_en,
    )


def to_entry(row: AttendanceEntryRow) -> AttendanceEntry:
    return AttendanceEntry(
        participant_id=row.participant_id,
        day=row.day,
        element_code=row.element_code,
        planned_minutes=row.planned_minutes,
        attended_minutes=row.attended_minutes,
        absence_code=row.absence_code,
        absence_minutes=row.absence_minutes,
    )


def _line_from_row(row: BenefitPaymentLineRow) -> BenefitLine:
    return BenefitLine(
        kind=BenefitLineKind(row.kind),
        start=row.start,
        end=row.end,
        amount=row.amount,
        explanation=row.explanation,
        hours=row.hours,
        days=row.days,
        rate=row.rate,
        code=row.code,
        corrects_month=row.corrects_month,
    )


def _adjustment_line(row: BenefitAdjustmentRow) -> BenefitLine:
    return BenefitLine(
        kind=BenefitLineKind.ADJUSTMENT,
        start=row.start,
        end=row.end,
        amount=row.amount,
        explanation=row.reason,
        code=row.code,
        corrects_month=row.origin_month,
    )


def result_from_lines(
    participant_id: int,
    month: date,
    lines: Sequence[BenefitLine],
    *,
    decision_required: bool = False,
    unrecovered: Decimal = ZERO,
) -> BenefitResult:
    def of(kind: BenefitLineKind) -> tuple[BenefitLine, ...]:
        return tuple(line for line in lines if line.kind is kind)

    return BenefitResult(
        participant_id=participant_id,
        month=month,
        gross=sum((line.amount for line in of(BenefitLineKind.BASE)), ZERO),
        deductions=of(BenefitLineKind.DEDUCTION),
        other_reductions=of(BenefitLineKind.OTHER_REDUCTION),
        adjustments=of(BenefitLineKind.ADJUSTMENT),
        net=sum((line.amount for line in lines), ZERO),
        decision_required=decision_required,
        lines=tuple(lines),
        unrecovered=unrecovered,
    )


class BenefitCalculator:
    """Builds ``BenefitInput`` from the database inside a caller's session (no commit)."""

    def __init__(
        self,
        session: Session,
        plans: PlanLookup,
        tables: BenefitTables,
        codes: AbsenceCatalogue,
        paid_leave: PaidLeave | None = None,
        month_plans: MonthPlanLookup | None = None,
    ) -> None:
        self.session = session
        self._plans = plans
        self._month_plans = month_plans
        self.tables = tables
        self.codes = codes
        self.paid_leave = paid_leave or paid_leave_from(load_table("benefit_paid_leave"))

    def live(
        self, month: date, participant_ids: Sequence[int] | None = None
    ) -> list[BenefitResult]:
        """Compute ``month`` from today's data, ignoring any lock."""
        first, last = month, month_end(month)
        rows = month_repo.benefit_facts(self.session, participant_ids)
        wanted_plans = [r.id for r in rows] if participant_ids is not None else None
        plans = (
            self._month_plans(wanted_plans, first, last)
            if self._month_plans is not None
            else self._plans(wanted_plans)
        )
        events = event_repo.events_by_participant(
            self.session, [r.id for r in rows] if participant_ids is not None else None
        )
        spans: dict[int, tuple[date, date | None]] = {}
        chosen: list[BenefitFacts] = []
        for row in rows:
            span = programme_span(row, plans.get(row.id), events.get(row.id, ()))
            if span is None or span[0] > last or (span[1] is not None and span[1] < first):
                continue
            if row.birth_date is None:
                if participant_ids is not None:
                    raise UserInputError(code="benefit.no_birth_date", id=row.id)
                log.warning("benefit: a participant without birth date was skipped")
                continue
            spans[row.id] = span
            chosen.append(row)
        ids = [row.id for row in chosen]
        # Without a selection, read the whole month (no IN list of thousands of ids).
        wanted = None if participant_ids is None else ids
        entries, registered = self._attendance(first, last, wanted)
        others: dict[int, list[OtherBenefit]] = defaultdict(list)
        for other in repo.other_benefits(self.session, month, wanted):
            others[other.participant_id].append(OtherBenefit(other.kind, other.amount))
        adjustments: dict[int, list[BenefitLine]] = defaultdict(list)
        for adjustment in repo.adjustments_applied(self.session, month, wanted):
            adjustments[adjustment.participant_id].append(_adjustment_line(adjustment))
        accepted = repo.accepted_days(self.session, first, last, wanted)
        until = min(last, clock.today() - timedelta(days=1))
        couples = self._couples(chosen, rows, events, first, last)
        results = []
        for row in chosen:
            start, end = spans[row.id]
            plan = plans.get(row.id)
            course = events.get(row.id, [])
            taking_part = month_participation(
                course, first, last, self.paid_leave, plan.period.end if plan else None
            )
            if not taking_part.decided:
                # No decision: listed with net 0 and the reason, never paid (issue 14 item 2).
                line = unpaid_line(
                    max(first, start),
                    last,
                    NO_DECISION_CODE,
                    NO_DECISION_EXPLANATION,
                    NO_DECISION_EXPLANATION_NN,
                    NO_DECISION_EXPLANATION_EN,
                )
                results.append(result_from_lines(row.id, month, [line]))
                continue
            own = entries[row.id]
            missing = missing_days(
                row.id, plan, taking_part.paid, registered.get(row.id, set()), accepted, until
            )
            # An accepted day is paid as attended and not flagged: its gap is closed here (so
            # is a day not yet past; with neither, the entries stay as read).
            if accepted or until < last:
                own = [
                    replace(e, planned_minutes=e.attended_minutes + e.absence_minutes)
                    if (row.id, e.day) in accepted or e.day > until
                    else e
                    for e in own
                ]
            inp = BenefitInput(
                participant_id=row.id,
                month=month,
                birth_date=row.birth_date,  # type: ignore[arg-type]  # checked above
                lives_with_parents=row.lives_with_parents,
                regime=Regime(row.regime),
                programme_start=start,
                programme_end=end,
                entries=tuple(own),
                other_benefits=tuple(others[row.id]),
                missing_registration_days=tuple(sorted(missing)),
                adjustments=tuple(adjustments[row.id]),
                paid_periods=taking_part.paid,
                couple=row.id in couples,
                unpaid_lines=tuple(
                    unpaid_line(
                        u.start, u.end, u.code, u.explanation, u.explanation_nn, u.explanation_en
                    )
                    for u in taking_part.unpaid
                ),
            )
            results.append(compute_benefit(inp, self.tables, self.codes))
        return results

    def _attendance(
        self, first: date, last: date, wanted: Sequence[int] | None
    ) -> tuple[dict[int, list[AttendanceEntry]], dict[int, set[str]]]:
        """The month's attendance per participant: the entries for the engine and what was
        registered (``registered_key`` of each row's day and element). Every row marks its
        day and element as registered; only rows that can change the benefit (an absence,
        unregistered planned time) go to the engine: most rows of a month are attended as
        planned and change nothing, so they are not read one by one."""
        entries: dict[int, list[AttendanceEntry]] = defaultdict(list)
        registered, changing = month_repo.month_attendance(self.session, first, last, wanted)
        for values in changing:
            if can_change_benefit(*values[3:]):
                entries[values[0]].append(AttendanceEntry(*values))
        return entries, registered

    def _couples(
        self,
        chosen: Sequence[BenefitFacts],
        rows: Sequence[BenefitFacts],
        events: dict[int, list[ProgrammeEvent]],
        first: date,
        last: date,
    ) -> set[int]:
        """Participants whose spouse or cohabitant also takes part this month, neither having
        children (integreringsloven § 20 fourth paragraph). Partners outside ``rows`` are read
        in one query."""
        known = {row.id: row for row in rows}
        wanted = {r.household_partner_id for r in chosen if r.household_partner_id} - set(known)
        if wanted:
            known.update((r.id, r) for r in month_repo.benefit_facts(self.session, sorted(wanted)))
            events = {**events, **event_repo.events_by_participant(self.session, sorted(wanted))}

        def taking_part(pid: int) -> bool:
            course = events.get(pid, [])
            kinds = {e.kind: e.day for e in reversed(course)}
            closing = min((e.day for e in course if e.kind in CLOSING_KINDS), default=None)
            return (
                EventKind.DECISION in kinds
                and kinds.get(EventKind.START, date.max) <= last
                and (closing is None or closing >= first)
            )

        def childless(row: BenefitFacts) -> bool:
            return row.children_under_18 == 0 and row.youngest_child_birth_date is None

        return {
            row.id
            for row in chosen
            if (partner := known.get(row.household_partner_id or 0)) is not None
            and partner.id != row.id
            and childless(row)
            and childless(partner)
            and taking_part(partner.id)
        }

    def stored(
        self, month: date, participant_ids: Sequence[int] | None = None
    ) -> dict[int, BenefitResult]:
        """What was stored when ``month`` was locked, per participant."""
        return {
            payment.participant_id: result_from_lines(
                payment.participant_id,
                month,
                [_line_from_row(line) for line in lines],
                decision_required=payment.decision_required,
                unrecovered=payment.unrecovered,
            )
            for payment, lines in repo.payments(self.session, month, participant_ids)
        }

    def month(
        self, month: date, participant_ids: Sequence[int] | None = None
    ) -> list[BenefitResult]:
        """A locked month as paid (participants not paid then are computed live); else live."""
        if month not in repo.locked_months(self.session):
            return self.live(month, participant_ids)
        stored = self.stored(month, participant_ids)
        live = [r for r in self.live(month, participant_ids) if r.participant_id not in stored]
        return sorted([*stored.values(), *live], key=lambda r: r.participant_id)

    def book_corrections(self, participant_id: int, origin: date, actor: str) -> int:
        """Book the difference between what was paid for a locked month and a recomputation.

        Returns the number of adjustment lines written (in the caller's transaction).
        """
        if origin not in repo.locked_months(self.session):
            return 0
        paid = self.stored(origin, [participant_id]).get(participant_id)
        if paid is None:
            return 0
        (recomputed,) = self.live(origin, [participant_id]) or [
            result_from_lines(participant_id, origin, [])
        ]
        earlier = repo.adjustments_from(self.session, participant_id, origin)
        return self._book(paid, earlier, recomputed, actor)

    def book_month_corrections(self, origin: date, actor: str) -> int:
        """Book every participant's difference for a locked month at once (set-based): used
        when a rule table changed after the lock (a G rise published late, issue 14 item 2)."""
        if origin not in repo.locked_months(self.session):
            return 0
        stored = self.stored(origin)
        live = {r.participant_id: r for r in self.live(origin)}
        earlier = repo.adjustments_from_month(self.session, origin)
        booked = 0
        for participant_id, paid in stored.items():
            recomputed = live.get(participant_id) or result_from_lines(participant_id, origin, [])
            booked += self._book(paid, earlier.get(participant_id, []), recomputed, actor)
        return booked

    def _book(
        self,
        paid: BenefitResult,
        earlier_rows: Sequence[BenefitAdjustmentRow],
        recomputed: BenefitResult,
        actor: str,
    ) -> int:
        participant_id, origin = paid.participant_id, paid.month
        locked = repo.locked_months(self.session)
        # What has been paid for the month so far: the stored lines plus earlier corrections.
        amounts: dict[tuple[str, str | None, date, date], Decimal] = {}
        template: dict[tuple[str, str | None, date, date], BenefitLine] = {}
        for line in paid.lines:
            key = (str(line.kind), line.code, line.start, line.end)
            amounts[key] = amounts.get(key, ZERO) + line.amount
            template.setdefault(key, line)
        for earlier in earlier_rows:
            key = (earlier.line_kind, earlier.code, earlier.start, earlier.end)
            amounts[key] = amounts.get(key, ZERO) + earlier.amount
            if key not in template:
                template[key] = BenefitLine(
                    kind=BenefitLineKind(earlier.line_kind),
                    start=earlier.start,
                    end=earlier.end,
                    amount=ZERO,
                    explanation=earlier.reason,
                    code=earlier.code,
                )
        so_far = result_from_lines(
            participant_id,
            origin,
            [replace(template[key], amount=amount) for key, amount in amounts.items()],
        )
        applied = next_month(origin)
        while applied in locked:
            applied = next_month(applied)
        lines = adjustment_lines(so_far, recomputed)
        for line in lines:
            row = BenefitAdjustmentRow(
                participant_id=participant_id,
                origin_month=origin,
                applied_month=applied,
                amount=line.amount,
                reason=line.explanation,
                line_kind=_original_kind(so_far, recomputed, line),
                code=line.code,
                start=line.start,
                end=line.end,
                created_by=actor,
            )
            self.session.add(row)
            self.session.flush()
            audit.record(
                self.session,
                actor=actor,
                action="create",
                entity="benefit_adjustment",
                entity_id=row.id,
                changes={
                    "participant_id": (None, participant_id),
                    "origin_month": (None, origin),
                    "applied_month": (None, applied),
                    "amount": (None, line.amount),
                },
            )
        return len(lines)


def _original_kind(before: BenefitResult, after: BenefitResult, line: BenefitLine) -> str:
    """The kind of the corrected line (adjustment lines only carry code and period)."""
    for candidate in (*after.lines, *before.lines):
        if (candidate.code, candidate.start, candidate.end) == (line.code, line.start, line.end):
            return str(candidate.kind)
    return str(BenefitLineKind.ADJUSTMENT)
