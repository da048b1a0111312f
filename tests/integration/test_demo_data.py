"""Demo data is made relative to the program's clock and is the same for the same seed.

Screenshots, training sessions and tests all rely on ``introdesk demo --seed S`` giving the same
people, plans and registrations; and the demo must follow the pinned day, not the real one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import DateTime, MetaData, select, text

from introdesk.core import clock
from introdesk.services.container import Services, open_services

AUDIT_CHAIN_COLUMNS = {"prev_hash", "row_hash"}


def _content(services: Services) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted, without the columns that record when a row was written
    (``DateTime`` columns: real time of day, not something the demo invented) and the audit
    chain's hashes, which cover those times."""
    engine = services.database.engine
    metadata = MetaData()
    metadata.reflect(engine)
    dump: dict[str, list[tuple[object, ...]]] = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [
                c
                for c in table.columns
                if not isinstance(c.type, DateTime) and c.name not in AUDIT_CHAIN_COLUMNS
            ]
            rows = conn.execute(select(*columns)).all()
            dump[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return dump


@pytest.fixture
def two_databases(
    backend: str, migrated_database_url: str, sqlite_only_database_url: str
) -> Iterator[tuple[Services, Services]]:
    # The second database is always SQLite: the demo must give the same content on both.
    first = open_services(migrated_database_url, actor="demo")
    second = open_services(sqlite_only_database_url, actor="demo")
    yield first, second
    first.close()
    second.close()


def _demo(services: Services, seed: int | None) -> None:
    services.demo.generate(16, seed=seed)
    services.demo_attendance.fill(weeks=4, seed=seed)


def test_the_same_seed_gives_the_same_data(two_databases: tuple[Services, Services]) -> None:
    first, second = two_databases
    _demo(first, seed=21)
    _demo(second, seed=21)
    one, other = _content(first), _content(second)
    assert one["participants"], "the demo added nobody"
    for table in one:
        if table == "alembic_version":
            continue
        assert one[table] == other[table], f"table {table} differs for the same seed"


def test_another_seed_gives_other_people(sqlite_only_database_url: str) -> None:
    services = open_services(sqlite_only_database_url, actor="demo")
    try:
        services.demo.generate(8, seed=1)
        services.demo.generate(8, seed=2)
        names = [(p.given_name, p.family_name, p.birth_date) for p in services.participants.list()]
    finally:
        services.close()
    assert names[:8] != names[8:]


@pytest.mark.today(date(2029, 3, 14))
def test_the_demo_follows_the_programs_clock(services: Services) -> None:
    _demo(services, seed=5)
    people = services.participants.summaries()
    assert people
    assert clock.today() == date(2029, 3, 14)
    # Every person was settled in the years before the pinned day, none after it.
    settled = [p.settlement_date for p in people if p.settlement_date is not None]
    assert settled, "the demo settles people"
    assert all(day <= clock.today() for day in settled)
    assert max(settled) > date(2027, 1, 1), "settlement dates follow the pinned day"


def test_demo_people_are_plausible(services: Services) -> None:
    """A coordinator trying the demo sees a believable case list: only a parent is away with
    a sick child, and nobody's programme starts before they were settled and mapped."""
    services.demo.generate(60, seed=8)
    services.demo_attendance.fill(weeks=8, seed=8)
    engine = services.database.engine
    with engine.connect() as conn:
        parents = {
            pid
            for pid, children in conn.execute(
                text("SELECT id, children_under_18 FROM participants")
            )
            if children
        }
        sick_child = {
            pid
            for (pid,) in conn.execute(
                text(
                    "SELECT participant_id FROM attendance_entries"
                    " WHERE absence_code = 'sick_child'"
                )
            )
        }
        early = conn.execute(
            text(
                "SELECT count(*) FROM participants WHERE programme_start < settlement_date"
                " OR programme_start < mapping_date OR decision_date < settlement_date"
            )
        ).scalar_one()
    assert sick_child, "the demo has sick-child days"
    assert sick_child <= parents
    assert early == 0
