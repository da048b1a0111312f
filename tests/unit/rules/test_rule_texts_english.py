"""The rules' own reasons carry an English form beside the Bokmål, so a window (or a command
line) that speaks en shows them in English, not in Norwegian: right and duty (eligibility and
the participant assessment), the training category, deadline, limits and warnings, and
readiness for permanent residence and citizenship (what is missing, the rule, the caveat). Every
text produced over a spread of inputs is checked: it has an English form, different from the
Bokmål, with no Norwegian-only word in it, and it keeps the law reference, cited as the
English name of the act ("Integration Act § 8")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from tests.unit.rules.rule_text_cases import (
    assessment_records,
    deadlines_and_limits,
    training_category_results,
)
from tests.unit.rules.test_rule_texts_nynorsk import TABLES, _every_facts, _readiness_results

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    ExemptionKind,
    NorskprovenResult,
    TestExemption,
    TestHistory,
    TrainingCategory,
)
from introdesk.domain.test_progress import Readiness
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.participant_assessment import assess
from introdesk.rules.training import (
    TrainingStatus,
    training_findings,
)
from introdesk.services.language_tests.readiness import readiness_of

# Words of Bokmål or Nynorsk that English never uses (proper nouns such as IMDi, Norskprøven
# are not listed). Short ones ("og", "år", "må", "er", "av") catch a sentence left in Norwegian.
NORWEGIAN_ONLY = re.compile(
    r"\b(ikke|ikkje|og|år|må|er|av|på|til|fra|frå|med|eller|ingen|kan|ble|vart|var|etter"
    r"|mangler|manglar|bosatt|busett|bodd|budd|kommunen|kommune|tillatelsen|tillatelse|løyvet"
    r"|løyve|deltakeren|deltakaren|opplæringen|opplæringa|timer|dager|dagar|uker|veker"
    r"|måneder|månader|regel|regelen|kapittel|ved|hel|heil|vedtak|norskmål|sluttmål)\b",
    re.IGNORECASE,
)
NORWEGIAN_LAW = re.compile(r"loven|lova|forskriften|forskrifta", re.IGNORECASE)
ENGLISH_LAW = re.compile(r"(Integration|Introduction|Immigration|Nationality) Act|Regulations")


def check_english(pairs: Iterable[tuple[str, str]]) -> int:
    """Assert every (Bokmål, English) pair is a real pair; returns how many distinct ones."""
    seen = set(pairs)
    assert seen
    for nb, en in seen:
        assert en.strip(), f"no English for {nb!r}"
        assert en != nb, f"the English is the Bokmål: {nb!r}"
        found = NORWEGIAN_ONLY.search(en)
        assert not found, f"Norwegian {found.group()!r} in the English: {en!r}"
        assert not NORWEGIAN_LAW.search(en), f"the law cited in Norwegian: {en!r}"
        if NORWEGIAN_LAW.search(nb):
            assert ENGLISH_LAW.search(en), f"the English lost the law reference: {en!r}"
    return len(seen)


def test_the_checker_catches_norwegian() -> None:
    for text in (
        "Var 30 år da tillatelsen ble gitt (integreringsloven § 8).",
        "Had lived 2 år in a municipality (Integration Act § 8).",
        "Settled (integreringsloven § 8).",
    ):
        try:
            check_english([("Bokmål (integreringsloven § 8).", text)])
        except AssertionError:
            continue
        raise AssertionError(f"not caught: {text!r}")


def test_every_eligibility_reason_has_an_english_form() -> None:
    tables = {
        "age_limits": TABLES.age_limits,
        "deadlines": TABLES.deadlines,
        "chapter_6a": TABLES.chapter_6a,
    }
    pairs = []
    for facts, as_of in _every_facts():
        result = assess_eligibility(facts, as_of=as_of, **tables)
        pairs += [(r.text, r.text_en) for r in result.reasons]
        assert result.texts("en") == [r.text_en for r in result.reasons]
        assert result.texts("nb") == [r.text for r in result.reasons]
    for en in {en for _, en in pairs}:
        assert "Integration Act § 8" in en or "chapter 6A of the Integration Act" in en, en
    # permit (4 kinds), age (3), sponsor (3), agreement (3), time (3), chapter 6A (2),
    # regime (2): a spread, not one text
    assert check_english(pairs) >= 15


def test_an_empty_english_form_falls_back_to_the_bokmal() -> None:
    facts, as_of = next(iter(_every_facts()))
    result = assess_eligibility(
        facts,
        as_of=as_of,
        age_limits=TABLES.age_limits,
        deadlines=TABLES.deadlines,
        chapter_6a=TABLES.chapter_6a,
    )
    reason = replace(result.reasons[0], text_en="")
    assert reason.text_in("en") == reason.text
    assert reason.text_in("nb") == reason.text


def test_the_assessment_speaks_english_for_missing_facts_and_goal_problems() -> None:
    records = assessment_records()
    pairs = []
    for record in records:
        result = assess(record, as_of=date(2024, 8, 1), tables=TABLES)
        assert len(result.category_reasons_en) == len(result.category_reasons)
        assert len(result.goal_problems_en) == len(result.goal_problems)
        assert result.reasons_in("en") == result.category_reasons_en
        assert result.reasons_in("nb") == result.category_reasons
        assert result.goal_problems_in("en") == result.goal_problems_en
        pairs += zip(result.category_reasons, result.category_reasons_en, strict=True)
        pairs += zip(result.goal_problems, result.goal_problems_en, strict=True)
    missing = assess(records[1], as_of=date(2024, 8, 1), tables=TABLES)
    assert missing.category_reasons_en == (
        "Cannot assess right and duty: missing birth date, permit type, permit date "
        "(Integration Act § 8).",
    )
    assert check_english(pairs) >= 8


def test_every_training_category_reason_has_an_english_form() -> None:
    pairs = []
    for result in training_category_results():
        assert len(result.reasons_en) == len(result.reasons)
        assert result.reasons_in("en") == result.reasons_en
        assert result.reasons_in("nb") == result.reasons
        pairs += zip(result.reasons, result.reasons_en, strict=True)
    # a reason per permit group (11), the age rules (3), chapter 6A family, not permanent,
    # ended at the age limit, the introduction act
    assert check_english(pairs) >= 17


def test_every_training_deadline_and_limit_basis_has_an_english_form() -> None:
    pairs = []
    for deadline, limits in deadlines_and_limits():
        assert deadline.basis_in("en") == deadline.basis_en
        assert deadline.basis_in("nb") == deadline.basis
        pairs.append((deadline.basis, deadline.basis_en))
        for limit in limits:
            assert limit.basis_in("en") == limit.basis_en
            pairs.append((limit.basis, limit.basis_en))
    assert check_english(pairs) >= 10


def test_every_training_warning_has_an_english_form() -> None:
    today = date(2026, 3, 2)
    a2 = tuple(NorskprovenResult(date(2025, 6, 1), s, CefrLevel.A2) for s in SubSkill)
    unlawful = tuple(TestExemption(kind, "", date(2025, 9, 1)) for kind in ExemptionKind)
    pairs = []
    codes = set()
    for deadline_in, history, ended in itertools.product(
        (30, -5, 400),
        (TestHistory(), TestHistory(norskproven=a2[:2]), TestHistory(exemptions=unlawful)),
        (True, False),
    ):
        status = TrainingStatus(
            category=TrainingCategory.RIGHT_AND_DUTY,
            deadline=today + timedelta(days=deadline_in),
            goal=dict.fromkeys(SubSkill, CefrLevel.B1),
            history=history,
            social_studies_hours_done=Decimal("12.5"),
            social_studies_hours_required=75,
            ended=ended,
        )
        for finding in training_findings(status, today=today):
            assert finding.message_in("en") == finding.message_en
            assert finding.message_in("nb") == finding.message
            pairs.append((finding.message, finding.message_en))
            codes.add(finding.code)
    assert len(codes) == 6  # every kind of warning was produced
    # Numbers are written as everywhere in the window, whatever the language: 12,5
    assert any("12,5 of 75 hours" in en for _, en in pairs)
    assert check_english(pairs) >= 10


def test_every_readiness_text_has_an_english_form() -> None:
    """What is missing, which rule was applied and the caveat, for permanent residence and
    citizenship, citing the Immigration Act and the Nationality Act."""
    pairs = []
    for result in _readiness_results():
        assert len(result.missing_en) == len(result.missing)
        assert len(result.notes_en) == len(result.notes)
        pairs += zip(result.missing, result.missing_en, strict=True)
        pairs += zip(result.notes, result.notes_en, strict=True)
        pairs.append((result.caveat, result.caveat_en))
    english = {en for _, en in pairs}
    assert any("(Immigration Act § 62)" in en for en in english)
    assert any("(Nationality Act § 8)" in en for en in english)
    assert any("Nationality Regulations § 4-1" in en for en in english)
    # missing: oral (2 rules), social-studies test, documented training, the citizenship test
    # (2); notes: 2 permanent-residence rules, 4 citizenship cases; 2 caveats
    assert check_english(pairs) >= 14


def test_the_readiness_read_out_speaks_english() -> None:
    result = next(iter(_readiness_results()))
    progress = readiness_of(result)
    assert progress.missing_in("en") == result.missing_en
    assert progress.notes_in("en") == result.notes_en
    assert progress.caveat_in("en") == result.caveat_en
    assert progress.missing_in("nn") == result.missing_nn
    assert progress.missing_in("nb") == result.missing
    bokmal_only = Readiness(result.ok, result.missing, result.caveat, result.notes)
    assert bokmal_only.missing_in("en") == result.missing
    assert bokmal_only.caveat_in("en") == result.caveat
