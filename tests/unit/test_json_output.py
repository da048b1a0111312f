"""``json_text`` writes exactly what ``json.dumps(value, ensure_ascii=False, indent=2)`` writes
(the command line's JSON, written faster for big outputs: issue 18)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.core.json_output import json_text

scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.text()
    | st.floats(allow_nan=True, allow_infinity=True)
)
values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4)
        | st.tuples(children, children)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
        | st.dictionaries(st.integers(), children, min_size=1, max_size=2)
    ),
    max_leaves=30,
)


@settings(max_examples=500, deadline=None)
@given(values)
def test_same_text_as_the_standard_library(value: Any) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_norwegian_letters_and_control_characters_as_the_standard_library_writes_them() -> None:
    value = [{"navn": "Åse Ødegård", "merknad": 'linje 1\nlinje 2 "sitat"\t\x00', "mål": {}}, []]
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_an_unknown_type_is_refused_as_the_standard_library_refuses_it() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        json_text({"x": object()})
