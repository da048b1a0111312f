"""The programme's course as dated events (issue 14 item 1; brief §1.3, §2.3, §5.1).

A participant's course is a list of events: the decision (vedtak) to take part, the programme
start, approved leave with a kind and a period, stop (stans) and resumption, and the end of the
programme (completed or interrupted, with an exit reason code). Status, the status history and
the days the benefit is paid for are read from these events by ``rules.programme_events``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EventKind(StrEnum):
    DECISION = "decision"
    START = "start"
    LEAVE = "leave"
    STOP = "stop"
    RESUMPTION = "resumption"
    INTERRUPTION = "interruption"
    END = "end"


class LeaveKind(StrEnum):
    """Kinds of approved leave (integreringsforskriften ch. 3-4); which are paid is a dated
    rule table (``resources/rules/benefit_paid_leave.json``)."""

    CARE = "care"
    OWN_ILLNESS = "own_illness"
    CHILD_ILLNESS = "child_illness"
    WELFARE = "welfare"
    JOB = "job"
    OTHER = "other"


# Events after which nothing else can happen in the programme.
CLOSING_KINDS = frozenset({EventKind.END, EventKind.INTERRUPTION})


@dataclass(frozen=True, slots=True, kw_only=True)
class ProgrammeEvent:
    """One dated event. ``day`` is the event's date (for leave: its first day); ``until`` is the
    last day of leave (``None`` for open leave carried over from an old status, closed by a
    resumption). ``exit_reason`` is a code of ``resources/catalogues/exit_reasons.json``.
    ``row_version`` is the stored row's version as read (0 for an event not stored yet)."""

    kind: EventKind
    day: date
    until: date | None = None
    leave_kind: LeaveKind | None = None
    exit_reason: str | None = None
    reason: str = ""
    by: str = ""
    id: int | None = None
    participant_id: int | None = None
    # optimistic concurrency (issue 15): pass back as ``expected_version`` when changing it
    row_version: int = field(default=0, compare=False)

    def __post_init__(self) -> None:
        if self.kind is EventKind.LEAVE:
            if self.leave_kind is None:
                raise ValueError("leave needs a kind")
            if self.until is not None and self.until < self.day:
                raise ValueError("leave cannot end before it starts")
        elif self.until is not None or self.leave_kind is not None:
            raise ValueError("only leave has a kind and a period")
        if (self.kind in CLOSING_KINDS) != (self.exit_reason is not None):
            raise ValueError("an end or interruption, and only those, carry an exit reason")


@dataclass(frozen=True, slots=True)
class ExitReason:
    code: str
    label_nb: str
    label_en: str
    register_code: str  # the national register's code, mapped by the municipality
    label_nn: str = ""  # Nynorsk, for documents written in nynorsk
