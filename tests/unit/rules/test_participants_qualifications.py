"""HK-dir approval scheme for foreign vocational training (brief §6 [R54]; seeds: Cedefop 47254)."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.core import paths
from introdesk.domain.participants import ApprovalStatus, VocationalApproval
from introdesk.rules.qualifications import (
    covered_countries,
    covered_trades,
    is_covered_by_approval_scheme,
    recognition_route_hint,
)
from introdesk.rules.tables import DatedTable, load_table_file


@pytest.fixture
def scheme() -> DatedTable:
    return load_table_file(paths.resources_dir() / "catalogues" / "hkdir_vocational_approval.json")


@pytest.mark.parametrize(
    ("country", "trade", "on", "covered"),
    [
        pytest.param("PL", "rorlegger", date(2016, 10, 31), False, id="before-the-scheme"),
        pytest.param("PL", "rorlegger", date(2016, 11, 1), True, id="first-day-plumber-poland"),
        pytest.param(
            "PL", "maler", date(2017, 5, 15), False, id="painter-day-before-2017-expansion"
        ),
        pytest.param("PL", "maler", date(2017, 5, 16), True, id="painter-from-16-may-2017"),
        pytest.param(
            "PL",
            "landbruksmaskinmekaniker",
            date(2024, 3, 31),
            False,
            id="agri-mechanic-31-march-2024",
        ),
        pytest.param(
            "PL",
            "landbruksmaskinmekaniker",
            date(2024, 4, 1),
            True,
            id="agri-mechanic-1-april-2024",
        ),
        pytest.param("DK", "tomrer", date(2024, 5, 31), False, id="denmark-31-may-2024"),
        pytest.param("DK", "tomrer", date(2024, 6, 1), True, id="denmark-1-june-2024"),
        pytest.param("IS", "platearbeider", date(2024, 6, 1), True, id="iceland-plate-worker"),
        pytest.param("SE", "tomrer", date(2025, 6, 29), False, id="sweden-before"),
        pytest.param("SE", "tomrer", date(2025, 6, 30), True, id="sweden-june-2025"),
        pytest.param("FI", "industrirorlegger", date(2025, 6, 30), True, id="finland-pipefitter"),
        pytest.param("SY", "tomrer", date(2025, 7, 1), False, id="syria-not-covered"),
        pytest.param("ER", "kokk", date(2025, 7, 1), False, id="eritrea-not-covered"),
        pytest.param("DE", "sykepleier", date(2025, 7, 1), False, id="unknown-trade"),
        pytest.param(" pl ", " Rorlegger ", date(2025, 7, 1), True, id="case-and-space"),
    ],
)
def test_is_covered(scheme: DatedTable, country: str, trade: str, on: date, covered: bool) -> None:
    assert is_covered_by_approval_scheme(country, trade, on, scheme) is covered


def test_june_2024_has_seven_countries_and_24_trades(scheme: DatedTable) -> None:
    on = date(2024, 6, 1)
    assert covered_countries(on, scheme) == {"DK", "EE", "IS", "LV", "LT", "PL", "DE"}
    assert len(covered_trades(on, scheme)) == 24
    assert not scheme.row_at(on).unconfirmed


def test_every_row_is_sourced_and_later_rows_only_add(scheme: DatedTable) -> None:
    previous: set[str] = set()
    for row in scheme.rows:
        assert row.source
        trades = set(row.value["trades"])
        assert previous <= trades
        previous = trades
    assert covered_trades(date(2016, 1, 1), scheme) == frozenset()
    assert covered_countries(date(2016, 1, 1), scheme) == frozenset()


def test_route_hint(scheme: DatedTable) -> None:
    on = date(2025, 7, 1)
    assert "HK-dir" in recognition_route_hint("PL", "tomrer", on, scheme)
    assert "realkompetansevurdering" in recognition_route_hint("SY", "tomrer", on, scheme)


def test_application_status_codes() -> None:
    assert [s.value for s in ApprovalStatus] == ["not_applied", "applied", "approved", "rejected"]
    approval = VocationalApproval(country="PL", trade="tomrer")
    assert approval.status is ApprovalStatus.NOT_APPLIED
