"""Unit of work: one session, one transaction, per user action.

Repositories never commit. ``UnitOfWork`` rolls back unless the use case calls ``commit()``,
so an exception half-way leaves the database as it was.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from introdesk.domain.errors import AccessDeniedError, ConflictError, UserInputError

# Re-exported so services can annotate a session without importing SQLAlchemy themselves.
__all__ = ["Session", "UnitOfWork"]

from introdesk.persistence import audit_chain
from introdesk.persistence.column_limits import Hidden, limit_session
from introdesk.persistence.db_errors import translate
from introdesk.persistence.engine import writer
from introdesk.persistence.value_limits import check_pending_values

# PostgreSQL's "insufficient_privilege": a missing grant or a row refused by row security.
PRIVILEGE_STATE = "42501"


class UnitOfWork:
    def __init__(self, engine: Engine, *, write: bool = True, hidden: Hidden | None = None) -> None:
        self._engine = writer(engine) if write else engine
        self._hidden = hidden or {}
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = Session(self._engine, expire_on_commit=False, autoflush=True)
        event.listen(self._session, "before_flush", check_pending_values)
        limit_session(self._session, self._hidden)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            session.rollback()  # no-op after a commit; undoes everything otherwise
        except (DBAPIError, MemoryError):
            # The connection is gone (server stopped) or the file is damaged (SQLite reports
            # some damage as out of memory): nothing was committed; the pool discards it.
            pass
        finally:
            session.close()
            self._session = None
        if isinstance(exc, DBAPIError) and getattr(exc.orig, "sqlstate", None) == PRIVILEGE_STATE:
            # Row security or a missing grant on a server database (brief issue 16).
            raise AccessDeniedError(code="db.access_denied") from None
        if isinstance(exc, OverflowError):  # a Python int the driver cannot bind
            raise UserInputError(code="db.number_too_large")
        if isinstance(exc, DBAPIError):
            # One plain line for the user instead of the driver's text (issue 15 item 5).
            raise translate(exc) from None
        if isinstance(exc, StaleDataError):
            # An UPDATE found the row's version moved on (another user's save won the race).
            raise ConflictError(code="conflict.stale") from None

    def flush(self) -> None:
        self.session.flush()

    def commit(self) -> None:
        """Chain and insert the queued audit rows, then commit (brief issue 15, item 8)."""
        audit_chain.seal(self.session)
        self.session.commit()
