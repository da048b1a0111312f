"""Element catalogue (brief §2.1 hour counting, §2.2 categories)."""

from decimal import Decimal
from typing import Any

import pytest

from introdesk.domain.errors import RuleTableError
from introdesk.rules.catalogue import (
    ElementCategory,
    MandatoryCode,
    load_catalogue,
    parse_catalogue,
)


def test_bundled_catalogue_has_the_named_codes() -> None:
    codes = set(load_catalogue())
    wanted = {
        "norwegian", "social_studies", "life_skills_health", "life_skills_career",
        "parental_guidance", "language_practice", "work_practice", "paid_work",
        "upper_secondary", "fov", "modular_vet", "job_seeking", "vacation",
    }  # fmt: skip
    assert wanted <= codes


@pytest.mark.parametrize(
    ("code", "lesson", "counted", "unconfirmed"),
    [
        pytest.param("norwegian", 45, Decimal(75), True, id="norwegian-45-counts-75"),
        pytest.param("social_studies", 45, Decimal(75), True, id="social-studies-45-counts-75"),
        pytest.param("work_practice", 60, Decimal(60), False, id="other-60-counts-60"),
        pytest.param("work_practice", 45, Decimal(45), False, id="other-45-counts-45"),
    ],
)
def test_hour_counting_brief_2_1(
    code: str, lesson: int, counted: Decimal, unconfirmed: bool
) -> None:
    kind = load_catalogue()[code]
    assert kind.counted_minutes_for(lesson) == counted
    assert kind.counting_unconfirmed is unconfirmed


@pytest.mark.parametrize(
    ("code", "category", "self_study"),
    [
        pytest.param("norwegian", ElementCategory.MANDATORY, False, id="norwegian"),
        pytest.param("work_practice", ElementCategory.WORK_ORIENTED, False, id="work-practice"),
        pytest.param("upper_secondary", ElementCategory.EDUCATION_ORIENTED, True, id="vgo"),
        pytest.param("fov", ElementCategory.EDUCATION_ORIENTED, True, id="fov"),
    ],
)
def test_categories_and_self_study(code: str, category: ElementCategory, self_study: bool) -> None:
    kind = load_catalogue()[code]
    assert kind.category is category
    assert kind.needs_substantial_self_study is self_study


def _minimal() -> list[dict[str, Any]]:
    return [{"code": c.value, "category": "mandatory"} for c in MandatoryCode]


@pytest.mark.parametrize(
    ("elements", "message"),
    [
        pytest.param(_minimal()[1:], "lacks mandatory", id="mandatory-missing"),
        pytest.param([*_minimal(), _minimal()[0]], "twice", id="duplicate"),
        pytest.param([*_minimal(), {"code": "x", "category": "fun"}], "category", id="category"),
        pytest.param([*_minimal(), {"category": "other"}], "no code", id="no-code"),
    ],
)
def test_bad_catalogue_is_refused(elements: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(RuleTableError, match=message):
        parse_catalogue({"elements": elements})


def test_minimal_catalogue_defaults_to_sixty_minute_hours() -> None:
    kind = parse_catalogue({"elements": _minimal()})["norwegian"]
    assert (kind.lesson_minutes, kind.counted_minutes, kind.is_vacation) == (60, 60, False)
