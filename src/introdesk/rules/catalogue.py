"""The catalogue of programme elements (``resources/catalogues/plan_elements.json``).

The catalogue is data a municipality may later edit (names, local elements). The plan rules
refer to a few fixed codes (``MandatoryCode``); everything else is looked up by category.

Hour counting (brief §2.1): a 45-minute Norwegian or social-studies lesson counts as 75
minutes towards full time, other activities 60 minutes per hour. That the old act's counting
rule carries over into integreringsloven is UNCONFIRMED, so the catalogue marks those rows
``"unconfirmed": true`` and the rules pass that mark on to their findings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from introdesk.core import paths
from introdesk.domain.errors import RuleTableError


class ElementCategory(StrEnum):
    MANDATORY = "mandatory"
    WORK_ORIENTED = "work_oriented"
    EDUCATION_ORIENTED = "education_oriented"
    OTHER = "other"


class MandatoryCode(StrEnum):
    """Element codes the mandatory-content rules refer to (brief §2.2)."""

    NORWEGIAN = "norwegian"
    SOCIAL_STUDIES = "social_studies"
    LIFE_SKILLS_HEALTH = "life_skills_health"
    LIFE_SKILLS_CAREER = "life_skills_career"
    PARENTAL_GUIDANCE = "parental_guidance"
    PARENTAL_GUIDANCE_INDIVIDUAL = "parental_guidance_individual"


@dataclass(frozen=True, slots=True)
class ElementType:
    code: str
    name_nb: str
    name_en: str
    category: ElementCategory
    needs_substantial_self_study: bool = False
    lesson_minutes: int = 60
    counted_minutes: int = 60
    counting_unconfirmed: bool = False
    is_vacation: bool = False
    brief_section: str = ""
    name_nn: str = ""  # Nynorsk; the Bokmål name where the catalogue has none

    def name(self, language: str) -> str:
        """The name in ``language``: ``nb``, ``nn`` (Nynorsk), else English."""
        if language == "nn":
            return self.name_nn or self.name_nb
        return self.name_nb if language == "nb" else self.name_en

    def counted_minutes_for(self, lesson_minutes: int | Decimal) -> Decimal:
        """Counted minutes for ``lesson_minutes`` of teaching (45 → 75 for Norwegian)."""
        return Decimal(lesson_minutes) * self.counted_minutes / self.lesson_minutes

    def lessons_in(self, counted_hours: Decimal) -> Decimal:
        """How many lessons ``counted_hours`` of this element represent."""
        return counted_hours * 60 / self.counted_minutes

    @property
    def is_work_or_education(self) -> bool:
        return self.category in (ElementCategory.WORK_ORIENTED, ElementCategory.EDUCATION_ORIENTED)


Catalogue = Mapping[str, ElementType]


def _element_from_dict(raw: Mapping[str, Any]) -> ElementType:
    code = raw.get("code")
    if not isinstance(code, str) or not code:
        raise RuleTableError("Element catalogue: an element has no code")
    try:
        category = ElementCategory(raw["category"])
    except (KeyError, ValueError) as exc:
        raise RuleTableError(f"Element catalogue: {code!r} has no valid category") from exc
    counting = raw.get("hour_counting") or {}
    lesson = int(counting.get("lesson_minutes", 60))
    counted = int(counting.get("counted_minutes", 60))
    if lesson <= 0 or counted <= 0:
        raise RuleTableError(f"Element catalogue: {code!r} has non-positive hour counting")
    return ElementType(
        code=code,
        name_nb=str(raw.get("name_nb", code)),
        name_en=str(raw.get("name_en", code)),
        name_nn=str(raw.get("name_nn", "")),
        category=category,
        needs_substantial_self_study=bool(raw.get("needs_substantial_self_study", False)),
        lesson_minutes=lesson,
        counted_minutes=counted,
        counting_unconfirmed=bool(counting.get("unconfirmed", False)),
        is_vacation=bool(raw.get("is_vacation", False)),
        brief_section=str(raw.get("brief_section", "")),
    )


def parse_catalogue(data: Mapping[str, Any]) -> dict[str, ElementType]:
    """Element types by code from the catalogue's JSON structure (pure)."""
    elements: dict[str, ElementType] = {}
    for raw in data.get("elements", []):
        element = _element_from_dict(raw)
        if element.code in elements:
            raise RuleTableError(f"Element catalogue: code {element.code!r} appears twice")
        elements[element.code] = element
    missing = [code.value for code in MandatoryCode if code.value not in elements]
    if missing:
        raise RuleTableError(f"Element catalogue lacks mandatory elements: {', '.join(missing)}")
    return elements


def load_catalogue() -> dict[str, ElementType]:
    """The bundled catalogue ``resources/catalogues/plan_elements.json``."""
    path = paths.resources_dir() / "catalogues" / "plan_elements.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuleTableError(f"Element catalogue {path.name} is missing") from exc
    except json.JSONDecodeError as exc:
        raise RuleTableError(f"Element catalogue {path.name} is not valid JSON: {exc}") from exc
    return parse_catalogue(data)
