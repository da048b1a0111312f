"""One Norwegian alphabetical order for the participant list on screen and the Excel reports."""

from __future__ import annotations

from introdesk.domain.collation import norwegian_sort_key
from introdesk.reporting.xlsx import reports

NAMES = ["Øberg", "Aas", "Müller", "Héraut", "Hansen", "Zahid", "Åsen", "Mykland", "Ærø", "Hult"]
NORWEGIAN_ORDER = [
    "Aas", "Hansen", "Héraut", "Hult", "Mykland", "Müller", "Zahid", "Ærø", "Øberg", "Åsen",
]  # fmt: skip


def test_names_sort_the_norwegian_way() -> None:
    # æ, ø, å after z; é as e (Héraut between Hansen and Hult); ü as y (Müller after Mykland).
    assert sorted(NAMES, key=norwegian_sort_key) == NORWEGIAN_ORDER


def test_decomposed_letters_sort_like_composed_ones() -> None:
    assert norwegian_sort_key("A\u030asen") == norwegian_sort_key("Åsen")


def test_excel_reports_use_the_same_order() -> None:
    assert sorted(NAMES, key=reports.sort_name) == NORWEGIAN_ORDER
