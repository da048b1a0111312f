"""The program's folders exist only once start-up has chosen them."""

from __future__ import annotations

from pathlib import Path

import pytest

from introdesk.core import paths


def test_current_raises_until_init_has_run(temporary_basedir: Path) -> None:
    paths.reset()
    try:
        with pytest.raises(paths.PathsNotInitialisedError):
            paths.current()
    finally:
        paths.init(temporary_basedir)
    assert paths.current().data == temporary_basedir.resolve() / "data"


def test_init_chooses_the_given_base_folder(tmp_path: Path, temporary_basedir: Path) -> None:
    try:
        chosen = paths.init(tmp_path)
        assert paths.current() == chosen
        assert paths.current().default_database == tmp_path.resolve() / "data" / "introdesk.sqlite3"
    finally:
        paths.init(temporary_basedir)
