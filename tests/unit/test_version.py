"""The version has one home, pyproject.toml; installed and frozen copies both report it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import introdesk

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def pyproject_version() -> str:
    return str(tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["version"])


def test_installed_copy_reports_the_pyproject_version() -> None:
    assert introdesk.__version__ == pyproject_version()


def test_frozen_copy_reads_the_version_baked_into_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "introdesk").mkdir()
    (tmp_path / "introdesk" / "VERSION").write_text("7.3.1\n", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)

    assert introdesk._version() == "7.3.1"


def test_frozen_copy_without_baked_version_falls_back_to_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)

    assert introdesk._version() == pyproject_version()
