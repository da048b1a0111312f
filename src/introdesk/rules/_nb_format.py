"""Norwegian number and date formats for rule explanations (brief §6 locale: ``05.06.2026``,
``12,5``, ``273 098 kr``). Private to the rule engines; the UI has its own locale handling."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache

from introdesk.domain.law import law_en as law_en  # the laws' names, for the rule engines
from introdesk.domain.law import law_nn as law_nn

_MONTHS = (
    "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def kr(value: Decimal) -> str:
    """``Decimal("273098.5")`` → ``"273 098,50"`` (always two decimals)."""
    return f"{value:,.2f}".replace(",", " ").replace(".", ",")


def number(value: Decimal | int | Fraction) -> str:
    """Plain number, no trailing zeros: ``7.50`` → ``"7,5"``, ``136549`` → ``"136 549"``."""
    if isinstance(value, Fraction):
        if value.denominator != 1:
            return str(value)
        value = value.numerator
    dec = Decimal(value).normalize()
    if dec == dec.to_integral_value():
        return f"{int(dec):,}".replace(",", " ")
    return format(dec, "f").replace(".", ",")


@lru_cache(maxsize=4096)
def day(value: date) -> str:
    # Remembered: a month's lines name the same thirty days thousands of times.
    return value.strftime("%d.%m.%Y")


def period(start: date, end: date) -> str:
    return day(start) if start == end else f"{day(start)}–{day(end)}"


def month(value: date) -> str:
    return f"{_MONTHS[value.month - 1]} {value.year}"


def month_en(value: date) -> str:
    """``date(2026, 12, 1)`` → ``"December 2026"``."""
    return f"{_MONTHS_EN[value.month - 1]} {value.year}"


def percent(value: Decimal | Fraction) -> str:
    share = Fraction(value) * 100
    rounded = (Decimal(share.numerator) / Decimal(share.denominator)).quantize(
        Decimal("0.1"), rounding=ROUND_HALF_UP
    )
    return f"{number(rounded)} %"
