"""Reading a number as people write it, once: hours, amounts and years typed in the window,
given on the command line or found in an import file (``7,5``, ``7.5``, ``1 234,50``).

Each caller keeps its own range (0–24 hours, an amount, whole years) and its own message; what
counts as a number is decided here, so a decimal comma or a thousands space works everywhere or
nowhere.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from introdesk.domain.errors import CodedValueError

# Spaces people and spreadsheets put between thousands: space, no-break space, narrow no-break.
_GROUP_SPACES = str.maketrans("", "", " \u00a0\u202f")


def parse_decimal(value: object) -> Decimal:
    """``"1 234,5"`` / ``"1234.5"`` / ``7`` → a finite Decimal. ValueError ("is not a number")
    for anything else, including an empty text, NaN and infinity."""
    if isinstance(value, bool):
        raise CodedValueError("values.not_a_number")
    text = str(value).strip().translate(_GROUP_SPACES).replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CodedValueError("values.not_a_number") from None
    if not number.is_finite():
        raise CodedValueError("values.not_a_number")
    return number
