"""One error hierarchy for the Qt-free layers.

The UI maps these to dialogs in one place (``ui/errors.py``) and the command line maps them to
exit codes (``app/cli.py``). Messages are written for the coordinator, in plain language, and
never contain personal data such as national identity numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class IntroDeskError(Exception):
    """Base of every error the program expects and can explain to the user."""

    exit_code = 1


class UserInputError(IntroDeskError):
    """The user gave input that cannot be used (bad file, bad value, unknown name)."""

    exit_code = 3


class NotFoundError(UserInputError):
    """A record the user named does not exist."""


class DatabaseError(IntroDeskError):
    """The database cannot be used as asked (unreachable, locked, damaged)."""

    exit_code = 1


class NotADatabaseError(UserInputError):
    """The file given as a database is not an IntroDesk/SQLite database."""


class SchemaTooNewError(DatabaseError):
    """The database was written by a newer IntroDesk; we refuse to touch it."""

    exit_code = 1


class SchemaUpgradeNeededError(DatabaseError):
    """The schema is older than the program and this login may not change it (a server
    database: only administrators upgrade, brief issue 16). Nothing was changed."""

    exit_code = 1


class AccessDeniedError(IntroDeskError):
    """The database refused the login this read or change (its roles do not allow it)."""

    exit_code = 1


class ConflictError(IntroDeskError):
    """Someone else saved the same record after this copy of it was read (optimistic
    concurrency, brief issue 15). Nothing was written; the caller keeps the user's input so it
    can be applied again to the fresh copy. Exit code 4 on the command line."""

    exit_code = 4

    def __init__(
        self, message: str, *, changed_by: str = "", changed_at: datetime | None = None
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at  # UTC, as in the audit log
        super().__init__(message)


class RuleTableError(IntroDeskError):
    """A rule table is missing, malformed, or has no row for the date asked."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field of one input row: ``FILE:ROW:COLUMN: reason``."""

    row: int | None
    field: str
    reason: str
    source: str = ""

    def __str__(self) -> str:
        place = ":".join(
            part
            for part in (self.source, str(self.row) if self.row is not None else "", self.field)
            if part
        )
        return f"{place}: {self.reason}" if place else self.reason


class ValidationError(UserInputError):
    """Input failed validation; nothing was written. Carries every problem found."""

    def __init__(self, problems: list[FieldProblem], summary: str | None = None) -> None:
        self.problems = problems
        super().__init__(summary or "\n".join(str(p) for p in problems))
