"""``introdesk tests record|exempt|correct|delete|history|progress|import``: language and
social-studies tests.

Participants are named by id or national id. Bad values exit 3 with one line per problem and
write nothing. JSON output: dates ISO, hours as strings with two decimals (null when unknown).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from introdesk.app.commands import test_lines as lines
from introdesk.app.commands.support import services_for, with_services
from introdesk.app.commands.test_lines import recorded
from introdesk.app.messages import day_text, translate
from introdesk.domain.codes import SubSkill
from introdesk.domain.dates import parse_day
from introdesk.domain.errors import CodedValueError, FieldProblem, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    SocialStudiesResult,
    TestExemption,
)
from introdesk.domain.test_progress import StoredResult, TestKind, TestProgress
from introdesk.reporting.spreadsheet_reader import parse_yes_no
from introdesk.services.container import Services
from introdesk.services.language_tests import (
    parse_exemption_kind,
    parse_language,
    parse_level,
    parse_registration_level,
    parse_skill,
    parse_test_kind,
    parse_version,
)

T = TypeVar("T")


def register(commands: Any) -> None:
    tests = commands.add_parser(
        "tests", help="Norskprøven, social-studies test, statsborgerprøven: results and progress"
    )
    actions = tests.add_subparsers(dest="tests_command", metavar="ACTION", required=True)

    record = actions.add_parser("record", help="record one test result")
    record.add_argument("participant", metavar="PARTICIPANT_ID", help="id or national id")
    record.add_argument(
        "--test",
        required=True,
        metavar="TEST",
        help="norskproven, norskproven_c1, social_studies or statsborgerprove",
    )
    record.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="test date")
    record.add_argument("--skill", metavar="SKILL", help="listening, reading, writing or oral")
    record.add_argument("--level", metavar="LEVEL", help="under_A1, A1, A2, B1, B2 (C1)")
    record.add_argument(
        "--registration-level", metavar="LEVEL", help="writing/oral: A1-A2, A2-B1 or B1-B2"
    )
    record.add_argument(
        "--score", metavar="N", help="correct answers (social studies, citizenship)"
    )
    record.add_argument("--max-score", metavar="N", help="default: from the version and date")
    record.add_argument("--version", dest="test_version", metavar="75h|50h", default="75h")
    record.add_argument(
        "--language",
        dest="test_language",
        metavar="CODE",
        default="nb",
        help="social studies: the language the test was taken in (ISO 639, default nb)",
    )
    record.add_argument("--passed", metavar="yes|no", help="statsborgerprøven outcome")
    record.add_argument("--format", choices=["text", "json"], default="text")
    record.set_defaults(handler=cmd_record)

    exempt = actions.add_parser("exempt", help="record an exemption decision and its legal basis")
    exempt.add_argument("participant", metavar="PARTICIPANT_ID")
    exempt.add_argument(
        "--kind", required=True, metavar="KIND", help=", ".join(k.value for k in ExemptionKind)
    )
    exempt.add_argument("--basis", required=True, metavar="TEXT", help="legal basis")
    exempt.add_argument("--date", metavar="YYYY-MM-DD", help="decision date (default today)")
    exempt.add_argument("--note", default="", metavar="TEXT")
    exempt.set_defaults(handler=cmd_exempt)

    # Imported here: the corrections module reuses this module's option parsers and output.
    from introdesk.app.commands import test_corrections

    test_corrections.register_actions(actions)

    history = actions.add_parser("history", help="every result and exemption of a participant")
    history.add_argument("participant", metavar="PARTICIPANT_ID")
    history.add_argument("--format", choices=["text", "json"], default="text")
    history.set_defaults(handler=cmd_history)

    progress = actions.add_parser(
        "progress", help="best levels against the goal, deadline, readiness"
    )
    progress.add_argument("--participant", metavar="ID", help="only this participant")
    progress.add_argument("--as-of", metavar="YYYY-MM-DD", help="default: today")
    progress.add_argument("--format", choices=["text", "json"], default="text")
    progress.set_defaults(handler=cmd_progress)

    importer = actions.add_parser("import", help="import results from .xlsx or .csv")
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    importer.set_defaults(handler=cmd_import)


def _value(option: str, text: str | None, parser: Callable[[str], T]) -> T:
    try:
        if text is None:
            raise CodedValueError("values.required_for_test")
        return parser(text)
    except ValueError as exc:
        raise ValidationError([FieldProblem.refused(None, option, exc)]) from exc


def _yes_no(raw: str) -> bool:
    """ja/nei, yes/no, true/false, 1/0 as in the imports; an empty answer is not an answer."""
    if not raw.strip():
        raise CodedValueError("values.empty_yes_no")
    return parse_yes_no(raw)


class _Options:
    """Parse several options and report every problem at once (one line each)."""

    def __init__(self) -> None:
        self.problems: list[FieldProblem] = []

    def get(self, option: str, text: str | None, parser: Callable[[str], T]) -> T | None:
        try:
            return _value(option, text, parser)
        except ValidationError as exc:
            self.problems.extend(exc.problems)
            return None

    def check(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


def _whole(raw: str) -> int:
    if not raw.strip().isdigit():
        raise CodedValueError("values.not_a_whole_number", text=raw)
    return int(raw)


def cmd_record(args: argparse.Namespace) -> int:
    kind, values = _record_options(args)
    with services_for(args) as services:
        participant = services.participants.resolve(args.participant)
        tests = services.language_tests
        recorders: dict[TestKind, Callable[..., StoredResult]] = {
            TestKind.NORSKPROVEN: tests.record_norskproven,
            TestKind.NORSKPROVEN_C1: tests.record_norskproven,
            TestKind.SOCIAL_STUDIES: tests.record_social_studies,
        }
        record = recorders.get(kind, tests.record_citizenship)
        stored = record(participant, **values)
    if args.format == "json":
        print(json.dumps(stored_json(stored), ensure_ascii=False))
    else:
        print(recorded(participant, stored, args.interface_language))
    return 0


def _record_options(args: argparse.Namespace) -> tuple[TestKind, dict[str, Any]]:
    """The test kind and the recording method's keyword arguments; every bad option is
    reported at once (exit 3) before the database is opened."""
    options = _Options()
    kind = options.get("--test", args.test, parse_test_kind)
    values: dict[str, Any] = {"test_date": options.get("--date", args.date, parse_day)}
    if kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1):
        values["skill"] = options.get("--skill", args.skill, parse_skill)
        values["level"] = options.get("--level", args.level, parse_level)
        values["c1"] = kind is TestKind.NORSKPROVEN_C1
        if args.registration_level:
            values["registration_level"] = options.get(
                "--registration-level", args.registration_level, parse_registration_level
            )
    elif kind is not None:
        values.update(_scored_options(args, options, kind))
    options.check()
    assert kind is not None
    return kind, values


def _scored_options(args: argparse.Namespace, options: _Options, kind: TestKind) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if args.max_score:
        values["max_score"] = options.get("--max-score", args.max_score, _whole)
    if kind is TestKind.SOCIAL_STUDIES:
        values["score"] = options.get("--score", args.score, _whole)
        values["version"] = options.get("--version", args.test_version, parse_version)
        values["language"] = options.get("--language", args.test_language, parse_language)
        return values
    if args.score is None and args.passed is None:
        options.problems.append(FieldProblem.coded(None, "--score", "values.score_or_passed"))
    if args.score is not None:
        values["score"] = options.get("--score", args.score, _whole)
    if args.passed is not None:
        values["passed"] = options.get("--passed", args.passed, _yes_no)
    return values


def cmd_exempt(args: argparse.Namespace) -> int:
    kind = _value("--kind", args.kind, parse_exemption_kind)
    with services_for(args) as services:
        from introdesk.core import clock

        decision = _value("--date", args.date, parse_day) if args.date else clock.today()
        participant = services.participants.resolve(args.participant)
        stored = services.language_tests.record_exemption(
            participant, kind=kind, legal_basis=args.basis, decision_date=decision, note=args.note
        )
    print(recorded(participant, stored, args.interface_language))
    return 0


@with_services
def cmd_history(args: argparse.Namespace, services: Services) -> int:
    participant = services.participants.resolve(args.participant)
    items = services.language_tests.history(participant)
    if args.format == "json":
        print(json.dumps([stored_json(s) for s in items], ensure_ascii=False, indent=2))
    else:
        for item in items:
            print(lines.describe(item, args.interface_language))
    return 0


def cmd_progress(args: argparse.Namespace) -> int:
    as_of = _value("--as-of", args.as_of, parse_day) if args.as_of else None
    with services_for(args) as services:
        participant = services.participants.resolve(args.participant) if args.participant else None
        rows = services.language_tests.progress(participant, as_of=as_of)
    if args.format == "json":
        day = rows[0].as_of if rows else as_of
        document = {
            "as_of": day.isoformat() if day else None,
            "participants": [progress_json(p) for p in rows],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    _print_progress(rows, args.interface_language)
    return 0


def _print_progress(rows: list[TestProgress], language: str) -> None:
    words = [translate(lines.SKILL_LETTERS[letter], language) for letter in lines.SKILL_HEADINGS]
    skills = " ".join(f"{word:>6}" for word in words)
    print(
        f"{translate(lines.ID, language):>5}  {translate(lines.NAME, language):<28} {skills}  "
        f"{translate(lines.DEADLINE, language):<10}  "
        f"{translate(lines.PERMANENT_RESIDENCE, language):<5} "
        f"{translate(lines.CITIZENSHIP, language)}"
    )
    for p in rows:
        cells = []
        for skill in SubSkill:
            best = p.best_level(skill)
            goal = p.goal.get(skill) if p.goal else None
            text = f"{lines.short_level(best)}/{lines.short_level(goal)}"
            cells.append(f"{text:>6}")
        deadline = day_text(p.deadline) if p.deadline else "-"
        print(
            f"{p.participant_id:>5}  {p.name[:28]:<28} {' '.join(cells)}  {deadline:<10}  "
            f"{lines.yes(p.permanent_residence.ok, language):<5} "
            f"{lines.yes(p.citizenship.ok, language)}"
        )
    print(translate(lines.PROGRESS_NOTE, language))


@with_services
def cmd_import(args: argparse.Namespace, services: Services) -> int:
    result = services.language_tests.import_file(args.file, dry_run=args.dry_run)
    print(
        lines.imported(
            result.added, result.rows, result.duplicates, result.dry_run, args.interface_language
        )
    )
    return 0


# --- output -----------------------------------------------------------------------------------


def _hours(value: Decimal | None) -> str | None:
    return None if value is None else f"{value.quantize(Decimal('0.01'))}"


def stored_json(stored: StoredResult) -> dict[str, Any]:
    item = stored.result
    data: dict[str, Any] = {
        "id": stored.id,
        "ref": str(stored.ref),
        "participant_id": stored.participant_id,
    }
    if isinstance(item, NorskprovenResult):
        data |= {
            "test": TestKind.NORSKPROVEN_C1 if item.c1 else TestKind.NORSKPROVEN,
            "date": item.test_date.isoformat(),
            "skill": item.sub_skill.value,
            "level": item.level.value,
            "registration_level": item.registration_level.value
            if item.registration_level
            else None,
        }
    elif isinstance(item, SocialStudiesResult):
        data |= {
            "test": TestKind.SOCIAL_STUDIES,
            "date": item.test_date.isoformat(),
            "version": item.version.value,
            "score": item.score,
            "max_score": item.max_score,
            "language": item.language,
            "passed": stored.passed,
        }
    elif isinstance(item, CitizenshipTestResult):
        data |= {
            "test": TestKind.CITIZENSHIP,
            "date": item.test_date.isoformat(),
            "score": item.score,
            "max_score": item.max_score,
            "passed": stored.passed,
        }
    elif isinstance(item, TestExemption):
        data |= {
            "exemption": item.kind.value,
            "date": item.decision_date.isoformat(),
            "legal_basis": item.legal_basis,
        }
    return {k: (str(v) if isinstance(v, TestKind) else v) for k, v in data.items()}


def progress_json(p: TestProgress) -> dict[str, Any]:
    return {
        "participant_id": p.participant_id,
        "name": p.name,
        "best": {s.value: (p.best[s].level.value if s in p.best else None) for s in SubSkill},
        "best_dates": {
            s.value: (p.best[s].test_date.isoformat() if s in p.best else None) for s in SubSkill
        },
        "goal": {s.value: lvl.value for s, lvl in p.goal.items()} if p.goal else None,
        "goal_source": p.goal_source.value if p.goal_source else None,
        "goal_met": {s.value: ok for s, ok in p.goal_met.items()} if p.goal else None,
        "below_goal": p.below_goal,
        "deadline": p.deadline.isoformat() if p.deadline else None,
        "deadline_basis": p.deadline_note,
        "days_left": p.days_left,
        "leave_days": p.leave_days,
        "norwegian_hours": _hours(p.norwegian_hours),
        "social_studies_hours": _hours(p.social_studies_hours),
        "social_studies_passed": p.social_studies_passed,
        "permanent_residence_language_ok": p.permanent_residence.ok,
        "permanent_residence_missing": list(p.permanent_residence.missing),
        "citizenship_language_ok": p.citizenship.ok,
        "citizenship_missing": list(p.citizenship.missing),
        "caveat": "Readiness covers only the language and test requirements, not the other "
        "conditions; UDI decides.",
        "norwegian_test_duty": p.norwegian_test_duty,
        "social_studies_test_duty": p.social_studies_test_duty,
        "test_duty_note": p.test_duty_note,
        "exemptions": [
            {
                "kind": e.kind.value,
                "legal_basis": e.legal_basis,
                "decision_date": e.decision_date.isoformat(),
            }
            for e in p.history.exemptions
        ],
    }
