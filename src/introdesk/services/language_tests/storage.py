"""Writing one test result or exemption with its audit rows, in the caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from typing import Any

from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    TestExemption,
)
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import language_tests as repo

Result = NorskprovenResult | SocialStudiesResult | CitizenshipTestResult
Item = Result | TestExemption


def _changes(value: object, **extra: object) -> dict[str, tuple[object, object]]:
    changes: dict[str, tuple[object, object]] = {k: (None, v) for k, v in extra.items()}
    if is_dataclass(value):
        for f in fields(value):
            item = getattr(value, f.name)
            if item not in (None, "", False):
                changes[f.name] = (None, item)
    return changes


ENTITY = {
    NorskprovenResult: "norskproven_result",
    SocialStudiesResult: "social_studies_result",
    CitizenshipTestResult: "citizenship_test_result",
    TestExemption: "test_exemption",
}


def write_result(
    session: Any,
    actor: str,
    participant_id: int,
    item: Result | TestExemption,
    source: str = "manual",
    note: str = "",
) -> int:
    """Add one result or exemption and its audit rows in the caller's transaction."""
    return write_results(session, actor, [(participant_id, item)], source, note)[0]


def write_results(
    session: Any,
    actor: str,
    items: Sequence[tuple[int, Item]],
    source: str = "manual",
    note: str = "",
) -> list[int]:
    """Add many results or exemptions (participant, item) with their audit rows, in one flush
    (a demo of thousands of people); returns the new rows' ids in the same order."""
    rows = [_add(session, participant_id, item, source, note) for participant_id, item in items]
    session.flush()
    for row, (participant_id, item) in zip(rows, items, strict=True):
        extra: dict[str, object] = {"participant_id": participant_id}
        if source != "manual":
            extra["source"] = source
        audit.record(
            session,
            actor=actor,
            action="create",
            entity=ENTITY[type(item)],
            entity_id=row.id,
            changes=_changes(item, **extra),
        )
    return [row.id for row in rows]


def _add(session: Any, participant_id: int, item: Item, source: str, note: str) -> repo.Row:
    if isinstance(item, NorskprovenResult):
        return repo.add_norskproven(session, participant_id, item, source, flush=False)
    if isinstance(item, SocialStudiesResult):
        return repo.add_social_studies(session, participant_id, item, source, flush=False)
    if isinstance(item, CitizenshipTestResult):
        return repo.add_citizenship(session, participant_id, item, source, flush=False)
    return repo.add_exemption(session, participant_id, item, note, flush=False)
