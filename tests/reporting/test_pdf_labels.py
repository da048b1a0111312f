"""The document label catalogue (resources/catalogues/document_labels.json)."""

from __future__ import annotations

import re

import pytest

from introdesk.reporting.labels import load_labels

LANGUAGES = ["nb", "en", "ar", "prs", "ti", "so", "uk"]


def test_catalogue_has_every_language_marked_unreviewed() -> None:
    catalogue = load_labels()
    assert sorted(catalogue.languages) == sorted(LANGUAGES)
    assert not any(info.reviewed for info in catalogue.languages.values())
    assert catalogue.language("ar").right_to_left
    assert catalogue.language("prs").right_to_left
    assert not catalogue.language("ti").right_to_left


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_is_translated_with_the_same_placeholders(language: str) -> None:
    catalogue = load_labels()
    for key in catalogue.label_keys():
        text = catalogue.texts[key].get(language, "")
        assert text.strip(), (key, language)
        norwegian = set(re.findall(r"{(\w+)}", catalogue.texts[key]["nb"]))
        assert set(re.findall(r"{(\w+)}", text)) == norwegian, (key, language)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        pytest.param("nb", "Klagefristen er 3 uker", id="nb"),
        pytest.param("en", "The deadline is 3 weeks", id="en"),
        pytest.param("ar", "مهلة الاعتراض \u20683\u2069 أسابيع", id="ar-isolated-number"),
    ],
)
def test_values_are_filled_in(language: str, expected: str) -> None:
    assert expected in load_labels().text("decision.appeal_text", language, weeks=3)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(KeyError, match="xx"):
        load_labels().language("xx")


def test_plan_labels_cover_the_minimum_plan_content() -> None:
    """Brief §1.3 step 4: end goal, Norwegian goal, elements, period, how to appeal."""
    keys = set(load_labels().label_keys())
    assert {
        "plan.end_goal",
        "plan.norwegian_goals",
        "plan.elements",
        "common.period",
        "plan.appeal",
    } <= keys
