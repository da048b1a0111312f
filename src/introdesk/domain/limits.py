"""Bounds on what a user may type, checked before anything is computed or written (brief,
issue 15 item 5): a month like 9999-12 has no next month to compute with."""

from __future__ import annotations

from introdesk.domain.errors import Coded, UserInputError

FIRST_YEAR = 1900
LAST_YEAR = 2999


def check_year(year: int, option: str, text: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserInputError(
            code="options.refused",
            option=option,
            reason=Coded.of("dates.outside_years", text=text, first=FIRST_YEAR, last=LAST_YEAR),
        )
