"""``introdesk demo``: fill the database with synthetic data."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from introdesk.app.commands.support import services_for
from introdesk.app.messages import say
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    demo = commands.add_parser("demo", help="add synthetic demonstration data")
    demo.add_argument("--participants", type=int, default=40, metavar="N")
    demo.add_argument("--seed", type=int, default=None, metavar="S")
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    if not 0 <= args.participants <= 100_000:
        raise UserInputError(
            code="options.outside_range", option="--participants", low=0, high=100_000
        )
    started = time.monotonic()

    def step(text: str) -> None:  # a progress line on stderr, so stdout stays the summary
        print(f"demo: {text}… ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)

    def attendance_done(done: int, total: int) -> None:
        step(f"attendance {done}/{total} participants")

    with services_for(args, creates=True) as services:
        result = services.demo.generate(args.participants, seed=args.seed, progress=step)
        # Attendance needs plans: only participants with a plan get past weeks registered.
        registrations = services.demo_attendance.fill(
            weeks=8, seed=args.seed, progress=attendance_done
        )
    language = args.interface_language
    print(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Added {participants} synthetic participants and {advisers} advisers."
            ),
            language,
            participants=result.participants,
            advisers=result.advisers,
        )
    )
    if registrations:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "Cli", "Registered {count} synthetic attendance rows for the past 8 weeks."
                ),
                language,
                count=registrations,
            )
        )
    return 0
