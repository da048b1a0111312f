"""``introdesk attendance record|check|import|missing|accept-missing`` (brief §2.3)."""

from __future__ import annotations

import argparse
import functools
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from introdesk.app.commands.support import services_for, table_number, with_services
from introdesk.app.labels import label
from introdesk.app.messages import counted, day_text, say, translate
from introdesk.core import clock
from introdesk.domain.dates import month_end
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.options import day_argument, month_option
from introdesk.services.attendance import hours_to_minutes
from introdesk.services.container import Services

if TYPE_CHECKING:
    from introdesk.rules.catalogue import ElementType


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
    _print_recorded(args, pid, spread, booked)
    return 0


def _print_recorded(
    args: argparse.Namespace, pid: int, spread: list[tuple[str, int]], booked: int
) -> None:
    language = args.interface_language
    hours = table_number(args.hours, 2).removesuffix(",00")
    unit = translate(HOURS, language)
    what = (
        f"{label('absence', args.absence, language)} {hours} {unit}"
        if args.absence
        else say(QT_TRANSLATE_NOOP("Cli", "{hours} h attended"), language, hours=hours)
    )
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Registered participant {id} on {date}: {what}."),
            language,
            id=pid,
            date=day_text(args.date),
            what=what,
        )
    )
    if len(spread) > 1:
        parts = ", ".join(
            f"{element_name(code, language)} {table_number(part / 60).removesuffix(',00')} {unit}"
            for code, part in spread
        )
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Spread over the day's planned elements in plan order: {parts}."
                ),
                language,
                parts=parts,
            )
        )
    if booked:
        print(
            counted(
                booked,
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The month is locked: {count} adjustment line booked in the next open month.",
                ),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "The month is locked: {count} adjustment lines booked in the next open month.",
                ),
                language,
            )
        )


HOURS = QT_TRANSLATE_NOOP("Cli", "h")


@functools.cache
def _catalogue() -> dict[str, ElementType]:
    from introdesk.rules.catalogue import load_catalogue

    return load_catalogue()


def element_name(code: str, language: str) -> str:
    """A plan element by its name in ``language`` (the catalogue's), its code when unknown."""
    kind = _catalogue().get(code)
    return kind.name(language) if kind is not None else code


SEVERITIES = {
    "info": QT_TRANSLATE_NOOP("Cli", "note"),
    "warning": QT_TRANSLATE_NOOP("Cli", "warning"),
    "violation": QT_TRANSLATE_NOOP("Cli", "breach"),
}


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
    language = args.interface_language
    if not findings:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "No absence findings {start}–{end}."),
                language,
                start=day_text(start),
                end=day_text(end),
            )
        )
    for f in findings:
        severity = translate(SEVERITIES.get(str(f.severity), str(f.severity)), language)
        rule = f" {f.rule_id}" if language == "en" else ""  # the rule's code: JSON has it
        who = say(QT_TRANSLATE_NOOP("Cli", "participant {id}"), language, id=f.participant_id)
        message, treatment = f.in_language(language)
        print(f"{who} [{severity}]{rule}: {message}")
        suggestion = say(QT_TRANSLATE_NOOP("Cli", "suggestion: {text}"), language, text=treatment)
        print(f"    {suggestion}")
    return 0


@with_services
def cmd_import(args: argparse.Namespace, services: Services) -> int:
    result = services.attendance.import_file(
        args.file, dry_run=args.dry_run, correction=args.correction
    )
    language = args.interface_language
    rows = counted(
        result.rows,
        QT_TRANSLATE_NOOP("Cli", "{count} row"),
        QT_TRANSLATE_NOOP("Cli", "{count} rows"),
        language,
    )
    people = counted(
        result.participants,
        QT_TRANSLATE_NOOP("Cli", "{count} participant"),
        QT_TRANSLATE_NOOP("Cli", "{count} participants"),
        language,
    )
    if not result.written:
        text = (
            QT_TRANSLATE_NOOP(
                "Cli", "{file}: {rows} for {people} valid; nothing written (--dry-run)."
            )
            if args.dry_run
            else QT_TRANSLATE_NOOP("Cli", "{file}: no rows to import.")
        )
        print(say(text, language, file=args.file, rows=rows, people=people))
        return 0
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Imported {rows} for {people}."),
            language,
            rows=rows,
            people=people,
        )
    )
    if result.corrections:
        print(
            counted(
                result.corrections,
                QT_TRANSLATE_NOOP("Cli", "{count} adjustment line booked for locked months."),
                QT_TRANSLATE_NOOP("Cli", "{count} adjustment lines booked for locked months."),
                language,
            )
        )
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
    language = args.interface_language
    if not found:
        print(
            say(
                QT_TRANSLATE_NOOP("Cli", "No missing registrations in {month}."),
                language,
                month=args.month,
            )
        )
    for m in found:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "participant {id} {date} {element}: {planned} h planned, "
                    "{registered} h registered",
                ),
                language,
                id=m.participant_id,
                date=day_text(m.day),
                element=element_name(m.element_code, language),
                planned=table_number(m.planned_minutes / 60),
                registered=table_number(m.registered_minutes / 60),
            )
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
    print(
        counted(
            added,
            QT_TRANSLATE_NOOP(
                "Cli", "Accepted {count} day without registration for participant {id} in {month}."
            ),
            QT_TRANSLATE_NOOP(
                "Cli",
                "Accepted {count} days without registration for participant {id} in {month}.",
            ),
            args.interface_language,
            id=pid,
            month=args.month,
        )
    )
    return 0
