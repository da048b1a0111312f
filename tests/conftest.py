"""Test-wide set-up: Qt off-screen, a pinned clock, a temporary base folder for every test, and
databases on SQLite and PostgreSQL made quickly from a migrated template."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to render off-screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from introdesk.core import clock, paths

# The day every test believes is today, unless it pins another one itself with
# ``clock.set_today``. A fixed day keeps deadlines, plan status and demo data the same whatever
# the day the suite runs (CI also runs the suite with the process clock years ahead).
PINNED_TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def pinned_clock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[date]:
    """Pin ``clock.today()`` in this process and, through ``INTRODESK_TODAY``, in every command
    a test starts as a subprocess. A test (or module) that needs another day says so with
    ``@pytest.mark.today(date(…))``; one that moves the day mid-test calls ``clock.set_today``."""
    marker = request.node.get_closest_marker("today")
    day: date = marker.args[0] if marker is not None else PINNED_TODAY
    monkeypatch.setenv(clock.TODAY_ENV, day.isoformat())
    clock.set_today(day)
    yield day
    clock.set_today(None)


@pytest.fixture(autouse=True)
def temporary_basedir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every test runs with its own data/config folders: nothing touches the real profile."""
    base = tmp_path_factory.mktemp("introdesk-base")
    previous = os.environ.get(paths.BASEDIR_ENV)
    os.environ[paths.BASEDIR_ENV] = str(base)
    paths.init(base)
    yield base
    if previous is None:
        os.environ.pop(paths.BASEDIR_ENV, None)
        paths.reset()
    else:
        os.environ[paths.BASEDIR_ENV] = previous
        paths.init(Path(previous))


# --- databases: every database test runs on SQLite and on PostgreSQL -------------------------

POSTGRES_ENV = "INTRODESK_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "INTRODESK_REQUIRE_POSTGRES"


def _postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url and os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_ENV} is not set", pytrace=False)
    return url or None


def _postgres_admin_or_skip() -> str:
    admin_url = _postgres_admin_url()
    if admin_url is None:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} to run these")
    return admin_url


def _run_admin(admin_url: str, statement: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(statement))
    finally:
        admin.dispose()


def _database_at(admin_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _migrate(spec: str) -> None:
    """Bring a database to head through the real migrations (as users get it)."""
    from introdesk.persistence.database import Database

    database = Database.connect(spec)
    try:
        database.upgrade(backup_dir=None)
    finally:
        database.close()


class MigratedTemplates:
    """One migrated database per back end and test process, made on first use.

    Running every Alembic revision for every test was most of the suite's time; a test now gets
    a copy of the template (a file copy for SQLite, ``CREATE DATABASE … TEMPLATE`` for
    PostgreSQL). The migration tests themselves still start from empty databases.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._sqlite: Path | None = None
        self._postgres: tuple[str, str] | None = None  # (admin URL, template name)

    def sqlite_copy(self, target: Path) -> Path:
        if self._sqlite is None:
            template = self._folder / "template.sqlite3"
            _migrate(str(template))
            # A self-contained file: nothing left in a -wal beside it that a copy would miss.
            with sqlite3.connect(template) as conn:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._sqlite = template
        shutil.copyfile(self._sqlite, target)
        return target

    def postgres_copy(self, admin_url: str, name: str) -> str:
        if self._postgres is None:
            template = f"introdesk_template_{uuid.uuid4().hex[:12]}"
            _run_admin(admin_url, f'CREATE DATABASE "{template}"')
            _migrate(_database_at(admin_url, template))  # disposes its engine: no sessions left
            self._postgres = (admin_url, template)
        _run_admin(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{self._postgres[1]}"')
        return _database_at(admin_url, name)

    def drop(self) -> None:
        if self._postgres is not None:
            admin_url, template = self._postgres
            _run_admin(admin_url, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')


@pytest.fixture(scope="session")
def migrated_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MigratedTemplates]:
    templates = MigratedTemplates(tmp_path_factory.mktemp("templates"))
    yield templates
    templates.drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The database back end a test runs on; PostgreSQL variants skip locally without
    INTRODESK_TEST_POSTGRES_URL and fail in CI (INTRODESK_REQUIRE_POSTGRES=1)."""
    return str(request.param)


@pytest.fixture
def database_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A fresh, EMPTY database: a SQLite file, or a new PostgreSQL database dropped afterwards.
    For tests of creating and migrating databases; most tests want ``migrated_database_url``."""
    if backend == "sqlite":
        yield str(tmp_path / "introdesk-test.sqlite3")
        return
    admin_url = _postgres_admin_or_skip()
    name = f"introdesk_test_{uuid.uuid4().hex[:12]}"
    _run_admin(admin_url, f'CREATE DATABASE "{name}"')
    try:
        yield _database_at(admin_url, name)
    finally:
        _run_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def migrated_database_url(
    backend: str, tmp_path: Path, migrated_templates: MigratedTemplates
) -> Iterator[str]:
    """A fresh database already at the newest schema, copied from the session's template."""
    if backend == "sqlite":
        yield str(migrated_templates.sqlite_copy(tmp_path / "introdesk-test.sqlite3"))
        return
    admin_url = _postgres_admin_or_skip()
    name = f"introdesk_test_{uuid.uuid4().hex[:12]}"
    url = migrated_templates.postgres_copy(admin_url, name)
    try:
        yield url
    finally:
        _run_admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_only_database_url(tmp_path: Path, migrated_templates: MigratedTemplates) -> str:
    """A migrated SQLite database, for tests (most UI tests) whose behaviour does not depend on
    the back end: the services under them are tested on both back ends elsewhere."""
    return str(migrated_templates.sqlite_copy(tmp_path / "introdesk-test.sqlite3"))


@pytest.fixture
def services(migrated_database_url: str) -> Iterator[object]:
    """Services over a fresh database at the newest schema, on SQLite and on PostgreSQL."""
    from introdesk.services.container import open_services

    opened = open_services(migrated_database_url, actor="test.adviser")
    yield opened
    opened.close()
