"""Services raise errors with a code and parameters (issue 17): the window and the command line
say them in the interface language. A user-facing error raised with a finished English
sentence in services/, persistence/, domain/ or reporting/ would reach a Norwegian user in
English."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from introdesk.domain import errors
from introdesk.domain.dates import parse_day
from introdesk.domain.errors import (
    MESSAGES,
    Coded,
    CodedValueError,
    FieldProblem,
    IntroDeskError,
    UserInputError,
    ValidationError,
)
from introdesk.domain.messages import CONTEXT

SRC = Path(__file__).resolve().parents[2] / "src" / "introdesk"
LAYERS = ("services", "persistence", "domain", "reporting")

# The user-facing errors by name (domain/errors.py). ValidationError carries problems, checked
# by their own rule below; RuleTableError is a broken rule table (a packaging fault, for the
# crash report and the developer), not something the coordinator did.
USER_FACING = {
    name
    for name, value in vars(errors).items()
    if inspect.isclass(value) and issubclass(value, IntroDeskError)
} - {"ValidationError", "RuleTableError"}


def _user_facing_names(tree: ast.Module) -> set[str]:
    """The error classes of ``errors`` and those a module derives from them (CourseError)."""
    names = set(USER_FACING)
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and any(
            isinstance(base, ast.Name) and base.id in names for base in node.bases
        ):
            names.add(node.name)
    return names


def _uncoded_raises(source: str, where: str) -> list[str]:
    tree = ast.parse(source)
    names = _user_facing_names(tree)
    return [
        f"{where}:{node.lineno}: {ast.unparse(node)[:90]}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in names
        and not any(keyword.arg == "code" for keyword in node.keywords)
    ]


def test_services_persistence_and_domain_raise_only_coded_errors() -> None:
    found = [
        problem
        for layer in LAYERS
        for path in sorted((SRC / layer).rglob("*.py"))
        for problem in _uncoded_raises(path.read_text(encoding="utf-8"), str(path.relative_to(SRC)))
    ]
    hint = "raise the error with code= (domain/messages/) and its parameters: "
    assert found == [], hint + "\n".join(found)


def test_the_scan_finds_an_uncoded_raise() -> None:
    """The rule above can fail: a literal sentence is found, also through a subclass made in
    the module; a coded error is not."""
    source = (
        "class LocalError(UserInputError):\n    pass\n"
        "def f():\n"
        "    raise UserInputError('No participant 7')\n"
        "def g():\n"
        "    raise LocalError(f'x {1}')\n"
        "def h():\n"
        "    raise NotFoundError(code='participants.not_found', id=7)\n"
    )
    found = [line.split(": ", 1)[1] for line in _uncoded_raises(source, "probe.py")]
    assert found == ["UserInputError('No participant 7')", "LocalError(f'x {1}')"]


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_code_is_marked_for_translation(code: str) -> None:
    """The texts are extracted by lupdate from QT_TRANSLATE_NOOP("Messages", ...) calls."""
    source = "".join(
        path.read_text(encoding="utf-8") for path in (SRC / "domain" / "messages").glob("*.py")
    )
    assert f'"{code}": QT_TRANSLATE_NOOP(\n        "{CONTEXT}",' in source or (
        f'"{code}": QT_TRANSLATE_NOOP("{CONTEXT}",' in source
    )


def test_a_coded_reason_inside_a_message_is_said_in_the_message_language() -> None:
    with pytest.raises(CodedValueError) as refused:
        parse_day("i går")
    error = UserInputError(code="options.refused", option="--from", reason=refused.value.coded)
    assert str(error).startswith("--from: 'i går' is not a date")
    norwegian = {"dates.not_a_date": "«{text}» er ikke en dato"}
    assert error.localized(norwegian.get) == "--from: «i går» er ikke en dato"
    problem = FieldProblem.refused(3, "birth_date", refused.value)
    assert str(problem).startswith("3:birth_date: 'i går' is not a date")
    assert ValidationError([problem]).localized(norwegian.get) == (
        "3:birth_date: «i går» er ikke en dato"
    )
    assert str(Coded.of("dates.no_such_week", text="2026-W60")) == "'2026-W60': no such week"
