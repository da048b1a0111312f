"""Access to identity numbers in bulk is logged (brief issue 16, item 4): a report or list that
carries every participant's fødselsnummer out of the program leaves an audit row saying who took
it, which export, and for what period. Viewing one participant in the window is not logged; the
audit log records changes, and this adds the bulk reads that matter for need-to-know."""

from __future__ import annotations

from introdesk.persistence.repositories import audit
from introdesk.services.context import ServiceContext

IDENTITY_ACTION = "view_identity_numbers"
# The national ID column of a report (its English source heading) or of a list.
IDENTITY_HEADINGS = frozenset({"National ID number", "Fødselsnummer", "national_id"})


def log_identity_numbers_shown(context: ServiceContext, export: str, detail: str = "") -> None:
    """One audit row: ``export`` (a report or list name) showed identity numbers in bulk."""
    with context.database.unit_of_work() as uow:
        audit.record(
            uow.session,
            actor=context.actor,
            action=IDENTITY_ACTION,
            entity="export",
            entity_id=export,
            changes={"scope": (None, detail)} if detail else None,
        )
        uow.commit()


class AccessLogService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def identity_numbers_shown(self, export: str, detail: str = "") -> None:
        log_identity_numbers_shown(self._ctx, export, detail)
