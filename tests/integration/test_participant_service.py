"""Participant changes are validated, audited, and written whole or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.codes import ParticipantStatus, Sex
from introdesk.domain.errors import NotFoundError, ValidationError
from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services

VALID_ID = "01010012356"  # synthetic, checksum-valid (born 01.01.1900)


def test_create_is_audited_with_new_values(services: Services) -> None:
    created = services.participants.create(
        NewParticipant("Amira", "Haddad", date(1990, 5, 17), None, Sex.FEMALE)
    )
    history = services.participants.history(created.id)
    assert {(h.action, h.field, h.new_value) for h in history} >= {
        ("create", "given_name", "Amira"),
        ("create", "birth_date", "1990-05-17"),
    }
    assert all(h.actor == "test.adviser" for h in history)


def test_update_records_old_and_new_value(services: Services) -> None:
    created = services.participants.create(NewParticipant("Yonas", "Tesfay"))
    services.participants.update(created.id, {"status": ParticipantStatus.MAPPED})
    changes = [h for h in services.participants.history(created.id) if h.action == "update"]
    assert [(c.field, c.old_value, c.new_value) for c in changes] == [
        ("status", "referred", "mapped")
    ]
    assert services.participants.get(created.id).status is ParticipantStatus.MAPPED


def test_bad_national_id_names_the_field_and_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.participants.create(NewParticipant("Hodan", "Warsame", national_id="01010012357"))
    assert caught.value.problems[0].field == "national_id"
    assert "check digits" in caught.value.problems[0].reason
    assert services.participants.list() == []


def test_duplicate_national_id_is_refused(services: Services) -> None:
    services.participants.create(NewParticipant("Ali", "Ahmadi", national_id=VALID_ID))
    with pytest.raises(ValidationError, match="already belongs"):
        services.participants.create(NewParticipant("Ali", "Rahimi", national_id=VALID_ID))
    assert len(services.participants.list()) == 1


def test_archive_hides_from_list_but_keeps_the_record(services: Services) -> None:
    created = services.participants.create(NewParticipant("Olena", "Kovalenko"))
    services.participants.archive(created.id)
    assert services.participants.list() == []
    assert [p.id for p in services.participants.list(include_archived=True)] == [created.id]
    assert services.participants.history(created.id)[-1].action == "archive"


def test_participant_is_found_by_id_or_national_id(services: Services) -> None:
    created = services.participants.create(NewParticipant("Ali", "Ahmadi", national_id=VALID_ID))
    assert services.participants.resolve(str(created.id)) == created.id
    assert services.participants.resolve(VALID_ID) == created.id
    with pytest.raises(NotFoundError):
        services.participants.resolve("999999")


def test_failed_action_leaves_no_trace(services: Services) -> None:
    """An unknown field aborts the whole update: neither the change nor its audit is saved."""
    created = services.participants.create(NewParticipant("Saba", "Haile"))
    before = services.participants.history(created.id)
    with pytest.raises(ValidationError):
        services.participants.update(created.id, {"given_name": "Sara", "no_such_field": 1})
    assert services.participants.get(created.id).given_name == "Saba"
    assert services.participants.history(created.id) == before


def test_demo_data_is_valid_and_varied(services: Services) -> None:
    services.demo.generate(40, seed=7)
    people = services.participants.list()
    assert len(people) == 40
    assert len({p.national_id for p in people}) == 40
    assert len({p.status for p in people}) >= 4
    assert all(p.adviser_name for p in people)


def test_demo_covers_every_category_and_status_with_competence(services: Services) -> None:
    from introdesk.domain.codes import Category

    services.demo.generate(20, seed=11)
    people = services.participants.summaries()
    assert {p.category for p in people} == set(Category)
    assert {p.status for p in people} == set(ParticipantStatus)
    details = [services.participants.details(p.id) for p in people[:10]]
    assert all(d.competence.languages for d in details)
    assert any(d.competence.education for d in details)


def test_summaries_use_one_query_however_many_participants(services: Services) -> None:
    """The list is one SELECT (plus nothing per row): no N+1 with 30 participants."""
    from sqlalchemy import event

    services.demo.generate(30, seed=3)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    engine = services.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        people = services.participants.summaries()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(people) == 30
    assert len(statements) == 1


def test_goal_override_is_stored_and_audited(services: Services) -> None:
    from introdesk.domain.codes import EducationLevel
    from introdesk.domain.participant_details import ParticipantFields

    pid = services.participants.new_record(
        ParticipantFields(
            given_name="Selam",
            family_name="Haile",
            birth_date=date(1994, 3, 1),
            education_level=EducationLevel.PRIMARY,
        )
    )
    before = services.participants.details(pid).assessment
    assert before.end_goal_group == "work_or_primary_school"
    with pytest.raises(ValidationError, match="reason"):
        services.participants.set_goal_override(pid, end_goal_group="complete_upper_secondary")
    after = services.participants.set_goal_override(
        pid, end_goal_group="complete_upper_secondary", reason="Ønsker fagbrev"
    )
    assert after.assessment.end_goal_group == "complete_upper_secondary"
    assert after.assessment.end_goal_recommended == "work_or_primary_school"
    assert after.assessment.goal_overridden
    changes = {
        (h.field, h.old_value, h.new_value)
        for h in services.participants.history(pid)
        if h.action == "update"
    }
    assert ("end_goal_group_override", "", "complete_upper_secondary") in changes
    assert ("goal_override_reason", "", "Ønsker fagbrev") in changes


def test_recognition_hints_follow_the_hkdir_table(services: Services) -> None:
    from introdesk.domain.participant_details import (
        CompetenceMapping,
        ParticipantFields,
        Qualification,
    )

    pid = services.participants.new_record(
        ParticipantFields(given_name="Olena", family_name="Melnyk"),
        CompetenceMapping(
            qualifications=(
                Qualification(kind="vocational_approval", country="PL", trade="rorlegger"),
                Qualification(kind="vocational_approval", country="SY", trade="frisor"),
                Qualification(kind="prior_learning", country="UA", trade="regnskap"),
            )
        ),
    )
    hints = services.participants.recognition_hints(services.participants.details(pid))
    assert len(hints) == 2
    assert "Kan søke HK-dir" in hints[0]
    assert "realkompetansevurdering" in hints[1]
