"""``introdesk audit [--participant ID] [--from D --to D] [--format text|json]`` (brief issue
16, item 4): the audit log for team leaders and administrators."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from introdesk.app.commands.attendance import element_name
from introdesk.app.commands.support import services_for
from introdesk.app.labels import label
from introdesk.app.messages import translate
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.messages.audit_labels import ACTIONS, CONTEXT, ENTITIES, FIELDS
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
    language = args.interface_language
    for entry in entries:
        print(entry_line(entry, language))
    return 0


# Fields whose stored values are codes with a label (app/labels.py).
VALUE_KINDS = {
    "sub_skill": "sub_skill",
    "kind": "exemption_kind",
    "permit_type": "permit",
    "category": "category",
    "version": "social_studies_version",
}
YES_NO = {
    "true": QT_TRANSLATE_NOOP("Cli", "yes"),
    "false": QT_TRANSLATE_NOOP("Cli", "no"),
}
ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def _word(table: dict[str, str], code: str, language: str) -> str:
    """A stored word by the audit dialog's label (the same table), as stored when it has none."""
    english = table.get(code)
    return translate(english, language, CONTEXT) if english else code


def _value(field: str, value: str | None, language: str) -> str:
    """A stored value as the dialog shows it: a status or absence code by its label."""
    if not value:
        return ""
    if field == "status":
        return label("status", value, language)
    if field in ("absence_code", "absence_type"):
        return label("absence", value, language)
    if field in VALUE_KINDS:
        return label(VALUE_KINDS[field], value, language)
    if value in YES_NO:
        return translate(YES_NO[value], language)
    return _days(value)


def _days(text: str) -> str:
    """ISO dates in a stored text (a value, an id such as ``4:2026-11-30``) as dd.mm.åååå."""
    return ISO_DAY.sub(lambda m: f"{m[3]}.{m[2]}.{m[1]}", text)


def _field(field: str, language: str) -> tuple[str, str]:
    """The field's label, and the stored field name its value is read by. An attendance row's
    change names the plan element too (``norwegian.absence_code``): said by its name."""
    element, _, name = field.rpartition(".")
    said = _word(FIELDS, name, language)
    if element:
        said = f"{element_name(element, language)}, {said[:1].lower()}{said[1:]}"
    return said, name


def entry_line(entry: AuditRecord, language: str) -> str:
    """One entry for a person: the time as dd.mm.åååå, the action, the kind of record and the
    field in ``language``; the record's id and the values as stored (JSON keeps every code)."""
    # A setting's id is its key, which the field names again: said once, by its label.
    entity_id = "" if entry.entity == "setting" and entry.field else _days(entry.entity_id)
    line = (
        f"{entry.at:%d.%m.%Y %H:%M:%S}  {entry.actor}  {_word(ACTIONS, entry.action, language)} "
        f"{_word(ENTITIES, entry.entity, language)} {entity_id}"
    ).rstrip()
    if entry.field:
        said, name = _field(entry.field, language)
        old = _value(name, entry.old_value, language)
        new = _value(name, entry.new_value, language)
        change = f"{old} → {new}" if old or entry.action != "create" else new
        line += f"  {said}: {change}"
    return line.rstrip()
