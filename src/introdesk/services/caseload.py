"""Caseloads (brief issue 16): whose caseload a participant is in, and sharing one participant
with another adviser. On a server, row-level security shows an adviser only these; on SQLite
roles are not enforced and the assignment is bookkeeping."""

from __future__ import annotations

from dataclasses import dataclass

from introdesk.domain.errors import AccessDeniedError, NotFoundError, UserInputError
from introdesk.persistence import server_roles
from introdesk.persistence.models import Adviser
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import caseload as repo
from introdesk.persistence.uow import Session
from introdesk.services.context import ServiceContext


@dataclass(frozen=True)
class Assignment:
    participant_id: int
    adviser: str  # the responsible adviser's login ("" when nobody is responsible)
    shared_with: tuple[str, ...]


class CaseloadService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def assign(
        self, participant_id: int, adviser_login: str | None, share_with: str | None = None
    ) -> Assignment:
        """Make ``adviser_login`` responsible for the participant and/or, with ``share_with``,
        let another adviser see them too; one transaction, audited.

        On a server, team leaders and administrators do both for anyone; an adviser only
        shares participants of their own caseload (brief issue 16). The database's policies
        hold them to the same rule."""
        adviser_login = (adviser_login or "").strip() or None
        share_with = (share_with or "").strip() or None
        if adviser_login is None and share_with is None:
            raise UserInputError(code="caseload.give_adviser_or_share")
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            row = repo.participant(session, participant_id)
            if row is None:
                raise NotFoundError(code="caseload.no_participant", id=participant_id)
            manager = self._ctx.database.is_sqlite or server_roles.may_manage_caseloads(
                session.connection()
            )
            changes: dict[str, tuple[object, object]] = {}
            if adviser_login is not None:
                if not manager:
                    raise AccessDeniedError(code="caseload.move_not_allowed")
                adviser = _adviser(session, adviser_login)
                if row.adviser_id != adviser.id:
                    changes["adviser_id"] = (row.adviser_id, adviser.id)
                    row.adviser_id = adviser.id
            if share_with is not None:
                if not manager and not self._is_responsible(session, row.adviser_id):
                    raise AccessDeniedError(code="caseload.share_not_allowed")
                other = _adviser(session, share_with)
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
            responsible = repo.adviser_login(session, row.adviser_id)
            shared = tuple(repo.shared_with(session, participant_id))
            uow.commit()
        return Assignment(participant_id, responsible, shared)

    def _is_responsible(self, session: Session, adviser_id: int | None) -> bool:
        own = repo.adviser_by_login(session, self._ctx.actor)
        return own is not None and adviser_id == own.id

    def share(self, participant_id: int, with_login: str) -> Assignment:
        """Let another adviser see a participant (the window's "Share with adviser…")."""
        return self.assign(participant_id, None, with_login)


def _adviser(session: Session, login: str) -> Adviser:
    adviser = repo.adviser_by_login(session, login)
    if adviser is None:
        raise NotFoundError(code="caseload.no_adviser_login", login=login)
    return adviser
