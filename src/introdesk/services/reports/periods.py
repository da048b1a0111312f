"""The period a report covers, as typed on the command line or chosen in the window: a month,
a year or a range of days."""

from __future__ import annotations

import re
from datetime import date

from introdesk.domain.dates import month_end
from introdesk.domain.errors import UserInputError
from introdesk.domain.limits import check_year
from introdesk.domain.options import day_option, month_option
from introdesk.domain.reports import Period, PeriodKind
from introdesk.services.reports.catalogue import ReportInfo

_YEAR = re.compile(r"^\d{4}$")


def month_period(text: str) -> Period:
    start = month_option(text, "--month")
    return Period(PeriodKind.MONTH, start, month_end(start))


def year_period(text: str) -> Period:
    if not _YEAR.match(text.strip()):
        raise UserInputError(code="reports.not_a_year", text=text)
    year = int(text)
    check_year(year, "--year", text)
    return Period(PeriodKind.YEAR, date(year, 1, 1), date(year, 12, 31))


def range_period(start: str, end: str) -> Period:
    first, last = day_option(start, "--from"), day_option(end, "--to")
    if last < first:
        raise UserInputError(code="reports.to_before_from")
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
            raise UserInputError(code="reports.range_needs_both")
        given.append(PeriodKind.RANGE)
    if len(given) > 1:
        raise UserInputError(code="reports.one_period")
    options = {
        PeriodKind.MONTH: "--month",
        PeriodKind.YEAR: "--year",
        PeriodKind.RANGE: "--from/--to",
    }
    # The options in English and in Norwegian (the same words in bokmål and nynorsk).
    accepted = " or ".join(options[k] for k in info.periods)
    godtatt = " eller ".join(options[k] for k in info.periods)
    if not given:
        if info.period_required:
            raise UserInputError(
                code="reports.needs_period_option",
                name=info.name,
                accepted=accepted,
                godtatt=godtatt,
            )
        return None
    kind = given[0]
    if kind not in info.periods:
        if not info.periods:
            raise UserInputError(code="reports.takes_no_period", name=info.name)
        raise UserInputError(
            code="reports.wrong_period",
            name=info.name,
            accepted=accepted,
            godtatt=godtatt,
            given=options[kind],
        )
    if kind is PeriodKind.MONTH:
        assert month is not None
        return month_period(month)
    if kind is PeriodKind.YEAR:
        assert year is not None
        return year_period(year)
    assert start is not None
    assert end is not None
    return range_period(start, end)
