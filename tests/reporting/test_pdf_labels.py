"""The document label catalogue (resources/catalogues/document_labels.json)."""

from __future__ import annotations

import json
import re

import pytest

from introdesk.core import paths
from introdesk.domain.plans import EndGoalType
from introdesk.reporting.labels import load_labels
from introdesk.rules.catalogue import load_catalogue

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


def test_every_catalogue_value_a_document_prints_has_a_label_in_every_language() -> None:
    """Activity names, end-goal kinds and the absence codes a deduction can carry are printed
    in the participant's language: the list names every missing one."""
    catalogue = load_labels()
    absence = json.loads(
        (paths.resources_dir() / "catalogues" / "absence_codes.json").read_text(encoding="utf-8")
    )
    keys = [f"element.{code}" for code in load_catalogue()]
    keys += [f"end_goal.{kind.value}" for kind in EndGoalType] + ["end_goal.not_set"]
    keys += [f"absence.{row['code']}" for row in absence["codes"] if not row["paid"]]
    missing = [
        f"{key} [{language}]"
        for key in keys
        for language in LANGUAGES
        if not catalogue.texts.get(key, {}).get(language, "").strip()
    ]
    assert missing == []
