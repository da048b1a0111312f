"""Coded service errors in the interface language.

Services raise errors with a code and parameters (``domain/errors.py``). Each code's text is in
``domain/messages/``, translated in the context ``Messages``; this table gives the window a
text of its own for some codes (no command-line options, dates as dd.mm.yyyy), with the same
``{name}`` placeholders. An error without a code shows its English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.errors import IntroDeskError
from introdesk.domain.messages import CONTEXT, MESSAGES


def coded_texts() -> dict[str, str]:
    conflict = QCoreApplication.translate(
        "ErrorMessages",
        "This was changed by someone else after you opened it. Nothing was saved; what you "
        "typed is kept: check it against that change and save again.",
    )
    return {
        "conflict.changed_by": QCoreApplication.translate(
            "ErrorMessages",
            "This was changed by {actor} at {when} after you opened it. Nothing was saved; what "
            "you typed is kept: check it against that change and save again.",
        ),
        "conflict.changed": conflict,
        "conflict.stale": conflict,
        "database.too_new": QCoreApplication.translate(
            "ErrorMessages",
            "The database {database} was made by a newer version of IntroDesk (schema "
            "{schema}). This version understands up to {head}. Install the newer IntroDesk; the "
            "database has not been changed.",
        ),
        "documents.no_plan": QCoreApplication.translate(
            "ErrorMessages", "This participant has no plan yet"
        ),
        "documents.plans_unavailable": QCoreApplication.translate(
            "ErrorMessages", "Plans are not available in this version"
        ),
        "documents.benefit_unavailable": QCoreApplication.translate(
            "ErrorMessages", "The benefit is not available in this version"
        ),
        "documents.no_municipality": QCoreApplication.translate(
            "ErrorMessages",
            "The municipality's name is not set: fill it in under Settings before printing",
        ),
        "documents.unknown_language": QCoreApplication.translate(
            "ErrorMessages", "No document labels in language {language}; choose one of: {choices}"
        ),
        "documents.decision_needs": QCoreApplication.translate(
            "ErrorMessages", "Cannot write the decision letter: the participant has no {missing}"
        ),
        "documents.certificate_needs_start": QCoreApplication.translate(
            "ErrorMessages", "Cannot write the certificate: the participant has no programme start"
        ),
        "documents.no_benefit_month": QCoreApplication.translate(
            "ErrorMessages", "No benefit was computed for this participant for {month}"
        ),
        "documents.statement_needs_month": QCoreApplication.translate(
            "ErrorMessages", "A deduction statement needs a month (YYYY-MM)"
        ),
        "documents.sheet_needs_people": QCoreApplication.translate(
            "ErrorMessages", "An attendance sheet needs at least one participant"
        ),
        "documents.unknown_document": QCoreApplication.translate(
            "ErrorMessages", "Unknown document {name}; choose one of: {choices}"
        ),
        "participants.not_found": QCoreApplication.translate(
            "ErrorMessages", "No participant with id {id}"
        ),
        "attendance.absence_needs_hours": QCoreApplication.translate(
            "ErrorMessages", "An absence needs a number of hours above zero"
        ),
        "attendance.hours_need_code": QCoreApplication.translate(
            "ErrorMessages", "Hours of absence need an absence code"
        ),
        "attendance.give_hours_or_code": QCoreApplication.translate(
            "ErrorMessages", "Give the hours attended, or an absence code and its hours"
        ),
        "attendance.not_a_code": QCoreApplication.translate(
            "ErrorMessages", "'{text}' is not an absence code"
        ),
        "attendance.not_hours": QCoreApplication.translate(
            "ErrorMessages", "'{text}' is not a number of hours"
        ),
        "attendance.hours_out_of_range": QCoreApplication.translate(
            "ErrorMessages", "'{text}' is not a number of hours between 0 and 24"
        ),
        "attendance.cell_unreadable": QCoreApplication.translate(
            "ErrorMessages", "'{text}': write hours, an absence code, or a code and hours"
        ),
        "attendance.nothing_planned": QCoreApplication.translate(
            "ErrorMessages", "'{text}': nothing is planned that day; give the hours absent"
        ),
        "plans.no_version": QCoreApplication.translate(
            "ErrorMessages", "No plan version with id {id}"
        ),
        "plans.unknown_elements": QCoreApplication.translate(
            "ErrorMessages", "Unknown element code: {codes}"
        ),
        "plans.signer_required": QCoreApplication.translate(
            "ErrorMessages", "Say who signs the plan"
        ),
        "plans.revision_reason_required": QCoreApplication.translate(
            "ErrorMessages", "A revision needs a reason"
        ),
        "plans.nothing_to_revise": QCoreApplication.translate(
            "ErrorMessages", "Participant {id} has no signed plan to revise"
        ),
        "plans.signed_not_deleted": QCoreApplication.translate(
            "ErrorMessages", "A signed plan version cannot be deleted"
        ),
        "plans.no_element": QCoreApplication.translate(
            "ErrorMessages", "The plan has no element number {number}"
        ),
        "plans.element_ends_before_start": QCoreApplication.translate(
            "ErrorMessages", "An element cannot end before it starts"
        ),
        "benefit.already_locked": QCoreApplication.translate(
            "ErrorMessages", "{month} is already locked"
        ),
        "benefit.negative_other_income": QCoreApplication.translate(
            "ErrorMessages", "The amount of another benefit cannot be negative"
        ),
        "programme.no_event": QCoreApplication.translate(
            "ErrorMessages", "No programme event with id {id}"
        ),
        "training.not_enrolled": QCoreApplication.translate(
            "ErrorMessages", "Participant {id} is not enrolled in training"
        ),
        "classes.no_class": QCoreApplication.translate("ErrorMessages", "No class '{class_code}'"),
        "classes.not_in_class": QCoreApplication.translate(
            "ErrorMessages", "Participant {id} is not in a class"
        ),
        "classes.no_lessons": QCoreApplication.translate(
            "ErrorMessages", "Class {class_code} has no lessons in its timetable"
        ),
        "participants.no_adviser": QCoreApplication.translate(
            "ErrorMessages", "No adviser '{adviser}'"
        ),
        "settings.adviser_needs_names": QCoreApplication.translate(
            "ErrorMessages", "An adviser needs a user name and a full name"
        ),
        "settings.adviser_exists": QCoreApplication.translate(
            "ErrorMessages", "An adviser with user name '{username}' already exists"
        ),
        "backups.not_a_file": QCoreApplication.translate("ErrorMessages", "{path} is not a file"),
        "backups.restore_onto_itself": QCoreApplication.translate(
            "ErrorMessages", "The backup to restore must not be the database itself"
        ),
        "backups.nothing_to_back_up": QCoreApplication.translate(
            "ErrorMessages", "{path} does not exist yet; there is nothing to back up"
        ),
        "programme.after_end": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the programme ended on {annen}"
        ),
        "programme.before_start": QCoreApplication.translate(
            "ErrorMessages", "{dato}: before the programme start"
        ),
        "programme.second_decision": QCoreApplication.translate(
            "ErrorMessages", "{dato}: there is already a decision ({annen})"
        ),
        "programme.start_without_decision": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the programme cannot start before a decision"
        ),
        "programme.second_start": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the programme already started {annen}"
        ),
        "programme.end_without_decision": QCoreApplication.translate(
            "ErrorMessages", "{dato}: there is no decision to end"
        ),
        "programme.before_last_event": QCoreApplication.translate(
            "ErrorMessages", "{dato}: before the last event ({annen})"
        ),
        "programme.leave_while_stopped": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the programme is stopped from {annen}"
        ),
        "programme.overlapping_leave": QCoreApplication.translate(
            "ErrorMessages", "{dato}: overlaps leave already recorded"
        ),
        "programme.already_stopped": QCoreApplication.translate(
            "ErrorMessages", "{dato}: already stopped from {annen}"
        ),
        "programme.stop_on_leave": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the participant is on leave that day"
        ),
        "programme.not_stopped": QCoreApplication.translate(
            "ErrorMessages", "{dato}: the programme is not stopped"
        ),
        "programme.stop_needs_reason": QCoreApplication.translate(
            "ErrorMessages", "A stop needs a reason"
        ),
        "programme.leave_ends_before_start": QCoreApplication.translate(
            "ErrorMessages", "The leave cannot end before it starts"
        ),
        "db.busy": QCoreApplication.translate(
            "ErrorMessages", "Another user is saving; try again in a moment. Nothing was saved."
        ),
        "db.server_gone": QCoreApplication.translate(
            "ErrorMessages",
            "The database server cannot be reached (it stopped or the network is "
            "down); nothing was saved. Try again when it is back.",
        ),
        "db.value_out_of_range": QCoreApplication.translate(
            "ErrorMessages", "A value is outside what the database can store; nothing saved"
        ),
        "db.refused": QCoreApplication.translate(
            "ErrorMessages", "The database refused the request ({kind})"
        ),
        "db.file_read_only": QCoreApplication.translate(
            "ErrorMessages",
            "The database file cannot be written (the file or its folder is "
            "read-only); nothing was saved",
        ),
        "db.damaged": QCoreApplication.translate(
            "ErrorMessages",
            "The database file is damaged; nothing was saved. Run 'introdesk db "
            "check' and restore a backup ('introdesk db backups', 'introdesk db "
            "restore --from FILE')",
        ),
        "db.disk_full": QCoreApplication.translate(
            "ErrorMessages", "The disk is full; nothing was saved"
        ),
        "db.duplicate": QCoreApplication.translate(
            "ErrorMessages", "A record with the same {columns} already exists; nothing saved"
        ),
        "db.duplicate_key": QCoreApplication.translate(
            "ErrorMessages", "A record with the same key already exists; nothing saved"
        ),
        "db.constraint": QCoreApplication.translate(
            "ErrorMessages", "The database refused the change ({detail}); nothing saved"
        ),
        "db.cannot_open": QCoreApplication.translate(
            "ErrorMessages", "The database file cannot be opened; nothing was saved"
        ),
        "db.text_too_long": QCoreApplication.translate(
            "ErrorMessages", "A text is longer than the database allows; nothing saved"
        ),
        "db.text_too_long_limit": QCoreApplication.translate(
            "ErrorMessages",
            "A text is longer than the database allows ({limit} characters); nothing saved",
        ),
        "db.number_out_of_range": QCoreApplication.translate(
            "ErrorMessages", "A number or date is outside what the database can store"
        ),
        "db.rule_between_records": QCoreApplication.translate(
            "ErrorMessages", "The database refused the change (a rule between records)"
        ),
        "db.server_read_only": QCoreApplication.translate(
            "ErrorMessages", "The database is read-only; nothing was saved"
        ),
        "db.server_full": QCoreApplication.translate(
            "ErrorMessages", "The database server is out of disk or memory; nothing was saved"
        ),
        "db.server_refused": QCoreApplication.translate(
            "ErrorMessages", "The database server refused the request (SQLSTATE {state})"
        ),
        "database.open_read_only": QCoreApplication.translate(
            "ErrorMessages",
            "The database {database} failed its check and is open read-only; nothing "
            "was saved. Restore a good backup: 'introdesk db backups', then "
            "'introdesk db restore --from FILE'",
        ),
        "audit.range_inverted": QCoreApplication.translate(
            "ErrorMessages", "--to {end} is before --from {start}"
        ),
        "benefit.lock_missing": QCoreApplication.translate(
            "ErrorMessages",
            "{month} cannot be locked: {count} participant(s) have planned days without "
            "registration. Register them on the Attendance page, or accept them with “Accept "
            "missing registrations…”. Participant id and days:\n{days}",
        ),
        "db.number_too_large": QCoreApplication.translate(
            "ErrorMessages", "A number is too large for the database; nothing was saved"
        ),
        "backups.keep_latest": QCoreApplication.translate(
            "ErrorMessages", "Backup retention must keep at least the latest copy"
        ),
        "backups.target_exists": QCoreApplication.translate(
            "ErrorMessages", "{path} already exists; choose another file name"
        ),
        "backups.failed": QCoreApplication.translate("ErrorMessages", "Backup failed: {detail}"),
        "backups.copy_failed_check": QCoreApplication.translate(
            "ErrorMessages", "The backup copy failed its check: {problems}"
        ),
        "backups.empty": QCoreApplication.translate(
            "ErrorMessages", "{path} is empty, not a backup"
        ),
        "backups.restore_failed": QCoreApplication.translate(
            "ErrorMessages", "Restore failed, the database was not changed: {detail}"
        ),
        "database.is_folder": QCoreApplication.translate(
            "ErrorMessages", "{path} is a folder, not a database file"
        ),
        "database.unreadable": QCoreApplication.translate(
            "ErrorMessages", "Cannot read {path}: {detail}"
        ),
        "database.not_sqlite": QCoreApplication.translate(
            "ErrorMessages", "{path} is not an IntroDesk database (not a SQLite file)"
        ),
        "tests.reason_required": QCoreApplication.translate(
            "ErrorMessages", "Give a reason for the correction or deletion"
        ),
        "tests.result_not_found": QCoreApplication.translate(
            "ErrorMessages", "No test result or exemption {ref}"
        ),
        "tests.kind_unchanged": QCoreApplication.translate(
            "ErrorMessages",
            "A correction keeps the kind of result ({ref}); delete it and record the right one",
        ),
    }


def user_message(error: IntroDeskError) -> str:
    """The error in the interface language when it carries a known code (a validation error:
    each coded problem's reason), else as raised. A code without a text of the window's own
    here is the shared text of ``domain/messages/``, translated (context ``Messages``)."""
    texts = coded_texts()

    def template_for(code: str) -> str | None:
        if code in texts:
            return texts[code]
        if code in MESSAGES:
            return QCoreApplication.translate(CONTEXT, MESSAGES[code])
        return None

    return error.localized(template_for)
