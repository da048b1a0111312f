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
    else:
        os.environ[paths.BASEDIR_ENV] = previous
    paths.init(None if previous is None else Path(previous))
