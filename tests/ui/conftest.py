"""UI tests run on SQLite only.

The window's behaviour does not depend on the database back end: every service it calls is
tested on SQLite and PostgreSQL in tests/integration. A UI test that does exercise
back-end-specific behaviour asks for ``migrated_database_url`` (both back ends) itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def services(sqlite_only_database_url: str) -> Iterator[object]:
    from introdesk.services.container import open_services

    opened = open_services(sqlite_only_database_url, actor="test.adviser")
    yield opened
    opened.close()
