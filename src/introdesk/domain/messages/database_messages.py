"""Coded messages of the database: opening, upgrading, backups and copies, server logins and
roles, shared caseloads, concurrent edits, the audit log and settings.

English text per code; see ``domain/messages/__init__.py`` for how they are translated."""

from __future__ import annotations

from introdesk.domain.messages.marker import QT_TRANSLATE_NOOP

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
    "database.needs_upgrade_by_admin": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {database} needs an upgrade by an administrator (schema {current}, this "
        "version of IntroDesk uses {head}).",
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
    "database.missing": QT_TRANSLATE_NOOP(
        "Messages",
        "The database {path} does not exist. Check the name, or create it with 'introdesk "
        "--database FILE db upgrade'",
    ),
}
