"""Locking a month while another user registers for it (brief issue 15, item 2): the lock
checks and writes in one transaction with every participant locked, and attendance and other
income check for a locked month inside their own write transaction. So a registration made from
a view loaded before the lock never lands unpaid inside the locked month: it is refused
(attendance) or booked as an adjustment in the next open month (other income). SQLite and
PostgreSQL; the lock is held open mid-transaction while the other user saves."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text

from introdesk.domain.attendance import DayCell
from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.persistence.repositories import audit
from introdesk.services.attendance import AttendanceService
from introdesk.services.benefit import BenefitService, LockResult
from introdesk.services.container import Services, open_services

MAY = date(2026, 5, 1)
JUNE = date(2026, 6, 1)
MONDAY = date(2026, 5, 4)
FULL_MONTH = Decimal("22758.17")  # 2 G from 1.5.2026 / 12 (test_attendance_benefit)

pytestmark = pytest.mark.today(date(2026, 7, 10))


@dataclass(frozen=True)
class Desk:
    """One user's attendance and benefit services, over a fixed plan."""

    attendance: AttendanceService
    benefit: BenefitService


@pytest.fixture
def person(services: Services) -> int:
    pid = services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 6, 15))).id
    services.programme.decide(pid, date(2026, 1, 2))
    services.programme.start(pid, date(2026, 1, 5))
    return pid


def _desk(services: Services, pid: int) -> Desk:
    start = date(2026, 1, 5)
    plan = Plan(
        start=start,
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(PlanElement("NOR", start, date(2027, 12, 31), WeekHours.weekdays(6)),),
    )

    def lookup(ids: Iterable[int] | None = None) -> dict[int, Plan]:
        return {pid: plan} if ids is None or pid in set(ids) else {}

    return Desk(
        AttendanceService(services.context, lookup), BenefitService(services.context, lookup)
    )


@pytest.fixture
def mine(services: Services, person: int) -> Desk:
    desk = _desk(services, person)
    days = [MAY.replace(day=d) for d in range(1, 32)]
    desk.attendance.save_week(
        {(person, d): DayCell(attended_minutes=360) for d in days if d.weekday() < 5}
    )
    return desk


@pytest.fixture
def other(migrated_database_url: str) -> Iterator[Services]:
    opened = open_services(migrated_database_url, actor="per.olsen")
    yield opened
    opened.close()


class PausedLock:
    """``lock_month`` in a thread, stopped inside its write transaction (after its checks and
    the payment rows, just before the audit row and commit) until ``release``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()
        real = audit.record

        def record(*args: Any, **kwargs: Any) -> None:
            if kwargs.get("entity") == "benefit_month" and not self.reached.is_set():
                self.reached.set()
                self.release.wait(timeout=60)
            real(*args, **kwargs)

        monkeypatch.setattr(audit, "record", record)


def _in_thread(action: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except IntroDeskError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _until_waiting(services: Services, thread: threading.Thread) -> None:
    """Give the second writer time to reach the lock: on PostgreSQL until the server shows a
    session waiting for a lock (or the writer finished without waiting); SQLite's writer waits
    for the database lock in its busy handler, which cannot be observed, so a short pause.

    The pauses are ``time.sleep``, not ``thread.join(timeout=...)``: under libfaketime (the CI's
    clock-ahead pass) a timed join does not time out, so the lock stayed held until the writer's
    busy timeout gave up."""
    engine = services.database.engine
    if engine.dialect.name != "postgresql":
        for _ in range(10):
            if not thread.is_alive():
                return
            time.sleep(0.05)
        return
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
    )
    for _ in range(200):
        with engine.connect() as connection:
            if connection.scalar(query) or not thread.is_alive():
                return
        time.sleep(0.05)


def _race(
    services: Services, monkeypatch: pytest.MonkeyPatch, mine: Desk, write: Callable[[], object]
) -> object:
    """Lock May (held open) while ``write`` runs; return the write's outcome."""
    paused = PausedLock(monkeypatch)
    locker, locked = _in_thread(lambda: mine.benefit.lock_month(MAY))
    assert paused.reached.wait(timeout=60), locked
    writer, outcome = _in_thread(write)
    _until_waiting(services, writer)
    paused.release.set()
    locker.join()
    writer.join()
    (lock_result,) = locked
    assert isinstance(lock_result, LockResult), lock_result
    (result,) = outcome
    return result


def _may_as_paid(desk: Desk) -> Decimal:
    (may,) = desk.benefit.compute_month(MAY)
    return may.net


def test_grid_saved_from_a_view_before_the_lock_is_refused(
    services: Services,
    other: Services,
    person: int,
    mine: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = _desk(other, person)
    (stale,) = theirs.attendance.week(MONDAY, [person]).rows
    assert not any(stale.locked)  # they look at an open month
    refused = _race(
        services,
        monkeypatch,
        mine,
        lambda: theirs.attendance.save_week(
            {(person, MONDAY): DayCell(0, "invalid", 360)}, {(person, MONDAY): stale.version}
        ),
    )
    assert isinstance(refused, UserInputError), refused
    (week,) = mine.attendance.week(MONDAY, [person]).rows
    assert week.cells[0] == DayCell(attended_minutes=360)
    assert all(week.locked)
    assert _may_as_paid(mine) == FULL_MONTH


def test_day_recorded_while_the_month_is_locked_is_refused(
    services: Services,
    other: Services,
    person: int,
    mine: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = _desk(other, person)
    refused = _race(
        services,
        monkeypatch,
        mine,
        lambda: theirs.attendance.record(
            person, MONDAY, absence_code="invalid", absence_minutes=360
        ),
    )
    assert isinstance(refused, UserInputError), refused
    assert "locked" in str(refused)
    (week,) = mine.attendance.week(MONDAY, [person]).rows
    assert week.cells[0] == DayCell(attended_minutes=360)
    assert _may_as_paid(mine) == FULL_MONTH


def test_other_income_set_while_the_month_is_locked_becomes_an_adjustment(
    services: Services,
    other: Services,
    person: int,
    mine: Desk,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    theirs = _desk(other, person)
    outcome = _race(
        services,
        monkeypatch,
        mine,
        lambda: theirs.benefit.set_other_benefit(person, MAY, "dagpenger", Decimal("1000")),
    )
    assert outcome is None, outcome
    assert _may_as_paid(mine) == FULL_MONTH  # May as locked and paid
    (june,) = mine.benefit.compute_month(JUNE)
    assert [(a.corrects_month, a.amount) for a in june.adjustments] == [(MAY, Decimal("-1000.00"))]
