"""Reading plain columns fast: a select of columns through the session's connection returns
Core rows without the ORM's result handling (a third of reading tens of thousands of plan
elements or attendance rows, issue 18). The session is flushed first, as ``session.execute``
would (autoflush), so a read in the same unit of work sees what was just added or changed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVarTuple

from sqlalchemy import Row, Select
from sqlalchemy.orm import Session

Columns = TypeVarTuple("Columns")


# Rows are made a few thousand at a time. SQLAlchemy's compiled result code turns a whole
# result into rows without letting another thread run: for the 43 000 plan elements of a big
# municipality that held the GIL 160-180 ms, and the window stood still while a page read in
# the background (issue 18; measured with a thread probe: 9 ms at most in parts of 2 000).
PART_ROWS = 2000


def plain_rows(session: Session, query: Select[*Columns]) -> Sequence[Row[*Columns]]:
    """All rows of ``query`` (columns, not mapped objects), read in parts."""
    session.flush()
    rows: list[Row[*Columns]] = []
    for part in session.connection().execute(query).partitions(PART_ROWS):
        rows.extend(part)
    return rows
