"""Correcting or deleting a recorded test result or exemption (issue 17: a wrong result could not
be put right anywhere).

Both need a reason, run in one transaction and write their audit rows in it: a correction logs
every changed field (old and new value) and the reason; a deletion logs every value it removes
and the reason. The window passes the copy it showed as ``expected``: when the stored row no
longer equals it, someone else changed it in between and nothing is written (``ConflictError``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from introdesk.domain.errors import (
    ConflictError,
    FieldProblem,
    NotFoundError,
    UserInputError,
    ValidationError,
)
from introdesk.domain.test_progress import ResultRef, StoredResult, result_table
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import language_tests as repo
from introdesk.services.context import ServiceContext
from introdesk.services.language_tests.readiness import passed_of
from introdesk.services.language_tests.storage import ENTITY, Item

Check = Callable[[Item], list[FieldProblem]]


def _reason(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise UserInputError(code="tests.reason_required")
    return reason


def _row(session: Any, ref: ResultRef) -> Any:
    row = repo.find(session, ref.table, ref.id)
    if row is None:
        raise NotFoundError(code="tests.result_not_found", ref=str(ref))
    return row


def _refuse_if_changed(ref: ResultRef, current: Item, expected: Item | None) -> None:
    if expected is not None and expected != current:
        raise ConflictError(code="conflict.changed", what=f"Result {ref}")


def _values(item: Item) -> dict[str, object]:
    return {f.name: getattr(item, f.name) for f in fields(item)}


def get_result(context: ServiceContext, ref: ResultRef) -> StoredResult:
    with context.database.unit_of_work(write=False) as uow:
        row = repo.find(uow.session, ref.table, ref.id)
        if row is None:
            raise NotFoundError(code="tests.result_not_found", ref=str(ref))
        item = repo.item_of(row)
        return StoredResult(row.id, row.participant_id, item, passed_of(item))


def correct_result(
    context: ServiceContext,
    check: Check,
    ref: ResultRef,
    replacement: Item,
    *,
    reason: str,
    expected: Item | None = None,
) -> StoredResult:
    """Replace a result's values; the test (or exemption) stays the kind it was."""
    why = _reason(reason)
    if result_table(replacement) is not ref.table:
        raise UserInputError(code="tests.kind_unchanged", ref=str(ref))
    problems = check(replacement)
    if problems:
        raise ValidationError(problems)
    with context.database.unit_of_work() as uow:
        row = _row(uow.session, ref)
        current = repo.item_of(row)
        _refuse_if_changed(ref, current, expected)
        before, after = _values(current), _values(replacement)
        changes: dict[str, tuple[object, object]] = {
            name: (before[name], after[name]) for name in after if before[name] != after[name]
        }
        if changes:
            repo.overwrite(row, replacement)
            changes["reason"] = (None, why)
            audit.record(
                uow.session,
                actor=context.actor,
                action="correct",
                entity=ENTITY[type(replacement)],
                entity_id=ref.id,
                changes=changes,
            )
        participant_id = row.participant_id
        uow.commit()
    return StoredResult(ref.id, participant_id, replacement, passed_of(replacement))


def delete_result(
    context: ServiceContext, ref: ResultRef, *, reason: str, expected: Item | None = None
) -> StoredResult:
    """Remove a result or exemption; returns what was removed."""
    why = _reason(reason)
    with context.database.unit_of_work() as uow:
        row = _row(uow.session, ref)
        current = repo.item_of(row)
        _refuse_if_changed(ref, current, expected)
        participant_id = row.participant_id
        changes: dict[str, tuple[object, object]] = {
            name: (value, None)
            for name, value in _values(current).items()
            if value not in (None, "", False)
        }
        changes["participant_id"] = (participant_id, None)
        changes["reason"] = (None, why)
        uow.session.delete(row)
        audit.record(
            uow.session,
            actor=context.actor,
            action="delete",
            entity=ENTITY[type(current)],
            entity_id=ref.id,
            changes=changes,
        )
        uow.commit()
    return StoredResult(ref.id, participant_id, current, passed_of(current))
