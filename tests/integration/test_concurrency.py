"""Two users on one database (brief issue 15, item 2): a save from a stale copy is refused with
who and when; signing and revising check the plan inside their own write transaction, so an edit
racing them can never produce a signed plan with errors or two drafts. SQLite and PostgreSQL."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.attendance import DayCell
from introdesk.domain.codes import PermitType
from introdesk.domain.errors import ConflictError, IntroDeskError, UserInputError
from introdesk.domain.participant_details import CompetenceMapping, LanguageSkill
from introdesk.domain.plan_versions import VersionStatus
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import TrainingEnrolment, TrainingState
from introdesk.persistence.engine import writer
from introdesk.persistence.models import ParticipantRow, PlanVersionRow
from introdesk.persistence.repositories import plans as plan_repo
from introdesk.services.container import Services, open_services
from introdesk.services.demo_plans import demo_plan

START = date(2026, 1, 5)


@pytest.fixture
def other(services: Services, migrated_database_url: str) -> Iterator[Services]:
    """A second user with their own services (own engine, own connections) on the same data."""
    opened = open_services(migrated_database_url, actor="per.olsen")
    yield opened
    opened.close()


@pytest.fixture
def person(services: Services) -> int:
    return services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 5, 17))).id


def test_second_save_from_a_stale_participant_copy_is_refused(
    services: Services, other: Services, person: int
) -> None:
    mine = services.participants.details(person)
    theirs = other.participants.details(person)
    assert mine.row_version == theirs.row_version

    other.participants.save(
        person, replace(theirs.fields, phone="40000000"), expected_version=theirs.row_version
    )
    my_input = replace(mine.fields, email="amira@example.org")
    with pytest.raises(ConflictError) as refused:
        services.participants.save(person, my_input, expected_version=mine.row_version)

    assert refused.value.changed_by == "per.olsen"
    assert refused.value.exit_code == 4
    assert "per.olsen" in str(refused.value)
    stored = services.participants.details(person).fields
    assert (stored.phone, stored.email) == ("40000000", "")  # nothing of mine was written
    # the input kept by the caller applies cleanly to the fresh copy
    fresh = services.participants.details(person)
    services.participants.save(
        person, replace(fresh.fields, email=my_input.email), expected_version=fresh.row_version
    )
    stored = services.participants.details(person).fields
    assert (stored.phone, stored.email) == ("40000000", "amira@example.org")


def test_competence_only_change_also_makes_other_copies_stale(
    services: Services, person: int
) -> None:
    before = services.participants.details(person)
    services.participants.save(
        person,
        before.fields,
        CompetenceMapping(languages=(LanguageSkill(language="arabisk", level="mother_tongue"),)),
        expected_version=before.row_version,
    )
    with pytest.raises(ConflictError):
        services.participants.update(
            person, {"phone": "41111111"}, expected_version=before.row_version
        )


def test_stale_plan_draft_cannot_bring_back_a_removed_element(
    services: Services, other: Services, person: int
) -> None:
    draft = services.plans.create_draft(person, demo_plan(random.Random(1), START, young=False))
    my_copy = services.plans.version(draft.id)
    other.plans.remove_element(draft.id, 0)
    my_edit = replace(my_copy.plan, long_term_goal="Fagbrev som helsefagarbeider")
    with pytest.raises(ConflictError, match=r"per\.olsen"):
        services.plans.update_draft(draft.id, my_edit, expected_version=my_copy.row_version)
    assert services.plans.version(draft.id).plan.elements == draft.plan.elements[1:]


def _hold_write_lock(
    services: Services, lock: Callable[[Session], None], work: Callable[[Session], None]
) -> tuple[Session, Callable[[], None]]:
    """Open a write transaction as another user would, lock what their save locks, do their
    change, and return a function that commits it."""
    session = Session(writer(services.database.engine))
    lock(session)
    work(session)
    session.flush()
    return session, session.commit


def _in_thread(action: Callable[[], object]) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(action())
        except IntroDeskError as exc:
            outcome.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def test_signing_racing_a_draft_edit_never_signs_a_plan_with_errors(
    services: Services, other: Services, person: int
) -> None:
    good = demo_plan(random.Random(1), START, young=False)
    flawed = demo_plan(random.Random(1), START, young=False, flaw="no_life_skills")
    draft = services.plans.create_draft(person, good)
    assert not services.plans.validate(person).has_errors

    # The other user's edit is under way: the draft is locked and already holds the flawed plan.
    def lock(session: Session) -> None:
        session.execute(
            select(PlanVersionRow).where(PlanVersionRow.id == draft.id).with_for_update()
        )

    def edit(session: Session) -> None:
        row = session.get(PlanVersionRow, draft.id)
        assert row is not None
        plan_repo.write_content(session, row, flawed)

    session, commit_edit = _hold_write_lock(other, lock, edit)
    try:
        thread, outcome = _in_thread(lambda: services.plans.sign(person, by="Kari"))
        commit_edit()
        thread.join()
    finally:
        session.close()

    (result,) = outcome
    assert isinstance(result, UserInputError), result
    assert "MANDATORY_LIFE_SKILLS" in str(result)
    (stored,) = services.plans.versions(person)
    assert stored.status is VersionStatus.DRAFT
    assert services.plans.validate(person).has_errors


def test_two_revisions_at_once_make_one_draft(
    services: Services, other: Services, person: int
) -> None:
    services.plans.create_draft(person, demo_plan(random.Random(1), START, young=False))
    services.plans.sign(person, by="Kari")

    # Both users press "Revise" while a third save holds the participant.
    def lock(session: Session) -> None:
        session.execute(select(ParticipantRow).where(ParticipantRow.id == person).with_for_update())

    session, release = _hold_write_lock(services, lock, lambda _session: None)
    try:
        first, first_outcome = _in_thread(lambda: services.plans.revise(person, "Ny jobb"))
        second, second_outcome = _in_thread(lambda: other.plans.revise(person, "Flyttet"))
        release()
        first.join()
        second.join()
    finally:
        session.close()

    outcomes = first_outcome + second_outcome
    refused = [o for o in outcomes if isinstance(o, IntroDeskError)]
    assert len(refused) == 1, outcomes
    assert "already a draft revision" in str(refused[0])
    versions = services.plans.versions(person)
    assert [v.status for v in versions] == [VersionStatus.SIGNED, VersionStatus.DRAFT]


def test_stale_attendance_week_is_refused_and_a_fresh_one_saves(
    services: Services, other: Services, person: int
) -> None:
    monday = date(2026, 11, 23)
    (mine,) = services.attendance.week(monday, [person]).rows
    (theirs,) = other.attendance.week(monday, [person]).rows
    assert mine.version == theirs.version == 0  # never saved

    other.attendance.save_week(
        {(person, monday): DayCell(attended_minutes=300)}, {(person, monday): theirs.version}
    )
    my_input = {(person, monday + timedelta(days=1)): DayCell(attended_minutes=240)}
    with pytest.raises(ConflictError, match=r"per\.olsen") as refused:
        services.attendance.save_week(my_input, {(person, monday): mine.version})
    assert "week of 23.11.2026" in str(refused.value)
    (stored,) = services.attendance.week(monday, [person]).rows
    assert stored.cells[:2] == (DayCell(attended_minutes=300), None)

    # a registration from the command line makes a grid loaded before it stale, too
    services.attendance.record(person, monday + timedelta(days=2), attended_minutes=120)
    with pytest.raises(ConflictError):
        other.attendance.save_week(my_input, {(person, monday): stored.version})
    (fresh,) = services.attendance.week(monday, [person]).rows
    assert services.attendance.save_week(my_input, {(person, monday): fresh.version}) == 1


def test_setting_saved_from_a_stale_copy_is_refused(services: Services, other: Services) -> None:
    mine = services.settings.load()
    theirs = other.settings.load()
    other.settings.save({"municipality_name": "Eksempelvik"}, theirs.versions)
    with pytest.raises(ConflictError, match=r"per\.olsen"):
        services.settings.save(
            {"municipality_name": "Testby", "municipality_number": "9999"}, mine.versions
        )
    stored = services.settings.load()
    assert (stored.values["municipality_name"], stored.values["municipality_number"]) == (
        "Eksempelvik",
        "",
    )
    services.settings.save({"municipality_number": "9999"}, stored.versions)
    assert services.settings.load().values["municipality_number"] == "9999"


def test_ending_training_from_a_stale_record_is_refused(
    services: Services, other: Services, person: int
) -> None:
    services.training.enrol(
        TrainingEnrolment(person, date(2024, 1, 8)),
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 2),
    )
    mine = services.training.get(person)
    theirs = other.training.get(person)
    other.training.end(
        person,
        TrainingState.STOPPED,
        date(2026, 6, 1),
        "Flyttet",
        expected_version=theirs.row_version,
    )
    with pytest.raises(ConflictError, match=r"per\.olsen"):
        services.training.end(
            person,
            TrainingState.COMPLETED,
            date(2026, 11, 1),
            "Fullført",
            expected_version=mine.row_version,
        )
    stored = services.training.get(person)
    assert (stored.state, stored.end_reason) == (TrainingState.STOPPED, "Flyttet")


def test_programme_event_changed_or_removed_from_a_stale_copy_is_refused(
    services: Services, other: Services, person: int
) -> None:
    services.programme.decide(person, date(2026, 1, 2))
    services.programme.start(person, date(2026, 1, 5))
    stop = services.programme.stop(person, date(2026, 6, 1), "ikke møtt")
    assert stop.id is not None
    mine = services.programme.event(stop.id)
    theirs = other.programme.event(stop.id)

    other.programme.change(
        stop.id, replace(theirs, day=date(2026, 6, 8)), expected_version=theirs.row_version
    )
    my_input = replace(mine, reason="syk, ikke møtt")
    with pytest.raises(ConflictError, match=r"per\.olsen") as refused:
        services.programme.change(stop.id, my_input, expected_version=mine.row_version)
    assert refused.value.exit_code == 4
    with pytest.raises(ConflictError, match=r"per\.olsen"):
        services.programme.remove(stop.id, expected_version=mine.row_version)
    stored = services.programme.event(stop.id)
    assert (stored.day, stored.reason) == (date(2026, 6, 8), "ikke møtt")

    # my input applies to the fresh copy; then their copy is the stale one, even for removal
    fresh = services.programme.event(stop.id)
    services.programme.change(
        stop.id, replace(fresh, reason=my_input.reason), expected_version=fresh.row_version
    )
    with pytest.raises(ConflictError, match="Programme event"):
        other.programme.remove(stop.id, expected_version=fresh.row_version)
    services.programme.remove(stop.id, expected_version=fresh.row_version + 1)
    with pytest.raises(ConflictError):  # removed since it was read: still a conflict, not "no id"
        other.programme.change(stop.id, fresh, expected_version=fresh.row_version + 1)
    assert [e.kind.value for e in services.programme.history(person)] == ["decision", "start"]
    assert services.participants.details(person).fields.status.value == "in_programme"
