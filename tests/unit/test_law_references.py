"""Users read the law, never the brief: every message the rules and services produce."""

from __future__ import annotations

import ast
from pathlib import Path

from introdesk.domain.law import LAW_BY_BRIEF_SECTION, cite_law, law_in, law_reference
from introdesk.domain.plans import Finding, Severity

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


def test_a_law_reference_in_each_language() -> None:
    """English cites the acts by their English names, as the rules' English texts do."""
    assert law_in("integreringsloven §§ 13–14", "en") == "Integration Act §§ 13–14"
    assert law_in("integreringsloven §§ 13–14", "nn") == "integreringslova §§ 13–14"
    assert law_in("integreringsloven §§ 13–14", "nb") == "integreringsloven §§ 13–14"
    assert law_in("integreringsforskriften kapittel 3–4", "en") == (
        "Integration Regulations chapter 3–4"
    )
    assert law_in("utlendingsloven § 62", "en") == "Immigration Act § 62"
    assert law_in("statsborgerloven § 8", "en") == "Nationality Act § 8"
    assert law_in("integreringsloven § 23 andre ledd", "en") == (
        "Integration Act § 23 second paragraph"
    )
    for law in set(LAW_BY_BRIEF_SECTION.values()):
        english = law_in(law, "en")
        for norwegian in ("loven", "forskriften", "kapittel"):
            assert norwegian not in english, english


def test_a_plan_finding_cites_the_law_in_the_window_language() -> None:
    finding = Finding("END_GOAL_VAGUE", Severity.WARNING, "Sluttmålet …", brief_section="§1.4")
    assert finding.law_in("en") == "Integration Act §§ 13–14"
    assert finding.law_in("nn") == "integreringslova §§ 13–14"
    assert finding.law_in("nb") == finding.law == "integreringsloven §§ 13–14"
