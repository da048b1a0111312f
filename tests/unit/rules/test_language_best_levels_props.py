"""Properties of best_levels (brief §4.1): order does not matter, never below any result."""

import random
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import NorskprovenResult
from introdesk.rules.language_tests import best_levels


@st.composite
def results(draw: st.DrawFn) -> NorskprovenResult:
    level = draw(st.sampled_from(list(CefrLevel)))
    return NorskprovenResult(
        test_date=draw(st.dates(min_value=date(2014, 1, 1), max_value=date(2030, 12, 31))),
        sub_skill=draw(st.sampled_from(list(SubSkill))),
        level=level,
        c1=level is CefrLevel.C1 or draw(st.booleans()),
    )


@given(st.lists(results(), max_size=12), st.randoms(use_true_random=False))
def test_best_levels_is_order_independent(
    items: list[NorskprovenResult], rnd: random.Random
) -> None:
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert best_levels(shuffled) == best_levels(items)


@given(st.lists(results(), max_size=12))
def test_best_levels_never_below_any_single_result(items: list[NorskprovenResult]) -> None:
    best = best_levels(items)
    assert set(best) == {r.sub_skill for r in items}
    for result in items:
        assert best[result.sub_skill].rank >= result.level.rank
    for skill, level in best.items():
        assert any(r.sub_skill is skill and r.level is level for r in items)
