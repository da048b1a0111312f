"""Window tests: on SQLite only, and background tasks finish before the database goes away.

The window's behaviour does not depend on the database back end: every service it calls is
tested on SQLite and PostgreSQL in tests/integration. A UI test that does exercise
back-end-specific behaviour asks for ``migrated_database_url`` (both back ends) itself.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from introdesk.services.container import Services, open_services
from introdesk.ui import unsaved
from introdesk.ui.tasks import wait_for_all


@pytest.fixture(autouse=True)
def discard_unsaved_on_close(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """qtbot closes each test's windows; one left with unsaved input would ask Lagre / Forkast /
    Avbryt and wait for ever. Tests answer Forkast, except those marked ``unsaved_question``."""
    if request.node.get_closest_marker("unsaved_question") is None:
        monkeypatch.setattr(unsaved, "ask_unsaved", lambda *_a, **_k: unsaved.UnsavedChoice.DISCARD)


@pytest.fixture
def services(sqlite_only_database_url: str) -> Iterator[Services]:
    opened = open_services(sqlite_only_database_url, actor="test.adviser")
    yield opened
    wait_for_all()
    opened.close()
