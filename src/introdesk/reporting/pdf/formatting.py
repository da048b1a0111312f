"""Norwegian number, money, date and time formats for documents (brief §8, "Norwegian formatting").

Dates ``05.06.2026``, decimal comma ``12,5``, thousands grouped with a no-break space
``273 098``, money ``273 098,00 kr``, clock ``09.30``, time ranges with an en dash.
"""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
MONTHS_NB = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)


def fmt_date(day: date) -> str:
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def fmt_period(start: date, end: date) -> str:
    return f"{fmt_date(start)}–{fmt_date(end)}"


def fmt_month(day: date) -> str:
    return f"{MONTHS_NB[day.month - 1]} {day.year}"


def fmt_time(moment: time) -> str:
    return f"{moment.hour:02d}.{moment.minute:02d}"


def fmt_number(value: Decimal, places: int) -> str:
    """Rounded for display only (ROUND_HALF_UP), grouped by thousands, decimal comma."""
    quantum = Decimal(1).scaleb(-places)
    rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if rounded < 0 else ""  # U+2212 is not in the bundled Noto Sans
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = NBSP.join(groups)
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def fmt_money(value: Decimal) -> str:
    return f"{fmt_number(value, 2)}{NBSP}kr"


def fmt_hours(value: Decimal) -> str:
    """Hours with as few decimals as needed: ``15``, ``12,5``, ``7,75``."""
    if value == value.to_integral_value():
        return fmt_number(value, 0)
    places = max(1, -int(value.normalize().as_tuple().exponent))
    return fmt_number(value, min(places, 2))
