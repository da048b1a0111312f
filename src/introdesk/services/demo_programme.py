"""Demo programme events (issue 14): each demo participant's status becomes the events that
give it, dated around their plan, so the benefit and the status history follow a real course.

Referred and mapped people get none (no decision: never paid). The programme starts on the
first plan's start; the decision comes one to three weeks before it.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import plans as plan_repo
from introdesk.persistence.repositories import programme_events as event_repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.programme_events import check_course
from introdesk.services.programme import update_from_events

NOTE = "demo"
DEMO_LEAVE = [LeaveKind.WELFARE, LeaveKind.CARE, LeaveKind.CHILD_ILLNESS]
DEMO_EXITS = ["work", "education", "moved", "other"]
# Statuses before any event; a status history keeps them when events are read (issue 14).
BEFORE_EVENTS = (ParticipantStatus.REFERRED, ParticipantStatus.MAPPED)


def demo_course(
    status: ParticipantStatus,
    start: date | None,
    planned_end: date | None,
    rng: random.Random,
    today: date,
) -> list[ProgrammeEvent]:
    """The events giving ``status`` today (empty before a decision)."""
    if status in (ParticipantStatus.REFERRED, ParticipantStatus.MAPPED):
        return []
    if status is ParticipantStatus.DECIDED or start is None:
        return [
            ProgrammeEvent(
                kind=EventKind.DECISION, day=today - timedelta(days=rng.randint(3, 25)), reason=NOTE
            )
        ]
    course = [
        ProgrammeEvent(
            kind=EventKind.DECISION, day=start - timedelta(days=rng.randint(7, 21)), reason=NOTE
        ),
        ProgrammeEvent(kind=EventKind.START, day=start, reason=NOTE),
    ]
    recent = max(start, today - timedelta(days=rng.randint(5, 40)))
    if status is ParticipantStatus.ON_LEAVE:
        course.append(
            ProgrammeEvent(
                kind=EventKind.LEAVE,
                day=max(start, today - timedelta(days=rng.randint(3, 20))),
                until=today + timedelta(days=rng.randint(5, 60)),
                leave_kind=rng.choice(DEMO_LEAVE),
                reason=NOTE,
            )
        )
    elif status is ParticipantStatus.STOPPED:
        course.append(ProgrammeEvent(kind=EventKind.STOP, day=recent, reason="demo: stans"))
    elif status is ParticipantStatus.COMPLETED:
        end = planned_end if planned_end is not None and start <= planned_end < today else recent
        course.append(
            ProgrammeEvent(kind=EventKind.END, day=end, exit_reason="completed", reason=NOTE)
        )
    elif status is ParticipantStatus.INTERRUPTED:
        course.append(
            ProgrammeEvent(
                kind=EventKind.INTERRUPTION,
                day=recent,
                exit_reason=rng.choice(DEMO_EXITS),
                reason=NOTE,
            )
        )
    return course


def add_demo_events(
    session: Session,
    participant_ids: list[int],
    actor: str,
    rng: random.Random,
    today: date,
    without: set[int] | frozenset[int] = frozenset(),
) -> int:
    """Events and the status history for the given (new) demo participants; returns how many
    events were written.

    Each person keeps a first history row (their status, from ``today``) only when no event
    replaces it: referred and mapped people, and anyone without a course. ``without``: people
    who are not eligible. They get no decision (so they are never paid, issue 14) and no plan,
    and stay "mapped". (Their plan is removed here, after the fact, so the demo's random
    sequence, and with it every other demo person, stays as before.)

    The history is written once, at the end, in id order: no row is written and then deleted,
    so the same seed gives the same row ids on SQLite (which reuses a deleted last id) and on
    PostgreSQL, and a big demo needs no statement per person."""
    versions = plan_repo.load_versions(session, participant_ids)
    written = 0
    first_rows: list[tuple[int, ParticipantStatus, date, str]] = []
    from_events: list[tuple[int, ParticipantStatus, date, str]] = []
    events: list[ProgrammeEvent] = []
    # In id order: the same seed gives the same rows (and audit entries) on every database.
    people = sorted(plan_repo.participant_rows(session, participant_ids), key=lambda p: p.id)
    with session.no_autoflush:
        for person in people:
            status = ParticipantStatus(person.status)
            if status in BEFORE_EVENTS:
                first_rows.append((person.id, status, today, NOTE))
            if person.id in without:
                person.status = ParticipantStatus.MAPPED.value
                person.decision_date = person.programme_start = None
                continue
            plans = versions.get(person.id, [])
            first = plans[0].plan if plans else None
            start = first.start if first is not None and first.start <= today else None
            end = plans[-1].plan.planned_end if plans else None
            course = demo_course(status, start, end, rng, today)
            if not course:
                if status not in BEFORE_EVENTS:
                    first_rows.append((person.id, status, today, NOTE))
                continue
            check_course(course)
            events.extend(_owned(e, person.id) for e in course)
            periods = update_from_events(session, person, course, actor)
            from_events.extend((person.id, s, d, note) for s, d, note in periods)
            written += len(course)
    event_repo.add_many(session, events, actor)
    plan_repo.delete_versions(session, sorted(without))
    participant_repo.add_status_periods(session, first_rows + from_events)
    return written


def _owned(event: ProgrammeEvent, participant_id: int) -> ProgrammeEvent:
    return ProgrammeEvent(
        kind=event.kind,
        day=event.day,
        until=event.until,
        leave_kind=event.leave_kind,
        exit_reason=event.exit_reason,
        reason=event.reason,
        participant_id=participant_id,
    )
