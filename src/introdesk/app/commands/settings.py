"""``introdesk settings show [--format json]`` and ``introdesk settings set KEY VALUE``
(issue 14 item 4): a new database can be named and set up without the window. The written
standard of documents: ``introdesk settings set document_standard nynorsk`` (or ``nn``,
``bokmål``, ``nb``; the key also as ``written_standard`` or ``målform``)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from introdesk.app.bootstrap import database_spec
from introdesk.services.container import open_services
from introdesk.services.settings import setting_key, setting_value


def register(commands: Any) -> None:
    settings = commands.add_parser("settings", help="show and change the municipality's settings")
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="every setting and its value")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=cmd_show)
    change = actions.add_parser("set", help="change one setting (validated and audited)")
    change.add_argument("key", metavar="KEY")
    change.add_argument("value", metavar="VALUE")
    change.set_defaults(handler=cmd_set)


def cmd_show(args: argparse.Namespace) -> int:
    services = open_services(database_spec(args.database))
    try:
        values = services.settings.load().values
    finally:
        services.close()
    if args.format == "json":
        print(json.dumps(dict(sorted(values.items())), ensure_ascii=False, indent=2))
        return 0
    width = max(len(key) for key in values)
    for key, value in sorted(values.items()):
        print(f"{key:<{width}}  {value}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    key = setting_key(args.key)
    value = setting_value(key, args.value)
    services = open_services(database_spec(args.database))
    try:
        services.settings.save({key: value})
    finally:
        services.close()
    print(f"{key} = {value.strip()}")
    return 0
