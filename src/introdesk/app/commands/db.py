"""``introdesk db upgrade|status|check|backup``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from introdesk.app.bootstrap import database_spec
from introdesk.app.messages import say
from introdesk.core import paths
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.services import database_admin
from introdesk.services.backups import BackupService
from introdesk.services.database_admin import Database


def register(commands: Any) -> None:
    db = commands.add_parser("db", help="create, upgrade, check and back up the database")
    actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = actions.add_parser("upgrade", help="bring the schema up to date (backs up first)")
    upgrade.set_defaults(handler=cmd_upgrade)
    status = actions.add_parser("status", help="show the current and the newest schema revision")
    status.add_argument("--format", choices=["text", "json"], default="text")
    status.set_defaults(handler=cmd_status)
    check = actions.add_parser("check", help="check the database for damage")
    check.set_defaults(handler=cmd_check)
    backup = actions.add_parser("backup", help="copy the database to a file and check the copy")
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(handler=cmd_backup)
    listing = actions.add_parser("backups", help="list the automatic and manual backups")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=cmd_backups)
    restore = actions.add_parser(
        "restore", help="replace the database with a checked backup (keeps a safety copy)"
    )
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.set_defaults(handler=cmd_restore)
    copy = actions.add_parser(
        "copy", help="copy this SQLite database into an empty PostgreSQL database and verify it"
    )
    copy.add_argument("--to", required=True, metavar="URL", help="postgresql://… (empty)")
    copy.set_defaults(handler=cmd_copy)


def _open_existing(args: argparse.Namespace) -> Database:
    """Open without creating: a SQLite path that does not exist is a user error."""
    database = database_admin.open_database(database_spec(args.database))
    path = database.sqlite_path
    if path is not None and not path.exists():
        database.close()
        raise UserInputError(f"{path} does not exist (run 'introdesk db upgrade' to create it)")
    return database


def cmd_upgrade(args: argparse.Namespace) -> int:
    locations = paths.current()
    database, result = database_admin.open_for_use(
        database_spec(args.database, creates=True), locations.backups, allow_damaged=False
    )
    try:
        language = args.interface_language
        if result.before == result.after:
            print(
                say(
                    QT_TRANSLATE_NOOP("Cli", "Database {database} is up to date ({revision})."),
                    language,
                    database=database.display(),
                    revision=result.after,
                )
            )
        else:
            print(
                say(
                    QT_TRANSLATE_NOOP("Cli", "Upgraded {database} from {before} to {after}."),
                    language,
                    database=database.display(),
                    before=result.before or say(EMPTY, language),
                    after=result.after,
                )
            )
        if result.backup is not None:
            print(
                say(
                    QT_TRANSLATE_NOOP("Cli", "Backup of the old version: {file}"),
                    language,
                    file=result.backup,
                )
            )
    finally:
        database.close()
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        status = database.status()
    finally:
        database.close()
    if args.format == "json":
        print(
            json.dumps(
                {
                    "database": database.display(),
                    "current": status.current,
                    "head": status.head,
                    "up_to_date": status.up_to_date,
                    "newer_than_program": not status.known,
                }
            )
        )
        return 0
    language = args.interface_language
    if not status.known:
        state = QT_TRANSLATE_NOOP(
            "Cli", "made by a newer IntroDesk; this version will not change it"
        )
    elif status.up_to_date:
        state = QT_TRANSLATE_NOOP("Cli", "up to date")
    else:
        state = QT_TRANSLATE_NOOP("Cli", "needs 'introdesk db upgrade'")
    rows = [
        (QT_TRANSLATE_NOOP("Cli", "database:"), database.display()),
        (QT_TRANSLATE_NOOP("Cli", "current:"), status.current or f"({say(EMPTY, language)})"),
        (QT_TRANSLATE_NOOP("Cli", "head:"), status.head),
        (QT_TRANSLATE_NOOP("Cli", "state:"), say(state, language)),
    ]
    titles = [say(title, language) for title, _ in rows]
    width = max(len(title) for title in titles) + 1
    for title, (_, value) in zip(titles, rows, strict=True):
        print(f"{title:<{width}} {value}")
    return 0


EMPTY = QT_TRANSLATE_NOOP("Cli", "empty")
NONE_YET = QT_TRANSLATE_NOOP("Cli", "(none yet)")
# Why a backup was taken (services/backups.py, app/gui.py): the file name keeps the code.
BACKUP_REASONS = {
    "manual": QT_TRANSLATE_NOOP("Cli", "by hand"),
    "upgrade": QT_TRANSLATE_NOOP("Cli", "before upgrade"),
    "daily": QT_TRANSLATE_NOOP("Cli", "daily"),
    "exit": QT_TRANSLATE_NOOP("Cli", "on closing"),
}


def cmd_check(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        report = database.check()
    finally:
        database.close()
    language = args.interface_language
    if report.sound:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "Database {database} is sound ({details})."),
                language,
                database=database.display(),
                details=report.details,
            )
        )
        return 0
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Database {database} has problems:"),
            language,
            database=database.display(),
        ),
        file=sys.stderr,
    )
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        result = database_admin.backup(database, args.out)
    finally:
        database.close()
    text = (
        QT_TRANSLATE_NOOP("Cli", "Backup written to {file} and checked: sound.")
        if result.report.sound
        else QT_TRANSLATE_NOOP("Cli", "Backup written to {file} and checked: NOT sound.")
    )
    print(say(text, args.interface_language, file=result.path))
    return 0 if result.report.sound else 1


def cmd_backups(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        service = BackupService(database)
        folder = service.folder()
        found = service.list()
    finally:
        database.close()
    if args.format == "json":
        print(
            json.dumps(
                {
                    "database": database.display(),
                    "folder": str(folder),
                    "backups": [
                        {
                            "file": str(b.path),
                            "taken_at": b.taken_at.isoformat(),
                            "reason": b.reason,
                            "size_bytes": b.size,
                        }
                        for b in found
                    ],
                }
            )
        )
        return 0
    language = args.interface_language
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Backups of {database} in {folder}:"),
            language,
            database=database.display(),
            folder=folder,
        )
    )
    if not found:
        print(f"  {say(NONE_YET, language)}")
    unit = say(QT_TRANSLATE_NOOP("Cli", "bytes"), language)
    for b in found:
        size = f"{b.size:,}".replace(",", " ") if language != "en" else f"{b.size:,}"
        reason = say(BACKUP_REASONS.get(b.reason, b.reason), language)
        print(f"  {b.taken_at:%d.%m.%Y %H:%M:%S}  {reason:<15} {size:>12} {unit}  {b.path.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    database = database_admin.open_database(database_spec(args.database, creates=True))
    try:
        result = BackupService(database).restore(args.source)
    finally:
        database.close()
    language = args.interface_language
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Restored {database} from {file}; the copy checked sound."),
            language,
            database=database.display(),
            file=result.restored_from,
        )
    )
    if result.safety_copy is not None:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "The file it replaced was kept as {file}"),
                language,
                file=result.safety_copy,
            )
        )
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    source = _open_existing(args)
    try:
        copies = database_admin.copy_to_server(source, args.to)
    finally:
        source.close()
    language = args.interface_language
    for item in copies:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "{table}: {count} rows, sha256 {checksum}… matches"),
                language,
                table=item.table,
                count=item.rows,
                checksum=item.checksum[:16],
            )
        )
    total = sum(item.rows for item in copies)
    print(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Copied {rows} rows in {tables} tables; {database} was not changed."
            ),
            language,
            rows=total,
            tables=len(copies),
            database=source.display(),
        )
    )
    return 0
