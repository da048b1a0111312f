"""The head revision read from the revision files without Alembic (issue 18: a command opening
an up-to-date database does not import Alembic) is Alembic's own head."""

from __future__ import annotations

from pathlib import Path

import pytest

from introdesk.persistence import migrate


def test_head_read_from_the_files_is_alembics_head() -> None:
    assert migrate.head_from_files() == migrate.head_revision()


def test_a_merge_revision_leaves_the_head_to_alembic(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision: str = "a"\ndown_revision: str | None = None\n')
    (versions / "b.py").write_text('revision = "b"\ndown_revision = "a"\n')
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", tmp_path)
    migrate.head_from_files.cache_clear()
    try:
        assert migrate.head_from_files() is None  # two heads: b and c
        (versions / "d.py").write_text('revision = "d"\ndown_revision = ("b", "c")\n')
        migrate.head_from_files.cache_clear()
        assert migrate.head_from_files() is None  # a merge: not read here
        (versions / "d.py").write_text('revision = "d"\ndown_revision = "b"\n')
        (versions / "c.py").unlink()
        migrate.head_from_files.cache_clear()
        assert migrate.head_from_files() == "d"
    finally:
        migrate.head_from_files.cache_clear()
