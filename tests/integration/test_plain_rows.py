"""Plain reads come in parts (so a worker thread lets the window run) and lose no row."""

from __future__ import annotations

from sqlalchemy import literal, select

from introdesk.persistence.repositories.plain import PART_ROWS, plain_rows
from introdesk.services.container import Services


def test_a_read_longer_than_a_part_returns_every_row_in_order(services: Services) -> None:
    wanted = 2 * PART_ROWS + 17
    numbers = select(literal(1).label("x")).cte("numbers", recursive=True)
    numbers = numbers.union_all(select((numbers.c.x + 1).label("x")).where(numbers.c.x < wanted))
    with services.database.unit_of_work(write=False) as uow:
        rows = plain_rows(uow.session, select(numbers.c.x).order_by(numbers.c.x))
    assert [x for (x,) in rows] == list(range(1, wanted + 1))
