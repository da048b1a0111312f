"""Chapter 6A of integreringsloven (collective protection) applies only while the law says so.

Issue 14 item 3: chapter 6A's temporary rules apply until the date the law gives (IMDi: 1 July
2026, table ``chapter_6a``). On a day they do not apply, a participant registered under chapter
6A is assessed and paid under the ordinary rules of integreringsloven: ``regime_on`` gives the
regime that governs that day, and every rule that depends on the regime asks it.
"""

from __future__ import annotations

from datetime import date

from introdesk.domain.codes import Regime
from introdesk.rules.tables import DatedTable


def chapter_6a_applies(day: date, table: DatedTable) -> bool:
    """Whether chapter 6A's temporary rules are in force on ``day`` (no row: an error)."""
    return bool(table.at(day)["applies"])


def regime_on(regime: Regime, day: date, table: DatedTable) -> Regime:
    """The regime that governs ``day``: chapter 6A falls back to integreringsloven when its
    temporary rules are not in force; the other regimes are unchanged."""
    if regime is Regime.CHAPTER_6A and not chapter_6a_applies(day, table):
        return Regime.INTEGRATION_ACT
    return regime


def chapter_6a_end(table: DatedTable) -> date | None:
    """The last day chapter 6A applies under the table (for explanations), if it ends."""
    applying = [row for row in table.rows if row.value["applies"]]
    return applying[-1].effective_to if applying else None
