"""The monthly introduction benefit: compute, lock, and correct locked months (brief §3).

The computation itself (who is paid for which days, from the programme events, plans and
attendance) is ``services.benefit_calculator``; this module is the door the window and the
command line use.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from introdesk.domain.attendance import BenefitResult, LockResult
from introdesk.domain.dates import month_start
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.persistence.models import (
    BenefitPaymentLineRow,
    BenefitPaymentRow,
    LockedMonthRow,
    OtherBenefitRow,
)
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit_rates import BenefitTables, load_benefit_tables
from introdesk.rules.planned_time import plan_calendar, planned_minutes
from introdesk.rules.programme_events import paid_leave_from
from introdesk.rules.tables import load_table
from introdesk.services.benefit_calculator import (
    ZERO,
    BenefitCalculator,
    MonthPlanLookup,
    PlanLookup,
    no_plans,
    to_entry,
)
from introdesk.services.context import ServiceContext

# Checked before anything is written or computed (brief, issue 15 item 5).
MAX_MONTHLY_AMOUNT = Decimal(10_000_000)

__all__ = [
    "BenefitCalculator",
    "BenefitService",
    "PlanLookup",
    "no_plans",
    "plan_calendar",
    "planned_minutes",
    "to_entry",
]


class BenefitService:
    def __init__(
        self,
        context: ServiceContext,
        plans: PlanLookup = no_plans,
        tables: BenefitTables | None = None,
        month_plans: MonthPlanLookup | None = None,
    ) -> None:
        """``tables`` replaces the bundled rule tables (an older G table in tests).
        ``month_plans`` reads the plans of a month faster than ``plans`` (the same plans, with
        only the elements running that month)."""
        self._ctx = context
        self._plans = plans
        self._month_plans = month_plans
        self._tables = tables or load_benefit_tables()
        self._codes = load_absence_codes()
        self._paid_leave = paid_leave_from(load_table("benefit_paid_leave"))

    def calculator(self, session: Session) -> BenefitCalculator:
        return BenefitCalculator(
            session,
            self._plans,
            self._tables,
            self._codes,
            self._paid_leave,
            month_plans=self._month_plans,
        )

    def book_corrections(
        self, session: Session, participant_id: int, month: date, actor: str
    ) -> int:
        """Corrections of a locked month after a change recorded in ``session`` (programme
        events): the adjustment lines go to the next open month, in the same transaction."""
        return self.calculator(session).book_corrections(participant_id, month, actor)

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
        # Imported here: computing a month needs no participant records (issue 18: ``benefit
        # compute`` imports only what it uses).
        from introdesk.persistence.repositories import participants as participant_repo

        month = month_start(month)
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            # Check and lock in one transaction, every participant locked (PostgreSQL) so no
            # attendance save lands between the missing-registration check and the lock.
            participant_repo.lock_rows(session)
            locked = repo.locked_months(session)
            if month in locked:
                raise UserInputError(code="benefit.already_locked", month=f"{month:%Y-%m}")
            calculator = self.calculator(session)
            # A rule table changed since an earlier month was locked (a late G rise): the
            # differences become adjustments in this month before it is locked.
            for earlier in sorted(m for m in locked if m < month):
                calculator.book_month_corrections(earlier, self._ctx.actor)
            results = calculator.live(month)
            missing = [r for r in results if r.missing_registration_days]
            if missing:
                raise UserInputError(
                    code="benefit.lock_missing",
                    month=f"{month:%Y-%m}",
                    count=len(missing),
                    details="\n".join(
                        f"participant {r.participant_id}: "
                        + ", ".join(d.isoformat() for d in r.missing_registration_days)
                        for r in missing
                    ),
                    days="\n".join(
                        f"{r.participant_id}: "
                        + ", ".join(f"{d:%d.%m.%Y}" for d in r.missing_registration_days)
                        for r in missing
                    ),
                )
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
                code="benefit.other_income_too_large",
                maximum=f"{MAX_MONTHLY_AMOUNT:,}".replace(",", " "),
            )
        if amount < 0:
            raise UserInputError(code="benefit.negative_other_income")
        from introdesk.persistence.repositories import participants as participant_repo

        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            # Locked first (PostgreSQL), as lock_month locks every participant: a month being
            # locked meanwhile is either seen as locked here (the change becomes an adjustment)
            # or waits for this change and pays it; never stored in a locked month unpaid.
            if not participant_repo.lock_rows(session, [participant_id]):
                raise NotFoundError(code="participants.not_found", id=participant_id)
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
