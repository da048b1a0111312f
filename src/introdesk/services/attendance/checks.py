"""Absence checks and missing registrations for many participants at once (issue 18).

The week grid shows thousands of participants; its warnings used to read every participant's
year of attendance three times as ORM objects and load every plan three times. Here the
attendance of the whole period is read once, as plain values, in the caller's unit of work;
the plans come in once from the caller; the rules (``rules/absence.check_absence``, the planned
days) run once per participant over what was read. ``AttendanceService.check`` and
``missing_registrations`` and the grid's ``checked_week`` all go through these functions, so
they give the same findings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from introdesk.domain.attendance import AbsenceFinding, AttendanceEntry, MissingRegistration
from introdesk.domain.plans import Plan
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.absence import AbsenceTables, check_absence, one_year_before
from introdesk.services.attendance.planned_days import missing_days, unregistered_as_attended


@dataclass(frozen=True)
class History:
    """Registered entries from a year before ``start`` to ``end`` per participant (only those
    with entries), and each one's programme start and number of children."""

    start: date
    end: date
    entries: Mapping[int, list[AttendanceEntry]]
    facts: Mapping[int, tuple[date | None, int]]

    def only(self, participant_ids: Iterable[int]) -> History:
        """The same history for these participants only."""
        wanted = set(participant_ids)
        return History(
            self.start,
            self.end,
            {pid: own for pid, own in self.entries.items() if pid in wanted},
            {pid: facts for pid, facts in self.facts.items() if pid in wanted},
        )

    def registered(self, start: date, end: date) -> dict[tuple[int, date, str], int]:
        """(participant, day, element) → attended plus absent minutes, for days in range."""
        return {
            (e.participant_id, e.day, e.element_code): e.attended_minutes + e.absence_minutes
            for own in self.entries.values()
            for e in own
            if start <= e.day <= end
        }


def read_history(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None
) -> History:
    """What the absence rules need for findings dated ``start..end``, in two queries."""
    by_person: dict[int, list[AttendanceEntry]] = defaultdict(list)
    for values in repo.entry_values(session, one_year_before(start), end, participant_ids):
        by_person[values[0]].append(AttendanceEntry(*values))
    facts = repo.participant_facts(session, sorted(by_person))
    return History(start, end, dict(by_person), facts)


def absence_findings(
    history: History,
    plans: Mapping[int, Plan],
    tables: AbsenceTables,
    until: date,
    *,
    welfare_leave_days_per_year: int | None = None,
) -> list[AbsenceFinding]:
    """Every participant's findings dated in the history's period (see
    ``AttendanceService.check``): planned past days up to ``until`` without a registration
    count as attended.

    Those attended days are added only from the participant's first absence in the history
    (or the period's start, if earlier): before it no day is absent, so an attended day
    there can neither end nor join a run of absent days, and the absence rate counts only
    the period. The findings are the same as with the whole year filled in, without building
    a year of entries for everyone (``tests/integration/test_attendance_checks_set.py``).
    """
    start, end = history.start, history.end
    history_start = one_year_before(start)
    findings: list[AbsenceFinding] = []
    for pid, registered in sorted(history.entries.items()):
        started, children = history.facts[pid]
        plan = plans.get(pid)
        own = list(registered)
        if plan is not None:
            first_absence = min((e.day for e in own if e.absence_minutes), default=start)
            since = max(history_start, min(first_absence, start))
            own += unregistered_as_attended(pid, plan, own, (since, until))
        programme_start = started or (plan.start if plan else None) or min(e.day for e in own)
        findings += check_absence(
            pid,
            own,
            programme_start=programme_start,
            tables=tables,
            children=children,
            sole_carer=False,
            period=(start, end),
            welfare_leave_days_per_year=welfare_leave_days_per_year,
        )
    return findings


def missing_registrations(
    participant_ids: Sequence[int],
    plans: Mapping[int, Plan],
    period: tuple[date, date],
    registered: Mapping[tuple[int, date, str], int],
    accepted: set[tuple[int, date]],
) -> list[MissingRegistration]:
    """Planned element-days in ``period`` with less registered than planned, in id order."""
    return [
        missing
        for pid in participant_ids
        if (plan := plans.get(pid)) is not None
        for missing in missing_days(pid, plan, period, registered, accepted)
    ]
