"""``introdesk plans pdf PARTICIPANT_ID --language CODE --out FILE.pdf`` and
``introdesk plans pdf --all --out DIR``.

``register_pdf(plans_subparsers)`` adds the ``pdf`` action to the ``plans`` command group,
which lives in ``app/commands/plans.py`` (another branch). Until that exists,
:func:`register_temporary_plans` makes a ``plans`` group holding only ``pdf``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from introdesk.app.commands.documents import write_pdf
from introdesk.app.commands.support import services_for
from introdesk.app.labels import WROTE
from introdesk.app.messages import counted, error_text, say
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP


def register_pdf(plans_subparsers: Any) -> None:
    pdf = plans_subparsers.add_parser(
        "pdf",
        help="print a participant's integration plan (or every plan) as PDF",
        description="Write the integration plan, in Norwegian with the participant's language "
        "beside it, as a PDF file; with --all, one file per participant into a folder.",
    )
    pdf.add_argument("participant", nargs="?", metavar="PARTICIPANT_ID", help="id or national id")
    pdf.add_argument("--all", action="store_true", help="every current participant's plan")
    pdf.add_argument(
        "--language",
        metavar="CODE",
        help="labels beside the Norwegian: en ar prs ti so uk, or nb/nn for the Norwegian only "
        "(nn: in nynorsk); default: the participant's",
    )
    pdf.add_argument(
        "--out", type=Path, required=True, metavar="FILE.pdf|DIR", help="file, or folder with --all"
    )
    pdf.set_defaults(handler=cmd_plans_pdf)


def cmd_plans_pdf(args: argparse.Namespace) -> int:
    if args.all == (args.participant is not None):
        raise UserInputError("give either PARTICIPANT_ID or --all")
    if not args.all and args.out.suffix.lower() != ".pdf":
        raise UserInputError(f"--out: {args.out} should end in .pdf")
    if args.all:
        if args.out.exists() and not args.out.is_dir():
            raise UserInputError(f"--out: {args.out} is a file; --all needs a folder")
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserInputError(f"--out: cannot create {args.out} ({exc.strerror})") from None
    with services_for(args) as services:
        if not args.all:
            pid = services.participants.resolve(args.participant)
            write_pdf(args.out, services.documents.plan_pdf(pid, args.language))
            print(say(WROTE, args.interface_language, file=args.out))
            return 0
        written = skipped = 0
        total = len(services.participants.list())
        for number, item in enumerate(services.documents.plan_batch(args.language), start=1):
            if item.pdf is None:
                skipped += 1
                who = say(
                    QT_TRANSLATE_NOOP("Cli", "participant {id}"),
                    args.interface_language,
                    id=item.participant_id,
                )
                problem = (
                    error_text(item.error, args.interface_language) if item.error else item.problem
                )
                print(f"[{number}/{total}] {who}: {problem}", file=sys.stderr)
                continue
            target = args.out / f"plan-{item.participant_id:05d}.pdf"
            write_pdf(target, item.pdf)
            written += 1
            print(f"[{number}/{total}] {target.name}", file=sys.stderr)
    language = args.interface_language
    plans = counted(
        written,
        QT_TRANSLATE_NOOP("Cli", "Wrote {count} plan to {folder}"),
        QT_TRANSLATE_NOOP("Cli", "Wrote {count} plans to {folder}"),
        language,
        folder=args.out,
    )
    without = counted(
        skipped,
        QT_TRANSLATE_NOOP("Cli", "; {count} participant without a plan."),
        QT_TRANSLATE_NOOP("Cli", "; {count} participants without a plan."),
        language,
    )
    print(plans + without)
    return 0
