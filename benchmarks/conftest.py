"""Benchmark-wide set-up: every benchmark runs under its own temporary base folder.

``paths.current()`` raises until ``paths.init()`` has run, so a benchmark that opens a database
or reads settings without this would fail instead of writing into the real user profile.
"""

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
    base = tmp_path_factory.mktemp("introdesk-bench-base")
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
