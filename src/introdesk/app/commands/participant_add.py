"""``introdesk participants add``: one participant, as the window's "Ny…" makes one.

The record goes through the same service method as the participant editor
(``ParticipantService.new_record``): the same checks, the same status history and the same audit
row. Codes are those of ``participants import`` and ``participants list --format json``; dates
are read like every other date option (YYYY-MM-DD or DD.MM.YYYY). Bad input exits 3 with one line
per problem naming the option, and nothing is written; ``--dry-run`` checks everything and
writes nothing."""

from __future__ import annotations

import argparse
import json
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from introdesk.app.commands.participants import _json_value, details_json
from introdesk.app.commands.support import with_services
from introdesk.app.messages import say
from introdesk.domain.codes import EducationLevel, PermitType, Programme, Regime, Sex
from introdesk.domain.errors import FieldProblem, ValidationError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.options import count_argument, day_argument
from introdesk.domain.participant_details import ParticipantFields
from introdesk.services.container import Services

ADDED = QT_TRANSLATE_NOOP("Cli", "Added participant {id}: {name}")
WOULD_ADD = QT_TRANSLATE_NOOP("Cli", "Dry run: {name} can be added; nothing was written.")

# The record's fields given as text, and as dates (the option is the field's name with dashes).
TEXT_FIELDS = ("preferred_name", "national_id", "mother_tongue", "phone", "email")
DATE_FIELDS = (
    "birth_date",
    "permit_date",
    "settlement_date",
    "request_date",
    "first_settlement_date",
)
CODE_FIELDS = {
    "sex": Sex,
    "permit_type": PermitType,
    "education_level": EducationLevel,
    "programme": Programme,
}
OPTION_OF_FIELD = {"adviser_id": "--adviser"}


def option_of(field: str) -> str:
    """The option a problem with ``field`` is about: ``national_id`` → ``--national-id``."""
    return OPTION_OF_FIELD.get(field, "--" + field.replace("_", "-"))


def register_add(actions: Any) -> None:
    add = actions.add_parser(
        "add", help="add one participant (as 'New…' in the window); --dry-run writes nothing"
    )
    add.add_argument("--given-name", required=True, metavar="TEXT")
    add.add_argument("--family-name", required=True, metavar="TEXT")
    add.add_argument("--preferred-name", metavar="TEXT")
    add.add_argument("--birth-date", type=day_argument("--birth-date"), metavar="DATE")
    add.add_argument("--national-id", metavar="NUMBER", help="fødselsnummer or D-number")
    _code_option(add, "sex")
    _code_option(add, "permit_type")
    for field in DATE_FIELDS[1:]:
        option = option_of(field)
        add.add_argument(option, type=day_argument(option), metavar="DATE")
    _code_option(add, "education_level")
    add.add_argument("--completed-upper-secondary", action="store_true")
    add.add_argument("--children-under-18", type=count_argument("--children-under-18"), metavar="N")
    add.add_argument("--mother-tongue", metavar="TEXT")
    add.add_argument("--phone", metavar="TEXT")
    add.add_argument("--email", metavar="TEXT")
    add.add_argument("--adviser", metavar="LOGIN", help="responsible adviser (user name)")
    _code_option(add, "programme")
    add.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    add.add_argument("--format", choices=["text", "json"], default="text")
    add.set_defaults(handler=cmd_add)


def _code_option(parser: Any, field: str) -> None:
    codes = [c.value for c in CODE_FIELDS[field]]
    parser.add_argument(option_of(field), choices=codes, metavar="CODE", help=", ".join(codes))


def fields_from(args: argparse.Namespace) -> ParticipantFields:
    """The record as the options give it; what is not given keeps the value of the editor's
    empty form (``ParticipantFields``' defaults)."""
    values: dict[str, Any] = {
        "given_name": args.given_name,
        "family_name": args.family_name,
        "completed_upper_secondary": args.completed_upper_secondary,
    }
    for name in (*TEXT_FIELDS, *DATE_FIELDS, "children_under_18"):
        if getattr(args, name) is not None:
            values[name] = getattr(args, name)
    for name, codes in CODE_FIELDS.items():
        if getattr(args, name) is not None:
            values[name] = codes(getattr(args, name))
    if values.get("permit_type") is PermitType.COLLECTIVE_PROTECTION:
        # No option for the regime: the one the permit gives, as ``participants import`` does
        # (collective protection: integreringsloven kapittel 6A).
        values["regime"] = Regime.CHAPTER_6A
    return ParticipantFields(**values)


def _adviser_id(services: Services, login: str) -> int | None:
    wanted = login.strip().lower()
    for adviser in services.participants.advisers():
        if adviser.username.lower() == wanted:
            return adviser.id
    return None


def _checked(
    services: Services, record: ParticipantFields, adviser: str | None
) -> ParticipantFields:
    """The record with its adviser, after every check (each problem named by its option)."""
    problems: list[FieldProblem] = []
    if adviser is not None:
        adviser_id = _adviser_id(services, adviser)
        if adviser_id is None:
            problems.append(
                FieldProblem.coded(None, "adviser_id", "participants.no_adviser", adviser=adviser)
            )
        record = replace(record, adviser_id=adviser_id)
    try:
        record = services.participants.check_new_record(record)
    except ValidationError as error:
        problems.extend(error.problems)
    if problems:
        raise _by_option(problems)
    return record


def _by_option(problems: list[FieldProblem]) -> ValidationError:
    """The problems, each named by the option to mend (exit 3, one line each)."""
    return ValidationError([replace(p, field=option_of(p.field)) for p in problems])


@with_services
def cmd_add(args: argparse.Namespace, services: Services) -> int:
    language = args.interface_language
    record = _checked(services, fields_from(args), args.adviser)
    name = f"{record.family_name}, {record.given_name}"
    if args.dry_run:
        if args.format == "json":
            data: dict[str, Any] = {"id": None, "dry_run": True}
            for f in dataclass_fields(record):
                data[f.name] = _json_value(getattr(record, f.name))
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(say(WOULD_ADD, language, name=name))
        return 0
    try:
        participant_id = services.participants.new_record(record)
    except ValidationError as error:  # a number taken meanwhile
        raise _by_option(error.problems) from None
    if args.format == "json":
        item = services.participants.details(participant_id)
        data = details_json(item)
        data["recognition_hints"] = services.participants.recognition_hints(item)
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(say(ADDED, language, id=participant_id, name=name))
    return 0
