"""The coded messages: English text for each code a service raises (``domain/errors.py``).

Services raise ``UserInputError(code="documents.no_plan", ...)``; the placeholders are the
error's ``params``. The texts are marked for Qt Linguist (context ``Messages``) without
importing Qt: ``packaging/translations.py`` extracts them into the ``.ts`` files, the window
translates them with ``QCoreApplication.translate`` (unless ``ui/error_messages.py`` has a
text of its own for the code) and the command line reads the ``.ts`` files
(``app/messages.py``). Programme events (issue 14) carry {kind} {day} {other}, and {dato} and
{annen} (the same dates as dd.mm.yyyy) for the window.
"""

from __future__ import annotations

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


MESSAGES: dict[str, str] = {
    "conflict.changed_by": QT_TRANSLATE_NOOP(
        "Messages",
        "{what} was changed by {actor} at {when} after you opened it. Nothing was saved; your "
        "input is kept: check it against that change and save again.",
    ),
    "conflict.changed": QT_TRANSLATE_NOOP(
        "Messages",
        "{what} was changed by someone else after you opened it. Nothing was saved; your input "
        "is kept: check it against that change and save again.",
    ),
    "conflict.stale": QT_TRANSLATE_NOOP(
        "Messages",
        "Someone else saved this record after you opened it. Nothing was saved; your input is "
        "kept: reload the record and apply your changes again.",
    ),
    "database.too_new": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} was made by a newer version of IntroDesk (schema {schema}). "
        "This version understands up to {head}. Install the newer IntroDesk; the database has "
        "not been changed.",
    ),
    "documents.no_plan": QT_TRANSLATE_NOOP("Messages", "This participant has no plan yet"),
    "documents.plans_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Plans are not available in this version: this participant has no plan yet"
    ),
    "documents.benefit_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The benefit is not available in this version"
    ),
    "documents.no_municipality": QT_TRANSLATE_NOOP(
        "Messages", "The municipality's name is not set: fill it in under Settings before printing"
    ),
    "documents.unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "No document labels in language {language}; choose one of: {choices}"
    ),
    "documents.decision_needs": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the decision letter: the participant has no {missing}"
    ),
    "documents.certificate_needs_start": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the certificate: the participant has no programme start"
    ),
    "documents.no_benefit_month": QT_TRANSLATE_NOOP(
        "Messages", "No benefit was computed for this participant for {month}"
    ),
    "documents.statement_needs_month": QT_TRANSLATE_NOOP(
        "Messages", "A deduction statement needs a month (YYYY-MM)"
    ),
    "documents.sheet_needs_people": QT_TRANSLATE_NOOP(
        "Messages", "An attendance sheet needs at least one participant"
    ),
    "documents.unknown_document": QT_TRANSLATE_NOOP(
        "Messages", "Unknown document {name}; choose one of: {choices}"
    ),
    "participants.not_found": QT_TRANSLATE_NOOP("Messages", "No participant with id {id}"),
    "db.number_too_large": QT_TRANSLATE_NOOP(
        "Messages", "A number is too large for the database; nothing was saved"
    ),
    "backups.keep_latest": QT_TRANSLATE_NOOP(
        "Messages", "Backup retention must keep at least the latest copy"
    ),
    "backups.target_exists": QT_TRANSLATE_NOOP(
        "Messages", "{path} already exists; choose another file name"
    ),
    "backups.failed": QT_TRANSLATE_NOOP("Messages", "Backup failed: {detail}"),
    "backups.copy_failed_check": QT_TRANSLATE_NOOP(
        "Messages", "The backup copy failed its check: {problems}"
    ),
    "backups.empty": QT_TRANSLATE_NOOP("Messages", "{path} is empty, not a backup"),
    "backups.restore_failed": QT_TRANSLATE_NOOP(
        "Messages", "Restore failed, the database was not changed: {detail}"
    ),
    "database.is_folder": QT_TRANSLATE_NOOP("Messages", "{path} is a folder, not a database file"),
    "database.unreadable": QT_TRANSLATE_NOOP("Messages", "Cannot read {path}: {detail}"),
    "database.not_sqlite": QT_TRANSLATE_NOOP(
        "Messages", "{path} is not an IntroDesk database (not a SQLite file)"
    ),
    "benefit.lock_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} cannot be locked: {count} participant(s) have planned days without "
        "registration (register them, or accept them with 'introdesk attendance "
        "accept-missing')\n{details}",
    ),
    "db.busy": QT_TRANSLATE_NOOP(
        "Messages", "Another user is saving; try again in a moment. Nothing was saved."
    ),
    "db.server_gone": QT_TRANSLATE_NOOP(
        "Messages",
        "The database server cannot be reached (it stopped or the network is down); nothing "
        "was saved. Try again when it is back.",
    ),
    "db.value_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A value is outside what the database can store; nothing saved"
    ),
    "db.refused": QT_TRANSLATE_NOOP("Messages", "The database refused the request ({kind})"),
    "db.file_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file cannot be written (the file or its folder is read-only); nothing "
        "was saved",
    ),
    "db.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "The database file is damaged; nothing was saved. Run 'introdesk db check' and restore "
        "a backup ('introdesk db backups', 'introdesk db restore --from FILE')",
    ),
    "db.disk_full": QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved"),
    "db.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "A record with the same {columns} already exists; nothing saved"
    ),
    "db.duplicate_key": QT_TRANSLATE_NOOP(
        "Messages", "A record with the same key already exists; nothing saved"
    ),
    "db.constraint": QT_TRANSLATE_NOOP(
        "Messages", "The database refused the change ({detail}); nothing saved"
    ),
    "db.cannot_open": QT_TRANSLATE_NOOP(
        "Messages", "The database file cannot be opened; nothing was saved"
    ),
    "db.text_too_long": QT_TRANSLATE_NOOP(
        "Messages", "A text is longer than the database allows; nothing saved"
    ),
    "db.text_too_long_limit": QT_TRANSLATE_NOOP(
        "Messages", "A text is longer than the database allows ({limit} characters); nothing saved"
    ),
    "db.number_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "A number or date is outside what the database can store"
    ),
    "db.rule_between_records": QT_TRANSLATE_NOOP(
        "Messages", "The database refused the change (a rule between records)"
    ),
    "db.server_read_only": QT_TRANSLATE_NOOP(
        "Messages", "The database is read-only; nothing was saved"
    ),
    "db.server_full": QT_TRANSLATE_NOOP(
        "Messages", "The database server is out of disk or memory; nothing was saved"
    ),
    "db.server_refused": QT_TRANSLATE_NOOP(
        "Messages", "The database server refused the request (SQLSTATE {state})"
    ),
    "database.open_read_only": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} failed its check and is open read-only; nothing was saved. "
        "Restore a good backup: 'introdesk db backups', then 'introdesk db restore --from FILE'",
    ),
    "audit.range_inverted": QT_TRANSLATE_NOOP("Messages", "--to {end} is before --from {start}"),
    "attendance.absence_needs_hours": QT_TRANSLATE_NOOP(
        "Messages", "An absence needs a number of hours above zero"
    ),
    "attendance.hours_need_code": QT_TRANSLATE_NOOP(
        "Messages", "Hours of absence need an absence code"
    ),
    "attendance.give_hours_or_code": QT_TRANSLATE_NOOP(
        "Messages", "Give the hours attended, or an absence code and its hours"
    ),
    "attendance.not_a_code": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an absence code"),
    "attendance.not_hours": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a number of hours"),
    "attendance.hours_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a number of hours between 0 and 24"
    ),
    "attendance.cell_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "'{text}': write hours, an absence code, or a code and hours"
    ),
    "attendance.nothing_planned": QT_TRANSLATE_NOOP(
        "Messages", "'{text}': nothing is planned that day; give the hours absent"
    ),
    "plans.no_version": QT_TRANSLATE_NOOP("Messages", "No plan version with id {id}"),
    "plans.unknown_elements": QT_TRANSLATE_NOOP("Messages", "Unknown element code: {codes}"),
    "plans.signer_required": QT_TRANSLATE_NOOP("Messages", "Say who signs the plan"),
    "plans.revision_reason_required": QT_TRANSLATE_NOOP("Messages", "A revision needs a reason"),
    "plans.nothing_to_revise": QT_TRANSLATE_NOOP(
        "Messages", "Participant {id} has no signed plan to revise"
    ),
    "plans.signed_not_deleted": QT_TRANSLATE_NOOP(
        "Messages", "A signed plan version cannot be deleted"
    ),
    "plans.no_element": QT_TRANSLATE_NOOP("Messages", "The plan has no element number {number}"),
    "plans.element_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "An element cannot end before it starts"
    ),
    "benefit.already_locked": QT_TRANSLATE_NOOP("Messages", "{month} is already locked"),
    "benefit.negative_other_income": QT_TRANSLATE_NOOP(
        "Messages", "The amount of another benefit cannot be negative"
    ),
    "programme.no_event": QT_TRANSLATE_NOOP("Messages", "No programme event with id {id}"),
    "training.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "Participant {id} is not enrolled in training"
    ),
    "classes.no_class": QT_TRANSLATE_NOOP("Messages", "No class '{class_code}'"),
    "classes.not_in_class": QT_TRANSLATE_NOOP("Messages", "Participant {id} is not in a class"),
    "classes.no_lessons": QT_TRANSLATE_NOOP(
        "Messages", "Class {class_code} has no lessons in its timetable"
    ),
    "participants.no_adviser": QT_TRANSLATE_NOOP("Messages", "No adviser '{adviser}'"),
    "settings.adviser_needs_names": QT_TRANSLATE_NOOP(
        "Messages", "An adviser needs a user name and a full name"
    ),
    "settings.adviser_exists": QT_TRANSLATE_NOOP(
        "Messages", "An adviser with user name '{username}' already exists"
    ),
    "backups.not_a_file": QT_TRANSLATE_NOOP("Messages", "{path} is not a file"),
    "backups.restore_onto_itself": QT_TRANSLATE_NOOP(
        "Messages", "The backup to restore must not be the database itself"
    ),
    "backups.nothing_to_back_up": QT_TRANSLATE_NOOP(
        "Messages", "{path} does not exist yet; there is nothing to back up"
    ),
    "programme.after_end": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme ended on {other}"
    ),
    "programme.before_start": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: before the programme start"
    ),
    "programme.second_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: there is already a decision ({other})"
    ),
    "programme.start_without_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme cannot start before a decision"
    ),
    "programme.second_start": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme already started {other}"
    ),
    "programme.end_without_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: there is no decision to end"
    ),
    "programme.before_last_event": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: before the last event ({other})"
    ),
    "programme.leave_while_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme is stopped from {other}"
    ),
    "programme.overlapping_leave": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: overlaps leave already recorded"
    ),
    "programme.already_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: already stopped from {other}"
    ),
    "programme.stop_on_leave": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the participant is on leave that day"
    ),
    "programme.not_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme is not stopped"
    ),
    "programme.stop_needs_reason": QT_TRANSLATE_NOOP("Messages", "--reason: a stop needs a reason"),
    "programme.leave_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "--to: the leave cannot end before it starts"
    ),
    "tests.reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give a reason for the correction or deletion"
    ),
    "tests.result_not_found": QT_TRANSLATE_NOOP("Messages", "No test result or exemption {ref}"),
    "tests.kind_unchanged": QT_TRANSLATE_NOOP(
        "Messages",
        "A correction keeps the kind of result ({ref}); delete it and record the right one",
    ),
    "options.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "{option}: {reason}",
    ),
    "dates.not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)",
    ),
    "dates.impossible_date": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is an impossible date",
    ),
    "dates.not_a_month": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a month (write YYYY-MM, e.g. 2026-10)",
    ),
    "dates.outside_years": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is outside the years {first}–{last}",
    ),
    "dates.not_a_week": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a week (write YYYY-Www, e.g. 2026-W48)",
    ),
    "dates.no_such_week": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}': no such week",
    ),
    "attendance.unknown_absence_code": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown absence code: '{code_given}'",
    ),
    "attendance.several_elements": QT_TRANSLATE_NOOP(
        "Messages",
        "{day}: the plan has several elements that day ({elements}); name one with --element",
    ),
    "attendance.month_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} is locked (sent to payroll); a change must be registered as a correction "
        "(--correction), which books an adjustment in the next open month",
    ),
    "attendance.locked_months": QT_TRANSLATE_NOOP(
        "Messages",
        "Locked months are read-only: {months}",
    ),
    "audit.not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "The audit log is for team leaders and administrators; your login holds neither role",
    ),
    "backups.server_database": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a server database. Back it up and restore it with the server's own tools, for "
        "example pg_dump --format=custom and pg_restore",
    ),
    "backups.not_restored": QT_TRANSLATE_NOOP(
        "Messages",
        "{backup} failed its check and was not restored: {problems}",
    ),
    "backups.restored_failed_check": QT_TRANSLATE_NOOP(
        "Messages",
        "The restored file failed its check: {problems}",
    ),
    "backups.restored_failed_check_kept": QT_TRANSLATE_NOOP(
        "Messages",
        "The restored file failed its check: {problems}. The previous file was kept as {safety}",
    ),
    "benefit.other_income_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The amount of another benefit must be a number of kroner up to {maximum} a month",
    ),
    "benefit.no_birth_date": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no birth date: the rate cannot be found",
    ),
    "caseload.no_adviser_login": QT_TRANSLATE_NOOP(
        "Messages",
        "No adviser with the login '{login}' (add it with 'introdesk admin users add LOGIN "
        "--role adviser')",
    ),
    "caseload.give_adviser_or_share": QT_TRANSLATE_NOOP(
        "Messages",
        "Give the responsible adviser (--adviser LOGIN), --share-with LOGIN, or both",
    ),
    "caseload.no_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "No participant {id}",
    ),
    "caseload.move_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "Only team leaders and administrators move a participant to another adviser's "
        "caseload; you can share your own participants with --share-with",
    ),
    "caseload.share_not_allowed": QT_TRANSLATE_NOOP(
        "Messages",
        "You can share only participants in your own caseload; ask their adviser or a team leader",
    ),
    "classes.already_in_class": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} is already in class {class_code}",
    ),
    "backups.server_backup": QT_TRANSLATE_NOOP(
        "Messages",
        "This is a server database. Back it up with the server's own tools, for example: "
        "pg_dump --format=custom --file=introdesk.dump <database>",
    ),
    "backups.backup_onto_itself": QT_TRANSLATE_NOOP(
        "Messages",
        "The backup file must not be the database itself",
    ),
    "database.copy_needs_sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "Copy from a SQLite file: give it with --database FILE",
    ),
    "database.failed_check_unchanged": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} failed its check and was not changed: {problems}. Restore a "
        "good backup with 'introdesk db restore --from FILE'",
    ),
    "participants.not_found_text": QT_TRANSLATE_NOOP(
        "Messages",
        "No participant '{text}' (give the id or the national id)",
    ),
    "files.no_such_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: no such file",
    ),
    "files.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: cannot be read ({reason})",
    ),
    "files.not_utf8": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is not UTF-8 text",
    ),
    "files.not_json": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: not valid JSON: {detail}",
    ),
    "files.json_problem": QT_TRANSLATE_NOOP(
        "Messages",
        "not valid JSON: {detail}",
    ),
    "plans.participant_has_no_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no plan",
    ),
    "plans.participant_has_no_version": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no plan version {version}",
    ),
    "plans.signed_unchangeable": QT_TRANSLATE_NOOP(
        "Messages",
        "Plan version {version} is signed and cannot be changed; revise it to make a new version",
    ),
    "plans.no_draft_to_sign": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no draft plan to sign",
    ),
    "plans.no_draft_to_sign_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no draft plan to sign (version {version} is already signed)",
    ),
    "plans.draft_revision_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "Version {version} is already a draft revision; edit that one",
    ),
    "plans.errors_block_signing": QT_TRANSLATE_NOOP(
        "Messages",
        "Plan version {version} has {count} error(s) and cannot be signed: {rules}",
    ),
    "programme.unknown_exit_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "--reason: unknown exit reason '{reason}' (use {codes})",
    ),
    "programme.kind_unchangeable": QT_TRANSLATE_NOOP(
        "Messages",
        "programme event {id}: a {kind} cannot become a {new_kind}",
    ),
    "reports.not_a_year": QT_TRANSLATE_NOOP(
        "Messages",
        "--year: '{text}' is not a year (use YYYY)",
    ),
    "reports.to_before_from": QT_TRANSLATE_NOOP(
        "Messages",
        "--to is before --from",
    ),
    "reports.range_needs_both": QT_TRANSLATE_NOOP(
        "Messages",
        "--from and --to must be given together",
    ),
    "reports.one_period": QT_TRANSLATE_NOOP(
        "Messages",
        "give only one of --month, --year or --from/--to",
    ),
    "reports.needs_period_option": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' needs {accepted}",
    ),
    "reports.takes_no_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' takes no period",
    ),
    "reports.wrong_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' takes {accepted}, not {given}",
    ),
    "reports.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown report '{name}' (one of: {names})",
    ),
    "reports.not_available": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' is not available yet: needs {needs}",
    ),
    "reports.needs_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' needs a period",
    ),
    "reports.period_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' does not take a {kind} period",
    ),
    "admin.unknown_role": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown role '{role}': use one of {roles}",
    ),
    "admin.bad_login": QT_TRANSLATE_NOOP(
        "Messages",
        "'{login}' is not a usable login name (letters, digits, '.', '_', '@', '-')",
    ),
    "admin.sqlite": QT_TRANSLATE_NOOP(
        "Messages",
        "Roles and logins are used on a PostgreSQL server only; this database is a SQLite file "
        "on one PC, where every user of the PC may do everything",
    ),
    "admin.role_not_held": QT_TRANSLATE_NOOP(
        "Messages",
        "{login} does not hold the role {role}",
    ),
    "admin.server_refused_login": QT_TRANSLATE_NOOP(
        "Messages",
        "The server refused this for your login ({reason}). Nothing was changed; run it as a "
        "database superuser or an IntroDesk administrator.",
    ),
    "admin.server_refused": QT_TRANSLATE_NOOP(
        "Messages",
        "The server refused this: {reason}. Nothing was changed.",
    ),
    "settings.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown setting '{name}' (known: {known})",
    ),
    "settings.unknown_many": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown setting: {names}",
    ),
    "training.already_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} is already enrolled in training",
    ),
    "backups.retention_format": QT_TRANSLATE_NOOP(
        "Messages",
        "Backup retention must be four whole numbers: latest, daily, weekly, monthly (for "
        "example 10,14,8,12)",
    ),
    "backups.folder_unusable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot use the backup folder {folder}: {reason}",
    ),
    "database.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Another user or program is using the database; close it there and try again",
    ),
    "database.no_such_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} does not exist",
    ),
    "copy.target_not_empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{target} is not empty ({tables}…): copy only into a new, empty database. Nothing was "
        "changed.",
    ),
    "copy.needs_server": QT_TRANSLATE_NOOP(
        "Messages",
        "The copy goes to a PostgreSQL server: give a postgresql:// URL",
    ),
    "copy.upgrade_first": QT_TRANSLATE_NOOP(
        "Messages",
        "{path} is at schema {current}, this program at {head}: upgrade it first with "
        "'introdesk db upgrade' (it keeps a backup), then copy",
    ),
    "copy.mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "The copy of {table} does not match the original ({copied} rows against {expected}); "
        "nothing was copied",
    ),
    "database.none_given": QT_TRANSLATE_NOOP(
        "Messages",
        "No database given",
    ),
    "database.bad_address": QT_TRANSLATE_NOOP(
        "Messages",
        "Not a database address: {detail}",
    ),
    "database.unsupported": QT_TRANSLATE_NOOP(
        "Messages",
        "IntroDesk works with SQLite files and PostgreSQL servers, not '{backend}' databases",
    ),
    "database.cannot_open_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot open the database {database}: {reason}",
    ),
    "database.cannot_use": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot use the database {database}: {kind}",
    ),
    "database.no_migrations": QT_TRANSLATE_NOOP(
        "Messages",
        "The program has no database migrations",
    ),
    "database.not_introdesk": QT_TRANSLATE_NOOP(
        "Messages",
        "{database} is not an IntroDesk database",
    ),
    "database.foreign_tables": QT_TRANSLATE_NOOP(
        "Messages",
        "{database} has tables but is not an IntroDesk database",
    ),
    "database.upgrade_by_admin": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} needs an upgrade by an administrator (schema {current}, this "
        "version of IntroDesk needs {head}). Nothing was changed.",
    ),
    "database.read_only_until_upgrade": QT_TRANSLATE_NOOP(
        "Messages",
        "{reason} It is open read-only until then; nothing was saved.",
    ),
    "db.access_denied": QT_TRANSLATE_NOOP(
        "Messages",
        "Your database login is not allowed to do this (its roles on the server do not include "
        "it). Nothing was changed.",
    ),
    "rows.required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required",
    ),
    "rows.required_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (or national_id)",
    ),
    "rows.column_missing_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "required column is missing (or national_id)",
    ),
    "rows.no_participant_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with id '{text}'",
    ),
    "rows.no_participant_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with this national id",
    ),
    "rows.national_id_other_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "belongs to another participant than participant_id",
    ),
    "rows.month_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} is locked (sent to payroll)",
    ),
    "rows.not_hours": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a number of hours between 0 and 24",
    ),
    "rows.not_absence_code": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not an absence code",
    ),
    "rows.absence_needs_hours": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (above 0) with an absence code",
    ),
    "rows.hours_need_code": QT_TRANSLATE_NOOP(
        "Messages",
        "is required when absence hours are given",
    ),
    "rows.give_hours_or_absence": QT_TRANSLATE_NOOP(
        "Messages",
        "give attended hours, an absence, or both",
    ),
    "rows.several_elements": QT_TRANSLATE_NOOP(
        "Messages",
        "the plan has several elements that day ({elements})",
    ),
    "rows.same_day_and_element": QT_TRANSLATE_NOOP(
        "Messages",
        "the same day and element as row {row}",
    ),
    "participants.id_length": QT_TRANSLATE_NOOP(
        "Messages",
        "must have 11 digits",
    ),
    "participants.id_format": QT_TRANSLATE_NOOP(
        "Messages",
        "may contain digits only",
    ),
    "participants.id_checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "check digits do not match (typing error?)",
    ),
    "participants.id_date": QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date in the number is impossible",
    ),
    "participants.id_future": QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date in the number lies in the future",
    ),
    "participants.id_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "is not valid",
    ),
    "rows.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "does not match the birth date in the national id",
    ),
    "rows.in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "lies in the future",
    ),
    "rows.before_birth": QT_TRANSLATE_NOOP(
        "Messages",
        "is before the birth date",
    ),
    "rows.children_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a number of children from 0 to 30",
    ),
    "rows.not_email": QT_TRANSLATE_NOOP(
        "Messages",
        "is not an e-mail address",
    ),
    "rows.not_goal_group": QT_TRANSLATE_NOOP(
        "Messages",
        "is not an end-goal group code",
    ),
    "rows.goal_reason_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "give a reason for the chosen goal (integreringsloven §§ 13–14)",
    ),
    "rows.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "is longer than {limit} characters",
    ),
    "rows.duplicate_number": QT_TRANSLATE_NOOP(
        "Messages",
        "duplicate number (also on row {row})",
    ),
    "rows.birth_date_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required when there is no national id",
    ),
    "rows.already_in_database": QT_TRANSLATE_NOOP(
        "Messages",
        "already in the database",
    ),
    "rows.id_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "already belongs to another participant",
    ),
    "rows.not_changed_here": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot be changed here",
    ),
    "rows.not_another_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "is not another participant",
    ),
    "rows.unknown_permit_type": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown permit type (use refugee, resettlement, humanitarian, collective_protection, "
        "family_immigration, independent or other): '{text}'",
    ),
    "rows.unknown_regime": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown regime (use integration_act, introduction_act or chapter_6a): '{text}'",
    ),
    "rows.unknown_education_level": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown education level (use none, primary_partial, primary, upper_secondary or "
        "higher): '{text}'",
    ),
    "rows.unknown_sex": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown sex (use F, M or K): '{text}'",
    ),
    "rows.unknown_status": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown status (use referred, mapped, decided, in_programme, on_leave, stopped, "
        "completed or interrupted): '{text}'",
    ),
    "rows.unknown_programme": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown programme (use introduction, training or both): '{text}'",
    ),
    "rows.give_id_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "give participant_id or national_id",
    ),
    "rows.registration_writing_oral": QT_TRANSLATE_NOOP(
        "Messages",
        "applies to writing and oral only",
    ),
    "rows.give_score_or_passed": QT_TRANSLATE_NOOP(
        "Messages",
        "give score or passed",
    ),
    "rows.scored_tasks": QT_TRANSLATE_NOOP(
        "Messages",
        "the {version} test has {tasks} scored tasks, not {given}",
    ),
    "rows.give_passed": QT_TRANSLATE_NOOP(
        "Messages",
        "give passed yes/no for this date",
    ),
    "rows.legal_basis_required": QT_TRANSLATE_NOOP(
        "Messages",
        "the legal basis is required",
    ),
    "rows.no_participant_with_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with id {id}",
    ),
    "database.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} does not exist. Check the name, or create it with 'introdesk "
        "--database FILE db upgrade'",
    ),
    "files.is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is a folder, not a file",
    ),
    "files.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the file is larger than {megabytes} MB",
    ),
    "files.unpacks_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the workbook unpacks to {megabytes} MB; refused as unsafe",
    ),
    "files.xml_entities": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the workbook declares XML entities; refused as unsafe",
    ),
    "files.not_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: cannot be read as an .xlsx workbook",
    ),
    "files.nested_deeper": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: nested deeper than {levels} levels; refused",
    ),
    "files.nested_too_deeply": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: nested too deeply; refused",
    ),
    "files.no_sheet": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: no sheet named '{sheet}' (sheets: {sheets})",
    ),
    "files.cell_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}:{line}: a cell is longer than {kib} KiB",
    ),
    "files.not_csv": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}:{line}: not a readable CSV file ({detail})",
    ),
    "files.sheet_needs_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: --sheet applies to .xlsx files only",
    ),
    "files.use_xlsx_or_csv": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: use an .xlsx or .csv file",
    ),
    "files.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: the file is empty",
    ),
    "files.out_is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is a folder; give a file name ending in .xlsx",
    ),
    "files.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: cannot write there ({reason})",
    ),
    "files.export_cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "The export was cancelled; no file was written.",
    ),
    "plan_import.date_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (a date such as 2026-01-05)",
    ),
    "plan_import.not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)",
    ),
    "plan_import.hours_number": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a number of hours",
    ),
    "plan_import.not_a_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a number",
    ),
    "plan_import.hours_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be between 0 and 24",
    ),
    "plan_import.before": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before {field}",
    ),
    "plan_import.unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a known field",
    ),
    "plan_import.one_object": QT_TRANSLATE_NOOP(
        "Messages",
        "must hold one JSON object",
    ),
    "plan_import.participant_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (the participant's id or national id)",
    ),
    "plan_import.object_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object {shape}",
    ),
    "plan_import.list_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a list of {shape}",
    ),
    "plan_import.one_of": QT_TRANSLATE_NOOP(
        "Messages",
        "must be one of {choices}",
    ),
    "plan_import.text": QT_TRANSLATE_NOOP(
        "Messages",
        "must be text",
    ),
    "plan_import.levels": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object with a level per sub-skill",
    ),
    "plan_import.elements_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (a list of elements)",
    ),
    "plan_import.object": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object",
    ),
    "plan_import.unknown_code": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not an element code in the catalogue",
    ),
    "plan_import.hours_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required, e.g. {example}",
    ),
    "rows.read_from_events": QT_TRANSLATE_NOOP(
        "Messages",
        "is read from the programme events: record the event",
    ),
    "rows.status_follows_events": QT_TRANSLATE_NOOP(
        "Messages",
        "follows the programme events (decision, start, leave, stop, end): record the event "
        "instead",
    ),
    "rows.leave_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages",
        "the leave cannot end before it begins",
    ),
    "rows.completed_or_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "must be completed or stopped",
    ),
    "rows.before_training_start": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before the start of the training",
    ),
    "rows.monday_to_friday": QT_TRANSLATE_NOOP(
        "Messages",
        "must be Monday to Friday",
    ),
    "rows.minutes_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be 1 to 600",
    ),
    "rows.class_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "class {class_code} already exists",
    ),
    "rows.before_joining": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before the person joined the class",
    ),
    "rows.move_after_joining": QT_TRANSLATE_NOOP(
        "Messages",
        "the person joined their present class on {day}; a move must be dated after that",
    ),
    "rows.not_in_week": QT_TRANSLATE_NOOP(
        "Messages",
        "{where} is not in the week",
    ),
    "rows.given_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "{where} is given twice",
    ),
    "rows.lesson_minutes": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: must be 1 to 600",
    ),
    "rows.not_in_class": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: participant {id} is not in the class that day",
    ),
    "rows.minutes_present": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: minutes present must be 0 to {minutes}",
    ),
    "rows.not_finite": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a finite number",
    ),
    "rows.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "is too large",
    ),
}
