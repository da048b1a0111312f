"""One error hierarchy for the Qt-free layers.

The UI maps these to dialogs in one place (``ui/errors.py``) and the command line maps them to
exit codes (``app/cli.py``). Messages are written for the coordinator, in plain language, and
never contain personal data such as national identity numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class IntroDeskError(Exception):
    """Base of every error the program expects and can explain to the user.

    An error may carry a ``code`` (a key of :data:`MESSAGES`) and its ``params`` instead of a
    finished sentence: the window shows the code's text in the interface language
    (``ui/error_messages.py``) and the command line the English text, each filled in with the
    same parameters. ``str(error)`` is always the English sentence.
    """

    exit_code = 1

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = params
        if code:
            message = MESSAGES[code].format(**params)
        super().__init__(message)


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


# Coded messages (English; the window translates them by code). Placeholders are the
# ``params`` names. Services raise ``UserInputError(code="documents.no_plan")``.
MESSAGES: dict[str, str] = {
    "conflict.changed_by": (
        "{what} was changed by {actor} at {when} after you opened it. Nothing was saved; your "
        "input is kept: check it against that change and save again."
    ),
    "conflict.changed": (
        "{what} was changed by someone else after you opened it. Nothing was saved; your input "
        "is kept: check it against that change and save again."
    ),
    "conflict.stale": (
        "Someone else saved this record after you opened it. Nothing was saved; your input is "
        "kept: reload the record and apply your changes again."
    ),
    "database.too_new": (
        "The database {database} was made by a newer version of IntroDesk (schema {schema}). "
        "This version understands up to {head}. Install the newer IntroDesk; the database has "
        "not been changed."
    ),
    "documents.no_plan": "This participant has no plan yet",
    "documents.plans_unavailable": (
        "Plans are not available in this version: this participant has no plan yet"
    ),
    "documents.benefit_unavailable": "The benefit is not available in this version",
    "documents.no_municipality": (
        "The municipality's name is not set: fill it in under Settings before printing"
    ),
    "documents.unknown_language": (
        "No document labels in language {language}; choose one of: {choices}"
    ),
    "documents.decision_needs": (
        "Cannot write the decision letter: the participant has no {missing}"
    ),
    "documents.certificate_needs_start": (
        "Cannot write the certificate: the participant has no programme start"
    ),
    "documents.no_benefit_month": "No benefit was computed for this participant for {month}",
    "documents.statement_needs_month": "A deduction statement needs a month (YYYY-MM)",
    "documents.sheet_needs_people": "An attendance sheet needs at least one participant",
    "documents.unknown_document": "Unknown document {name}; choose one of: {choices}",
    "participants.not_found": "No participant with id {id}",
    "db.number_too_large": "A number is too large for the database; nothing was saved",
    "backups.keep_latest": "Backup retention must keep at least the latest copy",
    "backups.target_exists": "{path} already exists; choose another file name",
    "backups.failed": "Backup failed: {detail}",
    "backups.copy_failed_check": "The backup copy failed its check: {problems}",
    "backups.empty": "{path} is empty, not a backup",
    "backups.restore_failed": "Restore failed, the database was not changed: {detail}",
    "database.is_folder": "{path} is a folder, not a database file",
    "database.unreadable": "Cannot read {path}: {detail}",
    "database.not_sqlite": "{path} is not an IntroDesk database (not a SQLite file)",
    "benefit.lock_missing": (
        "{month} cannot be locked: {count} participant(s) have planned days without "
        "registration (register them, or accept them with 'introdesk attendance "
        "accept-missing')\n{details}"
    ),
    "db.busy": "Another user is saving; try again in a moment. Nothing was saved.",
    "db.server_gone": (
        "The database server cannot be reached (it stopped or the network is "
        "down); nothing was saved. Try again when it is back."
    ),
    "db.value_out_of_range": "A value is outside what the database can store; nothing saved",
    "db.refused": "The database refused the request ({kind})",
    "db.file_read_only": (
        "The database file cannot be written (the file or its folder is "
        "read-only); nothing was saved"
    ),
    "db.damaged": (
        "The database file is damaged; nothing was saved. Run 'introdesk db "
        "check' and restore a backup ('introdesk db backups', 'introdesk db "
        "restore --from FILE')"
    ),
    "db.disk_full": "The disk is full; nothing was saved",
    "db.duplicate": "A record with the same {columns} already exists; nothing saved",
    "db.duplicate_key": "A record with the same key already exists; nothing saved",
    "db.constraint": "The database refused the change ({detail}); nothing saved",
    "db.cannot_open": "The database file cannot be opened; nothing was saved",
    "db.text_too_long": "A text is longer than the database allows; nothing saved",
    "db.text_too_long_limit": (
        "A text is longer than the database allows ({limit} characters); nothing saved"
    ),
    "db.number_out_of_range": "A number or date is outside what the database can store",
    "db.rule_between_records": "The database refused the change (a rule between records)",
    "db.server_read_only": "The database is read-only; nothing was saved",
    "db.server_full": "The database server is out of disk or memory; nothing was saved",
    "db.server_refused": "The database server refused the request (SQLSTATE {state})",
    "database.open_read_only": (
        "The database {database} failed its check and is open read-only; nothing "
        "was saved. Restore a good backup: 'introdesk db backups', then "
        "'introdesk db restore --from FILE'"
    ),
    "audit.range_inverted": "--to {end} is before --from {start}",
    "attendance.absence_needs_hours": "An absence needs a number of hours above zero",
    "attendance.hours_need_code": "Hours of absence need an absence code",
    "attendance.give_hours_or_code": "Give the hours attended, or an absence code and its hours",
    "attendance.not_a_code": "'{text}' is not an absence code",
    "attendance.not_hours": "'{text}' is not a number of hours",
    "attendance.hours_out_of_range": "'{text}' is not a number of hours between 0 and 24",
    "attendance.cell_unreadable": "'{text}': write hours, an absence code, or a code and hours",
    "attendance.nothing_planned": "'{text}': nothing is planned that day; give the hours absent",
    "plans.no_version": "No plan version with id {id}",
    "plans.unknown_elements": "Unknown element code: {codes}",
    "plans.signer_required": "Say who signs the plan",
    "plans.revision_reason_required": "A revision needs a reason",
    "plans.nothing_to_revise": "Participant {id} has no signed plan to revise",
    "plans.signed_not_deleted": "A signed plan version cannot be deleted",
    "plans.no_element": "The plan has no element number {number}",
    "plans.element_ends_before_start": "An element cannot end before it starts",
    "benefit.already_locked": "{month} is already locked",
    "benefit.negative_other_income": "The amount of another benefit cannot be negative",
    "programme.no_event": "No programme event with id {id}",
    "training.not_enrolled": "Participant {id} is not enrolled in training",
    "classes.no_class": "No class '{class_code}'",
    "classes.not_in_class": "Participant {id} is not in a class",
    "classes.no_lessons": "Class {class_code} has no lessons in its timetable",
    "participants.no_adviser": "No adviser '{adviser}'",
    "settings.adviser_needs_names": "An adviser needs a user name and a full name",
    "settings.adviser_exists": "An adviser with user name '{username}' already exists",
    "backups.not_a_file": "{path} is not a file",
    "backups.restore_onto_itself": "The backup to restore must not be the database itself",
    "backups.nothing_to_back_up": "{path} does not exist yet; there is nothing to back up",
    # Programme events (issue 14): {kind} {day} name the refused event; {other} the date it
    # clashes with. The window's texts use {dato} and {annen}, the same dates as dd.mm.yyyy.
    "programme.after_end": "{kind} {day}: the programme ended on {other}",
    "programme.before_start": "{kind} {day}: before the programme start",
    "programme.second_decision": "{kind} {day}: there is already a decision ({other})",
    "programme.start_without_decision": (
        "{kind} {day}: the programme cannot start before a decision"
    ),
    "programme.second_start": "{kind} {day}: the programme already started {other}",
    "programme.end_without_decision": "{kind} {day}: there is no decision to end",
    "programme.before_last_event": "{kind} {day}: before the last event ({other})",
    "programme.leave_while_stopped": "{kind} {day}: the programme is stopped from {other}",
    "programme.overlapping_leave": "{kind} {day}: overlaps leave already recorded",
    "programme.already_stopped": "{kind} {day}: already stopped from {other}",
    "programme.stop_on_leave": "{kind} {day}: the participant is on leave that day",
    "programme.not_stopped": "{kind} {day}: the programme is not stopped",
    "programme.stop_needs_reason": "--reason: a stop needs a reason",
    "programme.leave_ends_before_start": "--to: the leave cannot end before it starts",
    "tests.reason_required": "Give a reason for the correction or deletion",
    "tests.result_not_found": "No test result or exemption {ref}",
    "tests.kind_unchanged": (
        "A correction keeps the kind of result ({ref}); delete it and record the right one"
    ),
}


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
