"""Database errors translated into plain one-line messages where they happen: in the unit of
work (brief, issue 15 item 5).

SQLite and PostgreSQL report the same situations differently; the user gets one sentence and an
exit code: 1 when the database cannot be used right now (busy after the busy timeout, server
gone, damaged or read-only file), 3 when the data itself was refused (too long, too large, a
duplicate). Server details are scrubbed: PostgreSQL's ``Key (national_id)=(…)`` would print an
identity number, so only the column name is kept. Stale or conflicting writes are translated by
the concurrency code, not here.
"""

from __future__ import annotations

import re

from sqlalchemy.exc import DBAPIError

from introdesk.core.privacy import scrub
from introdesk.domain.errors import MESSAGES, DatabaseError, IntroDeskError, UserInputError

# The English texts (the command line's); the window shows each code's translation.
BUSY = MESSAGES["db.busy"]
SERVER_GONE = MESSAGES["db.server_gone"]

_SERVER_GONE_STATES = ("08", "57P")
_BUSY_STATES = ("40001", "40P01", "55P03")
_UNUSABLE_STATES = {  # the server cannot take writes now
    "25006": "db.server_read_only",
    "53100": "db.server_full",
    "53200": "db.server_full",
}
_KEY_COLUMN = re.compile(r"Key \(([^)]*)\)")
_SQLITE_UNIQUE = re.compile(r"UNIQUE constraint failed: ([\w.,\s]+)")
_CHAR_LIMIT = re.compile(r"character varying\((\d+)\)")


def translate(error: DBAPIError) -> IntroDeskError:
    """The error the user sees for a failed database call (never with SQL parameters)."""
    original = error.orig
    state = str(getattr(original, "sqlstate", "") or "")
    text = str(original) if original is not None else str(error)
    lowered = text.lower()
    if state:
        return _from_server(state, text)
    if type(original).__name__ in ("DataError", "NumericValueOutOfRange"):
        return UserInputError(code="db.value_out_of_range")
    local = _from_sqlite(text, lowered)
    if local is not None:
        return local
    if error.connection_invalidated:
        return DatabaseError(code="db.server_gone")
    return DatabaseError(code="db.refused", kind=type(original).__name__)


def _from_sqlite(text: str, lowered: str) -> IntroDeskError | None:
    """SQLite reports situations in its message text (it has no SQLSTATE)."""
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(code="db.busy")
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError(code="db.file_read_only")
    if "malformed" in lowered or "not a database" in lowered or "disk i/o" in lowered:
        return DatabaseError(code="db.damaged")
    if "disk is full" in lowered or "disk full" in lowered:
        return DatabaseError(code="db.disk_full")
    unique = _SQLITE_UNIQUE.search(text)
    if unique:
        columns = ", ".join(c.strip().split(".")[-1] for c in unique.group(1).split(","))
        return UserInputError(code="db.duplicate", columns=columns)
    if "constraint failed" in lowered:
        return UserInputError(code="db.constraint", detail=scrub(text))
    if "unable to open" in lowered:
        return DatabaseError(code="db.cannot_open")
    return None


def _from_server(state: str, text: str) -> IntroDeskError:
    if state.startswith(_SERVER_GONE_STATES):
        return DatabaseError(code="db.server_gone")
    if state in _BUSY_STATES:
        return DatabaseError(code="db.busy")
    if state == "22001":
        limit = _CHAR_LIMIT.search(text)
        if limit:
            return UserInputError(code="db.text_too_long_limit", limit=limit.group(1))
        return UserInputError(code="db.text_too_long")
    if state in ("22003", "22P02", "22008"):
        return UserInputError(code="db.number_out_of_range")
    if state == "23505":
        key = _KEY_COLUMN.search(text)
        if key:
            return UserInputError(code="db.duplicate", columns=key.group(1))
        return UserInputError(code="db.duplicate_key")
    if state.startswith("23"):
        return UserInputError(code="db.rule_between_records")
    if state in _UNUSABLE_STATES:
        return DatabaseError(code=_UNUSABLE_STATES[state])
    return DatabaseError(code="db.server_refused", state=state)
