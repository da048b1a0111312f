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


def plain_rows(session: Session, query: Select[*Columns]) -> Sequence[Row[*Columns]]:
    """All rows of ``query`` (columns, not mapped objects), fetched at once."""
    session.flush()
    return session.connection().execute(query).all()
