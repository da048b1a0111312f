"""``introdesk documents NAME PARTICIPANT … --out FILE.pdf``: the printed documents other than
the plan (``introdesk plans pdf``, in ``plan_pdf.py``).

A participant is named by id or national id. The labels beside the Norwegian are in the
participant's language from the record unless ``--language`` says otherwise; ``--language nn``
prints the Norwegian only, in nynorsk (``nb``: the Norwegian only, in the municipality's written
standard).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from introdesk.app.commands.support import services_for
from introdesk.app.labels import WROTE
from introdesk.app.messages import say
from introdesk.core import clock
from introdesk.core.private_files import write_private
from introdesk.domain.errors import UserInputError
from introdesk.domain.options import day_option, month_option
from introdesk.services.container import Services

NAMES = ("contract", "decision", "certificate", "statement", "attendance-sheet")


def register(commands: Any) -> None:
    documents = commands.add_parser(
        "documents",
        help="print a contract, decision letter, certificate, deduction statement or "
        "attendance sheet as PDF",
        description="Write one printed document as a PDF file.",
    )
    documents.add_argument("name", choices=NAMES, metavar="NAME", help=", ".join(NAMES))
    documents.add_argument(
        "participants",
        nargs="+",
        metavar="PARTICIPANT_ID",
        help="id or national id (several for attendance-sheet)",
    )
    documents.add_argument(
        "--language",
        metavar="CODE",
        help="labels beside the Norwegian: en ar prs ti so uk; nb or nn for the Norwegian only "
        "(nn: in nynorsk whatever the municipality's written standard)",
    )
    documents.add_argument("--month", metavar="YYYY-MM", help="the month of a deduction statement")
    documents.add_argument(
        "--week", metavar="YYYY-MM-DD", help="any day in the attendance sheet's week (default: now)"
    )
    documents.add_argument("--group", default="", help="class name on the attendance sheet")
    documents.add_argument("--teacher", default="", help="teacher on the attendance sheet")
    documents.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    documents.set_defaults(handler=cmd_documents)


def parse_month(text: str | None) -> date:
    if not text:
        raise UserInputError("--month: a deduction statement needs a month, e.g. --month 2026-10")
    return month_option(text)


def parse_day(text: str | None) -> date:
    if not text:
        return clock.today()
    return day_option(text, "--week")


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write whole or not at all: a temporary file in the same folder, then renamed."""
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise UserInputError(f"{path}: the folder {folder} does not exist")
    try:
        write_private(path, pdf)  # owner only, like the database (issue 15 item 7)
    except OSError as exc:
        raise UserInputError(f"{path}: cannot write ({exc.strerror})") from None


def render(services: Services, args: argparse.Namespace) -> bytes:
    # Dates first: a bad --week or --month is the error, whoever the participants are.
    week = parse_day(args.week) if args.name == "attendance-sheet" else None
    month = parse_month(args.month) if args.name == "statement" else None
    ids = [services.participants.resolve(ref) for ref in args.participants]
    if week is not None:
        return services.documents.attendance_sheet_pdf(
            ids,
            week,
            group_name=args.group,
            teacher=args.teacher,
            language=args.language or "nb",
        )
    if len(ids) > 1:
        raise UserInputError(
            f"{args.name}: give one participant (several only for attendance-sheet)"
        )
    if month is not None:
        return services.documents.deduction_statement_pdf(ids[0], month, args.language)
    return services.documents.render(args.name, ids[0], args.language)


def cmd_documents(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UserInputError(f"--out: {args.out} should end in .pdf")
    with services_for(args) as services:
        pdf = render(services, args)
    write_pdf(args.out, pdf)
    print(say(WROTE, args.interface_language, file=args.out))
    return 0
