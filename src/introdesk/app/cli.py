"""The ``introdesk`` command line. With no subcommand it opens the window.

Exit codes: 0 success; 1 a check failed or the database cannot be used; 2 usage error;
3 bad input (unreadable file, not a database, unknown page, invalid rows): nothing changed.
User errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import os
import sys
from pathlib import Path

from introdesk import __version__
from introdesk.app import messages
from introdesk.domain.errors import IntroDeskError

log = logging.getLogger(__name__)

# Each command's module and its one-line summary for ``introdesk --help``. Only the module of the
# command being run is imported (issue 18: ``--version`` and ``--help`` start without the
# database, PDF, spreadsheet or Qt libraries). A test checks each summary against the module's.
COMMANDS: dict[str, tuple[str, str]] = {
    "admin": ("admin", "roles and logins on a PostgreSQL server"),
    "audit": ("audit", "who changed what and when (team leaders and administrators)"),
    "db": ("db", "create, upgrade, check and back up the database"),
    "demo": ("demo", "add synthetic demonstration data"),
    "participants": ("participants", "add, import, list and show participants"),
    "plans": ("plans", "validate, import, sign and list integration plans"),
    "reports": ("reports", "Excel reports: 'reports list', or 'reports NAME --out FILE.xlsx'"),
    "screenshot": ("screenshot", "save a picture of the window on a page"),
    "tests": (
        "language_tests",
        "Norskprøven, social-studies test, statsborgerprøven: results and progress",
    ),
    "attendance": ("attendance", "register and check attendance"),
    "benefit": ("benefit", "compute and lock the introduction benefit"),
    "settings": ("settings", "show and change the municipality's settings"),
    "programme": (
        "programme",
        "the programme's course: decision, leave, stop, resumption, end",
    ),
    "documents": (
        "documents",
        "print a contract, decision letter, certificate, deduction statement or attendance "
        "sheet as PDF",
    ),
    "training": (
        "training",
        "Norwegian and social-studies training: enrolment, status, classes",
    ),
}
EVERY_COMMAND = "*"
# Options before the command that take a value (skipped when looking for the command's name).
_VALUED_OPTIONS = ("--database", "--basedir", "--language")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"introdesk: error: {message}", file=sys.stderr)
        raise SystemExit(2)


def command_name(argv: list[str]) -> str | None:
    """The command in ``argv`` (the first word that is not a global option or its value)."""
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token in _VALUED_OPTIONS:
            skip = True
        elif not token.startswith("-"):
            return token
    return None


def build_parser(command: str | None = EVERY_COMMAND) -> argparse.ArgumentParser:
    """The parser with ``command`` fully registered (every command by default); the others
    appear by name and summary only, so their modules are not imported."""
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
    parser.add_argument(
        "--language",
        dest="interface_language",
        choices=["nb", "nn", "en"],
        help="interface language of the window and of messages (default: the one chosen in "
        "the window, else nb)",
    )
    parser.add_argument("--verbose", action="store_true", help="more detail in the log file")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module, summary) in COMMANDS.items():
        if command in (EVERY_COMMAND, name):
            importlib.import_module(f"introdesk.app.commands.{module}").register(commands)
        else:
            commands.add_parser(name, help=summary, add_help=False)
    return parser


def run(argv: list[str]) -> int:
    command = command_name(argv)
    if command in COMMANDS:
        # The command's imports (SQLAlchemy, the models) make some 100 000 objects: with the
        # default thresholds the collector ran about 150 times while they loaded, ~20 ms of
        # ``participants list`` (issue 18). The window keeps the default.
        gc.set_threshold(*_COMMAND_GC_THRESHOLDS)
    parser = build_parser(command)
    try:
        args = parser.parse_args(argv)
    except IntroDeskError as exc:  # an option's type (a date, a month) refused its value
        _print_error(exc, _language_before_parsing(argv))
        return exc.exit_code
    from introdesk.core import logs, paths  # after parsing: --version and --help need neither

    locations = paths.init(args.basedir)
    language = messages.choose_language(args.interface_language, locations.settings_file)
    args.interface_language = language  # the commands print in it too
    try:
        locations.ensure()
        logs.configure(locations, verbose=args.verbose)
    except OSError as exc:
        reason = messages.translate(messages.DATA_FOLDER, language)
        print(f"introdesk: error: {reason.format(reason=exc.strerror)}", file=sys.stderr)
        return 1
    if args.command is None:
        from introdesk.app.gui import run_gui

        return run_gui(args)
    _collect_less_often()
    try:
        return int(args.handler(args))
    except IntroDeskError as exc:
        log.info("command %s failed: %s", args.command, type(exc).__name__)
        _print_error(exc, language)
        return exc.exit_code
    except KeyboardInterrupt:
        print(messages.translate(messages.INTERRUPTED, language), file=sys.stderr)
        return 130
    except RecursionError:
        too_deep = messages.translate(messages.TOO_DEEP, language)
        print(f"introdesk: error: {too_deep}", file=sys.stderr)
        return 3
    except BrokenPipeError:
        # The reader went away (`introdesk participants list | head`): stop quietly, and point
        # stdout at nothing so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback: one line, and a report without personal data
        return _unexpected(args.command, exc, language)


def _collect_less_often() -> None:
    """A command reads up to hundreds of thousands of rows into small objects (a month's
    attendance for 5 000 people); with the default thresholds the cyclic garbage collector
    then runs thousands of times and scans everything alive several times, about a sixth of
    ``benefit compute``'s time (issue 18). Counting is unchanged (reference counting frees
    almost everything); only the cycle search runs less often. What is alive when the command
    starts (the program's modules, classes and tables, kept to the end anyway) is set aside
    from the search (``gc.freeze``: a few per cent of a month's benefit)."""
    gc.freeze()
    gc.set_threshold(*_COMMAND_GC_THRESHOLDS)


_COMMAND_GC_THRESHOLDS = (50_000, 20, 10)


def _language_before_parsing(argv: list[str]) -> str:
    """The interface language when the arguments could not be parsed: ``--language`` as
    written, else the saved choice (``--basedir`` as written), else Bokmål."""
    from introdesk.core import paths

    def value(option: str) -> str | None:
        for index, token in enumerate(argv[:-1]):
            if token == option:
                return argv[index + 1]
        return None

    basedir = value("--basedir") or os.environ.get(paths.BASEDIR_ENV)
    locations = paths.locations_for(Path(basedir) if basedir else None)
    return messages.choose_language(value("--language"), locations.settings_file)


def _print_error(exc: IntroDeskError, language: str) -> None:
    text = messages.error_text(exc, language) or type(exc).__name__
    for line in messages.error_lines(text):
        print(line, file=sys.stderr)


def _unexpected(command: str, exc: Exception, language: str) -> int:
    from introdesk.app.crash import format_report, save_report
    from introdesk.core import paths

    report = format_report(type(exc), exc, exc.__traceback__)
    try:
        saved: Path | str = save_report(paths.current().crash_reports, report)
    except OSError:
        saved = messages.translate(messages.NOT_SAVED, language)
    log.error("command %s failed unexpectedly: %s; report %s", command, type(exc).__name__, saved)
    text = messages.translate(messages.UNEXPECTED, language)
    print(f"introdesk: error: {text.format(kind=type(exc).__name__, saved=saved)}", file=sys.stderr)
    return 1
