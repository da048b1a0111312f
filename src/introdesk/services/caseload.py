"""Caseloads (brief issue 16): whose caseload a participant is in, and sharing one participant
with another adviser. On a server, row-level security shows an adviser only these; on SQLite
roles are not enforced and the assignment is bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass

from introdesk.domain.errors import NotFoundError
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import caseload as repo
from introdesk.services.context import ServiceContext


@dataclass(frozen=True)
class Assignment:
    participant_id: int
    adviser: str  # the responsible adviser's login
    shared_with: tuple[str, ...]


class CaseloadService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def assign(
        self, participant_id: int, adviser_login: str, share_with: str | None = None
    ) -> Assignment:
        """Make ``adviser_login`` responsible for the participant and, with ``share_with``,
        let another adviser see them too; one transaction, audited."""
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            row = repo.participant(session, participant_id)
            if row is None:
                raise NotFoundError(f"No participant {participant_id}")
            adviser = repo.adviser_by_login(session, adviser_login)
            if adviser is None:
                raise NotFoundError(
                    f"No adviser with the login {adviser_login!r} "
                    "(add it with 'introdesk admin users add LOGIN --role adviser')"
                )
            changes: dict[str, tuple[object, object]] = {}
            if row.adviser_id != adviser.id:
                old = row.adviser_id
                row.adviser_id = adviser.id
                changes["adviser_id"] = (old, adviser.id)
            if share_with:
                other = repo.adviser_by_login(session, share_with)
                if other is None:
                    raise NotFoundError(f"No adviser with the login {share_with!r}")
                if repo.share(session, participant_id, other.id):
                    changes["shared_with"] = (None, other.username)
            session.flush()
            if changes:
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="assign",
                    entity="participant",
                    entity_id=participant_id,
                    changes=changes,
                )
            shared = tuple(repo.shared_with(session, participant_id))
            uow.commit()
        return Assignment(participant_id, adviser.username, shared)
