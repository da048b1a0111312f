"""What every command module shares: opening the services for one command and closing them
afterwards, whatever happens.

A handler that needs the database is written ``@with_services def cmd_x(args, services)``; a
handler that must check its arguments before the database is opened (a bad flag changes
nothing, not even a new database file) checks them and then uses ``with services_for(args)``.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from introdesk.app.bootstrap import database_spec
from introdesk.app.messages import DEFAULT_LANGUAGE, template_for, translate
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.services.container import Services, open_services

T = TypeVar("T")
READ_ONLY_NOTE = QT_TRANSLATE_NOOP("Cli", "Open read-only: you can read, not change.")


@contextmanager
def services_for(args: argparse.Namespace, *, creates: bool = False) -> Iterator[Services]:
    """The services on ``--database`` (or the default), closed when the block ends. A named
    file that does not exist is refused unless the command ``creates`` databases. A file
    holding the same bytes as when a command last found it sound is not checked again."""
    services = open_services(database_spec(args.database, creates=creates), remember_check=True)
    database = services.database
    if database.upgrade_needed:
        # Brief issue 16: readable, but nothing can be changed until an administrator upgrades.
        language = getattr(args, "interface_language", None) or DEFAULT_LANGUAGE
        reason = (
            database.upgrade_reason.localized(template_for(language))
            if database.upgrade_reason
            else database.upgrade_needed
        )
        print(f"{reason} {translate(READ_ONLY_NOTE, language)}", file=sys.stderr)
    try:
        yield services
    finally:
        services.close()


def with_services(
    handler: Callable[[argparse.Namespace, Services], T],
) -> Callable[[argparse.Namespace], T]:
    """Turn ``handler(args, services)`` into an argparse handler ``handler(args)``."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> T:
        with services_for(args) as services:
            return handler(args, services)

    return run


def table_number(value: Decimal | float | int, places: int = 2) -> str:
    """A number in the command line's tables, written the Norwegian way like the texts beside
    it: ``22 758,17``. JSON output keeps plain numbers (``22758.17``) for programs."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return f"{rounded:,.{places}f}".replace(",", " ").replace(".", ",")
