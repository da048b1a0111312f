"""The one owner of every file-system location IntroDesk uses.

Nothing is computed at import time: ``init()`` is called by the bootstrap (or a test fixture)
with an optional base folder. Tests always pass a temporary one, so they never touch the real
user profile. The environment variable ``INTRODESK_BASEDIR`` does the same for scripts.

``current()`` raises until ``init()`` has run (as qutebrowser's ``standarddir`` does): code that
asks for a folder before start-up chose one is a bug, and falling back to the real profile
silently (a benchmark once wrote there) would hide it.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from introdesk.core.private_files import restrict_folder

APP_NAME = "IntroDesk"
BASEDIR_ENV = "INTRODESK_BASEDIR"


@dataclass(frozen=True)
class Locations:
    """Folders for one run of the program."""

    data: Path
    config: Path
    logs: Path
    crash_reports: Path
    backups: Path

    @property
    def default_database(self) -> Path:
        return self.data / "introdesk.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config / "introdesk.ini"

    def ensure(self) -> None:
        for folder in (self.data, self.config, self.logs, self.crash_reports, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        # Personal data: only the owner may look into the data folder (issue 15 item 7).
        for folder in (self.data, self.logs, self.crash_reports, self.backups):
            restrict_folder(folder)


_current: Locations | None = None


class PathsNotInitialisedError(RuntimeError):
    """``paths.current()`` was asked before ``paths.init()`` chose the folders."""


def locations_for(basedir: Path | None) -> Locations:
    """Locations under ``basedir``, or the platform's per-user folders when it is None."""
    if basedir is not None:
        base = basedir.expanduser().resolve()
        return Locations(
            data=base / "data",
            config=base / "config",
            logs=base / "logs",
            crash_reports=base / "crash-reports",
            backups=base / "data" / "backups",
        )
    data = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return Locations(
        data=data,
        config=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        crash_reports=data / "crash-reports",
        backups=data / "backups",
    )


def init(basedir: Path | None = None) -> Locations:
    """Choose the folders for this run; ``INTRODESK_BASEDIR`` applies when no basedir is given."""
    global _current
    if basedir is None and os.environ.get(BASEDIR_ENV):
        basedir = Path(os.environ[BASEDIR_ENV])
    _current = locations_for(basedir)
    return _current


def current() -> Locations:
    """The folders chosen by ``init()``; raises ``PathsNotInitialisedError`` before that."""
    if _current is None:
        raise PathsNotInitialisedError(
            "paths.init() has not run: the program's folders are not chosen yet"
        )
    return _current


def reset() -> None:
    """Forget the chosen folders (tests, between runs), so ``current()`` raises again."""
    global _current
    _current = None


def resources_dir() -> Path:
    """The read-only resources (rule tables, fonts, translations, catalogues).

    Looked up, in order: a frozen build's bundle, the installed wheel (``introdesk/resources``),
    and the source checkout's top-level ``resources/`` (editable installs and tests).
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    package_dir = Path(__file__).resolve().parent.parent
    bundled = package_dir / "resources"
    if bundled.is_dir():
        return bundled
    return package_dir.parent.parent / "resources"
