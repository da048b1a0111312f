"""Administering a shared PostgreSQL database (brief issue 16): the group roles, grants and
row-level security (``admin setup-server``), and who holds which role (``admin users``).

An adviser login is linked to the adviser record of the same name, so the caseload rule can
match participants to the login."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.persistence import server_roles
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import caseload as caseload_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.services.context import ServiceContext

ROLES = server_roles.GROUPS


@dataclass(frozen=True)
class ServerUser:
    login: str
    roles: tuple[str, ...]
    full_name: str  # the linked adviser's name, "" when none


class ServerAdminService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def _require_server(self) -> None:
        if self._ctx.database.is_sqlite:
            raise UserInputError(code="admin.sqlite")

    def setup_statements(self) -> builtins.list[str]:
        self._require_server()
        with self._ctx.database.engine.connect() as conn:
            return server_roles.setup_statements(conn)

    def setup_server(self) -> builtins.list[str]:
        """Create or bring up to date the roles, grants and policies (safe to run again)."""
        self._require_server()
        with server_roles.admin_transaction(self._ctx.database.engine) as conn:
            statements = server_roles.setup_statements(conn)
            server_roles.execute_all(conn, statements)
        return statements

    def users(self) -> builtins.list[ServerUser]:
        self._require_server()
        with self._ctx.database.unit_of_work(write=False) as uow:
            pairs = server_roles.memberships(uow.session.connection())
            names = {a.username: a.full_name for a in settings_repo.advisers(uow.session)}
        roles: dict[str, list[str]] = {}
        for login, role in pairs:
            roles.setdefault(login, []).append(role)
        return [ServerUser(login, tuple(r), names.get(login, "")) for login, r in roles.items()]

    def add_user(self, login: str, role: str, full_name: str | None = None) -> ServerUser:
        """Give a login a role (creating the login when it does not exist yet). An adviser is
        linked to the adviser record with that login or, failing that, with that name."""
        self._require_server()
        login = _checked(login, role)
        with server_roles.admin_transaction(self._ctx.database.engine) as conn:
            if not server_roles.login_exists(conn, login):
                server_roles.create_login(conn, login)
            server_roles.grant_role(conn, login, role)
        if role == "adviser" or full_name:
            self._link_adviser(login, full_name)
        return next(u for u in self.users() if u.login == login)

    def _link_adviser(self, login: str, full_name: str | None) -> None:
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            row = caseload_repo.adviser_by_login(session, login)
            if row is None and full_name:
                row = caseload_repo.adviser_by_name(session, full_name)
            if row is None:
                added = settings_repo.add_adviser(session, login, full_name or login)
                changes: dict[str, tuple[object, object]] = {
                    "username": (None, login),
                    "full_name": (None, added.full_name),
                }
                entity_id = added.id
            else:
                changes = {}
                if row.username != login:
                    changes["username"] = (row.username, login)
                    row.username = login
                if full_name and row.full_name != full_name:
                    changes["full_name"] = (row.full_name, full_name)
                    row.full_name = full_name
                entity_id = row.id
            if changes:
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="link_login",
                    entity="adviser",
                    entity_id=entity_id,
                    changes=changes,
                )
            uow.commit()

    def remove_user(self, login: str, role: str) -> None:
        self._require_server()
        login = _checked(login, role)
        with server_roles.admin_transaction(self._ctx.database.engine) as conn:
            held = {r for member, r in server_roles.memberships(conn) if member == login}
            if role not in held:
                raise NotFoundError(code="admin.role_not_held", login=login, role=role)
            server_roles.revoke_role(conn, login, role)


def _checked(login: str, role: str) -> str:
    if role not in ROLES:
        raise UserInputError(code="admin.unknown_role", role=role, roles=", ".join(ROLES))
    try:
        return server_roles.check_login(login)
    except ValueError:
        raise UserInputError(code="admin.bad_login", login=login) from None
