"""Norwegian display formats: 05.06.2026, 12,5, 273 098 kr."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal


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
    """A date typed by the user: dd.mm.yyyy (or d.m.yyyy) or ISO; None when empty.

    Raises ValueError for anything else, including impossible dates."""
    value = text.strip()
    if not value:
        return None
    for separator in (".", "/"):
        parts = value.split(separator)
        if len(parts) == 3 and all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
    return date.fromisoformat(value)
