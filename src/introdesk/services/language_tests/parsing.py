"""Text parsers for test results: levels, sub-skills, test kinds, versions and languages as a
person types them (English or Norwegian, any case or spacing)."""

from __future__ import annotations

import json

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import CodedValueError
from introdesk.domain.language_tests import (
    ExemptionKind,
    RegistrationLevel,
    SocialStudiesVersion,
)
from introdesk.domain.numbers import parse_decimal
from introdesk.domain.test_progress import ResultRef, ResultTable, TestKind


def _key(text: str) -> str:
    return "".join(text.split()).replace("_", "").replace("-", "").casefold()


SKILL_ALIASES: dict[str, SubSkill] = {
    **{skill.value: skill for skill in SubSkill},
    "lytting": SubSkill.LISTENING,
    "lytteforståelse": SubSkill.LISTENING,
    "lesing": SubSkill.READING,
    "leseforståelse": SubSkill.READING,
    "skriving": SubSkill.WRITING,
    "skriftlig": SubSkill.WRITING,
    "skriftligframstilling": SubSkill.WRITING,
    "muntlig": SubSkill.ORAL,
    "muntligkommunikasjon": SubSkill.ORAL,
}
TEST_ALIASES: dict[str, TestKind] = {
    **{kind.value: kind for kind in TestKind},
    "norskprøven": TestKind.NORSKPROVEN,
    "norskprøvenc1": TestKind.NORSKPROVEN_C1,
    "c1": TestKind.NORSKPROVEN_C1,
    "samfunnskunnskap": TestKind.SOCIAL_STUDIES,
    "samfunnskunnskapsprøven": TestKind.SOCIAL_STUDIES,
    "samfunnskunnskapsprove": TestKind.SOCIAL_STUDIES,
    "socialstudies": TestKind.SOCIAL_STUDIES,
    "statsborgerprøven": TestKind.CITIZENSHIP,
    "statsborgerprøve": TestKind.CITIZENSHIP,
    "statsborgerproven": TestKind.CITIZENSHIP,
    "citizenship": TestKind.CITIZENSHIP,
}
SKILL_ALIASES = {_key(k): v for k, v in SKILL_ALIASES.items()}
TEST_ALIASES = {_key(k): v for k, v in TEST_ALIASES.items()}
LANGUAGE_ALIASES = {"norsk": "nb", "bokmål": "nb", "bokmal": "nb", "nynorsk": "nn"}


def parse_level(text: str) -> CefrLevel:
    """``B1``, ``b1``, ``under A1`` / ``below_A1`` / ``<A1``; raises ValueError otherwise."""
    key = _key(text)
    if key in ("undera1", "belowa1", "<a1"):
        return CefrLevel.BELOW_A1
    for level in CefrLevel:
        if key == level.value.casefold():
            return level
    raise CodedValueError("values.not_a_level", text=text)


def parse_skill(text: str) -> SubSkill:
    found = SKILL_ALIASES.get(_key(text))
    if found is None:
        raise CodedValueError("values.not_a_sub_skill", text=text)
    return found


def parse_test_kind(text: str) -> TestKind:
    found = TEST_ALIASES.get(_key(text))
    if found is None:
        choices = ", ".join(kind.value for kind in TestKind)
        raise CodedValueError("values.not_a_test", text=text, choices=choices)
    return found


def parse_registration_level(text: str) -> RegistrationLevel:
    key = _key(text).upper()
    for level in RegistrationLevel:
        if key == level.value.replace("-", ""):
            return level
    raise CodedValueError("values.not_a_registration_level", text=text)


def parse_exemption_kind(text: str) -> ExemptionKind:
    for kind in ExemptionKind:
        if _key(text) == _key(kind.value):
            return kind
    choices = ", ".join(kind.value for kind in ExemptionKind)
    raise CodedValueError("values.not_an_exemption_kind", text=text, choices=choices)


def parse_version(text: str) -> SocialStudiesVersion:
    key = _key(text).removesuffix("h").removesuffix("timer").removesuffix("hours")
    for version in SocialStudiesVersion:
        if key == version.value.removesuffix("h"):
            return version
    raise CodedValueError("values.not_a_version", text=text)


def parse_language(text: str) -> str:
    """An ISO 639 code (two or three letters); a few Norwegian names are accepted."""
    key = text.strip().casefold()
    key = LANGUAGE_ALIASES.get(key, key)
    if not (2 <= len(key) <= 3 and key.isascii() and key.isalpha()):
        raise CodedValueError("values.not_a_language_code", text=text)
    return key


def parse_goal(text: str) -> dict[SubSkill, CefrLevel] | None:
    """The adviser's Norwegian goal as stored on the participant record, or None if unreadable.

    Accepted: one level for all sub-skills (``B1``); four levels in the order listening,
    reading, writing, oral (``A2/A2/A2/B1``); ``skill=level`` pairs (``oral=B2, reading=B1``);
    or a JSON object ``{"oral": "B2", ...}``. Sub-skills not named are left out of the goal.
    """
    text = text.strip()
    if not text:
        return None
    try:
        if text.startswith("{"):
            data = json.loads(text)
            return {parse_skill(str(k)): parse_level(str(v)) for k, v in data.items()}
        if "=" in text or ":" in text:
            goal: dict[SubSkill, CefrLevel] = {}
            for part in text.replace(";", ",").split(","):
                if part.strip():
                    skill, _, level = part.replace(":", "=").partition("=")
                    goal[parse_skill(skill)] = parse_level(level)
            return goal or None
        parts = [p for p in text.replace(",", "/").replace(" ", "/").split("/") if p]
        if len(parts) == 1:
            return dict.fromkeys(SubSkill, parse_level(parts[0]))
        if len(parts) == len(SubSkill):
            return {skill: parse_level(p) for skill, p in zip(SubSkill, parts, strict=True)}
    except (ValueError, AttributeError):
        return None
    return None


def parse_int(text: str) -> int:
    try:
        return int(parse_decimal(text).to_integral_exact())
    except (ValueError, ArithmeticError):
        raise CodedValueError("values.not_a_whole_number", text=text) from None


def parse_result_ref(text: str) -> ResultRef:
    """``norskproven:12`` as ``tests history`` shows it; the test may be written as for
    ``--test`` (``norskproven_c1:12``, ``samfunnskunnskap:3``) or be ``exemption``/``fritak``."""
    name, colon, number = text.strip().partition(":")
    if colon and number.strip().isdigit():
        if _key(name) in ("exemption", "fritak"):
            return ResultRef(ResultTable.EXEMPTION, int(number))
        kind = TEST_ALIASES.get(_key(name))
        if kind is not None:
            table = {
                TestKind.NORSKPROVEN: ResultTable.NORSKPROVEN,
                TestKind.NORSKPROVEN_C1: ResultTable.NORSKPROVEN,
                TestKind.SOCIAL_STUDIES: ResultTable.SOCIAL_STUDIES,
                TestKind.CITIZENSHIP: ResultTable.CITIZENSHIP,
            }[kind]
            return ResultRef(table, int(number))
    raise CodedValueError("values.not_a_result_reference", text=text)
