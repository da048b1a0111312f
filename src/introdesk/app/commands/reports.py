"""``introdesk reports list`` and ``introdesk reports NAME --out FILE.xlsx [period]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from introdesk.app.commands.support import with_services
from introdesk.app.messages import translate
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.services.container import Services
from introdesk.services.reports import REPORT_NAMES, choose_period
from introdesk.services.reports.catalogue import title

# The text output in the interface language (JSON keeps the English and the codes); a report's
# title and description are the Reports page's own.
WROTE = QT_TRANSLATE_NOOP("Cli", "Wrote {rows} rows to {path}")
NO_PERIOD = QT_TRANSLATE_NOOP("Cli", "no period")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Cli", "(not available yet: needs {needs})")


def register(commands: Any) -> None:
    reports = commands.add_parser(
        "reports",
        help="Excel reports: 'reports list', or 'reports NAME --out FILE.xlsx'",
        description="Write an Excel report. NAME is 'list' or one of: " + ", ".join(REPORT_NAMES),
    )
    reports.add_argument("name", metavar="NAME", choices=["list", *REPORT_NAMES])
    reports.add_argument("--out", type=Path, metavar="FILE.xlsx", help="workbook to write")
    reports.add_argument("--month", metavar="YYYY-MM")
    reports.add_argument("--year", metavar="YYYY")
    reports.add_argument("--from", dest="start", metavar="DATE", help="YYYY-MM-DD or DD.MM.YYYY")
    reports.add_argument("--to", dest="end", metavar="DATE")
    reports.add_argument("--format", choices=["text", "json"], default="text")
    reports.set_defaults(handler=cmd_reports)


def _period_text(kinds: tuple[str, ...], required: bool, language: str) -> str:
    options = {"month": "--month", "year": "--year", "range": "--from/--to"}
    if not kinds:
        return translate(NO_PERIOD, language)
    text = " | ".join(options[k] for k in kinds)
    return text if required else f"[{text}]"


@with_services
def cmd_reports(args: argparse.Namespace, services: Services) -> int:
    if args.name == "list":
        return _list(services.reports.list(), args.format, args.interface_language)
    if args.out is None:
        raise UserInputError("--out FILE.xlsx is required")
    if args.out.suffix.lower() != ".xlsx":
        raise UserInputError(f"{args.out}: the output file must end in .xlsx")
    info = services.reports.info(args.name)
    if not info.available:
        raise UserInputError(f"report {info.name!r} is not available yet: needs {info.needs}")
    period = choose_period(info, month=args.month, year=args.year, start=args.start, end=args.end)
    result = services.reports.export(args.name, args.out, period, language=args.interface_language)
    wrote = translate(WROTE, args.interface_language)
    print(wrote.format(rows=result.rows, path=result.path))
    return 0


def _list(reports: list[Any], output: str, language: str) -> int:
    if output == "json":
        print(
            json.dumps(
                [
                    {
                        "name": r.name,
                        "title": r.title,
                        "description": r.description,
                        "periods": [str(k) for k in r.periods],
                        "period_required": r.period_required,
                        "available": r.available,
                        "needs": r.needs,
                    }
                    for r in reports
                ],
                ensure_ascii=False,
            )
        )
        return 0
    for r in reports:
        needs = translate(NOT_AVAILABLE, language).format(needs=r.needs)
        state = "" if r.available else f"  {needs}"
        periods = _period_text(r.periods, r.period_required, language)
        print(f"{r.name:<12} {title(r, language)} — {periods}{state}")
        print(f"{'':<12} {translate(r.description, language, 'ReportsPage')}")
    return 0
