"""Test-wide set-up: Qt off-screen, and every test under a temporary base folder."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to render off-screen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from introdesk.core import paths


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


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database: a SQLite file, or a new PostgreSQL database dropped afterwards.

    PostgreSQL runs when INTRODESK_TEST_POSTGRES_URL names a server (an admin URL); without it
    those variants are skipped, unless INTRODESK_REQUIRE_POSTGRES=1 (as in CI), which fails them.
    """
    if request.param == "sqlite":
        yield str(tmp_path / "introdesk-test.sqlite3")
        return
    admin_url = _postgres_admin_url()
    if admin_url is None:
        pytest.skip(f"PostgreSQL not configured: set {POSTGRES_ENV} to run these")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"introdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def services(database_url: str) -> Iterator[object]:
    """Services over a fresh database brought to head the way users get it (migrations)."""
    from introdesk.services.container import open_services

    opened = open_services(database_url, actor="test.adviser")
    yield opened
    opened.close()
