"""``quick_init`` builds the same records as the dataclass's own ``__init__`` (issue 18): same
signature, defaults, factories and ``__post_init__``, the same errors for wrong calls, and the
records stay frozen, equal and hashed alike."""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.core.quick_init import quick_init
from introdesk.domain.deadlines import DeadlineStatus
from introdesk.domain.participant_details import (
    Assessment,
    DeadlineView,
    ParticipantFields,
    ParticipantSummary,
)
from introdesk.domain.participants import ParticipantFacts

RECORDS = [ParticipantFields, DeadlineView, Assessment, ParticipantSummary, DeadlineStatus]
RECORDS.append(ParticipantFacts)


@quick_init
@dataclasses.dataclass(frozen=True, slots=True)
class Sample:
    first: int
    second: str = "two"
    third: list[int] = dataclasses.field(default_factory=list)
    fourth: int = dataclasses.field(default=4, init=False)
    fifth: tuple[int, ...] = dataclasses.field(default=(), kw_only=True)
    checked: bool = dataclasses.field(default=False, init=False, compare=False)

    def __post_init__(self) -> None:
        if self.first < 0:
            raise ValueError("first may not be negative")


def both(cls: type, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    quick = cls(*args, **kwargs)
    stock = object.__new__(cls)
    cls._dataclass_init(stock, *args, **kwargs)
    return quick, stock


@pytest.mark.parametrize("cls", [*RECORDS, Sample], ids=lambda c: c.__name__)
def test_the_signature_is_the_dataclasses_own(cls: type) -> None:
    assert inspect.signature(cls.__init__) == inspect.signature(cls._dataclass_init)


@given(
    first=st.integers(min_value=0),
    second=st.text(),
    third=st.lists(st.integers()),
    fifth=st.tuples(st.integers()),
)
def test_records_are_equal_to_the_dataclasses_own(
    first: int, second: str, third: list[int], fifth: tuple[int, ...]
) -> None:
    assert both(Sample, first)[0] == both(Sample, first)[1]
    quick, stock = both(Sample, first, second, third, fifth=fifth)
    assert quick == stock  # (a list field: not hashable, as with the dataclass's own init)
    assert repr(quick) == repr(stock)
    assert quick.fourth == 4
    assert both(Sample, first)[0].third is not both(Sample, first)[0].third  # a fresh list


def test_wrong_calls_fail_as_they_did() -> None:
    for args, kwargs in (((), {}), ((1, "a", [], ()), {}), ((1,), {"fourth": 5})):
        with pytest.raises(TypeError):
            Sample(*args, **kwargs)
    with pytest.raises(ValueError, match="negative"):
        Sample(-1)
    record = Sample(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.first = 2  # type: ignore[misc]


def test_a_participant_record_is_the_same_either_way() -> None:
    values = {
        "given_name": "Hodan",
        "family_name": "Warsame",
        "birth_date": date(1990, 5, 15),
        "children_under_18": 2,
    }
    quick, stock = both(ParticipantFields, **values)
    assert quick == stock
    assert hash(quick) == hash(stock)
    assert dataclasses.replace(quick, given_name="Saba") == dataclasses.replace(
        stock, given_name="Saba"
    )
    with pytest.raises(TypeError):
        ParticipantFields("Hodan", "Warsame")  # type: ignore[misc] - keyword only


def test_only_frozen_slotted_dataclasses_are_taken() -> None:
    @dataclasses.dataclass
    class Plain:
        value: int

    with pytest.raises(TypeError):
        quick_init(Plain)
