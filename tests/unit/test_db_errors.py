"""Driver errors become one plain line with the right exit code (issue 15 item 5)."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import DBAPIError

from introdesk.domain.errors import DatabaseError, UserInputError
from introdesk.persistence.db_errors import BUSY, SERVER_GONE, translate


class _ServerError(Exception):
    def __init__(self, sqlstate: str, text: str) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


def _wrapped(original: Exception) -> DBAPIError:
    return DBAPIError("INSERT …", None, original, hide_parameters=True)


@pytest.mark.parametrize(
    ("original", "kind", "says"),
    [
        (sqlite3.OperationalError("database is locked"), DatabaseError, BUSY),
        (
            sqlite3.OperationalError("attempt to write a readonly database"),
            DatabaseError,
            "read-only",
        ),
        (sqlite3.DatabaseError("database disk image is malformed"), DatabaseError, "damaged"),
        (sqlite3.OperationalError("database or disk is full"), DatabaseError, "disk is full"),
        (
            sqlite3.IntegrityError("UNIQUE constraint failed: participants.national_id"),
            UserInputError,
            "same national_id already exists",
        ),
        (_ServerError("55P03", "canceling statement due to lock timeout"), DatabaseError, BUSY),
        (_ServerError("57P01", "terminating connection"), DatabaseError, SERVER_GONE),
        (_ServerError("08006", "connection lost"), DatabaseError, SERVER_GONE),
        (
            _ServerError("22001", "value too long for type character varying(200)"),
            UserInputError,
            "(200 characters)",
        ),
        (
            _ServerError(
                "23505",
                'duplicate key value violates unique constraint "uq_participants_national_id"\n'
                "DETAIL:  Key (national_id)=(01010112345) already exists.",
            ),
            UserInputError,
            "same national_id already exists",
        ),
    ],
)
def test_translation(original: Exception, kind: type[Exception], says: str) -> None:
    error = translate(_wrapped(original))
    assert isinstance(error, kind)
    assert says in str(error)
    assert "01010112345" not in str(error)
    assert len(str(error).splitlines()) == 1
