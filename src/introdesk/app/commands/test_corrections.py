"""``introdesk tests correct|delete RESULT_ID --reason TEXT``: put a wrong result or exemption
right (issue 17). RESULT_ID is the reference ``tests history`` shows (``norskproven:12``).

``correct`` changes only the options given; options that do not belong to the result's kind,
bad values and a missing reason exit 3 with one line each and change nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable
from typing import Any

from introdesk.app.commands.language_tests import (
    _Options,
    _value,
    _whole,
    _yes_no,
    stored_json,
)
from introdesk.app.commands.support import services_for
from introdesk.app.commands.test_lines import corrected, deleted
from introdesk.domain.dates import parse_day
from introdesk.domain.errors import FieldProblem
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    TestExemption,
)
from introdesk.services.language_tests import (
    parse_exemption_kind,
    parse_language,
    parse_level,
    parse_registration_level,
    parse_result_ref,
    parse_skill,
    parse_version,
)


def register_actions(actions: Any) -> None:
    """Adds ``correct`` and ``delete`` to the ``tests`` command's actions."""
    correct = actions.add_parser(
        "correct", help="correct a recorded result or exemption (audited with the reason)"
    )
    correct.add_argument("result", metavar="RESULT_ID", help="as 'tests history' shows it")
    correct.add_argument("--reason", required=True, metavar="TEXT", help="why it is corrected")
    correct.add_argument("--date", metavar="YYYY-MM-DD", help="test or decision date")
    correct.add_argument("--skill", metavar="SKILL", help="Norskprøven sub-skill")
    correct.add_argument("--level", metavar="LEVEL", help="Norskprøven level")
    correct.add_argument("--registration-level", metavar="LEVEL", help="A1-A2, A2-B1 or B1-B2")
    correct.add_argument("--score", metavar="N")
    correct.add_argument("--max-score", metavar="N")
    correct.add_argument("--version", dest="test_version", metavar="75h|50h")
    correct.add_argument("--language", dest="test_language", metavar="CODE")
    correct.add_argument("--passed", metavar="yes|no")
    correct.add_argument("--kind", metavar="KIND", help="exemption kind")
    correct.add_argument("--basis", metavar="TEXT", help="exemption legal basis")
    correct.add_argument("--format", choices=["text", "json"], default="text")
    correct.set_defaults(handler=cmd_correct)

    delete = actions.add_parser(
        "delete", help="delete a recorded result or exemption (audited with the reason)"
    )
    delete.add_argument("result", metavar="RESULT_ID", help="as 'tests history' shows it")
    delete.add_argument("--reason", required=True, metavar="TEXT", help="why it is deleted")
    delete.set_defaults(handler=cmd_delete)


# What ``tests correct`` may change per kind of result: option → (field, parser).
_CORRECTABLE: dict[type, dict[str, tuple[str, Callable[[str], Any]]]] = {
    NorskprovenResult: {
        "date": ("test_date", parse_day),
        "skill": ("sub_skill", parse_skill),
        "level": ("level", parse_level),
        "registration_level": ("registration_level", parse_registration_level),
    },
    SocialStudiesResult: {
        "date": ("test_date", parse_day),
        "score": ("score", _whole),
        "max_score": ("max_score", _whole),
        "test_version": ("version", parse_version),
        "test_language": ("language", parse_language),
    },
    CitizenshipTestResult: {
        "date": ("test_date", parse_day),
        "score": ("score", _whole),
        "max_score": ("max_score", _whole),
        "passed": ("passed", _yes_no),
    },
    TestExemption: {
        "date": ("decision_date", parse_day),
        "kind": ("kind", parse_exemption_kind),
        "basis": ("legal_basis", str.strip),
    },
}


def _option_name(dest: str) -> str:
    return "--" + {"test_version": "version", "test_language": "language"}.get(dest, dest).replace(
        "_", "-"
    )


def _corrected(item: Any, args: argparse.Namespace) -> Any:
    """The stored value with the options given replaced; every problem at once (exit 3)."""
    options = _Options()
    allowed = _CORRECTABLE[type(item)]
    changes: dict[str, Any] = {}
    every = {dest for table in _CORRECTABLE.values() for dest in table}
    for dest in sorted(every):
        text = getattr(args, dest)
        if text is None:
            continue
        if dest not in allowed:
            options.problems.append(
                FieldProblem(None, _option_name(dest), "does not apply to this kind of result")
            )
            continue
        field, parser = allowed[dest]
        changes[field] = options.get(_option_name(dest), text, parser)
    if not changes and not options.problems:
        options.problems.append(
            FieldProblem(None, "RESULT_ID", "give at least one value to change")
        )
    options.check()
    return dataclasses.replace(item, **changes)


def cmd_correct(args: argparse.Namespace) -> int:
    ref = _value("RESULT_ID", args.result, parse_result_ref)
    with services_for(args) as services:
        tests = services.language_tests
        stored = tests.result(ref)
        replacement = _corrected(stored.result, args)
        done = tests.correct(ref, replacement, reason=args.reason, expected=stored.result)
    if args.format == "json":
        print(json.dumps(stored_json(done), ensure_ascii=False))
    else:
        print(corrected(done, args.interface_language))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    ref = _value("RESULT_ID", args.result, parse_result_ref)
    with services_for(args) as services:
        removed = services.language_tests.delete(ref, reason=args.reason)
    print(deleted(removed, args.interface_language))
    return 0
