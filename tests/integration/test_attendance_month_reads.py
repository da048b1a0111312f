"""A month's attendance read set-based for the benefit (issue 18): what each participant has
registered (one aggregated row per participant) and the rows that can change the benefit are
the same as reading every row, on SQLite and PostgreSQL, also with element codes holding the
characters the aggregation joins with."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from introdesk.domain.records import NewParticipant
from introdesk.persistence.repositories import attendance as repo
from introdesk.persistence.repositories import attendance_month as month_repo
from introdesk.rules.benefit import can_change_benefit
from introdesk.services.container import Services

FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)


def add_rows(services: Services, codes: list[str]) -> list[int]:
    ids = [
        services.participants.create(NewParticipant(f"P{n}", "Test", date(1990, 1, 1))).id
        for n in range(3)
    ]
    rows: list[dict[str, Any]] = []
    for index, pid in enumerate(ids):
        # From the last days of October into December: only November counts.
        for offset in range(-3, 34):
            day = FIRST + timedelta(days=offset)
            for number, code in enumerate(codes):
                if (offset + number + index) % 4 == 3:
                    continue  # some elements not registered
                absent = 60 * ((offset + index) % 3 == 0)
                rows.append(
                    {
                        "participant_id": pid,
                        "day": day,
                        "element_code": code,
                        "planned_minutes": 240,
                        "attended_minutes": 240 - absent - 30 * (offset % 5 == 0),
                        "absence_code": "invalid" if absent else None,
                        "absence_minutes": absent,
                        "note": "",
                        "updated_by": "test",
                        "updated_at": datetime(2026, 12, 1, 12, 0),
                    }
                )
    with services.database.unit_of_work() as uow:
        repo.add_entries(uow.session, rows)
        uow.commit()
    return ids


def expected(services: Services, wanted: list[int] | None) -> tuple[dict[int, set[str]], list[Any]]:
    registered: dict[int, set[str]] = {}
    changing = []
    with services.database.unit_of_work(write=False) as uow:
        for values in repo.entry_values(uow.session, FIRST, LAST, wanted):
            registered.setdefault(values[0], set()).add(month_repo.registered_key(*values[1:3]))
            if can_change_benefit(*values[3:]):
                changing.append(values)
    return registered, changing


@pytest.mark.parametrize(
    "codes",
    [
        ["NOR", "WORK", "SAMF"],
        ["NOR", "A\x1eB", "C\x1fD"],  # codes holding the joining characters: read row by row
        ["NOR", "C\x1fD"],  # a field separator only: the written-out rows do not split
    ],
    ids=["plain codes", "awkward codes", "field separator"],
)
def test_month_reads_match_reading_every_row(services: Services, codes: list[str]) -> None:
    ids = add_rows(services, codes)
    for wanted in (None, ids[:2]):
        registered, changing = expected(services, wanted)
        assert changing, "the data should have absences and gaps"
        with services.database.unit_of_work(write=False) as uow:
            assert month_repo.registered_elements(uow.session, FIRST, LAST, wanted) == registered
            found = month_repo.absences_and_gaps(uow.session, FIRST, LAST, wanted)
        assert [values for values in found if can_change_benefit(*values[3:])] == changing
        assert all(isinstance(values[1], date) for values in found)
        with services.database.unit_of_work(write=False) as uow:
            keys, together = month_repo.month_attendance(uow.session, FIRST, LAST, wanted)
        assert keys == registered
        assert sorted(found) == together  # the same rows, in the same order


def test_a_read_in_the_same_unit_of_work_sees_what_was_just_added(services: Services) -> None:
    """Plain reads go through the session's connection: they flush the session first, as an
    ORM read would, so corrections booked in the same transaction see the change."""
    from introdesk.persistence.models import AttendanceEntryRow

    (pid, *_) = add_rows(services, ["NOR"])
    day = date(2026, 11, 30)
    with services.database.unit_of_work() as uow:
        uow.session.add(
            AttendanceEntryRow(
                participant_id=pid,
                day=day,
                element_code="LATE",
                planned_minutes=120,
                attended_minutes=0,
                absence_code="invalid",
                absence_minutes=120,
                updated_by="test",
            )
        )
        found = month_repo.absences_and_gaps(uow.session, FIRST, LAST, [pid])
        registered = month_repo.registered_elements(uow.session, FIRST, LAST, [pid])
        values = repo.entry_values(uow.session, FIRST, LAST, [pid])
    assert (pid, day, "LATE", 120, 0, "invalid", 120) in found
    assert month_repo.registered_key(day, "LATE") in registered[pid]
    assert (pid, day, "LATE", 120, 0, "invalid", 120) in values
