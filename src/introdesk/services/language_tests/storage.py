"""Writing one test result or exemption with its audit rows, in the caller's transaction."""

from __future__ import annotations

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
    if isinstance(item, NorskprovenResult):
        row_id = repo.add_norskproven(session, participant_id, item, source).id
    elif isinstance(item, SocialStudiesResult):
        row_id = repo.add_social_studies(session, participant_id, item, source).id
    elif isinstance(item, CitizenshipTestResult):
        row_id = repo.add_citizenship(session, participant_id, item, source).id
    else:
        row_id = repo.add_exemption(session, participant_id, item, note).id
    extra: dict[str, object] = {"participant_id": participant_id}
    if source != "manual":
        extra["source"] = source
    audit.record(
        session,
        actor=actor,
        action="create",
        entity=ENTITY[type(item)],
        entity_id=row_id,
        changes=_changes(item, **extra),
    )
    return row_id
