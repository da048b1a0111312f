"""Programme events: the participant's course, recorded as dated events (issue 14 items 1-2).

Every event is checked against the ones already recorded (``rules.programme_events``): an
impossible sequence is refused and nothing is written. Recording an event, in one transaction:
the event row, its audit entry, the status and status history read out of the events, the
cached ``decision_date``/``programme_start`` on the participant, and, when the event changes a
locked benefit month, the adjustment lines in the next open month.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.dates import month_start
from introdesk.domain.errors import FieldProblem, NotFoundError, UserInputError, ValidationError
from introdesk.domain.programme import (
    CLOSING_KINDS,
    EventKind,
    ExitReason,
    LeaveKind,
    ProgrammeEvent,
)
from introdesk.persistence.models import ParticipantRow, ProgrammeEventRow
from introdesk.persistence.repositories import attendance as attendance_repo
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import plans as plan_repo
from introdesk.persistence.repositories import programme_events as repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.exit_reasons import load_exit_reasons
from introdesk.rules.programme_events import (
    check_addition,
    check_course,
    last_day_of,
    paid_leave_from,
    status_on,
    status_periods,
)
from introdesk.rules.tables import load_table
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext

# Books corrections of a locked month for one participant (the benefit service's calculator).
Corrections = Callable[[Session, int, date, str], int]


def no_corrections(session: Session, participant_id: int, month: date, actor: str) -> int:
    return 0


def record_event(
    session: Session,
    participant_id: int,
    event: ProgrammeEvent,
    actor: str,
    corrections: Corrections = no_corrections,
) -> int:
    """Check and write one event in the caller's transaction; returns its id."""
    # Locked until commit (PostgreSQL): two events for one person are checked one after the other.
    person = plan_repo.participant_row(session, participant_id, for_update=True)
    if person is None:
        raise NotFoundError(code="participants.not_found", id=participant_id)
    if event.exit_reason is not None and event.exit_reason not in load_exit_reasons():
        codes = ", ".join(load_exit_reasons())
        raise UserInputError(
            code="programme.unknown_exit_reason", reason=event.exit_reason, codes=codes
        )
    existing = repo.events_of(session, participant_id)
    check_addition(existing, event)
    event_id = repo.add(session, participant_id, event, actor)
    audit.record(
        session,
        actor=actor,
        action="create",
        entity="programme_event",
        entity_id=event_id,
        changes={
            "participant_id": (None, participant_id),
            "kind": (None, event.kind),
            "date": (None, event.day),
            "until": (None, event.until),
            "leave_kind": (None, event.leave_kind),
            "exit_reason": (None, event.exit_reason),
            "reason": (None, event.reason),
        },
    )
    refresh_participant(session, person, [*existing, event], actor)
    _book_locked(session, participant_id, event, actor, corrections)
    return event_id


def refresh_participant(
    session: Session, person: ParticipantRow, events: builtins.list[ProgrammeEvent], actor: str
) -> None:
    """Status, status history and the decision/start dates, read out of the events."""
    repo.replace_status_history(
        session, person.id, update_from_events(session, person, events, actor)
    )


def update_from_events(
    session: Session, person: ParticipantRow, events: builtins.list[ProgrammeEvent], actor: str
) -> builtins.list[tuple[ParticipantStatus, date, str]]:
    """Status and the decision/start dates read out of the events, audited; returns the status
    history the events give, for the caller to store (one row at a time, or all at once)."""
    status = status_on(events, clock.today())
    decision = next((e.day for e in events if e.kind is EventKind.DECISION), None)
    start = next((e.day for e in events if e.kind is EventKind.START), None)
    changes: dict[str, tuple[object, object]] = {}
    if status is not None and person.status != status.value:
        changes["status"] = (person.status, status.value)
        person.status = status.value
    if person.decision_date != decision:
        changes["decision_date"] = (person.decision_date, decision)
        person.decision_date = decision
    if person.programme_start != start:
        changes["programme_start"] = (person.programme_start, start)
        person.programme_start = start
    if changes:
        audit.record(
            session,
            actor=actor,
            action="update",
            entity="participant",
            entity_id=person.id,
            changes=changes,
        )
    return status_periods(events)


def _book_locked(
    session: Session,
    participant_id: int,
    event: ProgrammeEvent,
    actor: str,
    corrections: Corrections,
) -> None:
    first = month_start(event.day)
    until = last_day_of(event) if event.until is not None else None
    for month in sorted(attendance_repo.locked_months(session)):
        if month >= first and (until is None or month <= until):
            corrections(session, participant_id, month, actor)


# What a correction may change, with the names the audit log uses (as ``record_event`` does).
CORRECTABLE = {
    "day": "date",
    "until": "until",
    "leave_kind": "leave_kind",
    "exit_reason": "exit_reason",
    "reason": "reason",
}


class ProgrammeService:
    def __init__(self, context: ServiceContext, corrections: Corrections = no_corrections) -> None:
        self._ctx = context
        self._corrections = corrections
        self._paid_leave = paid_leave_from(load_table("benefit_paid_leave"))

    def history(self, participant_id: int) -> builtins.list[ProgrammeEvent]:
        """The participant's events in date order."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            if uow.session.get(ParticipantRow, participant_id) is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            return repo.events_of(uow.session, participant_id)

    def leave_is_paid(self, event: ProgrammeEvent) -> bool | None:
        """Whether leave keeps the benefit (on its first day); ``None`` for other events."""
        if event.kind is not EventKind.LEAVE or event.leave_kind is None:
            return None
        return self._paid_leave(event.leave_kind, event.day)

    @staticmethod
    def exit_reasons() -> dict[str, ExitReason]:
        return load_exit_reasons()

    def record(self, participant_id: int, event: ProgrammeEvent) -> ProgrammeEvent:
        with self._ctx.database.unit_of_work() as uow:
            event_id = record_event(
                uow.session, participant_id, event, self._ctx.actor, self._corrections
            )
            uow.commit()
        return ProgrammeEvent(
            id=event_id,
            participant_id=participant_id,
            kind=event.kind,
            day=event.day,
            until=event.until,
            leave_kind=event.leave_kind,
            exit_reason=event.exit_reason,
            reason=event.reason,
            by=self._ctx.actor,
            row_version=1,  # a new row's first version
        )

    def event(self, event_id: int) -> ProgrammeEvent:
        """One recorded event with its ``row_version`` (the copy a correction starts from)."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.event_row(uow.session, event_id)
            if row is None:
                raise NotFoundError(code="programme.no_event", id=event_id)
            return repo.to_event(row)

    def change(
        self, event_id: int, corrected: ProgrammeEvent, *, expected_version: int | None = None
    ) -> ProgrammeEvent:
        """Correct a recorded event (its dates, leave kind, exit reason or note; not its kind).

        ``expected_version``: the event's ``row_version`` as read; an event changed or removed
        by someone else since is refused with a ``ConflictError`` (exit 4) and nothing is
        written. The corrected course is checked like a new event."""
        with self._ctx.database.unit_of_work() as uow:
            row, person, others = self._locked(uow.session, event_id, expected_version)
            if corrected.kind.value != row.kind:
                raise UserInputError(
                    code="programme.kind_unchangeable",
                    id=event_id,
                    kind=row.kind,
                    new_kind=corrected.kind,
                )
            old = repo.to_event(row)
            check_addition(others, corrected)
            changes = {
                label: (getattr(old, name), getattr(corrected, name))
                for name, label in CORRECTABLE.items()
                if getattr(old, name) != getattr(corrected, name)
            }
            if not changes:
                return old
            repo.overwrite(row, corrected)
            uow.session.flush()  # the version check: a racing writer makes this a conflict
            refresh_participant(uow.session, person, [*others, corrected], self._ctx.actor)
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="update",
                entity="programme_event",
                entity_id=event_id,
                changes=changes,
            )
            # the months the event covers before and after the correction (idempotent: the
            # second pass sees the lines the first booked)
            for covered in (old, corrected):
                _book_locked(uow.session, person.id, covered, self._ctx.actor, self._corrections)
            result = repo.to_event(row)
            uow.commit()
        return result

    def remove(self, event_id: int, *, expected_version: int | None = None) -> None:
        """Delete an event recorded by mistake; refused (``ConflictError``, exit 4) when the
        event changed since ``expected_version`` was read, or when the course left behind
        would be impossible (``CourseError``, exit 3)."""
        with self._ctx.database.unit_of_work() as uow:
            row, person, others = self._locked(uow.session, event_id, expected_version)
            old = repo.to_event(row)
            check_course(others)
            uow.session.delete(row)
            uow.session.flush()
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="delete",
                entity="programme_event",
                entity_id=event_id,
                changes={"kind": (old.kind, None), "date": (old.day, None)},
            )
            refresh_participant(uow.session, person, others, self._ctx.actor)
            _book_locked(uow.session, person.id, old, self._ctx.actor, self._corrections)
            uow.commit()

    def _locked(
        self, session: Session, event_id: int, expected_version: int | None
    ) -> tuple[ProgrammeEventRow, ParticipantRow, builtins.list[ProgrammeEvent]]:
        """The event, its participant (locked, as ``record_event`` locks it) and the other
        events, after refusing a stale copy."""
        row = repo.event_row(session, event_id)
        if row is None:
            if expected_version is not None:  # read by the caller, removed by someone since
                refuse_if_stale(
                    session,
                    what=f"Programme event {event_id}",
                    entity="programme_event",
                    entity_id=event_id,
                    current=0,
                    expected=expected_version,
                )
            raise NotFoundError(code="programme.no_event", id=event_id)
        person = plan_repo.participant_row(session, row.participant_id, for_update=True)
        assert person is not None  # the foreign key cascades deletes
        session.refresh(row, with_for_update=True)
        refuse_if_stale(
            session,
            what=f"Programme event {event_id}",
            entity="programme_event",
            entity_id=event_id,
            current=row.row_version,
            expected=expected_version,
        )
        others = [e for e in repo.events_of(session, person.id) if e.id != event_id]
        return row, person, others

    def decide(self, participant_id: int, day: date, reason: str = "") -> ProgrammeEvent:
        return self.record(
            participant_id, ProgrammeEvent(kind=EventKind.DECISION, day=day, reason=reason)
        )

    def start(self, participant_id: int, day: date, reason: str = "") -> ProgrammeEvent:
        return self.record(
            participant_id, ProgrammeEvent(kind=EventKind.START, day=day, reason=reason)
        )

    def leave(
        self, participant_id: int, kind: LeaveKind, first: date, last: date, note: str = ""
    ) -> ProgrammeEvent:
        if last < first:
            raise UserInputError(code="programme.leave_ends_before_start")
        return self.record(
            participant_id,
            ProgrammeEvent(
                kind=EventKind.LEAVE, day=first, until=last, leave_kind=kind, reason=note
            ),
        )

    def stop(self, participant_id: int, day: date, reason: str) -> ProgrammeEvent:
        if not reason.strip():
            raise UserInputError(code="programme.stop_needs_reason")
        return self.record(
            participant_id, ProgrammeEvent(kind=EventKind.STOP, day=day, reason=reason.strip())
        )

    def resume(self, participant_id: int, day: date, reason: str = "") -> ProgrammeEvent:
        return self.record(
            participant_id, ProgrammeEvent(kind=EventKind.RESUMPTION, day=day, reason=reason)
        )

    def end(
        self,
        participant_id: int,
        day: date,
        exit_reason: str,
        note: str = "",
        kind: EventKind = EventKind.END,
    ) -> ProgrammeEvent:
        if kind not in CLOSING_KINDS:
            raise ValueError("end or interruption")
        return self.record(
            participant_id, ProgrammeEvent(kind=kind, day=day, exit_reason=exit_reason, reason=note)
        )


def course_events_for_fields(
    existing: Sequence[ProgrammeEvent], changed: Mapping[str, tuple[object, object]]
) -> builtins.list[ProgrammeEvent]:
    """The events a participant-record edit asks for (issue 14: status is read from events).

    A decision date or programme start typed on the record becomes its event when there is none
    yet; once an event exists it is changed through the events, not the record. The status can
    only be typed before any event (referred, mapped), or be what the new events give.
    """
    problems: builtins.list[FieldProblem] = []
    new_events: builtins.list[ProgrammeEvent] = []
    kinds = {e.kind for e in existing}
    for name, kind in (("decision_date", EventKind.DECISION), ("programme_start", EventKind.START)):
        if name not in changed:
            continue
        value = changed[name][1]
        if kind in kinds:
            problems.append(FieldProblem.coded(None, name, "rows.read_from_events"))
        elif isinstance(value, date):
            new_events.append(ProgrammeEvent(kind=kind, day=value, reason="participant record"))
    if "status" in changed:
        wanted = ParticipantStatus(str(changed["status"][1]))
        derived = status_on([*existing, *new_events], clock.today())
        typed_before_events = not existing and not new_events and wanted in BEFORE_EVENTS
        if not typed_before_events and wanted is not derived:
            problems.append(FieldProblem.coded(None, "status", "rows.status_follows_events"))
    if problems:
        raise ValidationError(problems)
    return new_events


BEFORE_EVENTS = frozenset({ParticipantStatus.REFERRED, ParticipantStatus.MAPPED})
