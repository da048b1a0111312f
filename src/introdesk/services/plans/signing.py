"""Signing a plan version (brief §1.3 step 4): refused while the plan has errors, the version
and the integration contract marked signed and audited, and the programme started from the
plan's start when the participant has a decision and no start yet."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from introdesk.domain.errors import UserInputError
from introdesk.domain.plan_versions import PlanVersion, VersionStatus
from introdesk.domain.plans import Finding, Severity
from introdesk.domain.programme import EventKind, ProgrammeEvent
from introdesk.persistence.models import PlanVersionRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import programme_events as programme_repo
from introdesk.persistence.uow import Session
from introdesk.services.programme import record_event

ENTITY = "plan_version"  # the audit log's name for a plan version, for every change


def refuse_errors(version: PlanVersion, findings: Iterable[Finding]) -> None:
    """The program must show that the plan is full time, year round and lawful before anyone
    signs: a plan with error findings is refused, naming the rules."""
    errors = [f for f in findings if f.severity is Severity.ERROR]
    if errors:
        rules = ", ".join(sorted({f.rule_id for f in errors}))
        raise UserInputError(
            code="plans.errors_block_signing",
            version=version.version,
            count=len(errors),
            rules=rules,
        )


def mark_signed(
    session: Session, actor: str, row: PlanVersionRow, signed_on: date, signer: str
) -> None:
    """The draft ``row`` signed, with the integration contract, audited."""
    row.status = VersionStatus.SIGNED.value
    row.signed_on = signed_on
    row.signed_by = signer
    row.contract_signed = True
    audit.record(
        session,
        actor=actor,
        action="sign",
        entity=ENTITY,
        entity_id=row.id,
        changes={
            "status": (VersionStatus.DRAFT, VersionStatus.SIGNED),
            "signed_on": (None, signed_on),
            "signed_by": (None, signer),
            "contract_signed": (False, True),
        },
    )


def start_programme_on_signing(
    session: Session, actor: str, participant_id: int, start: date
) -> None:
    """Signing a plan no longer sets "in programme" by itself (issue 14 item 1): with a
    decision and no start yet, it records the programme start on the plan's start date, and
    the status follows from that event."""
    course = programme_repo.events_of(session, participant_id)
    decided = any(e.kind is EventKind.DECISION and e.day <= start for e in course)
    started = any(e.kind is EventKind.START for e in course)
    if decided and not started:
        record_event(
            session,
            participant_id,
            ProgrammeEvent(kind=EventKind.START, day=start, reason="plan signed"),
            actor,
        )
