"""``introdesk programme decide|leave|stop|resume|end|change|remove|history`` (issue 14 item 5).

PARTICIPANT is the id or the national id. An impossible sequence (a stop before the start,
overlapping leave, an end before the last event) is refused with exit code 3. ``change`` and
``remove`` take the event's id and, with ``--expect-version``, refuse an event changed or
removed since that version was read with exit code 4 (issue 15 item 2).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from introdesk.app.bootstrap import database_spec
from introdesk.app.labels import (
    BY,
    CHANGED,
    EVENT_HEADING,
    EVENTS_HEADING,
    PAID,
    RECORDED,
    UNPAID,
    cli_text,
    label,
)
from introdesk.app.messages import counted, day_text, say
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.options import day_option, optional_day
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.services.container import Services, open_services


def register(commands: Any) -> None:
    programme = commands.add_parser(
        "programme", help="the programme's course: decision, leave, stop, resumption, end"
    )
    actions = programme.add_subparsers(dest="programme_command", metavar="ACTION", required=True)

    decide = actions.add_parser("decide", help="record the decision (vedtak) to take part")
    decide.add_argument("participant", metavar="PARTICIPANT")
    decide.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    decide.set_defaults(handler=cmd_decide)

    start = actions.add_parser("start", help="record the programme start")
    start.add_argument("participant", metavar="PARTICIPANT")
    start.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    start.set_defaults(handler=cmd_start)

    leave = actions.add_parser("leave", help="record approved leave of a kind")
    leave.add_argument("participant", metavar="PARTICIPANT")
    leave.add_argument("--kind", required=True, choices=[k.value for k in LeaveKind])
    leave.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    leave.add_argument("--to", dest="last", required=True, metavar="YYYY-MM-DD")
    leave.add_argument("--note", default="", metavar="TEXT")
    leave.set_defaults(handler=cmd_leave)

    stop = actions.add_parser("stop", help="stop the programme (stans) from a date")
    stop.add_argument("participant", metavar="PARTICIPANT")
    stop.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    stop.add_argument("--reason", required=True, metavar="TEXT")
    stop.set_defaults(handler=cmd_stop)

    resume = actions.add_parser("resume", help="resume a stopped programme from a date")
    resume.add_argument("participant", metavar="PARTICIPANT")
    resume.add_argument("--from", dest="first", required=True, metavar="YYYY-MM-DD")
    resume.set_defaults(handler=cmd_resume)

    end = actions.add_parser("end", help="end the programme with an exit reason code")
    end.add_argument("participant", metavar="PARTICIPANT")
    end.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    end.add_argument("--reason", required=True, metavar="CODE")
    end.set_defaults(handler=cmd_end)

    change = actions.add_parser(
        "change", help="correct a recorded event (its date, end of leave or note)"
    )
    change.add_argument("event", metavar="EVENT_ID", type=int, help="the id 'history' shows")
    change.add_argument("--date", metavar="YYYY-MM-DD", help="the event's date (leave: first day)")
    change.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="the last day of leave")
    change.add_argument("--note", metavar="TEXT", help="the reason or note")
    _expect_version(change)
    change.set_defaults(handler=cmd_change)

    remove = actions.add_parser("remove", help="delete an event recorded by mistake")
    remove.add_argument("event", metavar="EVENT_ID", type=int, help="the id 'history' shows")
    _expect_version(remove)
    remove.set_defaults(handler=cmd_remove)

    history = actions.add_parser("history", help="the participant's events in date order")
    history.add_argument("participant", metavar="PARTICIPANT")
    history.add_argument("--format", choices=["text", "json"], default="text")
    history.set_defaults(handler=cmd_history)


def _expect_version(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="the row_version 'history --format json' showed; refuse (exit 4) if the event "
        "was changed or removed since",
    )


def _record(args: argparse.Namespace, action: Callable[[Services, int], ProgrammeEvent]) -> int:
    services = open_services(database_spec(args.database))
    try:
        pid = services.participants.resolve(args.participant)
        event = action(services, pid)
    finally:
        services.close()
    language = args.interface_language
    line = cli_text(RECORDED, language)
    print(line.format(id=pid, event=describe(event, language)))
    return 0


def describe(event: ProgrammeEvent, language: str | None = None) -> str:
    """The event in a line; with ``language``, its kind, leave and exit reason as labels."""
    if language is None:
        text = f"{event.kind} {event.day.isoformat()}"
        if event.until is not None:
            text += f" to {event.until.isoformat()}"
        if event.leave_kind is not None:
            text += f" ({event.leave_kind})"
        if event.exit_reason is not None:
            text += f", exit reason {event.exit_reason}"
        return text
    text = f"{label('event_kind', event.kind, language)} {day_text(event.day)}"
    if event.until is not None:
        text += f" – {day_text(event.until)}"
    if event.leave_kind is not None:
        text += f" ({label('leave_kind', event.leave_kind, language)})"
    if event.exit_reason is not None:
        text += f", {label('exit_reason', event.exit_reason, language)}"
    return text


def cmd_decide(args: argparse.Namespace) -> int:
    day = day_option(args.date, "--date")
    return _record(args, lambda s, pid: s.programme.decide(pid, day))


def cmd_start(args: argparse.Namespace) -> int:
    day = day_option(args.date, "--date")
    return _record(args, lambda s, pid: s.programme.start(pid, day))


def cmd_leave(args: argparse.Namespace) -> int:
    first, last = day_option(args.first, "--from"), day_option(args.last, "--to")
    kind = LeaveKind(args.kind)
    return _record(args, lambda s, pid: s.programme.leave(pid, kind, first, last, args.note))


def cmd_stop(args: argparse.Namespace) -> int:
    day = day_option(args.first, "--from")
    return _record(args, lambda s, pid: s.programme.stop(pid, day, args.reason))


def cmd_resume(args: argparse.Namespace) -> int:
    day = day_option(args.first, "--from")
    return _record(args, lambda s, pid: s.programme.resume(pid, day))


def cmd_end(args: argparse.Namespace) -> int:
    day = day_option(args.date, "--date")
    return _record(args, lambda s, pid: s.programme.end(pid, day, args.reason.strip()))


def cmd_change(args: argparse.Namespace) -> int:
    day = optional_day(args.date, "--date")
    last = optional_day(args.last, "--to")
    services = open_services(database_spec(args.database))
    try:
        current = services.programme.event(args.event)
        if last is not None and current.kind is not EventKind.LEAVE:
            raise UserInputError(
                f"--to: only leave has a last day (event {args.event} is a {current.kind})"
            )
        corrected = replace(
            current,
            day=day or current.day,
            until=last or current.until,
            reason=current.reason if args.note is None else args.note.strip(),
        )
        event = services.programme.change(
            args.event, corrected, expected_version=args.expect_version
        )
    finally:
        services.close()
    language = args.interface_language
    line = cli_text(CHANGED, language)
    print(
        line.format(event_id=args.event, id=event.participant_id, event=describe(event, language))
    )
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    services = open_services(database_spec(args.database))
    try:
        services.programme.remove(args.event, expected_version=args.expect_version)
    finally:
        services.close()
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Removed event {event_id}."),
            args.interface_language,
            event_id=args.event,
        )
    )
    return 0


def event_json(event: ProgrammeEvent, paid: bool | None) -> dict[str, object]:
    """The contract: ``kind``, ``date`` or ``from``/``to``, ``reason``, ``paid`` (leave), ``by``."""
    item: dict[str, object] = {"kind": str(event.kind)}
    if event.kind is EventKind.LEAVE:
        item["from"] = event.day.isoformat()
        item["to"] = event.until.isoformat() if event.until else None
        item["leave_kind"] = str(event.leave_kind)
        item["paid"] = paid
    else:
        item["date"] = event.day.isoformat()
    if event.exit_reason is not None:
        item["exit_reason"] = event.exit_reason
    item["reason"] = event.exit_reason if event.exit_reason is not None else event.reason
    if event.exit_reason is not None and event.reason:
        item["note"] = event.reason
    item["by"] = event.by
    item["id"] = event.id
    item["row_version"] = event.row_version
    return item


def cmd_history(args: argparse.Namespace) -> int:
    services = open_services(database_spec(args.database))
    try:
        pid = services.participants.resolve(args.participant)
        events = services.programme.history(pid)
        paid = [services.programme.leave_is_paid(e) for e in events]
    finally:
        services.close()
    if args.format == "json":
        items = [event_json(e, p) for e, p in zip(events, paid, strict=True)]
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    language = args.interface_language
    print(counted(len(events), EVENT_HEADING, EVENTS_HEADING, language, id=pid))
    for event, is_paid in zip(events, paid, strict=True):
        extra = "" if is_paid is None else " " + cli_text(PAID if is_paid else UNPAID, language)
        note = f" - {event.reason}" if event.reason else ""
        by = cli_text(BY, language).format(actor=event.by)
        print(f"  {describe(event, language)}{extra}{note} ({by})")
    return 0
