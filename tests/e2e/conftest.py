"""The command line as users run it: a real ``python -m introdesk`` process per call.

One helper for every end-to-end test, so they all start the program the same way: off-screen
Qt, no database chosen by the caller's environment, the test's pinned day (``INTRODESK_TODAY``,
set by the autouse clock fixture in tests/conftest.py) and a time limit.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Protocol

import pytest
from tests.conftest import PINNED_TODAY

from introdesk.core import clock


class CliRunner(Protocol):
    def __call__(
        self, *args: str, base: Path, cwd: Path | None = None
    ) -> subprocess.CompletedProcess[str]: ...


def run_introdesk(
    *args: str, base: Path, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``introdesk --basedir BASE ARGS…`` in a new process; output captured as text."""
    base.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("INTRODESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "introdesk", "--basedir", str(base), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
        cwd=cwd or base,  # files a command writes by default land in the test's folder
    )


@pytest.fixture
def introdesk() -> CliRunner:
    return run_introdesk


class DemoFolders:
    """Base folders filled once by ``introdesk demo`` (a real process), copied per test.

    Several tests start from the same demo data; making it once per test process instead of
    once per test keeps the end-to-end suite quick. A copy is a whole base folder, so each test
    still has its own database and files."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._made: dict[tuple[int, int], Path] = {}

    def copy(self, participants: int, seed: int, target: Path) -> Path:
        key = (participants, seed)
        if key not in self._made:
            folder = self._root / f"demo-{participants}-{seed}"
            with pytest.MonkeyPatch.context() as patch:
                # Made outside any one test: give it the day every test is pinned to by default.
                patch.setenv(clock.TODAY_ENV, PINNED_TODAY.isoformat())
                done = run_introdesk(
                    "demo", "--participants", str(participants), "--seed", str(seed), base=folder
                )
            assert done.returncode == 0, done.stderr
            self._made[key] = folder
        shutil.copytree(self._made[key], target, dirs_exist_ok=True)
        return target


@pytest.fixture(scope="session")
def demo_folders(tmp_path_factory: pytest.TempPathFactory) -> DemoFolders:
    return DemoFolders(tmp_path_factory.mktemp("demo-folders"))
