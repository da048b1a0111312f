"""The rules' own reasons carry a Nynorsk form beside the Bokmål, so a window that speaks nn
shows them in Nynorsk (issue 17 item 2): right and duty (eligibility and the participant
assessment), readiness for permanent residence and citizenship, and the training category,
deadline and warnings. Every text produced over a spread of inputs is checked: it has a
Nynorsk form, the form differs from the Bokmål wherever the Bokmål has a word Nynorsk does not
use, the Nynorsk has no such word, and it keeps the law reference."""

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

from introdesk.domain.codes import CefrLevel, PermitType, Regime, SubSkill
from introdesk.domain.language_tests import (
    ExemptionKind,
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
    TrainingCategory,
)
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.participant_assessment import AssessmentTables, assess
from introdesk.rules.readiness import (
    CitizenshipFacts,
    ReadinessResult,
    citizenship_readiness,
    permanent_residence_readiness,
)
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    TrainingStatus,
    training_findings,
)

# Bokmål words that are never Nynorsk (Nynorsk: ikkje, utan, manglar, frå, berre, vart, meir,
# òg, enno, gjeld, rekna, busett, løyvet, opplæringa, avsluttande, ein/eit, då, kva, ...).
BOKMAL_ONLY = re.compile(
    r"\b(ikke|uten|mangler|fra|bare|ble|mer|også|ennå|gjelder|gjaldt|regnet|bosatt|bodd"
    r"|tillatelsen|tillatelse|tillatelsestype|tillatelsesdato|oppholdstillatelsen"
    r"|opplæringen|avsluttende|en|et|da|hva|hvis|deltakeren|deltakerens|måneder|dager|timer"
    r"|begrunnelse|beskyttelse|tilbud|reglene|vilkårene|følger|hører|ordningen|målgruppen"
    r"|borgere|kreves|aldersgrensen|midlertidig|midlertidige|vurderes|selvstendig|bosetting"
    r"|fremmet|søkere|gjeldende|hovedregel|gikk|kreve|plikten|regnes|beregnes)\b",
    re.IGNORECASE,
)
LAW = re.compile(r"(integrerings|introduksjons|utlendings|statsborgar)lova|kapittel 6A|§")

TABLES = AssessmentTables(
    age_limits=load_table("intro_age_limits"),
    deadlines=load_table("intro_deadlines"),
    norwegian_goals=load_table("norwegian_goal_by_education"),
    chapter_6a=load_table("chapter_6a"),
)


def check_pairs(pairs: Iterable[tuple[str, str]]) -> int:
    """Assert every (Bokmål, Nynorsk) pair is a real pair; returns how many distinct ones."""
    seen = set(pairs)
    assert seen
    for nb, nn in seen:
        assert nn.strip(), f"no Nynorsk for {nb!r}"
        if BOKMAL_ONLY.search(nb):
            assert nn != nb, f"the Nynorsk is the Bokmål: {nb!r}"
        assert not BOKMAL_ONLY.search(nn), f"Bokmål in the Nynorsk: {nn!r}"
        if "loven" in nb or "§" in nb:
            assert LAW.search(nn), f"the Nynorsk lost the law reference: {nn!r}"
    return len(seen)


def _every_facts() -> Iterable[tuple[ParticipantFacts, date]]:
    base = ParticipantFacts(
        birth_date=date(1990, 5, 5),
        permit_type=PermitType.REFUGEE,
        permit_date=date(2024, 3, 10),
        regime=Regime.INTEGRATION_ACT,
        settlement_date=date(2024, 6, 1),
        settled_by_agreement=True,
    )
    births = (date(1990, 5, 5), date(2010, 1, 1), date(1960, 1, 1))
    settled = (date(2024, 6, 1), None)
    for permit, regime, born, settlement, agreement, sponsor, as_of in itertools.product(
        PermitType,
        Regime,
        births,
        settled,
        (True, False),
        (True, False, None),
        (date(2024, 8, 1), date(2027, 1, 1)),
    ):
        facts = replace(
            base,
            permit_type=permit,
            regime=regime,
            birth_date=born,
            settlement_date=settlement,
            settled_by_agreement=agreement,
            sponsor_settled_under_five_years=sponsor,
        )
        yield facts, as_of


def test_every_eligibility_reason_has_a_nynorsk_form() -> None:
    tables = {
        "age_limits": TABLES.age_limits,
        "deadlines": TABLES.deadlines,
        "chapter_6a": TABLES.chapter_6a,
    }
    pairs = []
    for facts, as_of in _every_facts():
        result = assess_eligibility(facts, as_of=as_of, **tables)
        pairs += [(r.text, r.text_nn) for r in result.reasons]
        assert result.texts("nn") == [r.text_nn for r in result.reasons]
        assert result.texts() == [r.text for r in result.reasons]
    # permit (4 kinds), age (3), sponsor (3), agreement (3), time (3), chapter 6A (2),
    # regime (2): a spread, not one text
    assert check_pairs(pairs) >= 15


def test_the_assessment_speaks_nynorsk_for_missing_facts_and_goal_problems() -> None:
    records = assessment_records()
    pairs = []
    for record in records:
        result = assess(record, as_of=date(2024, 8, 1), tables=TABLES)
        assert len(result.category_reasons_nn) == len(result.category_reasons)
        assert len(result.goal_problems_nn) == len(result.goal_problems)
        assert result.reasons_in("nn") == result.category_reasons_nn
        assert result.reasons_in("nb") == result.category_reasons
        assert result.reasons_in("en") == result.category_reasons_en
        assert result.goal_problems_in("nn") == result.goal_problems_nn
        pairs += zip(result.category_reasons, result.category_reasons_nn, strict=True)
        pairs += zip(result.goal_problems, result.goal_problems_nn, strict=True)
    missing = assess(records[1], as_of=date(2024, 8, 1), tables=TABLES)
    assert missing.category_reasons_nn == (
        "Kan ikkje vurdere rett og plikt: manglar fødselsdato, løyvetype, løyvedato "
        "(integreringslova § 8).",
    )
    assert check_pairs(pairs) >= 8


def test_every_training_category_reason_has_a_nynorsk_form() -> None:
    pairs = []
    for result in training_category_results():
        assert len(result.reasons_nn) == len(result.reasons)
        assert result.reasons_in("nn") == result.reasons_nn
        assert result.reasons_in("nb") == result.reasons
        pairs += zip(result.reasons, result.reasons_nn, strict=True)
    # a reason per permit group (11), the age rules (3), chapter 6A family, not permanent,
    # ended at the age limit, the introduction act
    assert check_pairs(pairs) >= 17


def test_every_training_deadline_and_limit_basis_has_a_nynorsk_form() -> None:
    pairs = []
    for deadline, limits in deadlines_and_limits():
        assert deadline.basis_in("nn") == deadline.basis_nn
        assert deadline.basis_in("en") == deadline.basis_en
        pairs.append((deadline.basis, deadline.basis_nn))
        pairs += [(limit.basis, limit.basis_in("nn")) for limit in limits]
    assert check_pairs(pairs) >= 10


def test_every_training_warning_has_a_nynorsk_form() -> None:
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
            assert finding.message_in("nn") == finding.message_nn
            assert finding.message_in("nb") == finding.message
            pairs.append((finding.message, finding.message_nn))
            codes.add(finding.code)
    assert len(codes) == 6  # every kind of warning was produced
    assert check_pairs(pairs) >= 10


def _readiness_results() -> Iterable[ReadinessResult]:
    oral = {
        level: NorskprovenResult(date(2024, 5, 1), SubSkill.ORAL, level)
        for level in (CefrLevel.A1, CefrLevel.A2, CefrLevel.B1)
    }
    social_in_arabic = SocialStudiesResult(
        date(2024, 6, 1), SocialStudiesVersion.HOURS_75, 30, 34, "ar"
    )
    histories = [
        TestHistory(),
        TestHistory(norskproven=(oral[CefrLevel.A1],)),
        TestHistory(norskproven=(oral[CefrLevel.A2],), social_studies=(social_in_arabic,)),
        TestHistory(norskproven=(oral[CefrLevel.B1],)),
    ]
    people = [
        CitizenshipFacts(age=30),
        CitizenshipFacts(age=40, stateless=True),
        CitizenshipFacts(age=60, came_as_asylum_seeker_or_resettlement_refugee=True),
        CitizenshipFacts(age=70),
    ]
    for history in histories:
        for day, documented in itertools.product(
            (date(2025, 3, 1), date(2026, 3, 1)), (True, False)
        ):
            yield permanent_residence_readiness(
                history,
                application_date=day,
                rules=load_table("readiness_permanent_residence"),
                social_studies_pass_marks=load_table("social_studies_pass_marks"),
                training_documented=documented,
            )
        for person in people:
            yield citizenship_readiness(
                history,
                person,
                application_date=date(2026, 3, 1),
                rules=load_table("readiness_citizenship"),
                social_studies_pass_marks=load_table("social_studies_pass_marks"),
                citizenship_pass_marks=load_table("citizenship_test_pass_marks"),
            )


def test_every_readiness_text_has_a_nynorsk_form() -> None:
    """What is missing, which rule was applied and the caveat, for permanent residence and
    citizenship; no note cites the brief's sections ("§4.5")."""
    pairs = []
    for result in _readiness_results():
        assert len(result.missing_nn) == len(result.missing)
        assert len(result.notes_nn) == len(result.notes)
        pairs += zip(result.missing, result.missing_nn, strict=True)
        pairs += zip(result.notes, result.notes_nn, strict=True)
        pairs.append((result.caveat, result.caveat_nn))
    for nb, nn in pairs:
        assert not re.search(r"§\d", nb + nn), nb
    # missing: oral (2 rules), social-studies test, documented training, the citizenship test
    # (2); notes: 2 permanent-residence rules, 4 citizenship cases; 2 caveats
    assert check_pairs(pairs) >= 14
