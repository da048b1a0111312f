"""Search as you type over 50 000 participants in the participants page's model, against a floor.

Run: ``uv run pytest benchmarks/bench_participant_search.py --benchmark-only`` (not part of the
test run: testpaths = tests). One round types "ahmad" a letter at a time and then clears the box,
as a coordinator does: six filter passes through ``ParticipantFilterProxy.set_search`` and the
row count the view asks for. The floor is the bare Python work the same six passes cannot avoid:
a list comprehension per typed word over the same precomputed lowercase search keys, timed
in the same run.
The ratio engine / floor is printed and stored in extra_info, with the time per keystroke.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import random
import timeit
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from introdesk.domain.codes import EducationLevel, ParticipantStatus, PermitType, Sex
from introdesk.domain.participant_details import ParticipantFields, ParticipantSummary
from introdesk.rules.identifiers import generate_fodselsnummer
from introdesk.rules.participant_assessment import assess
from introdesk.services.demo import NAMES
from introdesk.services.participants import assessment_tables, summary_of

PARTICIPANTS = 50_000
TYPED = "ahmad"
AS_OF = date(2026, 6, 1)
ADVISERS = ["Kari Nordmann", "Ola Hansen", "Åse Solberg", "Leila Haddad"]


def synthetic_summaries(seed: int = 2026) -> list[ParticipantSummary]:
    """Deterministic synthetic participants, with category and deadlines computed by the rules."""
    rng = random.Random(seed)
    tables = assessment_tables()
    backgrounds = list(NAMES)
    items = []
    for pid in range(1, PARTICIPANTS + 1):
        female, male, family = NAMES[rng.choice(backgrounds)]
        sex = rng.choice([Sex.FEMALE, Sex.MALE])
        born = date(1970, 1, 1) + timedelta(days=rng.randrange(0, 12000))
        settled = AS_OF - timedelta(days=rng.randrange(0, 700))
        record = ParticipantFields(
            given_name=rng.choice(female if sex is Sex.FEMALE else male),
            family_name=rng.choice(family),
            birth_date=born,
            national_id=generate_fodselsnummer(born, sex, rng),
            sex=sex,
            permit_type=rng.choice(list(PermitType)[:6]),
            permit_date=settled - timedelta(days=60),
            settlement_date=settled,
            education_level=rng.choice(list(EducationLevel)),
            status=rng.choice(list(ParticipantStatus)),
            adviser_id=rng.randrange(4),
        )
        adviser = ADVISERS[record.adviser_id or 0]
        items.append(
            summary_of(pid, record, adviser, False, assess(record, as_of=AS_OF, tables=tables))
        )
    return items


def floor_work(keys: list[str]) -> Callable[[], int]:
    prefixes = [TYPED[: i + 1] for i in range(len(TYPED))] + [""]

    def run() -> int:
        shown = 0
        for text in prefixes:
            hits = keys
            for word in text.split():
                hits = [k for k in hits if word in k]
            shown += len(hits)
        return shown

    return run


@pytest.fixture(scope="module")
def summaries() -> list[ParticipantSummary]:
    return synthetic_summaries()


def test_search_as_you_type(
    benchmark: BenchmarkFixture,
    summaries: list[ParticipantSummary],
    qapp: object,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from introdesk.ui.models.participant_table import (
        ParticipantFilterProxy,
        ParticipantTableModel,
    )

    model = ParticipantTableModel()
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    model.set_records(summaries)
    proxy.set_filters(show_archived=True)  # no filter but the search words

    def engine() -> int:
        shown = 0
        for i in range(len(TYPED)):
            proxy.set_search(TYPED[: i + 1])
            shown += proxy.rowCount()
        proxy.set_search("")
        return shown + proxy.rowCount()

    floor = floor_work([s.search_key for s in summaries])
    expected = floor()
    floor_seconds = min(timeit.repeat(floor, number=1, repeat=5))
    assert benchmark.pedantic(engine, rounds=5, iterations=1, warmup_rounds=1) == expected
    engine_seconds = benchmark.stats.stats.min
    ratio = engine_seconds / floor_seconds
    keystrokes = len(TYPED) + 1
    benchmark.extra_info.update(
        participants=PARTICIPANTS,
        floor_min_s=round(floor_seconds, 4),
        engine_min_s=round(engine_seconds, 4),
        ratio=round(ratio, 1),
        ms_per_keystroke=round(engine_seconds / keystrokes * 1000, 1),
    )
    with capsys.disabled():
        print(
            f"\nsearch as you type, {PARTICIPANTS} participants, {keystrokes} keystrokes: "
            f"engine {engine_seconds:.3f} s (min of 5), floor {floor_seconds:.4f} s (list "
            f"comprehension over the same keys, min of 5), ratio {ratio:.1f}x, "
            f"{engine_seconds / keystrokes * 1000:.0f} ms per keystroke"
        )


def test_sort_by_name(
    benchmark: BenchmarkFixture, summaries: list[ParticipantSummary], qapp: object
) -> None:
    """Clicking the Name heading: the source list is sorted in Python, then re-filtered."""
    from PySide6.QtCore import Qt

    from introdesk.ui.models.participant_table import (
        ParticipantFilterProxy,
        ParticipantTableModel,
    )

    model = ParticipantTableModel()
    proxy = ParticipantFilterProxy()
    proxy.setSourceModel(model)
    model.set_records(summaries)
    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]

    def engine() -> int:
        for order in orders:
            proxy.sort(0, order)
        return proxy.rowCount()

    assert benchmark.pedantic(engine, rounds=3, iterations=1) == PARTICIPANTS
