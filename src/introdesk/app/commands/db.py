"""``introdesk db upgrade|status|check|backup``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from introdesk.app.bootstrap import database_spec
from introdesk.core import paths
from introdesk.domain.errors import UserInputError
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
        if result.before == result.after:
            print(f"Database {database.display()} is up to date ({result.after}).")
        else:
            print(
                f"Upgraded {database.display()} from {result.before or 'empty'} to {result.after}."
            )
        if result.backup is not None:
            print(f"Backup of the old version: {result.backup}")
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
    print(f"database: {database.display()}")
    print(f"current:  {status.current or '(empty)'}")
    print(f"head:     {status.head}")
    if not status.known:
        print("state:    made by a newer IntroDesk; this version will not change it")
    elif status.up_to_date:
        print("state:    up to date")
    else:
        print("state:    needs 'introdesk db upgrade'")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        report = database.check()
    finally:
        database.close()
    if report.sound:
        print(f"Database {database.display()} is sound ({report.details}).")
        return 0
    print(f"Database {database.display()} has problems:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        result = database_admin.backup(database, args.out)
    finally:
        database.close()
    print(
        f"Backup written to {result.path} and checked: "
        f"{'sound' if result.report.sound else 'NOT sound'}."
    )
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
    print(f"Backups of {database.display()} in {folder}:")
    if not found:
        print("  (none yet)")
    for b in found:
        print(
            f"  {b.taken_at:%Y-%m-%d %H:%M:%S}  {b.reason:<15} {b.size:>12,} bytes  {b.path.name}"
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    database = database_admin.open_database(database_spec(args.database, creates=True))
    try:
        result = BackupService(database).restore(args.source)
    finally:
        database.close()
    print(f"Restored {database.display()} from {result.restored_from}; the copy checked sound.")
    if result.safety_copy is not None:
        print(f"The file it replaced was kept as {result.safety_copy}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    source = _open_existing(args)
    try:
        copies = database_admin.copy_to_server(source, args.to)
    finally:
        source.close()
    for item in copies:
        print(f"{item.table}: {item.rows} rows, sha256 {item.checksum[:16]}… matches")
    total = sum(item.rows for item in copies)
    print(f"Copied {total} rows in {len(copies)} tables; {source.display()} was not changed.")
    return 0
