"""Dates and months given as options (the command line's ``--date``, ``--from``, ``--month``
…, and the reports' periods), read once: through ``dates.parse_day``/``dates.parse_month``,
and bad input is a ``UserInputError`` (exit code 3) whose one line names the option and the
form to write, e.g. ``--date: '2026-02-29' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g.
2026-12-21)``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from introdesk.domain import dates
from introdesk.domain.errors import Coded, UserInputError, reason_of


def day_option(text: str, option: str) -> date:
    """The date given for ``option``."""
    try:
        return dates.parse_day(text)
    except ValueError as exc:
        raise UserInputError(code="options.refused", option=option, reason=reason_of(exc)) from None


def optional_day(text: str | None, option: str) -> date | None:
    """The date given for ``option``, None when the option was not given."""
    return None if text is None else day_option(text, option)


def month_option(text: str, option: str = "--month") -> date:
    """The first day of the month given for ``option``."""
    try:
        return dates.parse_month(text)
    except ValueError as exc:
        raise UserInputError(code="options.refused", option=option, reason=reason_of(exc)) from None


def day_argument(option: str) -> Callable[[str], date]:
    """``day_option`` as an argparse ``type=``: the command line turns the error into one line
    and exit code 3 (argparse itself would print usage and exit 2)."""

    def parse(text: str) -> date:
        return day_option(text, option)

    parse.__name__ = "date"
    return parse


def count_argument(option: str) -> Callable[[str], int]:
    """A whole number from 0 (a count: children, people) as an argparse ``type=``; bad input
    is one line naming the option and exit code 3, as for the dates."""

    def parse(text: str) -> int:
        digits = text.strip()
        if not (digits.isascii() and digits.isdigit()):
            raise UserInputError(
                code="options.refused",
                option=option,
                reason=Coded.of("values.not_a_count", text=text),
            )
        return int(digits)

    parse.__name__ = "count"
    return parse


def week_argument(option: str) -> Callable[[str], date]:
    """An ISO week option (``2026-W48``) as an argparse ``type=``: its Monday."""

    def parse(text: str) -> date:
        try:
            return dates.parse_week(text)
        except ValueError as exc:
            raise UserInputError(
                code="options.refused", option=option, reason=reason_of(exc)
            ) from None

    parse.__name__ = "week"
    return parse
