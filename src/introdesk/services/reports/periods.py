"""The period a report covers, as typed on the command line or chosen in the window: a month,
a year or a range of days."""

from __future__ import annotations

import re
from datetime import date

from introdesk.domain.dates import month_end, parse_month
from introdesk.domain.errors import UserInputError
from introdesk.domain.limits import check_year
from introdesk.domain.reports import Period, PeriodKind
from introdesk.services.reports.catalogue import ReportInfo

_YEAR = re.compile(r"^\d{4}$")


def parse_day(text: str, option: str) -> date:
    """A date as 2026-03-31 or 31.03.2026."""
    value = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4}", value):
            day, month, year = (int(part) for part in value.split("."))
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise UserInputError(
            f"{option}: {text!r} is not a date (use YYYY-MM-DD or DD.MM.YYYY)"
        ) from None


def month_period(text: str) -> Period:
    try:
        start = parse_month(text)
    except ValueError as exc:
        raise UserInputError(f"--month: {exc}") from None
    return Period(PeriodKind.MONTH, start, month_end(start))


def year_period(text: str) -> Period:
    if not _YEAR.match(text.strip()):
        raise UserInputError(f"--year: {text!r} is not a year (use YYYY)")
    year = int(text)
    check_year(year, "--year", text)
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def range_period(start: str, end: str) -> Period:
    first, last = parse_day(start, "--from"), parse_day(end, "--to")
    check_year(first.year, "--from", start)
    check_year(last.year, "--to", end)
    if last < first:
        raise UserInputError("--to is before --from")
    return Period(PeriodKind.RANGE, first, last)


def choose_period(
    info: ReportInfo,
    *,
    month: str | None = None,
    year: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> Period | None:
    """The period the user gave, checked against what ``info`` accepts."""
    given = [kind for kind, value in ((PeriodKind.MONTH, month), (PeriodKind.YEAR, year)) if value]
    if start or end:
        if not (start and end):
            raise UserInputError("--from and --to must be given together")
        given.append(PeriodKind.RANGE)
    if len(given) > 1:
        raise UserInputError("give only one of --month, --year or --from/--to")
    options = {
        PeriodKind.MONTH: "--month",
        PeriodKind.YEAR: "--year",
        PeriodKind.RANGE: "--from/--to",
    }
    accepted = " or ".join(options[k] for k in info.periods)
    if not given:
        if info.period_required:
            raise UserInputError(f"report {info.name!r} needs {accepted}")
        return None
    kind = given[0]
    if kind not in info.periods:
        if not info.periods:
            raise UserInputError(f"report {info.name!r} takes no period")
        raise UserInputError(f"report {info.name!r} takes {accepted}, not {options[kind]}")
    if kind is PeriodKind.MONTH:
        assert month is not None
        return month_period(month)
    if kind is PeriodKind.YEAR:
        assert year is not None
        return year_period(year)
    assert start is not None
    assert end is not None
    return range_period(start, end)
