"""``introdesk plans validate|import|sign|list`` (``plans pdf`` is left for the documents
feature).

``validate`` exits 0 without error findings and 1 with errors; its JSON is
``{"participant_id", "plan_version", "findings": [{"rule", "severity", "message", "weeks"}]}``.
``import`` reads docs/plan-import.md's format: any problem means nothing written, exit 3.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from introdesk.app.commands import plan_pdf
from introdesk.app.commands.support import services_for
from introdesk.app.labels import label
from introdesk.app.messages import counted, day_text, say, translate
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.options import optional_day
from introdesk.domain.plans import Finding
from introdesk.services.plan_import import read_plan_file


def register(commands: Any) -> None:
    plans = commands.add_parser("plans", help="validate, import, sign and list integration plans")
    actions = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True)
    plan_pdf.register_pdf(actions)

    validate = actions.add_parser("validate", help="check a participant's plan against the rules")
    validate.add_argument("participant", metavar="PARTICIPANT_ID", help="id or national id")
    validate.add_argument("--version", type=int, metavar="N", help="a given version number")
    validate.add_argument("--format", choices=["text", "json"], default="text")
    validate.set_defaults(handler=cmd_validate)

    load = actions.add_parser("import", help="load a plan from JSON as a new draft version")
    load.add_argument("file", type=Path, metavar="FILE.json")
    load.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    load.set_defaults(handler=cmd_import)

    sign = actions.add_parser("sign", help="sign the newest draft (and the contract with it)")
    sign.add_argument("participant", metavar="PARTICIPANT_ID", help="id or national id")
    sign.add_argument("--date", dest="sign_date", metavar="YYYY-MM-DD", help="default: today")
    sign.add_argument("--by", metavar="NAME", help="who signs (default: your user name)")
    sign.add_argument(
        "--allow-errors", action="store_true", help="sign although the plan has error findings"
    )
    sign.add_argument(
        "--expect-version",
        type=int,
        metavar="N",
        help="the row_version 'plans validate --format json' showed; refuse (exit 4) if the "
        "draft was changed since",
    )
    sign.set_defaults(handler=cmd_sign)

    listing = actions.add_parser("list", help="every participant's plan status")
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(handler=cmd_list)


def _message(finding: Finding, language: str | None) -> str:
    """Bokmål unless ``--language`` asks for English or Nynorsk."""
    return finding.message(language if language in ("en", "nn") else "nb")


def cmd_validate(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        participant_id = services.participants.resolve(args.participant)
        result = services.plans.validate(participant_id, args.version)
    if args.format == "json":
        print(
            json.dumps(
                {
                    "participant_id": result.participant_id,
                    "plan_version": result.plan_version,
                    "row_version": result.row_version,
                    "findings": [
                        {
                            "rule": f.rule_id,
                            "severity": f.severity.value,
                            "message": _message(f, args.interface_language),
                            "weeks": list(f.weeks),
                        }
                        for f in result.findings
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        _print_findings(result, participant_id, args.interface_language)
    return 1 if result.has_errors else 0


def _print_findings(result: Any, participant_id: int, language: str) -> None:
    """The findings for a person: severity as a word in ``language``; the rule's code only in
    English (JSON always has it)."""
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Participant {id}, plan version {version}:"),
            language,
            id=participant_id,
            version=result.plan_version,
        )
    )
    if not result.findings:
        print(f"  {translate(NO_FINDINGS, language)}")
    for f in result.findings:
        weeks = f" [{', '.join(f.weeks[:6])}{' …' if len(f.weeks) > 6 else ''}]"
        message = _message(f, language)
        severity = label("plan_severity", f.severity, language).upper()
        rule = f" {f.rule_id}" if language == "en" else ""
        print(f"  {severity}{rule}: {message}{weeks if f.weeks else ''}")


NO_FINDINGS = QT_TRANSLATE_NOOP("Cli", "no findings")


def cmd_import(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        imported = read_plan_file(args.file, services.plans.catalogue)
        participant_id = services.participants.resolve(imported.participant)
        language = args.interface_language
        if args.dry_run:
            print(
                counted(
                    len(imported.plan.elements),
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{file}: a valid plan for participant {id} with {count} element; "
                        "nothing written (--dry-run).",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Cli",
                        "{file}: a valid plan for participant {id} with {count} elements; "
                        "nothing written (--dry-run).",
                    ),
                    language,
                    file=args.file,
                    id=participant_id,
                )
            )
            return 0
        version = services.plans.create_draft(participant_id, imported.plan)
    print(
        counted(
            len(version.plan.elements),
            QT_TRANSLATE_NOOP(
                "Cli",
                "Imported {file} as draft version {version} for participant {id} "
                "({count} element).",
            ),
            QT_TRANSLATE_NOOP(
                "Cli",
                "Imported {file} as draft version {version} for participant {id} "
                "({count} elements).",
            ),
            language,
            file=args.file,
            version=version.version,
            id=participant_id,
        )
    )
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    on = optional_day(args.sign_date, "--date")
    with services_for(args) as services:
        participant_id = services.participants.resolve(args.participant)
        version = services.plans.sign(
            participant_id,
            on=on,
            by=args.by,
            allow_errors=args.allow_errors,
            expected_version=args.expect_version,
        )
    assert version.signed_on is not None
    print(
        say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Signed plan version {version} for participant {id} on {date} by {by}; in the "
                "programme from {start}.",
            ),
            args.interface_language,
            version=version.version,
            id=participant_id,
            date=day_text(version.signed_on),
            by=version.signed_by,
            start=day_text(version.plan.start),
        )
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with services_for(args) as services:
        people = services.participants.list()
        statuses = services.plans.plan_status_by_participant()
        versions = services.plans.current_versions([p.id for p in people])
    rows = []
    for person in people:
        version = versions.get(person.id)
        rows.append(
            {
                "participant_id": person.id,
                "name": person.display_name,
                "plan_status": statuses.get(person.id, "none"),
                "plan_version": version.version if version else None,
                "version_status": version.status.value if version else None,
                "start": version.plan.start.isoformat() if version else None,
                "planned_end": version.plan.planned_end.isoformat() if version else None,
                "signed_on": version.signed_on.isoformat()
                if version and version.signed_on
                else None,
                "signed_by": version.signed_by if version else None,
                "elements": len(version.plan.elements) if version else 0,
            }
        )
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row, person in zip(rows, people, strict=True):
        status = label("plan_status", str(row["plan_status"]), args.interface_language)
        version = versions.get(person.id)
        start = day_text(version.plan.start) if version else ""
        end = day_text(version.plan.planned_end) if version else ""
        print(
            f"{row['participant_id']:>6}  {row['name']:<40} {status:<15}"
            f" {row['plan_version'] or '':>3}  {start} – {end}".rstrip(" –")
        )
    return 0
