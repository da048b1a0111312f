"""Dated rule tables: every rate, limit and duration the rules use, as data with validity dates.

A table lives in ``resources/rules/<name>.json``::

    {
      "name": "grunnbelop",
      "description": "The national insurance basic amount (G)",
      "unit": "NOK",
      "source": "brief §3.2 [R32]",
      "rows": [
        {"effective_from": "2025-05-01", "effective_to": null, "value": "130160",
         "unconfirmed": false, "source": "NAV grunnbeløp.json"}
      ]
    }

``effective_to`` is inclusive; ``null`` means open-ended. Rows may not overlap. Decimal values
are written as strings and read with ``Decimal`` by the rule that uses them, never as floats.
A rule asked about a date uses the row valid on that date (``DatedTable.at``). Rows marked
``unconfirmed`` carry values the domain brief could not confirm from a primary source.

The loader is the only part of ``rules`` that reads files; the rule functions themselves take a
``DatedTable`` (or plain values) as arguments and stay pure.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from introdesk.core import paths
from introdesk.domain.errors import RuleTableError


@dataclass(frozen=True)
class DatedRow:
    effective_from: date
    effective_to: date | None
    value: Any
    unconfirmed: bool = False
    source: str = ""

    def covers(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_to is None or day <= self.effective_to
        )


_DAYS_REMEMBERED = 20_000  # per table; about 55 years of days


@dataclass(frozen=True)
class DatedTable:
    name: str
    rows: tuple[DatedRow, ...]
    description: str = ""
    unit: str = ""
    source: str = ""
    # The row found for each day asked about: a list of thousands asks about the same few
    # hundred days (issue 18). Bounded; not part of the table's value.
    _found: dict[date, DatedRow] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        ordered = sorted(self.rows, key=lambda r: r.effective_from)
        for earlier, later in itertools.pairwise(ordered):
            if earlier.effective_to is None or earlier.effective_to >= later.effective_from:
                raise RuleTableError(
                    f"Rule table {self.name!r}: rows from {earlier.effective_from} and "
                    f"{later.effective_from} overlap"
                )
        object.__setattr__(self, "rows", tuple(ordered))

    def row_at(self, day: date) -> DatedRow:
        found = self._found.get(day)
        if found is None:
            found = self._row_at(day)
            if len(self._found) < _DAYS_REMEMBERED:
                self._found[day] = found
        return found

    def _row_at(self, day: date) -> DatedRow:
        # Newest first: the days asked about are mostly recent (rows never overlap, so the
        # order does not change the answer).
        for row in reversed(self.rows):
            if row.covers(day):
                return row
        raise RuleTableError(f"Rule table {self.name!r} has no row valid on {day.isoformat()}")

    def at(self, day: date) -> Any:
        """The value valid on ``day``."""
        return self.row_at(day).value

    def change_dates(self) -> list[date]:
        """Dates on which a new row takes effect (useful to split periods at rate changes)."""
        return [row.effective_from for row in self.rows]


def _parse_date(text: str | None, table: str, field: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise RuleTableError(f"Rule table {table!r}: {field} {text!r} is not a date") from exc


def table_from_dict(data: dict[str, Any]) -> DatedTable:
    name = str(data.get("name", "?"))
    rows = []
    for raw in data.get("rows", []):
        start = _parse_date(raw.get("effective_from"), name, "effective_from")
        if start is None:
            raise RuleTableError(f"Rule table {name!r}: a row has no effective_from")
        rows.append(
            DatedRow(
                effective_from=start,
                effective_to=_parse_date(raw.get("effective_to"), name, "effective_to"),
                value=raw.get("value"),
                unconfirmed=bool(raw.get("unconfirmed", False)),
                source=str(raw.get("source", "")),
            )
        )
    if not rows:
        raise RuleTableError(f"Rule table {name!r} has no rows")
    return DatedTable(
        name=name,
        rows=tuple(rows),
        description=str(data.get("description", "")),
        unit=str(data.get("unit", "")),
        source=str(data.get("source", "")),
    )


def read_json_file(path: Path, what: str) -> Any:
    """A bundled JSON resource; a missing or broken file is a ``RuleTableError`` naming it."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RuleTableError(f"{what} file {path.name} is missing") from exc
    except json.JSONDecodeError as exc:
        raise RuleTableError(f"{what} file {path.name} is not valid JSON: {exc}") from exc


def load_table_file(path: Path) -> DatedTable:
    return table_from_dict(read_json_file(path, "Rule table"))


@cache
def load_table(name: str) -> DatedTable:
    """The bundled table ``resources/rules/<name>.json`` (cached: tables are read-only)."""
    return load_table_file(paths.resources_dir() / "rules" / f"{name}.json")
