"""The version is written once (``introdesk.__version__``); the package metadata that installers,
``uv`` and the frozen build's installer see is derived from it, never typed a second time."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import introdesk

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_package_metadata_reports_the_programs_version() -> None:
    assert version("introdesk") == introdesk.__version__


def test_pyproject_does_not_write_a_second_version() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]

    assert "version" not in project
    assert "version" in project["dynamic"]
