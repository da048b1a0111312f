"""HK-dir approval of foreign vocational training (brief §6 [R54][R55][R56]).

The catalogue ``resources/catalogues/hkdir_vocational_approval.json`` is a dated table: each row
lists the countries (ISO 3166-1 alpha-2) and Norwegian trades (trade codes) the scheme covers
from its ``effective_from``. Load it with ``tables.load_table_file``; the lookup here is pure.

The scheme does not cover typical refugee countries of origin (Syria, Eritrea, Afghanistan …);
for them the route is realkompetansevurdering and the Norwegian trade test (brief §6), which is
what ``recognition_route_hint`` says.
"""

from __future__ import annotations

from datetime import date

from introdesk.rules.tables import DatedTable


def is_covered_by_approval_scheme(
    country: str, trade: str, on_date: date, table: DatedTable
) -> bool:
    """Whether training in ``trade`` from ``country`` can be approved by HK-dir on ``on_date``.

    ``country`` is an ISO alpha-2 code (any case); ``trade`` a trade code from the catalogue.
    Before the scheme started (first row) nothing is covered.
    """
    if not table.rows or on_date < table.rows[0].effective_from:
        return False
    row = table.at(on_date)
    return country.strip().upper() in row["countries"] and trade.strip().lower() in row["trades"]


def covered_countries(on_date: date, table: DatedTable) -> frozenset[str]:
    if not table.rows or on_date < table.rows[0].effective_from:
        return frozenset()
    return frozenset(table.at(on_date)["countries"])


def covered_trades(on_date: date, table: DatedTable) -> frozenset[str]:
    if not table.rows or on_date < table.rows[0].effective_from:
        return frozenset()
    return frozenset(table.at(on_date)["trades"])


def recognition_route_hint(country: str, trade: str, on_date: date, table: DatedTable) -> str:
    """A short Bokmål hint on the recognition route for vocational training (brief §6)."""
    if is_covered_by_approval_scheme(country, trade, on_date, table):
        return "Kan søke HK-dir om godkjenning av utenlandsk fag- og yrkesopplæring."
    return (
        "Ikke dekket av HK-dirs godkjenningsordning for dette landet og faget: vurder "
        "realkompetansevurdering i fylkeskommunen og fag-/svenneprøve."
    )
