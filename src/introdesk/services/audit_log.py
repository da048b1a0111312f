"""Reading the audit log (brief issue 16, item 4): who changed what and when, with the old and
new values, for team leaders and administrators.

On a server the login must hold the team leader or admin role (the database's row security
would show anyone else only their own rows; the service says so instead of showing a partial
log). On SQLite there are no roles: everyone at the PC may read it."""

from __future__ import annotations

import builtins
from datetime import date

from introdesk.domain.errors import AccessDeniedError, UserInputError
from introdesk.domain.records import AuditRecord
from introdesk.persistence import server_roles
from introdesk.persistence.repositories import audit as repo
from introdesk.services.context import ServiceContext


class AuditLogService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def entries(
        self,
        *,
        participant_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> builtins.list[AuditRecord]:
        """Entries oldest first; ``start``/``end`` are inclusive days (UTC, as stored)."""
        if start is not None and end is not None and end < start:
            raise UserInputError(code="audit.range_inverted", end=end, start=start)
        with self._ctx.database.unit_of_work(write=False) as uow:
            if not self._ctx.database.is_sqlite and not server_roles.may_read_audit(
                uow.session.connection()
            ):
                raise AccessDeniedError(code="audit.not_allowed")
            return repo.entries(uow.session, participant_id=participant_id, start=start, end=end)
