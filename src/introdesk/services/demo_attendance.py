"""Synthetic attendance for the demonstration database (``introdesk demo``).

Only participants with a plan get attendance (planned time comes from the plan lookup), and
only on past days that have nothing registered yet and are not in a locked month. Most days are
attended as planned; the rest is a realistic mix of illness, sick children, holidays and some
invalid absence, and a few recent days are left unregistered so the missing-registration flow
can be shown.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import timedelta

from introdesk.core import clock
from introdesk.domain.attendance import AbsenceType
from introdesk.domain.dates import month_start
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.rules.planned_time import planned_days
from introdesk.services.benefit import PlanLookup
from introdesk.services.context import ServiceContext

# (weight, absence code or None for attended, share of the planned time absent)
OUTCOMES: list[tuple[int, str | None, float]] = [
    (860, None, 0.0),
    (30, AbsenceType.SELF_CERTIFIED_ILLNESS, 1.0),
    (10, AbsenceType.DOCTOR_CERTIFIED_ILLNESS, 1.0),
    (20, AbsenceType.SICK_CHILD, 1.0),
    (20, AbsenceType.HOLIDAY, 1.0),
    (10, AbsenceType.WELFARE_LEAVE, 0.5),
    (30, AbsenceType.INVALID, 1 / 3),
    (20, AbsenceType.INVALID, 1.0),
]


BATCH_ROWS = 20_000


def _outcome(rng: random.Random, weights: list[int], *, parent: bool) -> tuple[str | None, float]:
    """A day's outcome: the absence code (None: attended) and the share of the time absent."""
    _, absence, share = rng.choices(OUTCOMES, weights)[0]
    if absence == AbsenceType.SICK_CHILD and not parent:
        # No child, no sick child: ill themselves instead (the same draw keeps the sequence).
        absence = AbsenceType.SELF_CERTIFIED_ILLNESS
    return absence, share


class DemoAttendance:
    def __init__(self, context: ServiceContext, plans: PlanLookup) -> None:
        self._ctx = context
        self._plans = plans

    def fill(
        self,
        weeks: int = 8,
        seed: int | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Register ``weeks`` past weeks for everyone with a plan; returns rows written.
        ``progress(done, total)`` is told the participants done, every 500 and at the end."""
        rng = random.Random(seed)
        today = clock.today()
        first = today - timedelta(days=7 * weeks)
        plans = self._plans(None)
        if not plans:
            return 0
        weights = [w for w, _, _ in OUTCOMES]
        written = 0
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            ids = sorted(plans)
            registered = repo.entry_values(session, first, today, ids)
            have = {(pid, day, code) for pid, day, code, *_ in registered}
            locked = repo.locked_months(session)
            parents = participant_repo.with_children(session)
            batch: list[dict[str, object]] = []
            written_at = clock.utcnow()  # one time for the whole registration, not one per row
            for done, pid in enumerate(ids, start=1):
                plan = plans[pid]
                count = 0
                # the plan's time for the whole span in one pass over its elements
                span = planned_days(plan, max(first, plan.start), today - timedelta(days=1))
                for day, codes in span.items():
                    if month_start(day) in locked:
                        continue
                    # about one recent day in twelve stays unregistered (the same on a re-run)
                    unregistered = (today - day).days <= 7 and (pid * 7 + day.toordinal()) % 12 == 0
                    for code, planned in codes.items():
                        if (pid, day, code) in have or unregistered:
                            continue
                        absence, share = _outcome(rng, weights, parent=pid in parents)
                        absent = int(planned * share) if absence else 0
                        batch.append(
                            {
                                "participant_id": pid,
                                "day": day,
                                "element_code": code,
                                "planned_minutes": planned,
                                "attended_minutes": planned - absent,
                                "absence_code": absence if absent else None,
                                "absence_minutes": absent,
                                "updated_by": self._ctx.actor,
                                "updated_at": written_at,
                            }
                        )
                        count += 1
                if count:
                    audit.record(
                        session,
                        actor=self._ctx.actor,
                        action="create",
                        entity="attendance",
                        entity_id=f"{pid}:demo",
                        changes={"source": (None, "demo"), "rows": (None, count)},
                    )
                written += count
                if len(batch) >= BATCH_ROWS or done == len(ids):
                    repo.add_entries(session, batch)  # one multi-row insert per batch
                    batch = []
                if progress is not None and (done % 500 == 0 or done == len(ids)):
                    progress(done, len(ids))
            uow.commit()
        return written
