"""Alembic environment. Used programmatically by ``persistence.migrate`` (a connection is passed
in ``config.attributes``) and from the command line through the repository's ``alembic.ini``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from introdesk.persistence import models  # noqa: F401  (registers the tables)
from introdesk.persistence.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # `alembic -x url=sqlite:////tmp/mine.sqlite3 ...` overrides alembic.ini's scratch URL.
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("Set sqlalchemy.url (alembic -x or alembic.ini) to run Alembic directly")
    engine = create_engine(url)
    with engine.connect() as conn:
        _run(conn)


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported")
run_migrations_online()
