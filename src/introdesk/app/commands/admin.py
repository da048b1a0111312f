"""``introdesk admin setup-server [--print]`` and ``introdesk admin users list|add|remove``
(brief issue 16): roles, grants and row-level security on a shared PostgreSQL database."""

from __future__ import annotations

import argparse
import json
from typing import Any

from introdesk.app.commands.support import with_services
from introdesk.app.messages import say
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.services.container import Services
from introdesk.services.server_admin import ROLES


def register(commands: Any) -> None:
    admin = commands.add_parser("admin", help="roles and logins on a PostgreSQL server")
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup-server", help="create the group roles, grants and row-level security policies"
    )
    setup.add_argument("--print", action="store_true", help="print the SQL, change nothing")
    setup.set_defaults(handler=cmd_setup_server)

    users = actions.add_parser("users", help="who holds which role")
    user_actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    lst = user_actions.add_parser("list", help="logins and their roles")
    lst.add_argument("--format", choices=["text", "json"], default="text")
    lst.set_defaults(handler=cmd_users_list)
    add = user_actions.add_parser("add", help="give a login a role (an adviser is linked by name)")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", choices=ROLES, required=True)
    add.add_argument("--name", metavar="FULL NAME", help="the person's full name")
    add.set_defaults(handler=cmd_users_add)
    remove = user_actions.add_parser("remove", help="take a role from a login")
    remove.add_argument("login", metavar="LOGIN")
    remove.add_argument("--role", choices=ROLES, required=True)
    remove.set_defaults(handler=cmd_users_remove)


@with_services
def cmd_setup_server(args: argparse.Namespace, services: Services) -> int:
    if args.print:
        statements = services.server_admin.setup_statements()
        print("\n".join(f"{statement};" for statement in statements))
        return 0
    statements = services.server_admin.setup_server()
    print(
        say(
            QT_TRANSLATE_NOOP(
                "Cli", "Roles, grants and policies are in place ({count} statements)."
            ),
            args.interface_language,
            count=len(statements),
        )
    )
    return 0


@with_services
def cmd_users_list(args: argparse.Namespace, services: Services) -> int:
    users = services.server_admin.users()
    if args.format == "json":
        rows = [{"login": u.login, "roles": list(u.roles), "name": u.full_name} for u in users]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for user in users:
        name = f"  ({user.full_name})" if user.full_name else ""
        print(f"{user.login}: {', '.join(user.roles)}{name}")
    return 0


@with_services
def cmd_users_add(args: argparse.Namespace, services: Services) -> int:
    user = services.server_admin.add_user(args.login, args.role, args.name)
    print(f"{user.login}: {', '.join(user.roles)}")
    return 0


@with_services
def cmd_users_remove(args: argparse.Namespace, services: Services) -> int:
    services.server_admin.remove_user(args.login, args.role)
    print(
        say(
            QT_TRANSLATE_NOOP("Cli", "{login} no longer holds the role {role}."),
            args.interface_language,
            login=args.login,
            role=args.role,
        )
    )
    return 0
