"""The composition root: choose the database the program opens."""

from __future__ import annotations

import os

from introdesk.core import paths

DATABASE_ENV = "INTRODESK_DATABASE_URL"


def database_spec(explicit: str | None) -> str:
    """``--database``, else ``INTRODESK_DATABASE_URL``, else the SQLite file in the data folder."""
    if explicit:
        return explicit
    if os.environ.get(DATABASE_ENV):
        return os.environ[DATABASE_ENV]
    return str(paths.current().default_database)
