"""Users read the law, never the brief: every message the rules and services produce."""

from __future__ import annotations

import ast
from pathlib import Path

from introdesk.domain.law import cite_law, law_reference

SOURCE = Path(__file__).resolve().parents[2] / "src" / "introdesk"


def test_brief_sections_become_the_law() -> None:
    assert law_reference("§1.4, §2.2 (§ 14 a)") == (
        "integreringsloven §§ 13–14; integreringsloven §§ 14–14 a"
    )
    assert law_reference("§3.3") == "integreringsloven § 20"
    assert law_reference("§3.1") == "integreringsloven §§ 19–25"
    assert law_reference("§9.9") == ""  # no guess


def test_citations_are_replaced_or_dropped() -> None:
    assert cite_law("Stans (brief §1.1).") == "Stans (integreringsloven § 8)."
    assert cite_law("Se NIR (brief §5.1).") == "Se NIR."


def _string_literals(tree: ast.AST) -> list[str]:
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_no_user_facing_string_cites_the_brief() -> None:
    offenders = []
    for path in sorted(SOURCE.rglob("*.py")):
        for text in _string_literals(ast.parse(path.read_text(encoding="utf-8"))):
            if "brief §" in text:
                offenders.append(f"{path.relative_to(SOURCE)}: {text[:60]!r}")
    assert offenders == []
