"""One rule for which written form a reader gets (``domain.wording.in_language``)."""

from __future__ import annotations

import pytest

from introdesk.domain.wording import in_language


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English"), ("ar", "Bokmål")],
)
def test_the_readers_form_where_the_rule_wrote_one(language: str, expected: str) -> None:
    assert in_language(language, "Bokmål", "Nynorsk", "English") == expected


@pytest.mark.parametrize("language", ["nn", "en"])
def test_bokmal_where_the_rule_wrote_none(language: str) -> None:
    assert in_language(language, "Bokmål", "", "") == "Bokmål"
    assert in_language(language, ("a", "b"), (), ()) == ("a", "b")


def test_lists_of_reasons_follow_the_same_rule() -> None:
    assert in_language("nn", ("ikke",), ("ikkje",), ("not",)) == ("ikkje",)
