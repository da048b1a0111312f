"""The programme's course read from its dated events (issue 14 items 1-2; brief §1.3, §2.3, §3).

- ``check_course``: whether a list of events is a possible course (a stop before the start,
  overlapping leave or an end before the last event are not); the first problem is raised as a
  ``CourseError`` naming the event and the reason.
- ``status_on`` / ``status_periods``: the participant's status, read from the events.
- ``month_participation``: which days of a month the benefit is paid for: from the start to the
  end under a decision, not while stopped, not on unpaid leave (the paid leave kinds are the
  dated table ``benefit_paid_leave``), and the unpaid stretches with their reason.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import UserInputError
from introdesk.domain.programme import CLOSING_KINDS, EventKind, LeaveKind, ProgrammeEvent
from introdesk.rules.tables import DatedTable

_ORDER = {
    EventKind.DECISION: 0,
    EventKind.START: 1,
    EventKind.RESUMPTION: 2,
    EventKind.LEAVE: 3,
    EventKind.STOP: 4,
    EventKind.INTERRUPTION: 5,
    EventKind.END: 5,
}
COMPLETED_REASON = "completed"

LEAVE_LABELS_NB = {
    LeaveKind.CARE: "omsorgspermisjon",
    LeaveKind.OWN_ILLNESS: "permisjon ved egen langvarig sykdom",
    LeaveKind.CHILD_ILLNESS: "permisjon ved barns langvarige sykdom",
    LeaveKind.WELFARE: "velferdspermisjon",
    LeaveKind.JOB: "permisjon for å ta arbeid",
    LeaveKind.OTHER: "annen permisjon",
}
LEAVE_LABELS_NN = {
    LeaveKind.CARE: "omsorgspermisjon",
    LeaveKind.OWN_ILLNESS: "permisjon ved eigen langvarig sjukdom",
    LeaveKind.CHILD_ILLNESS: "permisjon ved langvarig sjukdom hos barn",
    LeaveKind.WELFARE: "velferdspermisjon",
    LeaveKind.JOB: "permisjon for å ta arbeid",
    LeaveKind.OTHER: "anna permisjon",
}
LEAVE_LABELS_EN = {
    LeaveKind.CARE: "care leave",
    LeaveKind.OWN_ILLNESS: "leave for one's own long-term illness",
    LeaveKind.CHILD_ILLNESS: "leave for a child's long-term illness",
    LeaveKind.WELFARE: "welfare leave",
    LeaveKind.JOB: "leave to take up work",
    LeaveKind.OTHER: "other leave",
}
# Why a day is unpaid: its code and the explanation in Bokmål, Nynorsk and English.
Unpaid = tuple[str, str, str, str]


class CourseError(UserInputError):
    """An impossible sequence of programme events (exit code 3 on the command line). Coded
    (``programme.*`` in ``domain.errors.MESSAGES``), so the window says it in its language."""


def _refused(event: ProgrammeEvent, why: str, other: date | None = None) -> CourseError:
    """The refusal of ``event``: English on the command line, translated in the window."""
    return CourseError(
        code=f"programme.{why}",
        kind=str(event.kind),
        day=event.day.isoformat(),
        dato=f"{event.day:%d.%m.%Y}",
        other=other.isoformat() if other is not None else "",
        annen=f"{other:%d.%m.%Y}" if other is not None else "",
    )


def in_order(events: Iterable[ProgrammeEvent]) -> list[ProgrammeEvent]:
    return sorted(events, key=lambda e: (e.day, _ORDER[e.kind], e.id or 0))


def last_day_of(event: ProgrammeEvent) -> date:
    return event.until if event.until is not None else event.day


def check_addition(existing: Sequence[ProgrammeEvent], new: ProgrammeEvent) -> None:
    """Whether ``new`` can be added to the recorded events (``CourseError`` if not)."""
    if new.kind in CLOSING_KINDS and existing:
        latest = max(last_day_of(e) for e in existing)
        if new.day < latest:
            raise _refused(new, "before_last_event", latest)
    check_course([*existing, new])


@dataclass
class _Course:
    """What ``check_course`` knows after the events read so far."""

    decided: date | None = None
    started: date | None = None
    stopped: date | None = None
    leave_open: bool = False
    leave_until: date | None = None
    closed: ProgrammeEvent | None = None
    latest: date | None = None

    def on_leave(self, day: date) -> bool:
        return self.leave_open or (self.leave_until is not None and self.leave_until >= day)


def check_course(events: Iterable[ProgrammeEvent]) -> None:
    """Raise ``CourseError`` at the first event that cannot follow the ones before it."""
    course = _Course()
    for event in in_order(events):
        if course.closed is not None:
            raise _refused(event, "after_end", course.closed.day)
        if event.kind in (EventKind.DECISION, EventKind.START) or event.kind in CLOSING_KINDS:
            _check_milestone(course, event)
        elif course.started is None:
            raise _refused(event, "before_start")
        else:
            _check_interruption(course, event)
        course.latest = max(course.latest or event.day, last_day_of(event))


def _check_milestone(course: _Course, event: ProgrammeEvent) -> None:
    """Decision, start, end and interruption."""
    if event.kind is EventKind.DECISION:
        if course.decided is not None:
            raise _refused(event, "second_decision", course.decided)
        course.decided = event.day
    elif event.kind is EventKind.START:
        if course.decided is None:
            raise _refused(event, "start_without_decision")
        if course.started is not None:
            raise _refused(event, "second_start", course.started)
        course.started = event.day
    else:
        if course.decided is None:
            raise _refused(event, "end_without_decision")
        if course.latest is not None and event.day < course.latest:
            raise _refused(event, "before_last_event", course.latest)
        course.closed = event


def _check_interruption(course: _Course, event: ProgrammeEvent) -> None:
    """Leave, stop and resumption (after the start)."""
    day = event.day
    if event.kind is EventKind.LEAVE:
        if course.stopped is not None:
            raise _refused(event, "leave_while_stopped", course.stopped)
        if course.on_leave(day):
            raise _refused(event, "overlapping_leave")
        course.leave_open, course.leave_until = event.until is None, event.until
    elif event.kind is EventKind.STOP:
        if course.stopped is not None:
            raise _refused(event, "already_stopped", course.stopped)
        if course.on_leave(day):
            raise _refused(event, "stop_on_leave")
        course.stopped = day
    elif course.stopped is not None:
        course.stopped = None
    elif course.leave_open:
        course.leave_open, course.leave_until = False, day - timedelta(days=1)
    else:
        raise _refused(event, "not_stopped")


def status_on(events: Iterable[ProgrammeEvent], day: date) -> ParticipantStatus | None:
    """The status on ``day``; ``None`` before the first event (referred or mapped)."""
    status: ParticipantStatus | None = None
    leave_end: date | None = None
    leave_open = False
    for event in in_order(events):
        if event.day > day:
            break
        if event.kind is EventKind.DECISION:
            status = ParticipantStatus.DECIDED
        elif event.kind in (EventKind.START, EventKind.RESUMPTION):
            status = ParticipantStatus.IN_PROGRAMME
            leave_open = False
        elif event.kind is EventKind.LEAVE:
            leave_open, leave_end = event.until is None, event.until
        elif event.kind is EventKind.STOP:
            status = ParticipantStatus.STOPPED
        elif event.kind is EventKind.END and event.exit_reason == COMPLETED_REASON:
            return ParticipantStatus.COMPLETED
        elif event.kind in CLOSING_KINDS:
            return ParticipantStatus.INTERRUPTED
    if status is ParticipantStatus.IN_PROGRAMME and (
        leave_open or (leave_end is not None and day <= leave_end)
    ):
        return ParticipantStatus.ON_LEAVE
    return status


def status_periods(events: Sequence[ProgrammeEvent]) -> list[tuple[ParticipantStatus, date, str]]:
    """The status history the events give: each status with the day it took effect and why."""
    notes: dict[date, str] = {}
    for event in in_order(events):
        notes.setdefault(event.day, event.reason or str(event.kind))
    bounds = {e.day for e in events} | {
        e.until + timedelta(days=1) for e in events if e.until is not None
    }
    periods: list[tuple[ParticipantStatus, date, str]] = []
    for bound in sorted(bounds):
        status = status_on(events, bound)
        if status is not None and (not periods or periods[-1][0] is not status):
            periods.append((status, bound, notes.get(bound, "")))
    return periods


@dataclass(frozen=True, slots=True)
class UnpaidStretch:
    start: date
    end: date
    code: str  # no_decision | stopped | leave_<kind>
    explanation: str  # Bokmål, citing the law
    explanation_nn: str = ""  # Nynorsk
    explanation_en: str = ""  # English


@dataclass(frozen=True, slots=True)
class Participation:
    """The benefit days of one month: paid periods and unpaid stretches with their reason."""

    paid: tuple[tuple[date, date], ...]
    unpaid: tuple[UnpaidStretch, ...]
    decided: bool


PaidLeave = Callable[[LeaveKind, date], bool]


def paid_leave_from(table: DatedTable) -> PaidLeave:
    """Whether leave of a kind keeps the benefit on a day (``benefit_paid_leave``)."""

    def paid(kind: LeaveKind, day: date) -> bool:
        return bool(table.at(day)[kind.value])

    return paid


def _runs(days: Sequence[date]) -> list[tuple[date, date]]:
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _nb(day: date) -> str:
    return f"{day:%d.%m.%Y}"


def month_participation(
    events: Sequence[ProgrammeEvent],
    first: date,
    last: date,
    paid_leave: PaidLeave,
    planned_end: date | None = None,
) -> Participation:
    """The days from ``first`` to ``last`` the benefit is paid for (brief §3.1, §3.4: it follows
    participation). The programme runs from its start to its end (or interruption) inclusive,
    and without an end event to ``planned_end`` (the plan's end with leave), else open."""
    ordered = in_order(events)
    decision = next((e for e in ordered if e.kind is EventKind.DECISION), None)
    start = next((e.day for e in ordered if e.kind is EventKind.START), None)
    closing = next((e.day for e in ordered if e.kind in CLOSING_KINDS), None)
    if decision is None or start is None:
        return Participation((), (), decision is not None)
    end = closing if closing is not None else planned_end
    reason = _unpaid_reasons(ordered, first, last, paid_leave)
    if not reason:  # every day of the programme in the span is paid: one period
        return _all_paid(start, end, first, last)
    return _day_by_day(start, end, first, last, reason)


def _all_paid(start: date, end: date | None, first: date, last: date) -> Participation:
    """``_day_by_day`` with no unpaid day, without walking the days (a month for thousands)."""
    low, high = max(first, start), last if end is None else min(last, end)
    return Participation(((low, high),) if low <= high else (), (), True)


def _day_by_day(
    start: date, end: date | None, first: date, last: date, reason: dict[date, Unpaid]
) -> Participation:
    paid_days: list[date] = []
    unpaid: dict[Unpaid, list[date]] = {}
    day = max(first, start)
    while day <= last and (end is None or day <= end):
        if day in reason:
            unpaid.setdefault(reason[day], []).append(day)
        else:
            paid_days.append(day)
        day += timedelta(days=1)
    stretches = [
        UnpaidStretch(run_start, run_end, code, text, text_nn, text_en)
        for (code, text, text_nn, text_en), days in unpaid.items()
        for run_start, run_end in _runs(days)
    ]
    return Participation(
        tuple(_runs(paid_days)), tuple(sorted(stretches, key=lambda s: s.start)), True
    )


def _unpaid_reasons(
    ordered: Sequence[ProgrammeEvent], first: date, last: date, paid_leave: PaidLeave
) -> dict[date, Unpaid]:
    """Each unpaid day of ``first..last`` with its code and explanation (stop, unpaid leave)."""
    reason: dict[date, Unpaid] = {}
    stopped: date | None = None
    for event in ordered:
        if event.kind is EventKind.STOP:
            stopped = event.day
        elif event.kind is EventKind.RESUMPTION and stopped is not None:
            _mark(reason, stopped, event.day - timedelta(days=1), first, last, _stopped(stopped))
            stopped = None
        elif event.kind is EventKind.LEAVE and event.leave_kind is not None:
            leave_end = _leave_end(event, ordered)
            day = max(event.day, first)
            while day <= min(leave_end or last, last):
                if not paid_leave(event.leave_kind, day):
                    reason.setdefault(day, _leave(event.leave_kind))
                day += timedelta(days=1)
    if stopped is not None:
        _mark(reason, stopped, last, first, last, _stopped(stopped))
    return reason


def _leave_end(event: ProgrammeEvent, ordered: Sequence[ProgrammeEvent]) -> date | None:
    if event.until is not None:
        return event.until
    resumed = next(
        (e.day for e in ordered if e.kind is EventKind.RESUMPTION and e.day > event.day), None
    )
    return None if resumed is None else resumed - timedelta(days=1)


def _mark(
    reason: dict[date, Unpaid],
    start: date,
    end: date,
    first: date,
    last: date,
    why: Unpaid,
) -> None:
    day = max(start, first)
    while day <= min(end, last):
        reason[day] = why
        day += timedelta(days=1)


def _stopped(since: date) -> Unpaid:
    return (
        "stopped",
        f"Programmet er stanset fra {_nb(since)}: ingen introduksjonsstønad mens programmet er "
        "stanset (integreringsloven § 19).",
        f"Programmet er stansa frå {_nb(since)}: ingen introduksjonsstønad medan programmet er "
        "stansa (integreringslova § 19).",
        f"The programme is stopped from {_nb(since)}: no introduction benefit while the "
        "programme is stopped (Integration Act § 19).",
    )


def _leave(kind: LeaveKind) -> Unpaid:
    return (
        f"leave_{kind.value}",
        f"{LEAVE_LABELS_NB[kind].capitalize()} gir permisjon uten introduksjonsstønad "
        "(integreringsforskriften § 16).",
        f"{LEAVE_LABELS_NN[kind].capitalize()} gir permisjon utan introduksjonsstønad "
        "(integreringsforskrifta § 16).",
        f"{LEAVE_LABELS_EN[kind].capitalize()} is leave without introduction benefit "
        "(Integration Regulations § 16).",
    )


NO_DECISION_EXPLANATION = (
    "Ingen vedtak om deltakelse i introduksjonsprogrammet: ingen introduksjonsstønad "
    "(integreringsloven § 19)."
)
NO_DECISION_EXPLANATION_NN = (
    "Ikkje noko vedtak om deltaking i introduksjonsprogrammet: ingen introduksjonsstønad "
    "(integreringslova § 19)."
)
NO_DECISION_EXPLANATION_EN = (
    "No decision on taking part in the introduction programme: no introduction benefit "
    "(Integration Act § 19)."
)
