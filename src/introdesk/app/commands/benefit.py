"""``introdesk benefit compute|lock|other`` (brief §3)."""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from json.encoder import encode_basestring  # the C version when there is one
from typing import Any

from introdesk.app.commands.support import services_for, table_number
from introdesk.app.labels import (
    BENEFIT_HEADING,
    BENEFIT_HEADING_ONE,
    DECISION_REQUIRED,
    LOCKED_SUMMARY,
    LOCKED_SUMMARY_ONE,
    MISSING_DAY,
    MISSING_DAYS,
    MONTH_LOCKED,
    MONTH_OPEN,
    PARTICIPANT_NET,
    cli_text,
)
from introdesk.app.messages import counted, say
from introdesk.domain.attendance import BenefitLine, BenefitResult
from introdesk.domain.errors import Coded, UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.numbers import parse_decimal
from introdesk.domain.options import month_option


def register(commands: Any) -> None:
    benefit = commands.add_parser("benefit", help="compute and lock the introduction benefit")
    actions = benefit.add_subparsers(dest="benefit_command", metavar="ACTION", required=True)

    compute = actions.add_parser("compute", help="a month's benefit, line by line")
    compute.add_argument("--month", required=True, metavar="YYYY-MM")
    compute.add_argument("--participant", metavar="ID", help="id or national id (default: all)")
    compute.add_argument("--format", choices=["text", "json"], default="text")
    compute.set_defaults(handler=cmd_compute)

    lock = actions.add_parser(
        "lock",
        help="lock a month sent to payroll (refused while registrations are missing)",
    )
    lock.add_argument("--month", required=True, metavar="YYYY-MM")
    lock.set_defaults(handler=cmd_lock)

    other = actions.add_parser(
        "other", help="set another benefit for a month (reduces the benefit krone for krone)"
    )
    other.add_argument("participant", metavar="PARTICIPANT_ID")
    other.add_argument("--month", required=True, metavar="YYYY-MM")
    other.add_argument("--kind", required=True, help="e.g. dagpenger, sykepenger")
    other.add_argument("--amount", required=True, help="kroner for the month; 0 removes it")
    other.set_defaults(handler=cmd_other)


_CENT = Decimal("0.01")  # made once: a month's JSON writes tens of thousands of amounts
_ZERO = Decimal(0)


def money(value: Decimal) -> str:
    return f"{value.quantize(_CENT):f}"


def results_json(results: Sequence[BenefitResult]) -> str:
    """The command line's contract, one object per participant: amounts as strings with two
    decimals, dates ISO. ``deductions`` and ``other_reductions`` are positive amounts taken off
    ``gross``; ``adjustments`` (corrections of locked months) carry their sign; ``net`` is what
    is paid::

        [{"participant_id": 4, "month": "2026-11", "gross": "22758.17",
          "deductions": [{"date": "2026-11-03", "hours": "4.50", "rate": "147.62",
                          "amount": "664.29", "code": "invalid"}],
          "other_reductions": "0.00",
          "adjustments": [{"corrects_month": "2026-09", "amount": "-12.00",
                           "explanation": "..."}],
          "net": "20470.06", "decision_required": false,
          "missing_registration_days": ["2026-11-12"]}]

    Written as ``json.dumps(…, ensure_ascii=False, indent=2)`` writes that list, straight
    from the results (a month for thousands of participants;
    tests/unit/test_benefit_json.py)."""
    if not results:
        return "[]"
    return "[\n" + ",\n".join(map(_result_text, results)) + "\n]"


def _result_text(result: BenefitResult) -> str:
    return (
        f'  {{\n    "participant_id": {int.__repr__(result.participant_id)},'
        f'\n    "month": "{result.month:%Y-%m}",'
        f'\n    "gross": "{money(result.gross)}",'
        f'\n    "deductions": {_listed(_deduction_text, result.deductions)},'
        f'\n    "other_reductions": "{money(result.total_other_reductions)}",'
        f'\n    "adjustments": {_listed(_adjustment_text, result.adjustments)},'
        f'\n    "net": "{money(result.net)}",'
        f'\n    "decision_required": {"true" if result.decision_required else "false"},'
        f'\n    "missing_registration_days": {_listed(_day_text, result.missing_registration_days)}'
        "\n  }"
    )


def _listed(write: Callable[[Any], str], items: Sequence[Any]) -> str:
    """A list nested in a participant's object (its items indented six spaces)."""
    if not items:
        return "[]"
    return "[\n" + ",\n".join(map(write, items)) + "\n    ]"


def _deduction_text(line: BenefitLine) -> str:
    return (
        f'      {{\n        "date": "{line.start.isoformat()}",'
        f'\n        "hours": "{money(line.hours or _ZERO)}",'
        f'\n        "rate": "{money(line.rate or _ZERO)}",'
        f'\n        "amount": "{money(-line.amount)}",'
        f'\n        "code": {_text(line.code)}'
        "\n      }"
    )


def _adjustment_text(line: BenefitLine) -> str:
    month = f'"{line.corrects_month:%Y-%m}"' if line.corrects_month else "null"
    return (
        f'      {{\n        "corrects_month": {month},'
        f'\n        "amount": "{money(line.amount)}",'
        f'\n        "explanation": {_text(line.explanation)}'
        "\n      }"
    )


def _day_text(day: date) -> str:
    return f'      "{day.isoformat()}"'


def _text(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


@contextmanager
def _without_cycle_search() -> Iterator[None]:
    """A month's figures are some hundred thousand small objects without cycles (rows, lines,
    results), alive until they are written: the cyclic garbage collector would only scan them
    again and again (~0.05 s of a month for 5 000 people, issue 18). Reference counting frees
    them as usual; the window pauses collection the same way (``ui.collector_pause``). What is
    still alive afterwards (the rules' remembered answers, the database's statement cache) is
    kept until the program ends, so it is set aside from the search (``gc.freeze``) before
    collection resumes: else the next collection, and the last at exit, would scan it all."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def cmd_compute(args: argparse.Namespace) -> int:
    with _without_cycle_search():
        return _compute(args)  # its figures are freed when it returns, before collection resumes


def _compute(args: argparse.Namespace) -> int:
    month = month_option(args.month)
    with services_for(args) as services:
        ids = (
            None if args.participant is None else [services.participants.resolve(args.participant)]
        )
        results = services.benefit.compute_month(month, ids)
        locked = services.benefit.is_locked(month)
    if args.format == "json":
        print(results_json(results))
        return 0
    language = args.interface_language
    state = cli_text(MONTH_LOCKED if locked else MONTH_OPEN, language)
    print(
        counted(
            len(results),
            BENEFIT_HEADING_ONE,
            BENEFIT_HEADING,
            language,
            month=args.month,
            state=state,
        )
    )
    for result in results:
        flags = []
        if result.decision_required:
            flags.append(cli_text(DECISION_REQUIRED, language))
        if result.missing_registration_days:
            missing = len(result.missing_registration_days)
            flags.append(counted(missing, MISSING_DAY, MISSING_DAYS, language))
        net = table_number(result.net)
        print(
            cli_text(PARTICIPANT_NET, language).format(id=result.participant_id, net=net)
            + (f"  [{'; '.join(flags)}]" if flags else "")
        )
        for line in result.lines:
            print(f"    {table_number(line.amount):>12}  {line.explanation_in(language)}")
    return 0


def cmd_lock(args: argparse.Namespace) -> int:
    month = month_option(args.month)
    with services_for(args) as services:
        result = services.benefit.lock_month(month)
    print(
        counted(
            result.participants,
            LOCKED_SUMMARY_ONE,
            LOCKED_SUMMARY,
            args.interface_language,
            month=args.month,
            net=table_number(result.net_total),
        )
    )
    return 0


def cmd_other(args: argparse.Namespace) -> int:
    month = month_option(args.month)
    try:
        amount = parse_decimal(args.amount)
    except ValueError:
        raise UserInputError(
            code="options.refused", option="--amount", reason=Coded.of("values.not_a_number")
        ) from None
    with services_for(args) as services:
        pid = services.participants.resolve(args.participant)
        services.benefit.set_other_benefit(pid, month, args.kind.strip(), amount)
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "Set {kind} {amount} kr for participant {id} in {month}."),
            args.interface_language,
            kind=args.kind,
            amount=table_number(amount),
            id=pid,
            month=args.month,
        )
    )
    return 0
