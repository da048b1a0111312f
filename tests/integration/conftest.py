"""Shared fixtures for the integration tests: a real PostgreSQL server with throwaway logins
holding IntroDesk's roles (brief issue 16).

The logins are roles with unique names, dropped afterwards with the database's group roles
(roles are cluster-wide; other test runs share the server)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.domain.records import NewParticipant
from introdesk.persistence.server_roles import GROUPS, RoleNames
from introdesk.services.container import Services, open_services


def as_login(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def run_admin(url: str, *statements: str) -> None:
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


@dataclass
class Server:
    url: str  # the superuser's
    admin: Services  # opened as the superuser, after setup-server
    logins: dict[str, str]  # person → login

    def open_as(self, person: str) -> Services:
        return open_services(as_login(self.url, self.logins[person]))

    def sql_as(self, person: str, statement: str) -> list[tuple[object, ...]]:
        engine = create_engine(as_login(self.url, self.logins[person]))
        try:
            with engine.begin() as conn:
                return [tuple(row) for row in conn.execute(text(statement))]
        finally:
            engine.dispose()


@pytest.fixture
def server(migrated_database_url: str) -> Iterator[Server]:
    url = migrated_database_url
    suffix = uuid.uuid4().hex[:10]
    logins = {person: f"{person}_{suffix}" for person in ("anna", "bjorn", "tina", "paul", "leah")}
    admin = open_services(url)
    try:
        admin.server_admin.setup_server()
        admin.server_admin.add_user(logins["anna"], "adviser", "Anna Adviser")
        admin.server_admin.add_user(logins["bjorn"], "adviser", "Bjørn Adviser")
        admin.server_admin.add_user(logins["tina"], "teacher")
        admin.server_admin.add_user(logins["paul"], "payroll")
        admin.server_admin.add_user(logins["leah"], "team_leader")
        yield Server(url, admin, logins)
    finally:
        admin.close()
        database = make_url(url).database or ""
        names = RoleNames.for_database(database)
        admin_url = make_url(url).set(database="postgres").render_as_string(hide_password=False)
        run_admin(admin_url, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        roles = [*logins.values(), *names.groups(GROUPS), names.owner]
        run_admin(admin_url, *(f'DROP ROLE IF EXISTS "{role}"' for role in roles))


def participant(services: Services, given: str, adviser: str | None) -> int:
    created = services.participants.create(NewParticipant(given, "Testesen", date(1990, 1, 1)))
    if adviser is not None:
        services.caseload.assign(created.id, adviser)
    return created.id


def draft_plan(services: Services, participant_id: int) -> Plan:
    start = date(2026, 1, 5)
    plan = Plan(
        start=start,
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(PlanElement("norwegian", start, date(2027, 12, 31), WeekHours.weekdays(6)),),
    )
    services.plans.create_draft(participant_id, plan)
    return plan
