"""``introdesk audit [--participant ID] [--from D --to D] [--format text|json]`` (brief issue
16, item 4): the audit log for team leaders and administrators."""

from __future__ import annotations

import argparse
import json
from typing import Any

from introdesk.app.commands.support import services_for
from introdesk.domain.options import optional_day
from introdesk.domain.records import AuditRecord


def register(commands: Any) -> None:
    audit = commands.add_parser(
        "audit", help="who changed what and when (team leaders and administrators)"
    )
    audit.add_argument("--participant", metavar="ID", help="only this participant (id or fnr)")
    audit.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="from this day")
    audit.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="up to and with this day")
    audit.add_argument("--format", choices=["text", "json"], default="text")
    audit.set_defaults(handler=cmd_audit)


def entry_json(entry: AuditRecord) -> dict[str, Any]:
    return {
        "at": entry.at.isoformat(sep=" ", timespec="seconds"),
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "field": entry.field,
        "old_value": entry.old_value,
        "new_value": entry.new_value,
    }


def cmd_audit(args: argparse.Namespace) -> int:
    start, end = (
        optional_day(args.start, "--from"),
        optional_day(args.end, "--to"),
    )  # checked before opening
    with services_for(args) as services:
        participant = services.participants.resolve(args.participant) if args.participant else None
        entries = services.audit_log.entries(participant_id=participant, start=start, end=end)
    if args.format == "json":
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return 0
    for entry in entries:
        change = f"{entry.old_value or ''} → {entry.new_value or ''}" if entry.field else ""
        print(
            f"{entry.at:%Y-%m-%d %H:%M:%S}  {entry.actor}  {entry.action} {entry.entity} "
            f"{entry.entity_id} {entry.field} {change}".rstrip()
        )
    return 0
