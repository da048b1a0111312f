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
from introdesk.domain.errors import DatabaseError, IntroDeskError, UserInputError

BUSY = "Another user is saving; try again in a moment. Nothing was saved."
SERVER_GONE = (
    "The database server cannot be reached (it stopped or the network is down); "
    "nothing was saved. Try again when it is back."
)

_SERVER_GONE_STATES = ("08", "57P")
_BUSY_STATES = ("40001", "40P01", "55P03")
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
        return UserInputError("A value is outside what the database can store; nothing saved")
    local = _from_sqlite(text, lowered)
    if local is not None:
        return local
    if error.connection_invalidated:
        return DatabaseError(SERVER_GONE)
    return DatabaseError(f"The database refused the request ({type(original).__name__})")


def _from_sqlite(text: str, lowered: str) -> IntroDeskError | None:
    """SQLite reports situations in its message text (it has no SQLSTATE)."""
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(BUSY)
    if "readonly" in lowered or "read-only" in lowered:
        return DatabaseError(
            "The database file cannot be written (the file or its folder is read-only); "
            "nothing was saved"
        )
    if "malformed" in lowered or "not a database" in lowered or "disk i/o" in lowered:
        return DatabaseError(
            "The database file is damaged; nothing was saved. Run 'introdesk db check' and "
            "restore a backup ('introdesk db backups', 'introdesk db restore --from FILE')"
        )
    if "disk is full" in lowered or "disk full" in lowered:
        return DatabaseError("The disk is full; nothing was saved")
    unique = _SQLITE_UNIQUE.search(text)
    if unique:
        columns = ", ".join(c.strip().split(".")[-1] for c in unique.group(1).split(","))
        return UserInputError(f"A record with the same {columns} already exists; nothing saved")
    if "constraint failed" in lowered:
        return UserInputError(f"The database refused the change ({scrub(text)}); nothing saved")
    if "unable to open" in lowered:
        return DatabaseError("The database file cannot be opened; nothing was saved")
    return None


def _from_server(state: str, text: str) -> IntroDeskError:
    if state.startswith(_SERVER_GONE_STATES):
        return DatabaseError(SERVER_GONE)
    if state in _BUSY_STATES:
        return DatabaseError(BUSY)
    if state == "22001":
        limit = _CHAR_LIMIT.search(text)
        size = f" ({limit.group(1)} characters)" if limit else ""
        return UserInputError(f"A text is longer than the database allows{size}; nothing saved")
    if state in ("22003", "22P02", "22008"):
        return UserInputError("A number or date is outside what the database can store")
    if state == "23505":
        key = _KEY_COLUMN.search(text)
        what = f"the same {key.group(1)}" if key else "the same key"
        return UserInputError(f"A record with {what} already exists; nothing saved")
    if state.startswith("23"):
        return UserInputError("The database refused the change (a rule between records)")
    if state == "25006":
        return DatabaseError("The database is read-only; nothing was saved")
    if state in ("53100", "53200"):
        return DatabaseError("The database server is out of disk or memory; nothing was saved")
    return DatabaseError(f"The database server refused the request (SQLSTATE {state})")
