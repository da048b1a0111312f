"""``introdesk participants add|import|list|show|assign`` (``add``: participant_add.py).

A participant is named by its id or by its national id. Import errors are printed one per line
as ``FILE:ROW:COLUMN: reason`` (exit 3, nothing written)."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from dataclasses import fields as dataclass_fields
from datetime import date
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from introdesk.app import messages
from introdesk.app.commands.support import with_services
from introdesk.app.labels import (
    DAYS_LEFT,
    DEADLINES,
    DETAIL_KINDS,
    DETAILS,
    DONE,
    HEADINGS,
    IMPORT_PROBLEM,
    IMPORT_PROBLEMS,
    NO_DEADLINES,
    NORWEGIAN_GOAL,
    OVERDUE,
    PARTICIPANT_COUNT,
    PARTICIPANTS_COUNT,
    REASONS,
    RECOGNITION,
    cli_text,
    label,
    unknown_category,
)
from introdesk.app.messages import counted, day_text, say
from introdesk.core.csv_safety import csv_cell
from introdesk.core.json_output import json_text
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import ValidationError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.participant_details import (
    GOAL_SKILLS,
    ParticipantDetails,
    ParticipantSummary,
    goal_text,
)
from introdesk.services.container import Services


def register(commands: Any) -> None:
    group = commands.add_parser("participants", help="add, import, list and show participants")
    actions = group.add_subparsers(dest="participants_command", metavar="ACTION", required=True)

    imp = actions.add_parser("import", help="add participants from an .xlsx or .csv file")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    imp.add_argument("--sheet", metavar="NAME", help="sheet of an .xlsx file (default: first)")
    imp.set_defaults(handler=cmd_import)

    from introdesk.app.commands.participant_add import register_add  # it uses details_json

    register_add(actions)

    lst = actions.add_parser("list", help="list participants with category and deadlines")
    lst.add_argument("--format", choices=["table", "json", "csv"], default="table")
    lst.add_argument(
        "--status", choices=[s.value for s in ParticipantStatus], help="only this status"
    )
    lst.add_argument("--adviser", metavar="A", help="only this adviser (user name or full name)")
    lst.add_argument("--archived", action="store_true", help="include archived participants")
    lst.set_defaults(handler=cmd_list)

    show = actions.add_parser("show", help="one participant with reasons, deadlines, goals")
    show.add_argument("participant", metavar="ID", help="id or national id")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=cmd_show)

    assign = actions.add_parser(
        "assign",
        help="put a participant in an adviser's caseload, or share them with another adviser",
    )
    assign.add_argument("participant", metavar="PARTICIPANT", help="id or national id")
    assign.add_argument(
        "--adviser", metavar="LOGIN", help="responsible adviser (team leaders and admins)"
    )
    assign.add_argument(
        "--share-with",
        metavar="LOGIN",
        help="let this adviser see them too (an adviser may share their own participants)",
    )
    assign.set_defaults(handler=cmd_assign)


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value._value_  # as .value, without the property's call (issue 18)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


_SKILL_CODES = tuple((skill, skill.value) for skill in GOAL_SKILLS)


def _goal_json(goal: dict[Any, Any]) -> dict[str, str] | None:
    if not goal:
        return None
    return {code: goal[skill]._value_ for skill, code in _SKILL_CODES}


def summary_json(item: ParticipantSummary) -> dict[str, Any]:
    return {
        "id": item.id,
        "given_name": item.given_name,
        "family_name": item.family_name,
        "preferred_name": item.preferred_name,
        "national_id": item.national_id,
        "birth_date": _json_value(item.birth_date),
        "status": item.status.value,
        "programme": item.programme.value,
        "adviser": item.adviser_name,
        "settlement_date": _json_value(item.settlement_date),
        "permit_type": _json_value(item.permit_type),
        "category": _json_value(item.category),
        "start_deadline": _json_value(item.start_deadline),
        "next_deadline": item.next_deadline_kind or None,
        "next_deadline_date": _json_value(item.next_deadline),
        "days_left": item.days_left,
        "overdue": item.overdue,
        "end_goal_group": item.end_goal_group or None,
        "norwegian_goal": _goal_json(item.norwegian_goal),
        "archived": item.archived,
    }


def details_json(item: ParticipantDetails) -> dict[str, Any]:
    record, assessment = item.fields, item.assessment
    data: dict[str, Any] = {"id": item.id}
    for f in dataclass_fields(record):
        data[f.name] = _json_value(getattr(record, f.name))
    following = assessment.next_deadline
    data.update(
        {
            "adviser": item.adviser_name,
            "archived": item.archived,
            "as_of": assessment.as_of.isoformat(),
            "category": _json_value(assessment.category),
            "category_reasons": list(assessment.category_reasons),
            "start_deadline": _json_value(assessment.start_deadline),
            "next_deadline": following.kind if following else None,
            "days_left": following.days_left if following else None,
            "overdue": any(d.overdue for d in assessment.deadlines),
            "deadlines": [
                {
                    "kind": d.kind,
                    "due": d.due.isoformat(),
                    "days_left": d.days_left,
                    "done_on": _json_value(d.done_on),
                    "met": d.met,
                    "open": d.open,
                    "overdue": d.overdue,
                    "reason": d.description,
                }
                for d in assessment.deadlines
            ],
            "end_goal_group": assessment.end_goal_group or None,
            "end_goal_group_recommended": assessment.end_goal_recommended or None,
            "norwegian_goal": _goal_json(assessment.norwegian_goal),
            "norwegian_goal_recommended": _goal_json(assessment.norwegian_goal_recommended),
            "goal_overridden": assessment.goal_overridden,
            "goal_problems": list(assessment.goal_problems),
            "competence": {
                name: [
                    {f.name: _json_value(getattr(entry, f.name)) for f in dataclass_fields(entry)}
                    for entry in getattr(item.competence, name)
                ]
                for name in ("education", "work", "languages", "qualifications")
            },
            "status_history": [
                {"status": p.status.value, "from": p.from_date.isoformat(), "note": p.note}
                for p in item.status_history
            ],
        }
    )
    return data


@with_services
def cmd_import(args: argparse.Namespace, services: Services) -> int:
    try:
        result = services.participant_import.import_file(
            args.file, dry_run=args.dry_run, sheet=args.sheet
        )
    except ValidationError as error:
        language = args.interface_language
        for line in messages.error_text(error, language).splitlines():
            print(line, file=sys.stderr)
        count = len(error.problems)
        summary = IMPORT_PROBLEM if count == 1 else IMPORT_PROBLEMS
        text = cli_text(summary, language).format(count=count, file=args.file.name)
        print(f"introdesk: error: {text}", file=sys.stderr)
        return error.exit_code
    language = args.interface_language
    warning_word = say(QT_TRANSLATE_NOOP("Cli", "warning"), language)
    for warning in result.warnings:
        reason = warning.localized(messages.template_for(language))
        print(f"{warning_word}: {reason}", file=sys.stderr)
    rows = len(result.rows)
    source = result.source
    if result.dry_run:
        print(
            counted(
                rows,
                QT_TRANSLATE_NOOP(
                    "Cli", "Dry run: {count} participant in {file} is valid; nothing was written."
                ),
                QT_TRANSLATE_NOOP(
                    "Cli",
                    "Dry run: {count} participants in {file} are valid; nothing was written.",
                ),
                language,
                file=source,
            )
        )
        if result.new_advisers:
            print(
                counted(
                    len(result.new_advisers),
                    QT_TRANSLATE_NOOP("Cli", "Would add {count} new adviser."),
                    QT_TRANSLATE_NOOP("Cli", "Would add {count} new advisers."),
                    language,
                )
            )
        return 0
    print(
        counted(
            result.added,
            QT_TRANSLATE_NOOP("Cli", "Added {count} participant from {file}."),
            QT_TRANSLATE_NOOP("Cli", "Added {count} participants from {file}."),
            language,
            file=source,
        )
    )
    if result.new_advisers:
        print(
            counted(
                len(result.new_advisers),
                QT_TRANSLATE_NOOP("Cli", "Added {count} new adviser: {names}."),
                QT_TRANSLATE_NOOP("Cli", "Added {count} new advisers: {names}."),
                language,
                names=", ".join(result.new_advisers),
            )
        )
    return 0


def _table_row(item: ParticipantSummary, language: str) -> dict[str, str]:
    """One row of the table, codes as labels in ``language`` (JSON and CSV keep the codes)."""
    days = ""
    if item.days_left is not None:
        overdue = " " + cli_text(OVERDUE, language) if item.days_left < 0 else ""
        days = f"{item.days_left}{overdue}"
    return {
        "id": str(item.id),
        "name": item.display_name,
        "national_id": item.national_id or "",
        "status": label("status", item.status, language),
        "category": (
            label("category", item.category, language)
            if item.category
            else unknown_category(language)
        ),
        "adviser": item.adviser_name,
        "next_deadline": (
            f"{label('deadline', item.next_deadline_kind, language)} "
            f"{item.next_deadline.strftime('%d.%m.%Y')}"
            if item.next_deadline
            else ""
        ),
        "days_left": days,
    }


def _quiet_broken_pipe() -> None:
    """Output piped into ``head`` and cut off: stop quietly instead of a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def cmd_list(args: argparse.Namespace) -> int:
    try:
        return _list(args)
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0


@with_services
def cmd_assign(args: argparse.Namespace, services: Services) -> int:
    participant_id = services.participants.resolve(args.participant)
    result = services.caseload.assign(participant_id, args.adviser, args.share_with)
    language = args.interface_language
    line = say(
        QT_TRANSLATE_NOOP("Cli", "Participant {id}: adviser {adviser}"),
        language,
        id=result.participant_id,
        adviser=result.adviser or "-",
    )
    if result.shared_with:
        line += say(
            QT_TRANSLATE_NOOP("Cli", "; shared with {names}"),
            language,
            names=", ".join(result.shared_with),
        )
    print(line)
    return 0


DATE_DETAILS = frozenset({"birth_date", "permit_date", "settlement_date"})


def _print_details(item: ParticipantDetails, data: dict[str, Any], language: str) -> None:
    """The record's lines under ``participants show``: codes as labels, dates dd.mm.åååå."""
    titles = {key: cli_text(title, language) for key, title in DETAILS.items()}
    goal_title = cli_text(NORWEGIAN_GOAL, language)
    width = max(14, *(len(t) + 1 for t in [*titles.values(), goal_title]))
    for key, title in titles.items():
        value = data[key] if data[key] is not None else ""
        if key in DETAIL_KINDS and value:
            value = label(DETAIL_KINDS[key], str(value), language)
        elif key in DATE_DETAILS:
            value = day_text(getattr(item.fields, key))
        print(f"  {title:{width}}{value}")
    print(f"  {goal_title:{width}}{goal_text(item.assessment.norwegian_goal)}")


def cmd_show(args: argparse.Namespace) -> int:
    try:
        return _show(args)
    except BrokenPipeError:
        _quiet_broken_pipe()
        return 0


@with_services
def _list(args: argparse.Namespace, services: Services) -> int:
    items = services.participants.summaries(
        include_archived=args.archived,
        status=ParticipantStatus(args.status) if args.status else None,
        adviser=args.adviser,
    )
    if args.format in ("json", "csv") and any(i.national_id for i in items):
        # Identity numbers leave the program in bulk: logged (brief issue 16, item 4).
        services.access_log.identity_numbers_shown(
            f"participants list --format {args.format}", f"{len(items)} participants"
        )
    if args.format == "json":
        print(json_text([summary_json(i) for i in items]))
        return 0
    if args.format == "csv":
        rows = [summary_json(i) for i in items]
        writer = csv.DictWriter(sys.stdout, fieldnames=_summary_keys(), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            row["norwegian_goal"] = (
                "/".join(row["norwegian_goal"].values()) if row["norwegian_goal"] else ""
            )
            writer.writerow({key: csv_cell(value) for key, value in row.items()})
        return 0
    language = args.interface_language
    table = [_table_row(i, language) for i in items]
    titles = {key: cli_text(text, language) for key, text in HEADINGS.items()}
    widths = {key: max([len(titles[key]), *(len(r[key]) for r in table)]) for key in titles}
    print("  ".join(titles[key].ljust(widths[key]) for key in titles).rstrip())
    for row in table:
        print("  ".join(row[key].ljust(widths[key]) for key in titles).rstrip())
    print(counted(len(table), PARTICIPANT_COUNT, PARTICIPANTS_COUNT, language))
    return 0


def _summary_keys() -> list[str]:
    return [
        "id",
        "given_name",
        "family_name",
        "preferred_name",
        "national_id",
        "birth_date",
        "status",
        "programme",
        "adviser",
        "settlement_date",
        "permit_type",
        "category",
        "start_deadline",
        "next_deadline",
        "next_deadline_date",
        "days_left",
        "overdue",
        "end_goal_group",
        "norwegian_goal",
        "archived",
    ]


@with_services
def _show(args: argparse.Namespace, services: Services) -> int:
    participant_id = services.participants.resolve(args.participant)
    item = services.participants.details(participant_id)
    hints = services.participants.recognition_hints(item)
    data = details_json(item)
    data["recognition_hints"] = hints
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    record = item.fields
    language = args.interface_language
    print(f"{record.family_name}, {record.given_name}  (id {item.id})")
    _print_details(item, data, language)
    print(f"  {cli_text(REASONS, language)}")
    for reason in item.assessment.reasons_in(language):
        print(f"    - {reason}")
    print(f"  {cli_text(DEADLINES, language)}")
    for d in item.assessment.deadlines:
        if d.done_on:
            state = cli_text(DONE, language)
        elif d.overdue:
            state = cli_text(OVERDUE, language)
        else:
            state = cli_text(DAYS_LEFT, language).format(days=d.days_left)
        print(f"    - {label('deadline', d.kind, language)}: {day_text(d.due)} ({state})")
    if not item.assessment.deadlines:
        print(f"    {cli_text(NO_DEADLINES, language)}")
    for hint in hints:
        print(f"  {cli_text(RECOGNITION, language).format(hint=hint)}")
    return 0
