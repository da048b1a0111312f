"""The ``introdesk`` command line. With no subcommand it opens the window.

Exit codes: 0 success; 1 a check failed or the database cannot be used; 2 usage error;
3 bad input (unreadable file, not a database, unknown page, invalid rows): nothing changed.
User errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from introdesk import __version__
from introdesk.app.commands import attendance as attendance_commands
from introdesk.app.commands import benefit as benefit_commands
from introdesk.app.commands import db as db_commands
from introdesk.app.commands import demo as demo_commands
from introdesk.app.commands import documents as documents_commands
from introdesk.app.commands import language_tests as tests_commands
from introdesk.app.commands import participants as participant_commands
from introdesk.app.commands import plans as plans_commands
from introdesk.app.commands import reports as reports_commands
from introdesk.app.commands import screenshot as screenshot_commands
from introdesk.app.commands import training as training_commands
from introdesk.core import logs, paths
from introdesk.domain.errors import IntroDeskError

log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"introdesk: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="introdesk",
        description="IntroDesk: plans, attendance, tests and benefit for the Introduction "
        "Programme.",
    )
    parser.add_argument("--version", action="version", version=f"introdesk {__version__}")
    parser.add_argument(
        "--database",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL "
        "(default: INTRODESK_DATABASE_URL, else the data folder)",
    )
    parser.add_argument(
        "--basedir", type=Path, help="use this folder for data, settings and logs (for testing)"
    )
    parser.add_argument("--language", choices=["nb", "en"], help="interface language")
    parser.add_argument("--verbose", action="store_true", help="more detail in the log file")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    db_commands.register(commands)
    demo_commands.register(commands)
    participant_commands.register(commands)
    plans_commands.register(commands)
    reports_commands.register(commands)
    screenshot_commands.register(commands)
    tests_commands.register(commands)
    attendance_commands.register(commands)
    benefit_commands.register(commands)
    documents_commands.register(commands)
    training_commands.register(commands)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = paths.init(args.basedir)
    try:
        locations.ensure()
        logs.configure(locations, verbose=args.verbose)
    except OSError as exc:
        print(f"introdesk: error: cannot use the data folder: {exc.strerror}", file=sys.stderr)
        return 1
    if args.command is None:
        from introdesk.app.gui import run_gui

        return run_gui(args)
    try:
        return int(args.handler(args))
    except IntroDeskError as exc:
        log.info("command %s failed: %s", args.command, type(exc).__name__)
        for line in str(exc).splitlines() or [type(exc).__name__]:
            print(f"introdesk: error: {line}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("introdesk: interrupted", file=sys.stderr)
        return 130
    except RecursionError:
        print(
            "introdesk: error: the input is nested too deeply; nothing was changed", file=sys.stderr
        )
        return 3
    except BrokenPipeError:
        # The reader went away (`introdesk participants list | head`): stop quietly, and point
        # stdout at nothing so the interpreter's final flush does not fail again.
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback: one line, and a report without personal data
        return _unexpected(args.command, exc)


def _unexpected(command: str, exc: Exception) -> int:
    from introdesk.app.crash import format_report, save_report

    report = format_report(type(exc), exc, exc.__traceback__)
    try:
        saved: Path | str = save_report(paths.current().crash_reports, report)
    except OSError:
        saved = "(could not be saved)"
    log.error("command %s failed unexpectedly: %s; report %s", command, type(exc).__name__, saved)
    print(
        f"introdesk: error: unexpected {type(exc).__name__}; nothing more was done. "
        f"A report without personal data: {saved}",
        file=sys.stderr,
    )
    return 1
