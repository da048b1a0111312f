"""Creating engines: a file path or any SQLAlchemy URL, SQLite tuned for a desktop program.

SQLite gets foreign keys, WAL, a busy timeout and ``BEGIN IMMEDIATE`` for write transactions
(a writer takes the lock at the start instead of failing half-way with "database is locked").
Parameters are hidden from SQLAlchemy's error messages so personal data never reaches a log or
crash report through an exception text.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from introdesk.domain.errors import NotADatabaseError, UserInputError

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
# Each SQLite connection's page cache, in KiB (SQLite's default is 2 000). A month's attendance
# read through the day index visits each table page once per day of the month: with the
# default cache those pages were read from the file again and again (issue 18: the month's
# read for 5 000 people 0.25 s -> 0.18 s). The memory is taken only as pages are read.
CACHE_KIB = 32_768
WRITE_OPTION = "introdesk_write"


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the data lives: a SQLite file, or a server URL."""

    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def display(self) -> str:
        """For the status bar and messages: a path, or the URL without its password."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def resolve_target(spec: str | Path) -> DatabaseTarget:
    """Turn ``--database`` (a file path or a SQLAlchemy URL) into a target."""
    text = str(spec).strip()
    if not text:
        raise UserInputError(code="database.none_given")
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError as exc:
            raise UserInputError(code="database.bad_address", detail=exc) from None
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise UserInputError(code="database.unsupported", backend=url.get_backend_name())
        if url.get_backend_name() == "postgresql" and url.get_driver_name() in ("", "psycopg2"):
            # psycopg 3 is the driver we ship; accept plain postgresql:// URLs.
            url = url.set(drivername="postgresql+psycopg")
        return DatabaseTarget(url)
    path = Path(text).expanduser().resolve()
    return DatabaseTarget(URL.create("sqlite+pysqlite", database=str(path)))


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that exists and is not SQLite, before SQLite gets a chance to touch it."""
    if path.is_dir():
        raise NotADatabaseError(code="database.is_folder", path=path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise NotADatabaseError(
            code="database.unreadable", path=path, detail=exc.strerror
        ) from None
    if header != SQLITE_HEADER:
        raise NotADatabaseError(code="database.not_sqlite", path=path)


def _configure_sqlite(engine: Engine, *, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not read_only:  # switching the journal mode is a write
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _read_only_sqlite(path: Path) -> Engine:
    """SQLite opened with ``mode=ro``: SQLite itself refuses every write (a damaged file)."""
    uri = f"file:{quote(str(path))}?mode=ro"  # quoted: a path may hold '?'

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite+pysqlite://", creator=connect, hide_parameters=True)
    _configure_sqlite(engine, read_only=True)
    return engine


def create_database_engine(target: DatabaseTarget, *, read_only: bool = False) -> Engine:
    """An engine for the target; a SQLite file is checked first and its folder created."""
    if target.is_sqlite:
        path = target.sqlite_path
        if path is not None and read_only:
            return _read_only_sqlite(path)
        if path is not None:
            check_sqlite_file(path)
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(target.url, hide_parameters=True)
        _configure_sqlite(engine)
        return engine
    # A writer waiting for another user's lock gives up after the same time as on SQLite and
    # the user is told to try again, instead of waiting for ever.
    settings = f"-c lock_timeout={BUSY_TIMEOUT_MS}"
    if read_only:  # the server itself refuses every write (an older schema, brief issue 16)
        settings += " -c default_transaction_read_only=on"
    options = {"options": settings}
    return create_engine(target.url, hide_parameters=True, pool_pre_ping=True, connect_args=options)


def writer(engine: Engine) -> Engine:
    """The same engine, but its transactions take the write lock at BEGIN (SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})
