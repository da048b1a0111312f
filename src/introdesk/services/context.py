"""What every service needs: the open database and who is acting (for the audit log)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from introdesk.persistence.database import Database


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some service accounts)
        return "unknown"


@dataclass(frozen=True)
class ServiceContext:
    database: Database
    actor: str
