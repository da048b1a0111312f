"""Norwegian alphabetical order, written once for the screen and the Excel reports.

Norwegian puts æ, ø, å after z (… x, y, z, æ, ø, å); ä and ö sort as æ and ø, ü as y, and
other accented letters as their base letter (é as e). Python compares code points, so the key
maps æ/ø/å to the three characters that follow "z" ("{", "|", "}") and drops other accents.
"""

from __future__ import annotations

import unicodedata

_NORWEGIAN_LETTERS = str.maketrans(
    {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "ü": "y"}
)  # "{", "|", "}" follow "z" in code-point order


def norwegian_sort_key(text: str) -> str:
    """A key that sorts names in Norwegian alphabetical order: … z, æ, ø, å; é as e."""
    folded = unicodedata.normalize("NFC", text).casefold().translate(_NORWEGIAN_LETTERS)
    return "".join(
        char for char in unicodedata.normalize("NFD", folded) if not unicodedata.combining(char)
    )
