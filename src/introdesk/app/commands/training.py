"""``introdesk training``: Norwegian and social-studies training (brief §4.0, §5.1).

    training enrol PARTICIPANT --start YYYY-MM-DD [--class CODE] [--programme …] …
    training status [--participant ID] [--format text|json]
    training exemption|leave|end PARTICIPANT …
    training classes list|create|members|enrol|move|register|sheet …

A participant is named by id or national id. JSON: dates ISO, hours as strings, two decimals.
"""

from __future__ import annotations

import argparse
import json
from datetime import date, time
from pathlib import Path
from typing import Any

from introdesk.app.commands import training_lines as lines
from introdesk.app.commands.documents import write_pdf
from introdesk.app.commands.support import with_services
from introdesk.app.messages import day_text, translate
from introdesk.domain.codes import PermitType, Programme, Regime
from introdesk.domain.errors import UserInputError
from introdesk.domain.language_tests import ExemptionKind
from introdesk.domain.options import day_argument, day_option, week_argument
from introdesk.domain.training import (
    ClassRecord,
    NewClass,
    RightsStartReason,
    Subject,
    TimetableSlot,
    TrainingEnrolment,
    TrainingOverview,
    TrainingState,
)
from introdesk.rules.goals import BackgroundKey
from introdesk.services.container import Services

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


# --- argument types ------------------------------------------------------------------------
# Bad values are UserInputError, not argparse's ArgumentTypeError: one line naming the option,
# exit code 3 like every other bad input (domain/options.py, app/cli.py).


def timetable_slot(text: str) -> TimetableSlot:
    """``mon 09:00 45 norwegian`` (weekday, start, minutes, subject)."""
    parts = text.split()
    try:
        weekday, start, minutes, subject = parts
        return TimetableSlot(
            WEEKDAYS.index(weekday.lower()[:3]),
            time.fromisoformat(start),
            int(minutes),
            Subject(subject.lower()),
        )
    except ValueError:
        raise UserInputError(
            f"--slot: {text!r}: expected 'WEEKDAY HH:MM MINUTES SUBJECT', e.g. "
            f"'mon 09:00 45 norwegian' (subject: {', '.join(s.value for s in Subject)})"
        ) from None


def absence(text: str) -> tuple[str, date]:
    """``PARTICIPANT:YYYY-MM-DD``: absent from every lesson that day."""
    reference, _, day = text.rpartition(":")
    if not reference:
        raise UserInputError(f"--absent: {text!r}: expected PARTICIPANT:YYYY-MM-DD")
    return reference, day_option(day, "--absent")


# --- parser --------------------------------------------------------------------------------


def register(commands: Any) -> None:
    training = commands.add_parser(
        "training", help="Norwegian and social-studies training: enrolment, status, classes"
    )
    actions = training.add_subparsers(dest="training_command", metavar="ACTION", required=True)

    _register_records(actions)
    _register_classes(actions)


def _register_records(actions: Any) -> None:
    """enrol, status, hours, exemption, leave, end."""
    enrol = actions.add_parser("enrol", help="enrol a participant in training")
    enrol.add_argument("participant", metavar="PARTICIPANT_ID")
    enrol.add_argument("--start", type=day_argument("--start"), required=True, metavar="YYYY-MM-DD")
    enrol.add_argument("--class", dest="class_code", metavar="CODE")
    enrol.add_argument(
        "--programme",
        choices=[p.value for p in Programme],
        help="training (training programme only), introduction (part of the Introduction "
        "Programme) or both (the Introduction Programme, then training); default: the "
        "participant's programme",
    )
    enrol.add_argument("--permit", choices=[p.value for p in PermitType])
    enrol.add_argument("--permit-date", type=day_argument("--permit-date"), metavar="YYYY-MM-DD")
    enrol.add_argument(
        "--regime",
        choices=[r.value for r in Regime],
        help="which rules apply (sets the participant's regime, like --permit)",
    )
    enrol.add_argument(
        "--rights-start",
        type=day_argument("--rights-start"),
        metavar="YYYY-MM-DD",
        help="date right and duty began (default: the permit date)",
    )
    enrol.add_argument(
        "--rights-start-reason",
        choices=[r.value for r in RightsStartReason],
        default=RightsStartReason.GRANT.value,
    )
    enrol.add_argument(
        "--education",
        choices=[k.value for k in BackgroundKey],
        help="education background (sets the goal and the 18-month or 3-year deadline)",
    )
    enrol.add_argument("--social-studies-language", default="", metavar="LANG")
    enrol.set_defaults(handler=cmd_enrol)

    status = actions.add_parser("status", help="category, deadline, hours, goal and warnings")
    status.add_argument("--participant", metavar="ID")
    status.add_argument("--format", choices=["text", "json"], default="text")
    status.set_defaults(handler=cmd_status)

    hours = actions.add_parser("hours", help="hours completed per participant and year")
    hours.add_argument("--year", type=int, metavar="YYYY")
    hours.add_argument("--format", choices=["text", "json"], default="text")
    hours.set_defaults(handler=cmd_hours)

    exemption = actions.add_parser("exemption", help="register an exemption decision")
    exemption.add_argument("participant", metavar="PARTICIPANT_ID")
    exemption.add_argument("--kind", choices=[k.value for k in ExemptionKind], required=True)
    exemption.add_argument(
        "--date", type=day_argument("--date"), required=True, metavar="YYYY-MM-DD"
    )
    exemption.add_argument("--legal-basis", default="", metavar="TEXT")
    exemption.add_argument("--note", default="")
    exemption.set_defaults(handler=cmd_exemption)

    leave = actions.add_parser("leave", help="register approved leave (extends the deadline)")
    leave.add_argument("participant", metavar="PARTICIPANT_ID")
    leave.add_argument(
        "--from", dest="start", type=day_argument("--from"), required=True, metavar="YYYY-MM-DD"
    )
    leave.add_argument(
        "--to", dest="end", type=day_argument("--to"), required=True, metavar="YYYY-MM-DD"
    )
    leave.add_argument("--reason", default="")
    leave.set_defaults(handler=cmd_leave)

    end = actions.add_parser("end", help="finish or stop a participant's training")
    end.add_argument("participant", metavar="PARTICIPANT_ID")
    end.add_argument("--state", choices=["completed", "stopped"], required=True)
    end.add_argument("--date", type=day_argument("--date"), required=True, metavar="YYYY-MM-DD")
    end.add_argument("--reason", required=True)
    end.set_defaults(handler=cmd_end)


def _register_classes(actions: Any) -> None:
    """classes list|create|members|enrol|move|register|sheet."""
    classes = actions.add_parser("classes", help="classes, members, lessons, sign-in sheets")
    class_actions = classes.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    listing = class_actions.add_parser("list", help="list the classes")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=cmd_classes_list)

    create = class_actions.add_parser("create", help="create a class")
    create.add_argument("code", metavar="CODE")
    create.add_argument("--name", required=True)
    create.add_argument("--teacher", default="")
    create.add_argument("--level", default="")
    create.add_argument("--room", default="")
    create.add_argument(
        "--slot",
        type=timetable_slot,
        action="append",
        default=[],
        metavar="'mon 09:00 45 norwegian'",
        help="a lesson in the weekly timetable (repeat for each)",
    )
    create.set_defaults(handler=cmd_classes_create)

    members = class_actions.add_parser("members", help="members of a class on a date")
    members.add_argument("code", metavar="CODE")
    members.add_argument("--on", type=day_argument("--on"), metavar="YYYY-MM-DD")
    members.add_argument("--format", choices=["text", "json"], default="text")
    members.set_defaults(handler=cmd_classes_members)

    join = class_actions.add_parser("enrol", help="put a participant in a class")
    join.add_argument("code", metavar="CODE")
    join.add_argument("participant", metavar="PARTICIPANT_ID")
    join.add_argument(
        "--from", dest="start", type=day_argument("--from"), required=True, metavar="YYYY-MM-DD"
    )
    join.set_defaults(handler=cmd_classes_enrol)

    move = class_actions.add_parser("move", help="move a participant to another class")
    move.add_argument("participant", metavar="PARTICIPANT_ID")
    move.add_argument("code", metavar="CODE")
    move.add_argument("--on", type=day_argument("--on"), required=True, metavar="YYYY-MM-DD")
    move.set_defaults(handler=cmd_classes_move)

    register_week = class_actions.add_parser(
        "register",
        help="register a week of lessons from the timetable: everyone present unless --absent",
    )
    register_week.add_argument("code", metavar="CODE")
    register_week.add_argument(
        "--week", type=week_argument("--week"), required=True, metavar="YYYY-Www"
    )
    register_week.add_argument(
        "--absent", type=absence, action="append", default=[], metavar="PARTICIPANT:YYYY-MM-DD"
    )
    register_week.set_defaults(handler=cmd_classes_register)

    sheet = class_actions.add_parser("sheet", help="print the class list and sign-in sheet")
    sheet.add_argument("code", metavar="CODE")
    sheet.add_argument("--week", type=week_argument("--week"), required=True, metavar="YYYY-Www")
    sheet.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    sheet.set_defaults(handler=cmd_classes_sheet)


# --- handlers ------------------------------------------------------------------------------


@with_services
def cmd_enrol(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    record = services.training.enrol(
        TrainingEnrolment(
            participant_id=pid,
            start=args.start,
            programme=Programme(args.programme) if args.programme else None,
            rights_start=args.rights_start,
            rights_start_reason=RightsStartReason(args.rights_start_reason),
            education_background=args.education or "",
            social_studies_language=args.social_studies_language,
        ),
        permit=PermitType(args.permit) if args.permit else None,
        permit_date=args.permit_date,
        regime=Regime(args.regime) if args.regime else None,
        class_code=args.class_code,
    )
    print(
        lines.enrolled(
            record.participant_id,
            record.programme.value,
            record.start,
            args.class_code,
            args.interface_language,
        )
    )
    return 0


def _hours(value: object) -> str:
    return f"{value:.2f}"


def overview_json(item: TrainingOverview, class_code: str | None) -> dict[str, Any]:
    record = item.record
    return {
        "participant_id": record.participant_id,
        "name": record.participant_name,
        "programme": record.programme.value,
        "category": item.category.value if item.category else None,
        "category_reasons": list(item.category_reasons),
        "fee_paying": item.fee_paying,
        "start": record.start.isoformat(),
        "rights_start": record.rights_start.isoformat(),
        "rights_start_reason": record.rights_start_reason.value,
        "education_background": record.education_background or None,
        "deadline": item.deadline.isoformat() if item.deadline else None,
        "deadline_basis": item.deadline_basis,
        "approved_leave": [
            {"from": p.start.isoformat(), "to": p.end.isoformat(), "reason": p.reason}
            for p in record.leave
        ],
        "hours_norwegian": _hours(item.hours_norwegian),
        "hours_social_studies": _hours(item.hours_social_studies),
        "social_studies_hours_required": item.social_studies_hours_required,
        "programme_hours": _hours(item.programme_hours),
        "exemptions": [
            {
                "kind": e.kind.value,
                "legal_basis": e.legal_basis,
                "decision_date": e.decision_date.isoformat(),
            }
            for e in record.exemptions
        ],
        "goal": {skill.value: level.value for skill, level in record.goal},
        "goal_met": item.goal_met,
        "social_studies_language": record.social_studies_language,
        "class": class_code,
        "state": record.state.value,
        "end_date": record.end_date.isoformat() if record.end_date else None,
        "end_reason": record.end_reason,
        "warnings": [{"code": w.code, "message": w.message} for w in item.warnings],
        "unconfirmed": item.unconfirmed,
    }


@with_services
def cmd_status(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant) if args.participant else None
    items = services.training.status(pid)
    classes = {}
    for item in items:
        current = [m for m in services.classes.history(item.record.participant_id) if m.end is None]
        classes[item.record.participant_id] = current[-1].class_code if current else None
    if args.format == "json":
        objects = [overview_json(i, classes[i.record.participant_id]) for i in items]
        print(json.dumps(objects, ensure_ascii=False, indent=2))
        return 0
    language = args.interface_language
    if not items:
        print(translate(lines.NOBODY, language))
    for item in items:
        print(lines.status_line(item, language))
        for warning in item.warnings:
            print(lines.warning_line(warning, language))
    return 0


@with_services
def cmd_hours(args: argparse.Namespace, services: Services) -> int:
    rows = services.training.hours_per_year(args.year)
    if args.format == "json":
        objects = [
            {
                "participant_id": h.participant_id,
                "name": h.name,
                "year": h.year,
                "hours_norwegian": _hours(h.hours_norwegian),
                "hours_social_studies": _hours(h.hours_social_studies),
            }
            for h in rows
        ]
        print(json.dumps(objects, ensure_ascii=False, indent=2))
        return 0
    for h in rows:
        print(
            lines.hours_line(
                h.participant_id,
                h.name,
                h.year,
                h.hours_norwegian,
                h.hours_social_studies,
                args.interface_language,
            )
        )
    return 0


@with_services
def cmd_exemption(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    services.training.add_exemption(
        pid, ExemptionKind(args.kind), args.date, args.legal_basis, args.note
    )
    print(lines.exempted(pid, args.kind, bool(args.legal_basis.strip()), args.interface_language))
    return 0


@with_services
def cmd_leave(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    services.training.add_leave(pid, args.start, args.end, args.reason)
    days = (args.end - args.start).days + 1
    print(lines.leave(pid, days, args.interface_language))
    return 0


@with_services
def cmd_end(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    services.training.end(pid, TrainingState(args.state), args.date, args.reason)
    print(lines.ended(pid, args.state, args.date, args.interface_language))
    return 0


def _class_json(c: ClassRecord) -> dict[str, Any]:
    return {
        "code": c.code,
        "name": c.name,
        "teacher": c.teacher,
        "level": c.level,
        "room": c.room,
        "members": c.members,
        "timetable": [
            {
                "weekday": WEEKDAYS[s.weekday],
                "start": s.start.isoformat("minutes"),
                "minutes": s.minutes,
                "subject": s.subject.value,
            }
            for s in c.timetable
        ],
    }


@with_services
def cmd_classes_list(args: argparse.Namespace, services: Services) -> int:
    classes = services.classes.list()
    if args.format == "json":
        print(json.dumps([_class_json(c) for c in classes], ensure_ascii=False, indent=2))
        return 0
    language = args.interface_language
    if not classes:
        print(translate(lines.NO_CLASSES, language))
    for c in classes:
        print(lines.class_line(c, language))
    return 0


@with_services
def cmd_classes_create(args: argparse.Namespace, services: Services) -> int:
    created = services.classes.create(
        NewClass(args.code, args.name, args.teacher, args.level, args.room, tuple(args.slot))
    )
    print(lines.say_class(lines.CREATED, created.code, created.name, args.interface_language))
    return 0


@with_services
def cmd_classes_members(args: argparse.Namespace, services: Services) -> int:
    members = services.classes.members(args.code, args.on)
    if args.format == "json":
        rows = [
            {
                "participant_id": m.participant_id,
                "name": m.participant_name,
                "from": m.start.isoformat(),
                "to": m.end.isoformat() if m.end else None,
            }
            for m in members
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for m in members:
        until = day_text(m.end) if m.end else ""
        print(f"{m.participant_id:>6}  {m.participant_name:<30} {day_text(m.start)} – {until}")
    return 0


@with_services
def cmd_classes_enrol(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    services.training.enrol_in_class(args.code, pid, args.start)
    print(lines.in_class(lines.IN_CLASS, pid, args.code, args.start, args.interface_language))
    return 0


@with_services
def cmd_classes_move(args: argparse.Namespace, services: Services) -> int:
    pid = services.participants.resolve(args.participant)
    services.classes.move(pid, args.code, args.on)
    print(lines.in_class(lines.MOVED, pid, args.code, args.on, args.interface_language))
    return 0


@with_services
def cmd_classes_register(args: argparse.Namespace, services: Services) -> int:
    absent = {(services.participants.resolve(ref), day) for ref, day in args.absent}
    saved = services.classes.register_week(args.code, args.week, absent)
    print(
        lines.registered_week(
            len(saved.lessons), saved.class_code, args.week, len(absent), args.interface_language
        )
    )
    return 0


@with_services
def cmd_classes_sheet(args: argparse.Namespace, services: Services) -> int:
    municipality = services.settings.load().municipality_name
    pdf = services.classes.sign_in_sheet(args.code, args.week, municipality)
    write_pdf(args.out, pdf)
    print(lines.sheet_written(args.code, args.week, args.out, args.interface_language))
    return 0
