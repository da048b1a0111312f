"""Database errors reach the user as one line without personal data (issue 15 item 5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.errors import UserInputError, ValidationError
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services

NUMBER = "01010112345"


def test_a_duplicate_key_never_shows_the_identity_number(services: Services) -> None:
    first = services.participants.create(NewParticipant("Amira", "Haddad"))
    with services.database.unit_of_work() as uow:
        uow.session.get(ParticipantRow, first.id).national_id = NUMBER  # type: ignore[union-attr]
        uow.commit()
    duplicate = ParticipantRow(given_name="Yonas", family_name="Tesfay", national_id=NUMBER)

    def insert_duplicate() -> None:
        with services.database.unit_of_work() as uow:
            uow.session.add(duplicate)
            uow.flush()

    with pytest.raises(UserInputError) as caught:
        insert_duplicate()
    message = str(caught.value)
    assert "national_id" in message
    assert "already exists" in message
    assert NUMBER not in message
    assert "12345" not in message


def test_values_that_do_not_fit_their_column_are_refused_on_both_databases(
    services: Services,
) -> None:
    """SQLite would store these; PostgreSQL would refuse them with a driver error."""
    with pytest.raises(ValidationError, match="given_name: is longer than 200 characters"):
        services.participants.create(NewParticipant("Å" * 201, "Haddad"))
    person = services.participants.create(NewParticipant("Amira", "Haddad"))
    for amount in (Decimal("Infinity"), Decimal("NaN"), Decimal("1e20")):
        with pytest.raises(UserInputError):
            services.benefit.set_other_benefit(person.id, date(2026, 10, 1), "dagpenger", amount)
    assert [s.given_name for s in services.participants.summaries()] == ["Amira"]


def test_a_changed_value_that_does_not_fit_is_refused_and_nothing_is_written(
    services: Services,
) -> None:
    """A row read from the database and changed is checked in what changed (the flush hook
    checks new rows whole and changed rows by their changed attributes)."""
    person = services.participants.create(NewParticipant("Amira", "Haddad"))
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, person.id)
        assert row is not None
        row.family_name = "Ø" * 201
        with pytest.raises(ValidationError, match="family_name: is longer than 200 characters"):
            uow.commit()
    assert [s.family_name for s in services.participants.summaries()] == ["Haddad"]
