"""The composition root: choose the database the program opens."""

from __future__ import annotations

import os
from pathlib import Path

from introdesk.core import paths
from introdesk.domain.errors import UserInputError

DATABASE_ENV = "INTRODESK_DATABASE_URL"


def database_spec(explicit: str | None, *, creates: bool = False) -> str:
    """``--database``, else ``INTRODESK_DATABASE_URL``, else the SQLite file in the data folder.

    A file named by ``--database`` or the environment that does not exist is refused unless
    the command creates databases (``creates``): a typo must not silently start a new, empty
    database (brief, issue 15 item 6). The default file is created on first start."""
    chosen = explicit or os.environ.get(DATABASE_ENV, "")
    if not chosen.strip():
        return str(paths.current().default_database)
    if not creates and "://" not in chosen:
        path = Path(chosen).expanduser()
        if not path.exists():
            raise UserInputError(code="database.missing", path=path)
    return chosen
