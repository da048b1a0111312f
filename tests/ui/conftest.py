"""Window tests start background tasks; they finish before the test's database goes away."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from introdesk.services.container import Services
from introdesk.ui.tasks import wait_for_all


@pytest.fixture
def services(services: Services) -> Iterator[Services]:
    yield services
    wait_for_all()
