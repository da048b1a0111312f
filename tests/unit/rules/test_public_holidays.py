"""Norwegian public holidays, computed by the program (issue 18: no ``holidays`` import at
start), are exactly the ``holidays`` package's calendar for Norway (Sundays not included)."""

from __future__ import annotations

from datetime import date

from holidays.countries.norway import Norway

from introdesk.rules.plan_calendar import norwegian_public_holidays


def test_every_year_the_holidays_package_covers_matches_it() -> None:
    # The package's calendar for Norway runs from 1901 to 2100.
    for year in range(Norway.start_year, Norway.end_year + 1):
        assert norwegian_public_holidays([year]) == frozenset(Norway(years=[year]).keys()), year


def test_2026_holidays_by_hand() -> None:
    # Easter Sunday 5 April 2026
    assert norwegian_public_holidays([2026]) == {
        date(2026, 1, 1),
        date(2026, 4, 2),
        date(2026, 4, 3),
        date(2026, 4, 5),
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 5, 14),
        date(2026, 5, 17),
        date(2026, 5, 24),
        date(2026, 5, 25),
        date(2026, 12, 25),
        date(2026, 12, 26),
    }


def test_several_years_are_joined() -> None:
    both = norwegian_public_holidays([2026, 2027])
    assert both == norwegian_public_holidays([2026]) | norwegian_public_holidays([2027])
    assert date(2027, 3, 28) in both  # Easter Sunday 2027
