"""Correcting and deleting a recorded test result or exemption with a reason (issue 17): audited,
all or nothing, refused when someone else changed it first; on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import ConflictError, NotFoundError, UserInputError, ValidationError
from introdesk.domain.language_tests import ExemptionKind, TestExemption
from introdesk.domain.records import AuditRecord, NewParticipant
from introdesk.domain.test_progress import ResultRef, ResultTable
from introdesk.persistence.repositories import audit
from introdesk.services.container import Services
from introdesk.services.language_tests import parse_result_ref

pytestmark = pytest.mark.today(date(2026, 11, 20))


def _person(services: Services) -> int:
    return services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 4, 2))
    ).id


def _audit(services: Services, entity: str, entity_id: int) -> list[AuditRecord]:
    with services.database.unit_of_work(write=False) as uow:
        return audit.history(uow.session, entity, entity_id)


def test_a_wrong_level_is_corrected_with_the_reason_in_the_audit_log(services: Services) -> None:
    pid = _person(services)
    tests = services.language_tests
    stored = tests.record_norskproven(
        pid, test_date=date(2026, 3, 1), skill=SubSkill.ORAL, level=CefrLevel.A2
    )
    fixed = dataclasses.replace(stored.result, level=CefrLevel.B1)
    tests.correct(stored.ref, fixed, reason="Typed A2, the result letter says B1")

    assert [s.result for s in tests.history(pid)] == [fixed]
    assert tests.progress_for(pid).best_level(SubSkill.ORAL) is CefrLevel.B1
    entries = _audit(services, "norskproven_result", stored.id)
    corrected = {(e.field, e.old_value, e.new_value) for e in entries if e.action == "correct"}
    assert corrected == {
        ("level", "A2", "B1"),
        ("reason", None, "Typed A2, the result letter says B1"),
    }


def test_deleting_an_exemption_removes_it_and_logs_what_was_removed(services: Services) -> None:
    pid = _person(services)
    tests = services.language_tests
    stored = tests.record_exemption(
        pid,
        kind=ExemptionKind.NORWEGIAN_TEST,
        legal_basis="integreringsloven § 30",
        decision_date=date(2026, 5, 1),
    )
    tests.delete(stored.ref, reason="Registered on the wrong person")

    assert tests.history(pid) == []
    removed = {
        (e.field, e.old_value, e.new_value)
        for e in _audit(services, "test_exemption", stored.id)
        if e.action == "delete"
    }
    assert ("legal_basis", "integreringsloven § 30", None) in removed
    assert ("reason", None, "Registered on the wrong person") in removed
    with pytest.raises(NotFoundError):
        tests.result(stored.ref)


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_reason_is_required_and_nothing_changes_without_one(
    services: Services, reason: str
) -> None:
    pid = _person(services)
    tests = services.language_tests
    stored = tests.record_norskproven(
        pid, test_date=date(2026, 3, 1), skill=SubSkill.READING, level=CefrLevel.A2
    )
    fixed = dataclasses.replace(stored.result, level=CefrLevel.B2)
    with pytest.raises(UserInputError) as refused:
        tests.correct(stored.ref, fixed, reason=reason)
    assert refused.value.code == "tests.reason_required"
    with pytest.raises(UserInputError):
        tests.delete(stored.ref, reason=reason)
    assert [s.result for s in tests.history(pid)] == [stored.result]


def test_a_correction_is_checked_like_a_new_result(services: Services) -> None:
    pid = _person(services)
    tests = services.language_tests
    stored = tests.record_norskproven(
        pid, test_date=date(2026, 3, 1), skill=SubSkill.ORAL, level=CefrLevel.A2
    )
    future = dataclasses.replace(stored.result, test_date=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="future"):
        tests.correct(stored.ref, future, reason="wrong date")
    exemption = TestExemption(ExemptionKind.NORWEGIAN_TEST, "x", date(2026, 3, 1))
    with pytest.raises(UserInputError) as other_kind:
        tests.correct(stored.ref, exemption, reason="wrong kind")
    assert other_kind.value.code == "tests.kind_unchanged"
    assert [s.result for s in tests.history(pid)] == [stored.result]


def test_a_result_changed_by_someone_else_is_not_overwritten(services: Services) -> None:
    pid = _person(services)
    tests = services.language_tests
    stored = tests.record_norskproven(
        pid, test_date=date(2026, 3, 1), skill=SubSkill.ORAL, level=CefrLevel.A2
    )
    theirs = dataclasses.replace(stored.result, level=CefrLevel.B1)
    tests.correct(stored.ref, theirs, reason="their correction")
    mine = dataclasses.replace(stored.result, level=CefrLevel.B2)
    with pytest.raises(ConflictError):
        tests.correct(stored.ref, mine, reason="my correction", expected=stored.result)
    with pytest.raises(ConflictError):
        tests.delete(stored.ref, reason="my deletion", expected=stored.result)
    assert [s.result for s in tests.history(pid)] == [theirs]


def test_an_unknown_reference_is_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError) as missing:
        services.language_tests.delete(
            ResultRef(ResultTable.CITIZENSHIP, 999), reason="does not exist"
        )
    assert "statsborgerprove:999" in str(missing.value)


def test_references_read_as_history_shows_them() -> None:
    assert parse_result_ref("norskproven:12") == ResultRef(ResultTable.NORSKPROVEN, 12)
    assert parse_result_ref("norskproven_c1:12") == ResultRef(ResultTable.NORSKPROVEN, 12)
    assert parse_result_ref("fritak:3") == ResultRef(ResultTable.EXEMPTION, 3)
    assert str(ResultRef(ResultTable.SOCIAL_STUDIES, 4)) == "social_studies:4"
    for bad in ("12", "norskproven:", "norskproven:x", "sertifikat:3"):
        with pytest.raises(ValueError, match="not a result reference"):
            parse_result_ref(bad)
