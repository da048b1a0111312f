"""Schema lifecycle: status, back up then upgrade, refuse a newer schema, check, back up.

Only this module talks to Alembic. The program never calls ``create_all`` on a user's database:
an empty database is brought to head by running every revision, the same path an old database
takes, so what users get is what the migration tests exercise.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from introdesk.core import clock
from introdesk.domain.errors import (
    DatabaseError,
    IntroDeskError,
    NotADatabaseError,
    SchemaTooNewError,
    SchemaUpgradeNeededError,
)
from introdesk.persistence.engine import DatabaseTarget

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The oldest schema this version of IntroDesk reads correctly without upgrading it (brief
# issue 16: a login without schema rights "can still read if the schema is compatible"). On a
# server, a database from this revision up to head that the login may not upgrade is opened
# read-only until an administrator upgrades it; an older one is refused with "needs an upgrade
# by an administrator" and nothing changed. Whoever writes a migration decides here: one that
# only adds what no query of this program reads yet (an index, a constraint, a grant) leaves
# this alone (and says ``READ_COMPATIBLE = True`` in its module, which a test checks); one whose
# new tables or columns the program reads moves it to the new revision.
# Every revision so far adds tables or columns the program reads, so it is the head.
OLDEST_READABLE_REVISION = "20261206_0090"


def alembic_config() -> Config:
    # Alembic (with Mako and Pygments) is imported only when the schema is looked at, so
    # commands start quickly.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    if head is None:  # pragma: no cover - the package always ships revisions
        raise DatabaseError(code="database.no_migrations")
    return head


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None  # None: an empty database
    head: str
    known: bool  # False when the database was written by a newer IntroDesk

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head

    @property
    def needs_upgrade(self) -> bool:
        return self.known and not self.up_to_date

    @property
    def readable(self) -> bool:
        """Can this program read the schema as it is (``OLDEST_READABLE_REVISION``)?"""
        if self.up_to_date:
            return True
        if self.current is None or not self.known:
            return False
        chain = script_directory().walk_revisions(base=OLDEST_READABLE_REVISION, head="heads")
        return self.current in {script.revision for script in chain}


def _wrap_connect_error(exc: SQLAlchemyError, target: DatabaseTarget) -> IntroDeskError:
    if isinstance(exc, SADatabaseError) and "file is not a database" in str(exc.orig):
        return NotADatabaseError(code="database.not_introdesk", database=target.display())
    if isinstance(exc, OperationalError):
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "unknown reason"
        return DatabaseError(
            code="database.cannot_open_reason", database=target.display(), reason=reason
        )
    return DatabaseError(
        code="database.cannot_use", database=target.display(), kind=type(exc).__name__
    )


_REVISION_LINE = re.compile(r"^(revision|down_revision)\b[^=\n]*=\s*(.*?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r'^"([^"]+)"$')


@cache
def head_from_files() -> str | None:
    """The head revision read from the revision files' ``revision = "…"`` and
    ``down_revision = "…"`` lines, without importing Alembic (which costs every command a
    tenth of a second at start). None when the files do not name exactly one head in that
    plain form (a merge revision, a computed id): Alembic decides then. A test checks that
    this is Alembic's head."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        found = dict(_REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revision = _QUOTED.match(found["revision"])
        parent = found.get("down_revision", "")
        if revision is None or (parent != "None" and _QUOTED.match(parent) is None):
            return None
        revisions.add(revision.group(1))
        if parent != "None":
            parents.add(parent.strip('"'))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(conn: Connection) -> list[str] | None:
    """The revisions in ``alembic_version`` (None without that table)."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return [row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))]


def schema_status(engine: Engine, target: DatabaseTarget) -> SchemaStatus:
    try:
        with engine.connect() as conn:
            head = head_from_files()
            # The daily case, a database at this program's head, is answered without Alembic.
            if head is not None and _stored_revisions(conn) == [head]:
                return SchemaStatus(current=head, head=head, known=True)
            from alembic.runtime.migration import MigrationContext

            current = MigrationContext.configure(conn).get_current_revision()
            if current is None and set(inspect(conn).get_table_names()) - {"alembic_version"}:
                raise NotADatabaseError(code="database.foreign_tables", database=target.display())
    except SQLAlchemyError as exc:
        raise _wrap_connect_error(exc, target) from None
    scripts = script_directory()
    known = current is None or _revision_known(scripts, current)
    return SchemaStatus(current=current, head=head_revision(), known=known)


def _revision_known(scripts: ScriptDirectory, revision: str) -> bool:
    try:
        return scripts.get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False


def refuse_if_newer(status: SchemaStatus, target: DatabaseTarget) -> None:
    if not status.known:
        raise SchemaTooNewError(
            code="database.too_new",
            database=target.display(),
            schema=status.current,
            head=status.head,
        )


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(
    engine: Engine, target: DatabaseTarget, backup_dir: Path | None = None
) -> UpgradeResult:
    """Bring the schema to head. An existing SQLite database with an older schema is first
    copied to ``backup_dir`` and the copy verified; a newer schema is refused untouched."""
    status = schema_status(engine, target)
    refuse_if_newer(status, target)
    if status.up_to_date:
        return UpgradeResult(status.current, status.head, None)
    backup_path: Path | None = None
    if status.current is not None and target.sqlite_path is not None and backup_dir is not None:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        backup_path = backup_dir / f"{target.sqlite_path.stem}-before-{status.head}-{stamp}.sqlite3"
        backup_sqlite(target.sqlite_path, backup_path)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            if not target.is_sqlite:
                _become_schema_owner(conn, status, target)
            config.attributes["connection"] = conn
            from alembic import command

            command.upgrade(config, "head")
            if not target.is_sqlite:
                _refresh_server_grants(conn)
    except SQLAlchemyError as exc:
        raise _wrap_connect_error(exc, target) from None
    return UpgradeResult(status.current, head_revision(), backup_path)


def _become_schema_owner(conn: Connection, status: SchemaStatus, target: DatabaseTarget) -> None:
    """On a server only admins change the schema (brief issue 16, item 2), and they do it as
    the owner role so new tables belong to it, not to the admin's own login."""
    from introdesk.persistence import server_roles

    owner = server_roles.schema_owner_member(conn)
    if owner is None:
        raise SchemaUpgradeNeededError(
            code="database.upgrade_by_admin",
            database=target.display(),
            current=status.current or "empty",
            head=status.head,
        )
    if owner != server_roles.session_user(conn):
        conn.exec_driver_sql(f'SET LOCAL ROLE "{owner}"')


def _refresh_server_grants(conn: Connection) -> None:
    """New tables get the roles' grants and policies as soon as they exist."""
    from introdesk.persistence import server_roles

    if server_roles.roles_exist(conn):
        names = server_roles.role_names(conn)
        server_roles.execute_all(conn, server_roles.grant_statements(names))


def downgrade(engine: Engine, revision: str) -> None:
    """For tests and support staff: step the schema back (data in dropped columns is lost)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def stamp(engine: Engine, revision: str) -> None:
    """Record ``revision`` as current without running anything (tests use it to fake a newer
    database; support staff to repair a stamp)."""
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32))"))
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:r)"), {"r": revision})


# --- checking and backing up -------------------------------------------------------------


@dataclass(frozen=True)
class CheckReport:
    sound: bool
    problems: list[str]
    details: str


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only (quoted: a path may hold '?' or '#')."""
    return f"file:{quote(str(path))}?mode=ro"


def check_sqlite_path(path: Path, *, quick: bool = False) -> CheckReport:
    """``integrity_check`` (or the faster ``quick_check``) and ``foreign_key_check`` on a
    SQLite file (opened read-only)."""
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return CheckReport(False, [f"cannot open: {exc}"], "")
    pragma = "quick_check" if quick else "integrity_check"
    try:
        integrity = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return CheckReport(False, [f"not a sound database: {exc}"], "")
    finally:
        conn.close()
    problems = [line for line in integrity if line != "ok"]
    problems += [
        f"foreign key broken: table {t} row {rowid} → {parent}" for t, rowid, parent, _ in foreign
    ]
    return CheckReport(not problems, problems, f"{pragma}: ok" if not problems else "")


def check(engine: Engine, target: DatabaseTarget) -> CheckReport:
    status = schema_status(engine, target)
    if target.sqlite_path is not None:
        report = check_sqlite_path(target.sqlite_path)
    else:
        try:
            with engine.connect() as conn:
                answer = conn.execute(text("SELECT 1")).scalar_one()
            report = CheckReport(
                answer == 1, [] if answer == 1 else ["round trip failed"], "server answered"
            )
        except SQLAlchemyError as exc:
            raise _wrap_connect_error(exc, target) from None
    schema_problem = []
    if not status.known:
        schema_problem = [f"schema {status.current} is newer than this program ({status.head})"]
    elif not status.up_to_date:
        schema_problem = [
            f"schema {status.current or 'empty'} is older than {status.head}: run 'db upgrade'"
        ]
    if status.up_to_date and report.sound:
        schema_problem += _audit_chain_problems(engine, target)
    return CheckReport(
        report.sound and not schema_problem, report.problems + schema_problem, report.details
    )


def _audit_chain_problems(engine: Engine, target: DatabaseTarget) -> list[str]:
    """The audit log's hash chain (brief issue 15, item 8): the first broken link, if any."""
    from introdesk.persistence.audit_chain import verify

    try:
        with engine.connect() as conn:
            broken = verify(conn)
    except SQLAlchemyError as exc:
        raise _wrap_connect_error(exc, target) from None
    return [] if broken is None else [str(broken)]


def backup_sqlite(source: Path, destination: Path) -> Path:
    """SQLite online backup (safe while others read or write) into one self-contained file,
    which is then opened and checked; a copy that fails its check is deleted and the error
    raised (``persistence/backups.py``)."""
    from introdesk.persistence.backups import write_verified_copy

    write_verified_copy(source, destination)
    return destination
