"""The monthly introduction benefit: compute, lock, and correct locked months (brief §3).

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

import builtins
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
    LockResult,
    OtherBenefit,
)
from introdesk.domain.codes import Regime
from introdesk.domain.dates import month_end, month_start, next_month
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.plans import Plan
from introdesk.persistence.models import (
    AttendanceEntryRow,
    BenefitAdjustmentRow,
    BenefitPaymentLineRow,
    BenefitPaymentRow,
    LockedMonthRow,
    OtherBenefitRow,
    ParticipantRow,
)
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import adjustment_lines, compute_benefit
from introdesk.rules.benefit_rates import BenefitTables, load_benefit_tables
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.services.context import ServiceContext

log = logging.getLogger(__name__)

PlanLookup = Callable[[Iterable[int] | None], dict[int, Plan]]
ZERO = Decimal("0.00")


# Checked before anything is written or computed (brief, issue 15 item 5).
MAX_MONTHLY_AMOUNT = Decimal(10_000_000)


def no_plans(ids: Iterable[int] | None = None) -> dict[int, Plan]:
    """The plan lookup until plans are stored: nobody has a plan."""
    return {}


def planned_minutes(
    plan: Plan | None, day: date, calendar: tuple[date, date, frozenset[date]] | None = None
) -> dict[str, int]:
    """Element code → counted minutes planned on ``day`` (approved leave plans nothing).

    ``calendar`` is ``plan_calendar(plan)`` computed once, for loops over many days.
    """
    if plan is None:
        return {}
    start, end, leave = calendar or plan_calendar(plan)
    if not start <= day <= end or day in leave:
        return {}
    planned: dict[str, int] = {}
    for element in plan.elements:
        if element.is_active_on(day):
            minutes = int((element.hours.on(day) * 60).to_integral_value())
            if minutes > 0:
                planned[element.code] = planned.get(element.code, 0) + minutes
    return planned


def plan_calendar(plan: Plan) -> tuple[date, date, frozenset[date]]:
    """The plan's period (with approved leave added) and the days with nothing planned on them:
    approved leave and Norwegian public holidays (brief §2.1, §2.3: a holiday is not a gap, so no
    attendance is expected and none is missing)."""
    period = plan.period
    holidays = norwegian_public_holidays(range(period.start.year, period.end.year + 1))
    return period.start, period.end, plan.leave_dates | holidays


def programme_span(row: ParticipantRow, plan: Plan | None) -> tuple[date, date | None] | None:
    start = row.programme_start or (plan.start if plan else None)
    if start is None:
        return None
    return start, plan.period.end if plan else None


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
    ) -> None:
        self.session = session
        self._plans = plans
        self.tables = tables
        self.codes = codes

    def live(
        self, month: date, participant_ids: Sequence[int] | None = None
    ) -> list[BenefitResult]:
        """Compute ``month`` from today's data, ignoring any lock."""
        first, last = month, month_end(month)
        rows = repo.participants(self.session, participant_ids)
        plans = self._plans([r.id for r in rows] if participant_ids is not None else None)
        spans: dict[int, tuple[date, date | None]] = {}
        chosen: list[ParticipantRow] = []
        for row in rows:
            span = programme_span(row, plans.get(row.id))
            if span is None or span[0] > last or (span[1] is not None and span[1] < first):
                continue
            if row.birth_date is None:
                if participant_ids is not None:
                    raise UserInputError(
                        f"Participant {row.id} has no birth date: the rate cannot be found"
                    )
                log.warning("benefit: a participant without birth date was skipped")
                continue
            spans[row.id] = span
            chosen.append(row)
        ids = [row.id for row in chosen]
        # Without a selection, read the whole month (no IN list of thousands of ids).
        wanted = None if participant_ids is None else ids
        entries: dict[int, list[AttendanceEntry]] = defaultdict(list)
        for values in repo.entry_values(self.session, first, last, wanted):
            entries[values[0]].append(AttendanceEntry(*values))
        others: dict[int, list[OtherBenefit]] = defaultdict(list)
        for other in repo.other_benefits(self.session, month, wanted):
            others[other.participant_id].append(OtherBenefit(other.kind, other.amount))
        adjustments: dict[int, list[BenefitLine]] = defaultdict(list)
        for adjustment in repo.adjustments_applied(self.session, month, wanted):
            adjustments[adjustment.participant_id].append(_adjustment_line(adjustment))
        accepted = repo.accepted_days(self.session, first, last, wanted)
        until = min(last, clock.today() - timedelta(days=1))
        results = []
        for row in chosen:
            start, end = spans[row.id]
            plan = plans.get(row.id)
            own = entries[row.id]
            registered = {(e.day, e.element_code) for e in own}
            missing: set[date] = set()
            plan_days = plan_calendar(plan) if plan else None
            day = max(first, start)
            while plan is not None and day <= until and (end is None or day <= end):
                if (row.id, day) not in accepted and any(
                    (day, code) not in registered for code in planned_minutes(plan, day, plan_days)
                ):
                    missing.add(day)
                day += timedelta(days=1)
            # An accepted day is paid as attended and not flagged: its gap is closed here.
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
            )
            results.append(compute_benefit(inp, self.tables, self.codes))
        return results

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
        locked = repo.locked_months(self.session)
        if origin not in locked:
            return 0
        paid = self.stored(origin, [participant_id]).get(participant_id)
        if paid is None:
            return 0
        # What has been paid for the month so far: the stored lines plus earlier corrections.
        amounts: dict[tuple[str, str | None, date, date], Decimal] = {}
        template: dict[tuple[str, str | None, date, date], BenefitLine] = {}
        for line in paid.lines:
            key = (str(line.kind), line.code, line.start, line.end)
            amounts[key] = amounts.get(key, ZERO) + line.amount
            template.setdefault(key, line)
        for earlier in repo.adjustments_from(self.session, participant_id, origin):
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
        (recomputed,) = self.live(origin, [participant_id]) or [
            result_from_lines(participant_id, origin, [])
        ]
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


class BenefitService:
    def __init__(self, context: ServiceContext, plans: PlanLookup = no_plans) -> None:
        self._ctx = context
        self._plans = plans
        self._tables = load_benefit_tables()
        self._codes = load_absence_codes()

    def calculator(self, session: Session) -> BenefitCalculator:
        return BenefitCalculator(session, self._plans, self._tables, self._codes)

    def compute_month(
        self, month: date, participant_ids: Sequence[int] | None = None
    ) -> builtins.list[BenefitResult]:
        """One result per participant in the programme that month, by participant id.

        A locked month returns the figures stored when it was locked.
        """
        month = month_start(month)
        with self._ctx.database.unit_of_work(write=False) as uow:
            return self.calculator(uow.session).month(month, participant_ids)

    def locked_months(self) -> builtins.list[date]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return sorted(repo.locked_months(uow.session))

    def is_locked(self, day: date) -> bool:
        return month_start(day) in self.locked_months()

    def lock_month(self, month: date) -> LockResult:
        """Lock a month for payroll, storing every participant's figures line by line.

        Refused while any participant has missing registrations that are neither registered
        nor accepted; nothing is written then.
        """
        month = month_start(month)
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            # Check and lock in one transaction, every participant locked (PostgreSQL) so no
            # attendance save lands between the missing-registration check and the lock.
            participant_repo.lock_rows(session)
            if month in repo.locked_months(session):
                raise UserInputError(f"{month:%Y-%m} is already locked")
            results = self.calculator(session).live(month)
            missing = [r for r in results if r.missing_registration_days]
            if missing:
                lines = [
                    f"{month:%Y-%m} cannot be locked: {len(missing)} participant(s) have "
                    "planned days without registration (register them, or accept them with "
                    "'introdesk attendance accept-missing')"
                ]
                lines += [
                    f"participant {r.participant_id}: "
                    + ", ".join(d.isoformat() for d in r.missing_registration_days)
                    for r in missing
                ]
                raise UserInputError("\n".join(lines))
            session.add(LockedMonthRow(month=month, locked_by=self._ctx.actor))
            session.flush()
            for result in results:
                payment = BenefitPaymentRow(
                    participant_id=result.participant_id,
                    month=month,
                    gross=result.gross,
                    net=result.net,
                    unrecovered=result.unrecovered,
                    decision_required=result.decision_required,
                )
                session.add(payment)
                session.flush()
                session.add_all(
                    BenefitPaymentLineRow(
                        payment_id=payment.id,
                        position=index,
                        kind=str(line.kind),
                        start=line.start,
                        end=line.end,
                        amount=line.amount,
                        explanation=line.explanation,
                        hours=line.hours,
                        days=line.days,
                        rate=line.rate,
                        code=line.code,
                        corrects_month=line.corrects_month,
                    )
                    for index, line in enumerate(result.lines)
                )
            net_total = sum((r.net for r in results), ZERO)
            audit.record(
                session,
                actor=self._ctx.actor,
                action="lock",
                entity="benefit_month",
                entity_id=f"{month:%Y-%m}",
                changes={"participants": (None, len(results)), "net_total": (None, net_total)},
            )
            uow.commit()
        return LockResult(month, len(results), net_total)

    def set_other_benefit(
        self, participant_id: int, month: date, kind: str, amount: Decimal, note: str = ""
    ) -> None:
        """Set (replace) another benefit of ``kind`` for the month; 0 removes it.

        In a locked month the change is booked as an adjustment in the next open month.
        """
        month = month_start(month)
        if not amount.is_finite() or amount > MAX_MONTHLY_AMOUNT:
            raise UserInputError(
                f"The amount of another benefit must be a number of kroner up to "
                f"{MAX_MONTHLY_AMOUNT:,} a month".replace(",", " ")
            )
        if amount < 0:
            raise UserInputError("The amount of another benefit cannot be negative")
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            if session.get(ParticipantRow, participant_id) is None:
                raise NotFoundError(f"No participant with id {participant_id}")
            existing = [
                o for o in repo.other_benefits(session, month, [participant_id]) if o.kind == kind
            ]
            old = sum((o.amount for o in existing), ZERO)
            for row in existing:
                session.delete(row)
            if amount > 0:
                session.add(
                    OtherBenefitRow(
                        participant_id=participant_id,
                        month=month,
                        kind=kind,
                        amount=amount,
                        note=note,
                        created_by=self._ctx.actor,
                    )
                )
            session.flush()
            audit.record(
                session,
                actor=self._ctx.actor,
                action="update",
                entity="other_benefit",
                entity_id=f"{participant_id}:{month:%Y-%m}:{kind}",
                changes={"amount": (old, amount)},
            )
            self.calculator(session).book_corrections(participant_id, month, self._ctx.actor)
            uow.commit()
