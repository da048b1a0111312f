"""An open database: its target, its engine, and units of work over it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from introdesk.persistence import migrate
from introdesk.persistence.engine import DatabaseTarget, create_database_engine, resolve_target
from introdesk.persistence.uow import UnitOfWork


class Database:
    def __init__(self, target: DatabaseTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine

    @classmethod
    def connect(cls, spec: str | Path) -> Database:
        """Open without changing anything (no migration): a file path or a SQLAlchemy URL."""
        target = resolve_target(spec)
        return cls(target, create_database_engine(target))

    def display(self) -> str:
        return self.target.display()

    @property
    def is_sqlite(self) -> bool:
        return self.target.is_sqlite

    @property
    def sqlite_path(self) -> Path | None:
        return self.target.sqlite_path

    def unit_of_work(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.engine, write=write)

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

    def close(self) -> None:
        self.engine.dispose()
