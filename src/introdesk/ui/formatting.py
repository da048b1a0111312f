"""Norwegian display formats: 05.06.2026, 12,5, 273 098 kr."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain import dates


def fmt_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def fmt_decimal(value: Decimal, places: int = 2) -> str:
    quantum = Decimal(1).scaleb(-places)
    text = f"{value.quantize(quantum, rounding=ROUND_HALF_UP):,.{places}f}"
    # Python groups with "," and uses "." for decimals; Norwegian uses a (narrow) space and ",".
    return text.replace(",", "\u00a0").replace(".", ",")


def fmt_hours(minutes: int) -> str:
    """Minutes as hours without trailing zeros: 450 → ``7,5``, 480 → ``8``."""
    return fmt_decimal(Decimal(minutes) / 60, 2).rstrip("0").rstrip(",") or "0"


def fmt_money(value: Decimal) -> str:
    return f"{fmt_decimal(value)}\u00a0kr"


def parse_user_date(text: str) -> date | None:
    """A date typed into the window, read whole (``15.05.2027``, ``1.5.27``, ``150527``,
    ``15052027``, ``2027-05-15``: ``dates.parse_day`` with the short forms); None when empty.

    Raises ValueError for anything else, including impossible dates."""
    return dates.parse_day(text, short_forms=True) if text.strip() else None


def parse_user_month(text: str) -> date | None:
    """A month typed into the window (``05.2027``, ``5.27``, ``052027``, ``2027-05``) → its
    first day; None when empty. Raises ValueError for anything else."""
    return dates.parse_month(text, short_forms=True) if text.strip() else None
