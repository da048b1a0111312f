"""One error hierarchy for the Qt-free layers.

The UI maps these to dialogs in one place (``ui/errors.py``) and the command line maps them to
exit codes (``app/cli.py``). Messages are written for the coordinator, in plain language, and
never contain personal data such as national identity numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

# The coded messages live in domain/messages/; re-exported here for the services.
from introdesk.domain.messages import MESSAGES as MESSAGES

# A code's text in the language shown (None: not translated, keep the English sentence).
TemplateFor = Callable[[str], str | None]


@dataclass(frozen=True)
class Coded:
    """A coded text used inside another one (a reason in a message, a problem's reason): a
    parameter whose value is ``Coded`` is said in the language of the message around it."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Coded:
        MESSAGES[code].format(**params)  # a wrong code or a missing parameter fails here
        return cls(code, tuple(params.items()))

    def localized(self, template_for: TemplateFor) -> str:
        return _format(self.code, dict(self.params), template_for)

    def __str__(self) -> str:
        return self.localized(_english)


def _english(code: str) -> str | None:
    return None


def _format(code: str, params: dict[str, object], template_for: TemplateFor) -> str:
    """``code``'s text from ``template_for`` (English when None), coded parameters inside it
    said in the same language."""
    template = template_for(code) or MESSAGES[code]
    return template.format(
        **{
            name: value.localized(template_for) if isinstance(value, Coded) else value
            for name, value in params.items()
        }
    )


class CodedValueError(ValueError):
    """A ValueError of the Qt-free helpers (dates, numbers) that says what was wrong with a
    code: the caller makes it a ``UserInputError`` or a problem reason the window and the
    command line can translate. ``str()`` is the English sentence."""

    def __init__(self, code: str, **params: object) -> None:
        self.coded = Coded.of(code, **params)
        super().__init__(str(self.coded))


def reason_of(exc: ValueError) -> Coded | str:
    """What to show for a refused value: its coded reason when it has one."""
    return exc.coded if isinstance(exc, CodedValueError) else str(exc)


class IntroDeskError(Exception):
    """Base of every error the program expects and can explain to the user.

    An error may carry a ``code`` (a key of :data:`MESSAGES`) and its ``params`` instead of a
    finished sentence: the window shows the code's text in the interface language
    (``ui/error_messages.py``) and the command line (``app/messages.py``), each filled in with
    the same parameters. ``str(error)`` is always the English sentence.
    """

    exit_code = 1

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = params
        if code:
            message = _format(code, params, _english)
        super().__init__(message)

    def localized(self, template_for: TemplateFor) -> str:
        """The message in another language: ``template_for(code)`` gives the code's text there
        (None: the English sentence). An error without a code is shown as raised."""
        return _format(self.code, self.params, template_for) if self.code else str(self)


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
        self,
        message: str = "",
        *,
        changed_by: str = "",
        changed_at: datetime | None = None,
        code: str = "",
        **params: object,
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at  # UTC, as in the audit log
        super().__init__(message, code=code, **params)


class RuleTableError(IntroDeskError):
    """A rule table is missing, malformed, or has no row for the date asked."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one field of one input row: ``FILE:ROW:COLUMN: reason``.

    A coded problem (:meth:`coded`) carries the code of its reason in :data:`MESSAGES` and the
    parameters, so the window and the command line can say the reason in the interface
    language; ``reason`` is always the English sentence."""

    row: int | None
    field: str
    reason: str
    source: str = ""
    code: str = ""
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def coded(
        cls, row: int | None, field: str, code: str, *, source: str = "", **params: object
    ) -> FieldProblem:
        reason = _format(code, params, _english)
        return cls(row, field, reason, source, code, tuple(params.items()))

    @classmethod
    def of(cls, row: int | None, field: str, reason: str | Coded, source: str = "") -> FieldProblem:
        """A problem whose reason is a sentence or a coded text (said in the user's language)."""
        if isinstance(reason, Coded):
            return cls(row, field, str(reason), source, reason.code, reason.params)
        return cls(row, field, reason, source)

    @classmethod
    def refused(
        cls, row: int | None, field: str, exc: ValueError, *, source: str = ""
    ) -> FieldProblem:
        """The problem for a value a parser refused (coded when the parser said why with a
        code, as ``domain/dates`` and ``domain/numbers`` do)."""
        return cls.of(row, field, reason_of(exc), source)

    def why(self) -> str | Coded:
        """The reason, coded when it is (to carry it into another problem)."""
        return Coded(self.code, self.params) if self.code else self.reason

    def place(self) -> str:
        return ":".join(
            part
            for part in (self.source, str(self.row) if self.row is not None else "", self.field)
            if part
        )

    def localized(self, template_for: TemplateFor) -> str:
        """The problem with its reason from ``template_for(code)`` (English when None)."""
        reason = self.reason
        if self.code:
            reason = _format(self.code, dict(self.params), template_for)
        place = self.place()
        return f"{place}: {reason}" if place else reason

    def __str__(self) -> str:
        place = self.place()
        return f"{place}: {self.reason}" if place else self.reason


class ValidationError(UserInputError):
    """Input failed validation; nothing was written. Carries every problem found."""

    def __init__(self, problems: list[FieldProblem], summary: str | None = None) -> None:
        self.problems = problems
        self.summary = summary
        super().__init__(summary or "\n".join(str(p) for p in problems))

    def localized(self, template_for: TemplateFor) -> str:
        if self.summary is not None:
            return super().localized(template_for)
        return "\n".join(problem.localized(template_for) for problem in self.problems)
