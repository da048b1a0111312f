"""The programme's course read from its events (issue 14 item 1; integreringsloven §§ 19-20,
integreringsforskriften § 16)."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import UserInputError
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.rules.attendance_spread import spread_minutes
from introdesk.rules.programme_events import (
    CourseError,
    check_addition,
    month_participation,
    paid_leave_from,
    status_on,
)
from introdesk.rules.tables import load_table

DECIDED = ProgrammeEvent(kind=EventKind.DECISION, day=date(2026, 1, 2))
STARTED = ProgrammeEvent(kind=EventKind.START, day=date(2026, 1, 5))
PAID = paid_leave_from(load_table("benefit_paid_leave"))


def leave(kind: LeaveKind, first: date, last: date | None) -> ProgrammeEvent:
    return ProgrammeEvent(kind=EventKind.LEAVE, day=first, until=last, leave_kind=kind)


def test_status_follows_the_events_day_by_day() -> None:
    course = [
        DECIDED,
        STARTED,
        leave(LeaveKind.WELFARE, date(2026, 3, 2), date(2026, 3, 4)),
        ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 5, 1)),
        ProgrammeEvent(kind=EventKind.RESUMPTION, day=date(2026, 5, 20)),
        ProgrammeEvent(kind=EventKind.END, day=date(2026, 9, 30), exit_reason="work"),
    ]
    expected = [
        (date(2026, 1, 1), None),
        (date(2026, 1, 3), ParticipantStatus.DECIDED),
        (date(2026, 3, 3), ParticipantStatus.ON_LEAVE),
        (date(2026, 3, 5), ParticipantStatus.IN_PROGRAMME),
        (date(2026, 5, 10), ParticipantStatus.STOPPED),
        (date(2026, 6, 1), ParticipantStatus.IN_PROGRAMME),
        (date(2026, 10, 1), ParticipantStatus.INTERRUPTED),  # ended for work, not completed
    ]
    assert [(day, status_on(course, day)) for day, _ in expected] == expected


def test_paid_leave_kinds_come_from_the_dated_table() -> None:
    # integreringsforskriften § 16: care leave and long-term illness are without benefit.
    day = date(2026, 6, 1)
    assert [k for k in LeaveKind if PAID(k, day)] == [LeaveKind.WELFARE]


def test_participation_lists_unpaid_stretches_with_their_reason() -> None:
    course = [DECIDED, STARTED, leave(LeaveKind.CARE, date(2026, 11, 20), date(2027, 1, 10))]
    november = month_participation(course, date(2026, 11, 1), date(2026, 11, 30), PAID)
    assert november.paid == ((date(2026, 11, 1), date(2026, 11, 19)),)
    assert [(u.start, u.end, u.code) for u in november.unpaid] == [
        (date(2026, 11, 20), date(2026, 11, 30), "leave_care")
    ]


def test_without_a_decision_nothing_is_paid() -> None:
    taking_part = month_participation([], date(2026, 11, 1), date(2026, 11, 30), PAID)
    assert (taking_part.paid, taking_part.decided) == ((), False)


@pytest.mark.parametrize(
    ("existing", "new", "message"),
    [
        ([], STARTED, "before a decision"),
        ([DECIDED], ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 2, 1)), "programme start"),
        (
            [DECIDED, STARTED],
            DECIDED,
            "already a decision",
        ),
        (
            [DECIDED, STARTED, ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 2, 1))],
            ProgrammeEvent(kind=EventKind.STOP, day=date(2026, 3, 1)),
            "already stopped",
        ),
        (
            [DECIDED, STARTED, leave(LeaveKind.OTHER, date(2026, 3, 1), date(2026, 3, 31))],
            ProgrammeEvent(kind=EventKind.END, day=date(2026, 3, 15), exit_reason="moved"),
            "before the last event",
        ),
        (
            [
                DECIDED,
                STARTED,
                ProgrammeEvent(kind=EventKind.END, day=date(2026, 3, 15), exit_reason="moved"),
            ],
            leave(LeaveKind.OTHER, date(2026, 4, 1), date(2026, 4, 2)),
            "ended",
        ),
    ],
)
def test_impossible_sequences_are_refused(
    existing: list[ProgrammeEvent], new: ProgrammeEvent, message: str
) -> None:
    with pytest.raises(CourseError, match=message):
        check_addition(existing, new)


def test_declined_after_a_decision_ends_without_a_start() -> None:
    check_addition(
        [DECIDED], ProgrammeEvent(kind=EventKind.END, day=date(2026, 1, 3), exit_reason="declined")
    )


def test_absence_is_spread_over_elements_in_plan_order() -> None:
    assert spread_minutes([("NOR", 120), ("SPRP", 240)], 180) == [("NOR", 120), ("SPRP", 60)]
    with pytest.raises(UserInputError, match="more than"):
        spread_minutes([("NOR", 120)], 180)
