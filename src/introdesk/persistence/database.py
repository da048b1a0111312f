"""An open database: its target, its engine, and units of work over it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from introdesk.domain.errors import Coded, DatabaseError, SchemaUpgradeNeededError
from introdesk.persistence import check_stamp, migrate
from introdesk.persistence.column_limits import Hidden, unreadable_private_columns
from introdesk.persistence.engine import DatabaseTarget, create_database_engine, resolve_target
from introdesk.persistence.own_writes import OwnWriteWatch
from introdesk.persistence.uow import UnitOfWork


class Database:
    def __init__(
        self, target: DatabaseTarget, engine: Engine, damage: tuple[str, ...] = ()
    ) -> None:
        self.target = target
        self.engine = engine
        # Problems found by the check on open; a damaged file is open read-only (brief,
        # issue 15 item 4: no write is attempted on it).
        self.damage = damage
        self._hidden: Hidden | None = None
        # Why an older schema is open read-only for this login ("" when it is not), in English
        # and coded (said in the interface language by the window and the command line).
        self.upgrade_needed = ""
        self.upgrade_reason: Coded | None = None
        # A file found sound on open whose bytes are remembered (``check_stamp``): the stamp
        # file and the state the file had when found sound.
        self._check_stamp: Path | None = None
        self._sound_state: check_stamp.FileState | None = None
        self._own_writes: OwnWriteWatch | None = None

    @classmethod
    def connect(cls, spec: str | Path, *, watch_own_writes: bool = False) -> Database:
        """Open without changing anything (no migration): a file path or a SQLAlchemy URL.

        ``watch_own_writes`` (the command line, with a remembered check): tell this program's
        commits to a SQLite file from another's (``own_writes``), so that the bytes it leaves
        can be remembered as sound."""
        target = resolve_target(spec)
        database = cls(target, create_database_engine(target))
        path = target.sqlite_path
        if watch_own_writes and path is not None:
            database._own_writes = OwnWriteWatch(database.engine, path)
        return database

    @classmethod
    def connect_read_only(cls, spec: str | Path, damage: tuple[str, ...]) -> Database:
        target = resolve_target(spec)
        return cls(target, create_database_engine(target, read_only=True), damage)

    @classmethod
    def connect_needing_upgrade(cls, spec: str | Path, reason: Coded) -> Database:
        """A server database older than the program that this login may not upgrade but can
        read (``migrate.OLDEST_READABLE_REVISION``): open read-only, the server refusing any
        write as well (brief issue 16)."""
        target = resolve_target(spec)
        database = cls(target, create_database_engine(target, read_only=True))
        database.upgrade_needed = str(reason)
        database.upgrade_reason = reason
        return database

    @property
    def read_only(self) -> bool:
        return bool(self.damage) or bool(self.upgrade_needed)

    def display(self) -> str:
        return self.target.display()

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    @property
    def sqlite_path(self) -> Path | None:
        return self.target.sqlite_path

    def unit_of_work(self, *, write: bool = True) -> UnitOfWork:
        if write and self.upgrade_needed:
            raise SchemaUpgradeNeededError(
                code="database.read_only_until_upgrade",
                reason=self.upgrade_reason or self.upgrade_needed,
            )
        if write and self.read_only:
            raise DatabaseError(code="database.open_read_only", database=self.display())
        return UnitOfWork(self.engine, write=write, hidden=self.hidden_columns())

    def hidden_columns(self) -> Hidden:
        """Private columns this login may not read (brief issue 16: payroll sees no health
        details or case notes); asked of the server once, empty on a SQLite file."""
        if self._hidden is None:
            if self.is_sqlite:
                self._hidden = {}
            else:
                with self.engine.connect() as conn:
                    self._hidden = unreadable_private_columns(conn)
        return self._hidden

    def quick_check(self) -> migrate.CheckReport | None:
        """SQLite's ``quick_check`` on open (None for a server or a file not yet made)."""
        path = self.sqlite_path
        if path is None or not path.exists() or path.stat().st_size == 0:
            return None
        return migrate.check_sqlite_path(path, quick=True)

    def status(self) -> migrate.SchemaStatus:
        return migrate.schema_status(self.engine, self.target)

    def upgrade(self, backup_dir: Path | None) -> migrate.UpgradeResult:
        return migrate.upgrade(self.engine, self.target, backup_dir)

    def check(self) -> migrate.CheckReport:
        return migrate.check(self.engine, self.target)

    def session_user(self) -> str | None:
        """The server login of this database's connections; None for a SQLite file, which has
        no logins (brief issue 16: the audit actor on a server is the login)."""
        if self.is_sqlite:
            return None
        from introdesk.persistence.server_roles import session_user

        with self.engine.connect() as conn:
            return session_user(conn)

    def remember_sound(self, stamp: Path, state: check_stamp.FileState) -> None:
        """The file was found sound in ``state`` (or held the bytes last found sound): remember
        it, so the next command that finds the same bytes need not read them again."""
        self._check_stamp, self._sound_state = stamp, state
        check_stamp.remember(stamp, self.target.sqlite_path or Path(), state)
        if self._own_writes is not None:
            self._own_writes.arm(state)

    def close(self) -> None:
        path, stamp, opened = self.sqlite_path, self._check_stamp, self._sound_state
        self._sound_state = None
        watch, self._own_writes = self._own_writes, None
        # The bytes left at close are vouched for only when every commit since the file was
        # found sound was this program's own (``own_writes``): another program may have
        # written while this one had the file open (say with foreign keys off), and the last
        # connection to close folds its writes in with ours. Any doubt leaves the next
        # command to check again (0.2-0.3 s on a big file), never an unchecked file as sound.
        left = None
        if watch is not None and opened is not None and not self.read_only:
            left = watch.vouch()
        self.engine.dispose()  # the last connection folds the write-ahead log in
        if stamp is None or path is None or opened is None:
            return
        vouched = left or opened
        if (
            self.read_only
            or check_stamp.wal_pending(path)
            or check_stamp.stat_key(path) != vouched[:3]
        ):
            check_stamp.remember(stamp, path, None)
        elif vouched != opened:
            check_stamp.remember(stamp, path, vouched)
