"""``introdesk attendance record|check|import|missing|accept-missing`` (brief §2.3)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from introdesk.app.commands.support import services_for, table_number, with_services
from introdesk.core import clock
from introdesk.domain.dates import month_end
from introdesk.domain.errors import UserInputError
from introdesk.domain.options import day_argument, month_option
from introdesk.services.attendance import hours_to_minutes
from introdesk.services.container import Services


def register(commands: Any) -> None:
    attendance = commands.add_parser("attendance", help="register and check attendance")
    actions = attendance.add_subparsers(dest="attendance_command", metavar="ACTION", required=True)

    record = actions.add_parser(
        "record",
        help="register one day: hours attended, or an absence code and its hours",
        description="Examples: 'attendance record 12 --date 2026-05-04 --hours 6'; "
        "'attendance record 12 --date 2026-05-04 --absence invalid --hours 2' (the rest of the "
        "planned time counts as attended).",
    )
    record.add_argument("participant", metavar="PARTICIPANT_ID", help="id or national id")
    record.add_argument("--date", type=day_argument("--date"), required=True, metavar="YYYY-MM-DD")
    record.add_argument("--hours", required=True, metavar="H", help="hours (decimal comma ok)")
    record.add_argument("--absence", metavar="CODE", help="absence code, e.g. invalid, holiday")
    record.add_argument(
        "--element",
        metavar="CODE",
        help="plan element; without it, absence hours are spread over the day's planned "
        "elements in plan order",
    )
    record.add_argument("--note", default="")
    record.add_argument(
        "--correction",
        action="store_true",
        help="change a locked month; the difference is booked in the next open month",
    )
    record.set_defaults(handler=cmd_record)

    check = actions.add_parser(
        "check", help="statutory absence breaches and follow-up warnings, with suggestions"
    )
    check.add_argument("--participant", metavar="ID", help="id or national id (default: all)")
    check.add_argument("--from", dest="start", type=day_argument("--from"), metavar="YYYY-MM-DD")
    check.add_argument("--to", dest="end", type=day_argument("--to"), metavar="YYYY-MM-DD")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.set_defaults(handler=cmd_check)

    importer = actions.add_parser(
        "import",
        help="import attendance from .xlsx/.csv (all rows or nothing)",
        description="Columns: national_id or participant_id, date, element, attended_hours, "
        "absence_code, absence_hours (Norwegian headings accepted; see "
        "docs/import-attendance.md).",
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    importer.add_argument(
        "--correction", action="store_true", help="allow rows in locked months (as corrections)"
    )
    importer.set_defaults(handler=cmd_import)

    missing = actions.add_parser("missing", help="planned days without registration")
    missing.add_argument("--month", required=True, metavar="YYYY-MM")
    missing.add_argument("--participant", metavar="ID")
    missing.add_argument("--format", choices=["text", "json"], default="text")
    missing.set_defaults(handler=cmd_missing)

    accept = actions.add_parser(
        "accept-missing",
        help="accept a participant's planned days without registration (paid as attended)",
    )
    accept.add_argument("participant", metavar="PARTICIPANT_ID")
    accept.add_argument("--month", required=True, metavar="YYYY-MM")
    accept.add_argument("--note", default="")
    accept.set_defaults(handler=cmd_accept_missing)


@with_services
def cmd_record(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    minutes = hours_to_minutes(args.hours)
    spread: list[tuple[str, int]] = []
    if args.absence and args.element is None:
        booked, spread = services.attendance.record_spread_absence(
            pid, args.date, args.absence, minutes, note=args.note, correction=args.correction
        )
    elif args.absence:
        booked = services.attendance.record(
            pid,
            args.date,
            absence_code=args.absence,
            absence_minutes=minutes,
            element=args.element,
            note=args.note,
            correction=args.correction,
        )
    else:
        booked = services.attendance.record(
            pid,
            args.date,
            attended_minutes=minutes,
            element=args.element,
            note=args.note,
            correction=args.correction,
        )
    what = f"{args.absence} {args.hours} h" if args.absence else f"{args.hours} h attended"
    print(f"Registered participant {pid} on {args.date.isoformat()}: {what}.")
    if len(spread) > 1:
        parts = ", ".join(f"{element} {part / 60:g} h" for element, part in spread)
        print(f"Spread over the day's planned elements in plan order: {parts}.")
    if booked:
        print(f"The month is locked: {booked} adjustment line(s) booked in the next open month.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    today = clock.today()
    start = args.start or date(today.year, 1, 1)
    end = args.end or today
    if end < start:
        raise UserInputError("--to is before --from")
    with services_for(args) as services:
        ids = (
            None if args.participant is None else [services.participants.resolve(args.participant)]
        )
        findings = services.attendance.check(start, end, ids)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "participant_id": f.participant_id,
                        "rule": f.rule_id,
                        "severity": str(f.severity),
                        "dates": [d.isoformat() for d in f.dates],
                        "message": f.message,
                        "suggestion": f.suggestion,
                        "suggested_code": f.suggested_code,
                    }
                    for f in findings
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not findings:
        print(f"No absence findings {start.isoformat()}–{end.isoformat()}.")
    for f in findings:
        print(f"participant {f.participant_id} [{f.severity}] {f.rule_id}: {f.message}")
        print(f"    suggestion: {f.suggestion}")
    return 0


@with_services
def cmd_import(args: argparse.Namespace, services: Services) -> int:
    result = services.attendance.import_file(
        args.file, dry_run=args.dry_run, correction=args.correction
    )
    if not result.written:
        print(
            f"{args.file}: {result.rows} row(s) for {result.participants} participant(s) are "
            "valid; nothing written (--dry-run)."
            if args.dry_run
            else f"{args.file}: no rows to import."
        )
        return 0
    print(f"Imported {result.rows} row(s) for {result.participants} participant(s).")
    if result.corrections:
        print(f"{result.corrections} adjustment line(s) booked for locked months.")
    return 0


def cmd_missing(args: argparse.Namespace) -> int:
    month = month_option(args.month)
    with services_for(args) as services:
        ids = (
            None if args.participant is None else [services.participants.resolve(args.participant)]
        )
        found = services.attendance.missing_registrations(month, month_end(month), ids)
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "participant_id": m.participant_id,
                        "date": m.day.isoformat(),
                        "element": m.element_code,
                        "planned_hours": f"{m.planned_minutes / 60:.2f}",
                        "registered_hours": f"{m.registered_minutes / 60:.2f}",
                    }
                    for m in found
                ],
                indent=2,
            )
        )
        return 0
    if not found:
        print(f"No missing registrations in {args.month}.")
    for m in found:
        print(
            f"participant {m.participant_id} {m.day.isoformat()} {m.element_code}: "
            f"{table_number(m.planned_minutes / 60)} h planned, "
            f"{table_number(m.registered_minutes / 60)} h registered"
        )
    return 0


def cmd_accept_missing(args: argparse.Namespace) -> int:
    month = month_option(args.month)
    with services_for(args) as services:
        pid = services.participants.resolve(args.participant)
        days = {
            m.day for m in services.attendance.missing_registrations(month, month_end(month), [pid])
        }
        added = services.attendance.accept_missing(pid, days, args.note)
    print(f"Accepted {added} day(s) without registration for participant {pid} in {args.month}.")
    return 0
