"""Are the language and test requirements for permanent residence or citizenship met?

Brief §4.4 (permanent residence: oral A2 and a passed social-studies test from 1 September
2025; oral A1 and documented training hours before) and §4.5 (citizenship from 1 October 2022:
oral B1, A2 for listed exceptions, plus statsborgerprøven or the social-studies test in
Norwegian). The rule is chosen by application date from ``readiness_permanent_residence`` /
``readiness_citizenship``. Only results dated on or before the application date count.

This is a coordinator's checklist, not UDI's decision: the result always carries a caveat.
What is missing, the notes and the caveat are written in Bokmål, Nynorsk and English
(``missing``, ``missing_nn`` and ``missing_en``; ``notes``, ``notes_nn`` and ``notes_en``;
``caveat``, ``caveat_nn`` and ``caveat_en``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import TestHistory
from introdesk.domain.law import law_reference
from introdesk.rules import _nb_format as nb
from introdesk.rules.language_tests import (
    best_levels,
    citizenship_test_passed,
    level_reached,
    social_studies_passed,
)
from introdesk.rules.tables import DatedTable

PERMANENT_RESIDENCE_CAVEAT = (
    "Dekker bare kravene til norskkunnskaper og prøver, ikke de andre vilkårene for permanent "
    "oppholdstillatelse; UDI avgjør søknaden."
)
CITIZENSHIP_CAVEAT = (
    "Dekker bare kravene til norskkunnskaper og prøver, ikke de andre vilkårene for norsk "
    "statsborgerskap; UDI avgjør søknaden."
)
PERMANENT_RESIDENCE_CAVEAT_NN = (
    "Dekkjer berre krava til norskkunnskapar og prøver, ikkje dei andre vilkåra for permanent "
    "opphaldsløyve; UDI avgjer søknaden."
)
CITIZENSHIP_CAVEAT_NN = (
    "Dekkjer berre krava til norskkunnskapar og prøver, ikkje dei andre vilkåra for norsk "
    "statsborgarskap; UDI avgjer søknaden."
)
PERMANENT_RESIDENCE_CAVEAT_EN = (
    "Covers only the language and test requirements, not the other conditions for a permanent "
    "residence permit; UDI decides the application."
)
CITIZENSHIP_CAVEAT_EN = (
    "Covers only the language and test requirements, not the other conditions for Norwegian "
    "citizenship; UDI decides the application."
)


@dataclass(frozen=True, slots=True)
class ReadinessResult:
    """``ok`` when nothing is ``missing``; ``notes`` explain which rule was applied."""

    ok: bool
    missing: tuple[str, ...]
    caveat: str
    rule_from: date
    unconfirmed: bool
    notes: tuple[str, ...] = ()
    missing_nn: tuple[str, ...] = ()  # ``missing`` in Nynorsk, for a window that speaks nn
    notes_nn: tuple[str, ...] = ()  # ``notes`` in Nynorsk
    caveat_nn: str = ""  # ``caveat`` in Nynorsk
    missing_en: tuple[str, ...] = ()  # ``missing`` in English, for a window that speaks en
    notes_en: tuple[str, ...] = ()  # ``notes`` in English
    caveat_en: str = ""  # ``caveat`` in English


@dataclass(frozen=True, slots=True)
class CitizenshipFacts:
    """What decides whether oral A2 is enough instead of B1 (brief §4.5). ``age`` in completed
    years on the application date (a person has turned 55 on the 55th birthday itself)."""

    age: int
    stateless: bool = False
    came_as_asylum_seeker_or_resettlement_refugee: bool = False
    receives_disability_benefit: bool = False


# What is missing, in Bokmål, Nynorsk and English.
Missing = list[tuple[str, str, str]]
# A note or a caveat, in Bokmål, Nynorsk and English.
Text = tuple[str, str, str]


def _oral_missing(history: TestHistory, required: CefrLevel, section: str) -> Missing:
    best = best_levels(history.norskproven)
    if level_reached(best, SubSkill.ORAL, required):
        return []
    held = best.get(SubSkill.ORAL)
    shown = f"beste resultat {held}" if held is not None else "ingen resultat"
    shown_en = f"best result {held}" if held is not None else "no result"
    law = law_reference(section)
    return [
        (
            f"Muntlig norsk på minst {required} er ikke dokumentert ({shown}) ({law}).",
            f"Munnleg norsk på minst {required} er ikkje dokumentert ({shown}) ({nb.law_nn(law)}).",
            f"Oral Norwegian at {required} or above is not documented ({shown_en}) "
            f"({nb.law_en(law)}).",
        )
    ]


def _result(
    missing: Missing, caveat: Text, rule_from: date, unconfirmed: bool, note: Text
) -> ReadinessResult:
    return ReadinessResult(
        ok=not missing,
        missing=tuple(nb for nb, _, _ in missing),
        caveat=caveat[0],
        rule_from=rule_from,
        unconfirmed=unconfirmed,
        notes=(note[0],),
        missing_nn=tuple(nn for _, nn, _ in missing),
        notes_nn=(note[1],),
        caveat_nn=caveat[1],
        missing_en=tuple(en for _, _, en in missing),
        notes_en=(note[2],),
        caveat_en=caveat[2],
    )


def permanent_residence_readiness(
    history: TestHistory,
    *,
    application_date: date,
    rules: DatedTable,
    social_studies_pass_marks: DatedTable,
    training_documented: bool = False,
) -> ReadinessResult:
    """Language/test part of permanent residence (brief §4.4).

    From 1.9.2025: oral A2 and a passed social-studies test in any language. Before: oral A1
    and documented completed training (the social-studies part of the older rule is marked
    unconfirmed in the table).
    """
    row = rules.row_at(application_date)
    history = history.up_to(application_date)
    missing = _oral_missing(history, CefrLevel(row.value["oral_min"]), "§4.4")
    if row.value["social_studies_test"] and not any(
        social_studies_passed(r, social_studies_pass_marks) for r in history.social_studies
    ):
        missing.append(
            (
                "Bestått samfunnskunnskapsprøve mangler (utlendingsloven § 62).",
                "Bestått samfunnskunnskapsprøve manglar (utlendingslova § 62).",
                "A passed social studies test is missing (Immigration Act § 62).",
            )
        )
    if row.value["training_documented"] and not training_documented:
        missing.append(
            (
                "Dokumentert gjennomført opplæring i norsk og samfunnskunnskap mangler "
                "(regelen før 1.9.2025, utlendingsloven § 62).",
                "Dokumentert gjennomført opplæring i norsk og samfunnskunnskap manglar "
                "(regelen før 1.9.2025, utlendingslova § 62).",
                "Documented completed training in Norwegian and social studies is missing "
                "(the rule before 1.9.2025, Immigration Act § 62).",
            )
        )
    return _result(
        missing,
        (PERMANENT_RESIDENCE_CAVEAT, PERMANENT_RESIDENCE_CAVEAT_NN, PERMANENT_RESIDENCE_CAVEAT_EN),
        row.effective_from,
        row.unconfirmed,
        (
            f"Regel gjeldende fra {row.effective_from:%d.%m.%Y} (utlendingsloven § 62).",
            f"Regel som gjeld frå {row.effective_from:%d.%m.%Y} (utlendingslova § 62).",
            f"Rule in force from {row.effective_from:%d.%m.%Y} (Immigration Act § 62).",
        ),
    )


def _citizenship_oral_level(facts: CitizenshipFacts, rule: Mapping[str, Any]) -> tuple[str, Text]:
    # "har fylt 55 år" (statsborgerforskriften § 4-1 letters e and f): from the 55th birthday.
    from_age = int(rule["reduced_from_age"])
    if facts.stateless:
        return str(rule["reduced_oral_min"]), (
            "Statsløs: muntlig A2 er nok (statsborgerloven § 8).",
            "Statslaus: munnleg A2 er nok (statsborgarlova § 8).",
            "Stateless: oral A2 is enough (Nationality Act § 8).",
        )
    if facts.age >= from_age and (
        facts.came_as_asylum_seeker_or_resettlement_refugee or facts.receives_disability_benefit
    ):
        return (
            str(rule["reduced_oral_min"]),
            (
                f"Har fylt {from_age} år og kom som asylsøker/overføringsflyktning eller mottar "
                f"uføretrygd: muntlig A2 er nok (statsborgerloven § 8; statsborgerforskriften "
                f"§ 4-1).",
                f"Har fylt {from_age} år og kom som asylsøkjar/overføringsflyktning eller får "
                f"uføretrygd: munnleg A2 er nok (statsborgarlova § 8; statsborgarforskrifta "
                f"§ 4-1).",
                f"Has turned {from_age}, and came as an asylum seeker or resettlement refugee "
                f"or receives disability benefit: oral A2 is enough (Nationality Act § 8; "
                f"Nationality Regulations § 4-1).",
            ),
        )
    return str(rule["oral_min"]), (
        "Hovedregel: muntlig B1 (statsborgerloven § 8).",
        "Hovudregel: munnleg B1 (statsborgarlova § 8).",
        "Main rule: oral B1 (Nationality Act § 8).",
    )


def citizenship_readiness(
    history: TestHistory,
    facts: CitizenshipFacts,
    *,
    application_date: date,
    rules: DatedTable,
    social_studies_pass_marks: DatedTable,
    citizenship_pass_marks: DatedTable,
) -> ReadinessResult:
    """Language/test part of citizenship for applications from 1.10.2022 (brief §4.5).

    Oral B1 (A2 for the listed exceptions) and either a passed statsborgerprøve or a passed
    social-studies test taken in Norwegian. Applies from ``min_age`` until the ``end_age``
    birthday (18–67); outside that, no language or test requirement is checked.
    """
    row = rules.row_at(application_date)
    rule = row.value
    history = history.up_to(application_date)
    min_age, end_age = int(rule["min_age"]), int(rule["end_age"])
    missing: Missing = []
    if not min_age <= facts.age < end_age:
        why = (
            f"Kravene til norsk og prøve gjelder søkere fra {min_age} til {end_age} år "
            "(statsborgerloven § 8).",
            f"Krava til norsk og prøve gjeld søkjarar frå {min_age} til {end_age} år "
            "(statsborgarlova § 8).",
            f"The Norwegian and test requirements apply to applicants from {min_age} to "
            f"{end_age} (Nationality Act § 8).",
        )
        return _citizenship_result(row.effective_from, row.unconfirmed, missing, why)
    level, why = _citizenship_oral_level(facts, rule)
    missing += _oral_missing(history, CefrLevel(level), "§4.5")
    passed_social = [
        r for r in history.social_studies if social_studies_passed(r, social_studies_pass_marks)
    ]
    test_ok = any(r.in_norwegian for r in passed_social) or any(
        citizenship_test_passed(r, citizenship_pass_marks) for r in history.citizenship
    )
    if not test_ok:
        extra = " (samfunnskunnskapsprøven er bestått, men ikke på norsk)" if passed_social else ""
        extra_nn = (
            " (samfunnskunnskapsprøva er bestått, men ikkje på norsk)" if passed_social else ""
        )
        extra_en = (
            " (the social studies test is passed, but not in Norwegian)" if passed_social else ""
        )
        missing.append(
            (
                f"Bestått statsborgerprøve eller samfunnskunnskapsprøve på norsk mangler{extra} "
                "(statsborgerloven § 8).",
                "Bestått statsborgarprøve eller samfunnskunnskapsprøve på norsk "
                f"manglar{extra_nn} (statsborgarlova § 8).",
                "A passed citizenship test or social studies test in Norwegian is "
                f"missing{extra_en} (Nationality Act § 8).",
            )
        )
    return _citizenship_result(row.effective_from, row.unconfirmed, missing, why)


def _citizenship_result(
    rule_from: date, unconfirmed: bool, missing: Missing, note: Text
) -> ReadinessResult:
    caveat = (CITIZENSHIP_CAVEAT, CITIZENSHIP_CAVEAT_NN, CITIZENSHIP_CAVEAT_EN)
    return _result(missing, caveat, rule_from, unconfirmed, note)
