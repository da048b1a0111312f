"""Dates and months given as options (domain/options.py): one line naming the option and the
form to write, exit code 3; the command line's argparse types give the same line."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.errors import UserInputError
from introdesk.domain.options import (
    day_argument,
    day_option,
    month_option,
    optional_day,
    week_argument,
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-29", "--date: '2026-02-29' is an impossible date"),
        ("9999-12-31", "--date: '9999-12-31' is outside the years 1900–2999"),
        ("", "--date: '' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)"),
        (
            "21/13",
            "--date: '21/13' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)",
        ),
    ],
)
def test_a_bad_date_names_the_option_and_the_form(text: str, message: str) -> None:
    with pytest.raises(UserInputError) as refused:
        day_option(text, "--date")
    assert str(refused.value) == message
    assert refused.value.exit_code == 3


def test_the_argparse_type_gives_the_same_error_and_the_same_dates() -> None:
    parse = day_argument("--from")
    assert parse("2026-12-21") == day_option("21.12.2026", "--from") == date(2026, 12, 21)
    with pytest.raises(UserInputError, match=r"^--from: '2026-02-29' is an impossible date$"):
        parse("2026-02-29")


def test_an_option_not_given_is_none_and_an_empty_one_is_refused() -> None:
    assert optional_day(None, "--to") is None
    with pytest.raises(UserInputError, match=r"^--to: '' is not a date"):
        optional_day("", "--to")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-13", "--month: '2026-13' is not a month (write YYYY-MM, e.g. 2026-10)"),
        ("9999-12", "--month: '9999-12' is outside the years 1900–2999"),
        ("", "--month: '' is not a month (write YYYY-MM, e.g. 2026-10)"),
    ],
)
def test_a_bad_month_names_the_option_and_the_form(text: str, message: str) -> None:
    with pytest.raises(UserInputError) as refused:
        month_option(text)
    assert str(refused.value) == message
    assert month_option("2026-02") == date(2026, 2, 1)


def test_a_week_option_gives_its_monday_or_one_line() -> None:
    week = week_argument("--week")
    assert week("2026-W48") == date(2026, 11, 23)
    with pytest.raises(UserInputError) as refused:
        week("2026-48")
    assert str(refused.value) == "--week: '2026-48' is not a week (write YYYY-Www, e.g. 2026-W48)"
