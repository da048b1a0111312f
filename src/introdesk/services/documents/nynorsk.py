"""Nynorsk for the benefit engine's texts on a deduction statement.

The benefit rules write each line's explanation in Bokmål from a handful of fixed templates
(``rules/benefit.py``, ``rules/benefit_rates.py``), and a locked month keeps those texts as
they were paid. A municipality that writes nynorsk gets them in Nynorsk on paper: every fixed
phrase of those templates, and the catalogue labels they quote (absence codes, other income),
is replaced by its Nynorsk form. Figures, dates and amounts are left as they are. A phrase the
templates gain later stays Bokmål until it is added here
(``tests/services/test_documents_nynorsk.py`` checks every template's output)."""

from __future__ import annotations

import re
from functools import cache

from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.tables import load_table

# Bokmål phrase of a template → Nynorsk. Longer phrases first where one contains another.
PHRASES: tuple[tuple[str, str], ...] = (
    # rules/benefit.py: the base lines
    ("hel måned regnes som", "heil månad blir rekna som"),
    ("kalenderdager i programmet, høyst", "kalenderdagar i programmet, høgst"),
    ("siste del av måneden justert fra", "siste del av månaden justert frå"),
    # deductions
    ("sats gyldig på fraværsdagen", "sats gyldig på fråværsdagen"),
    # other income
    ("trekkes krone for krone", "blir trekt krone for krone"),
    ("trekkes med", "blir trekt med"),
    # the floor at zero
    (
        "Utbetalingen kan ikke bli negativ:",
        "Utbetalinga kan ikkje bli negativ:",
    ),
    (
        "i trekk er ikke tatt denne måneden og må vurderes motregnet senere",
        "i trekk er ikkje tekne denne månaden og må vurderast motrekna seinare",
    ),
    # corrections of an earlier month
    ("skal være", "skal vere"),
    ("annen ytelse", "anna yting"),
    # rules/benefit_rates.py: the rate
    ("bor ikke med foreldre", "bur ikkje med foreldre"),
    ("bor med foreldre", "bur med foreldre"),
    ("for par uten barn", "for par utan barn"),
    ("gjaldt til", "galdt til"),
    ("gjelder ikke", "gjeld ikkje"),
    ("ordinære regler i", "ordinære reglar i"),
)
# Single words of the templates (whole words only).
WORDS = {
    "dager": "dagar",
    "regnes": "blir rekna",
}
# Laws as the templates name them: "integreringsloven" → "integreringslova".
_LAW = re.compile(r"\b(\w+)loven\b")
_REGULATION = re.compile(r"\b(\w+)forskriften\b")


@cache
def _label_pairs() -> tuple[tuple[str, str], ...]:
    """Catalogue labels the templates quote, Bokmål → Nynorsk, as written and lower-cased."""
    pairs: dict[str, str] = {}
    for info in load_absence_codes().values():
        if info.label_nn and info.label_nn != info.label_nb:
            pairs[info.label_nb] = info.label_nn
            pairs[info.label_nb.lower()] = info.label_nn.lower()
    for row in load_table("benefit_other_income").rows:
        for rule in row.value["kinds"].values():
            nynorsk = str(rule.get("label_nn", ""))
            if nynorsk and nynorsk != rule["label_nb"]:
                pairs[str(rule["label_nb"])] = nynorsk
    return tuple(sorted(pairs.items(), key=lambda pair: -len(pair[0])))


def nynorsk_explanation(text: str) -> str:
    """A benefit line's Bokmål explanation in Nynorsk (figures unchanged)."""
    for bokmal, nynorsk in (*_label_pairs(), *PHRASES):
        text = text.replace(bokmal, nynorsk)
    for bokmal, nynorsk in WORDS.items():
        text = re.sub(rf"\b{bokmal}\b", nynorsk, text)
    text = _LAW.sub(r"\1lova", text)
    return _REGULATION.sub(r"\1forskrifta", text)


def provisional_note(count: int, days: str) -> str:
    """The remark on a month with planned days not registered yet, in Nynorsk."""
    what = "1 planlagd dag" if count == 1 else f"{count} planlagde dagar"
    return (
        f"Førebels oppstilling: oppmøte er ikkje registrert for {what} ({days}). "
        "Beløpa kan endre seg."
    )


DECISION_NOTE = (
    "Trekket er så stort at kommunen gjer eit eige vedtak om det. Du får vedtaket "
    "skriftleg og kan klage på det."
)
