"""Roles, grants and row-level security on a PostgreSQL server (brief issue 16).

Each person logs in with their own database login; what they may see and change comes from
group roles that belong to one database. Role names are cluster-wide, so every group is
prefixed with the database's name (``introdesk_adviser`` for a database called ``introdesk``):
two IntroDesk databases on one server, or parallel test databases, never share a group.

The database enforces the rules itself, so a login used from psql is held to the same limits
as the program:

- ``<db>_owner`` owns every table; ``<db>_admin`` is a member, so admins upgrade the schema
  (as the owner) and, being the owner's members, are not limited by row security.
- ``adviser`` reads and writes case data, but row-level security shows only the participants
  whose responsible adviser is the login, or that are shared with it (``caseload_shares``), and
  the rows hanging off them.
- ``team_leader`` sees all participants and may reassign and share caseloads; an adviser may
  share participants of their own caseload (not ones shared with them) with another adviser.
- ``payroll`` reads case data and writes attendance, benefit and locked months; plans are
  read-only; the health details and case notes in ``column_limits.PRIVATE_COLUMNS`` are not
  granted at all.
- ``teacher`` reads classes and writes lessons and lesson attendance; of the participants table
  only the name columns are granted, so identity numbers cannot be selected at all.
- The audit log is append-only for everyone (no UPDATE or DELETE is granted), an INSERT must
  carry the login's own name as actor, and non-leaders read only their own rows (the hash
  chain's newest hash comes from a function that returns nothing else, ``audit_chain.seal``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, Table, text
from sqlalchemy.exc import DBAPIError

from introdesk.domain.errors import AccessDeniedError, DatabaseError
from introdesk.persistence.base import Base
from introdesk.persistence.column_limits import PRIVATE_COLUMNS
from introdesk.persistence.models import ParticipantRow  # noqa: F401 - registers every table

GROUPS = ("adviser", "team_leader", "payroll", "teacher", "admin")
APP_GROUPS = ("adviser", "team_leader", "payroll", "teacher")
ALL_ROWS_GROUPS = ("team_leader", "payroll", "teacher")

SHARED_TABLES = frozenset({"settings", "advisers", "caseload_shares"})
AUDIT_TABLE = "audit_log"
PAYROLL_TABLES = frozenset(
    {
        "attendance_entries",
        "attendance_weeks",
        "other_benefits",
        "locked_months",
        "benefit_payments",
        "benefit_payment_lines",
        "benefit_adjustments",
        "accepted_missing_registrations",
    }
)
TEACHER_READ_TABLES = frozenset(
    {"training_classes", "training_timetable", "training_class_members"}
)
TEACHER_WRITE_TABLES = frozenset({"training_lessons", "training_lesson_attendance"})
TEACHER_PARTICIPANT_COLUMNS = ("id", "given_name", "family_name", "preferred_name", "archived_at")
PLAN_TABLES = frozenset({"plan_versions", "plan_elements", "plan_leave_periods"})
LOGIN_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}$")


@dataclass(frozen=True)
class RoleNames:
    """The server roles of one database."""

    prefix: str

    @classmethod
    def for_database(cls, database_name: str) -> RoleNames:
        # Role names are identifiers of at most 63 bytes; the longest suffix is "_team_leader".
        prefix = re.sub(r"[^a-z0-9_]", "_", database_name.lower())[:50]
        return cls(prefix)

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    def group(self, role: str) -> str:
        if role not in GROUPS:
            raise ValueError(role)
        return f"{self.prefix}_{role}"

    def groups(self, roles: Iterable[str] = GROUPS) -> list[str]:
        return [self.group(role) for role in roles]


def _q(name: str) -> str:
    """A quoted identifier (names are checked or derived, quotes doubled all the same)."""
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def role_names(conn: Connection) -> RoleNames:
    return RoleNames.for_database(str(conn.execute(text("SELECT current_database()")).scalar()))


def session_user(conn: Connection) -> str:
    """The login of this connection (the audit actor on a server; SET ROLE cannot change it)."""
    return str(conn.execute(text("SELECT session_user")).scalar())


def _case_tables() -> list[Table]:
    return [
        table
        for table in Base.metadata.sorted_tables
        if table.name not in SHARED_TABLES | {AUDIT_TABLE}
    ]


def _caseload_parents() -> dict[str, str]:
    """Table → the SQL condition tying its rows to a visible participant. Tables reached only
    through another table (plan elements through plan versions) follow that table's policy."""
    covered: dict[str, str] = {"participants": ""}
    for table in Base.metadata.sorted_tables:
        if table.name in covered or table.name in SHARED_TABLES:
            continue
        if "participant_id" in table.c:
            covered[table.name] = "participant_id IN (SELECT id FROM participants)"
            continue
        for fk in table.foreign_keys:
            parent = fk.column.table.name
            if parent in covered and parent != table.name:
                column = fk.parent.name
                covered[table.name] = f"{column} IN (SELECT {fk.column.name} FROM {_q(parent)})"
                break
    return covered


def role_statements(names: RoleNames, database_name: str) -> list[str]:
    """Create the group roles (idempotently) and make admins the owner's members."""
    statements = []
    for role in [names.owner, *names.groups()]:
        statements.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
            f"{_lit(role)}) THEN CREATE ROLE {_q(role)} NOLOGIN; END IF; END $$"
        )
    admin = _q(names.group("admin"))
    statements.append(f"GRANT {_q(names.owner)} TO {admin}")
    for role in APP_GROUPS:
        # Admins manage who holds each role (``admin users add``) without being superusers.
        statements.append(f"GRANT {_q(names.group(role))} TO {admin} WITH ADMIN OPTION")
    groups = ", ".join(_q(g) for g in names.groups())
    statements.append(f"GRANT CONNECT ON DATABASE {_q(database_name)} TO {groups}")
    statements.append(f"GRANT USAGE, CREATE ON SCHEMA public TO {_q(names.owner)}")
    statements.append(f"GRANT USAGE ON SCHEMA public TO {groups}")
    statements.append(
        "DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables "
        "WHERE schemaname = 'public' LOOP EXECUTE 'ALTER TABLE public.' || "
        f"quote_ident(r.tablename) || ' OWNER TO ' || quote_ident({_lit(names.owner)}); "
        "END LOOP; END $$"
    )
    return statements


def grant_statements(names: RoleNames) -> list[str]:
    """Grants, functions and row-level security policies; safe to run again after upgrades."""
    g = {role: _q(names.group(role)) for role in GROUPS}
    app = ", ".join(g[r] for r in APP_GROUPS)
    all_rows = ", ".join(g[r] for r in ALL_ROWS_GROUPS)
    s: list[str] = [
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {app}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {app}",
        f"GRANT SELECT ON alembic_version TO {app}",
        f"GRANT SELECT ON settings, advisers, caseload_shares TO {app}",
        f"GRANT INSERT, UPDATE, DELETE ON advisers, caseload_shares TO {g['team_leader']}",
        f"GRANT INSERT ON caseload_shares TO {g['adviser']}",
        f"GRANT SELECT, INSERT ON {AUDIT_TABLE} TO {app}",
    ]
    for table in _case_tables():
        name = _q(table.name)
        if table.name in TEACHER_READ_TABLES | TEACHER_WRITE_TABLES:
            s.append(f"GRANT SELECT ON {name} TO {g['teacher']}")
        if table.name in TEACHER_WRITE_TABLES:
            s.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {g['teacher']}")
        s.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {g['adviser']}")
        s.append(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {g['team_leader']}")
        s += _payroll_grants(table, g["payroll"])
    # Attendance writers and locking a month take row locks on participants (SELECT … FOR
    # UPDATE, brief issue 15), which PostgreSQL allows only with UPDATE on some column. Payroll
    # gets it on the version counter alone: bumping it changes no data, at most another user's
    # save asks to reload.
    s.append(f"GRANT UPDATE (row_version) ON participants TO {g['payroll']}")
    columns = ", ".join(TEACHER_PARTICIPANT_COLUMNS)
    s.append(f"GRANT SELECT ({columns}) ON participants TO {g['teacher']}")
    s += _caseload_policies(names, g, all_rows)
    s += _audit_policies(names, g, app)
    return s


def _payroll_grants(table: Table, payroll: str) -> list[str]:
    """Payroll reads case data but not the health details and case notes in
    ``PRIVATE_COLUMNS`` (brief issue 16): those columns are left out of its SELECT and UPDATE
    grants, so a direct ``SELECT note FROM attendance_entries`` is refused."""
    name = _q(table.name)
    private = PRIVATE_COLUMNS.get(table.name, ())
    if not private:
        grants = [f"GRANT SELECT ON {name} TO {payroll}"]
        if table.name in PAYROLL_TABLES:
            grants.append(f"GRANT INSERT, UPDATE, DELETE ON {name} TO {payroll}")
        return grants
    readable = ", ".join(_q(c.name) for c in table.c if c.name not in private)
    grants = [f"GRANT SELECT ({readable}) ON {name} TO {payroll}"]
    if table.name in PAYROLL_TABLES:
        grants.append(f"GRANT INSERT, DELETE ON {name} TO {payroll}")
        grants.append(f"GRANT UPDATE ({readable}) ON {name} TO {payroll}")
    return grants


def _caseload_policies(names: RoleNames, g: dict[str, str], all_rows: str) -> list[str]:
    mine = "(SELECT a.id FROM advisers a WHERE a.username = session_user)"
    shared = (
        "(SELECT s.participant_id FROM caseload_shares s JOIN advisers a ON a.id = s.adviser_id "
        "WHERE a.username = session_user)"
    )
    s = [
        # A participant an adviser creates lands in their own caseload (else row security would
        # refuse the new row they cannot see).
        "CREATE OR REPLACE FUNCTION introdesk_default_adviser() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN IF NEW.adviser_id IS NULL AND pg_has_role(session_user, "
        f"{_lit(names.group('adviser'))}, 'MEMBER') THEN NEW.adviser_id := {mine}; END IF; "
        "RETURN NEW; END $$",
        f"ALTER FUNCTION introdesk_default_adviser() OWNER TO {_q(names.owner)}",
        "DROP TRIGGER IF EXISTS introdesk_default_adviser ON participants",
        "CREATE TRIGGER introdesk_default_adviser BEFORE INSERT ON participants "
        "FOR EACH ROW EXECUTE FUNCTION introdesk_default_adviser()",
    ]
    s += _share_policies(g, mine)
    for table, condition in _caseload_parents().items():
        if table == "participants":
            condition = f"adviser_id IN {mine} OR id IN {shared}"
        name = _q(table)
        s += [
            f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS introdesk_caseload ON {name}",
            f"CREATE POLICY introdesk_caseload ON {name} TO {g['adviser']} USING ({condition})",
            f"DROP POLICY IF EXISTS introdesk_all_rows ON {name}",
            f"CREATE POLICY introdesk_all_rows ON {name} TO {all_rows} USING (true)",
        ]
    return s


def _share_policies(g: dict[str, str], mine: str) -> list[str]:
    """Everyone reads the shares (the caseload rule needs them); team leaders change any; an
    adviser adds shares only of participants whose responsible adviser they are."""
    shares = _q("caseload_shares")
    app = ", ".join(g[r] for r in APP_GROUPS)
    own = f"(SELECT p.id FROM participants p WHERE p.adviser_id IN {mine})"
    return [
        f"ALTER TABLE {shares} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS introdesk_read ON {shares}",
        f"CREATE POLICY introdesk_read ON {shares} FOR SELECT TO {app} USING (true)",
        f"DROP POLICY IF EXISTS introdesk_leader ON {shares}",
        f"CREATE POLICY introdesk_leader ON {shares} TO {g['team_leader']} "
        "USING (true) WITH CHECK (true)",
        f"DROP POLICY IF EXISTS introdesk_share_own ON {shares}",
        f"CREATE POLICY introdesk_share_own ON {shares} FOR INSERT TO {g['adviser']} "
        f"WITH CHECK (participant_id IN {own})",
    ]


def _audit_policies(names: RoleNames, g: dict[str, str], app: str) -> list[str]:
    audit = _q(AUDIT_TABLE)
    return [
        # The newest row's hash, read as the owner: the hash chain links every new row to it
        # (``audit_chain.seal``). Only the hash: the row's old and new values may be a health
        # detail or a case note the login must not read.
        "CREATE OR REPLACE FUNCTION introdesk_audit_head_hash() RETURNS text LANGUAGE sql "
        f"STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT row_hash FROM {audit} "
        "ORDER BY id DESC LIMIT 1 $$",
        f"ALTER FUNCTION introdesk_audit_head_hash() OWNER TO {_q(names.owner)}",
        "REVOKE ALL ON FUNCTION introdesk_audit_head_hash() FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION introdesk_audit_head_hash() TO {app}",
        f"ALTER TABLE {audit} ENABLE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS introdesk_read_own ON {audit}",
        f"CREATE POLICY introdesk_read_own ON {audit} FOR SELECT TO {app} "
        "USING (actor = session_user)",
        # The earlier policy showed everyone the whole newest row through this function.
        "DROP FUNCTION IF EXISTS introdesk_audit_head()",
        f"DROP POLICY IF EXISTS introdesk_read_all ON {audit}",
        f"CREATE POLICY introdesk_read_all ON {audit} FOR SELECT TO {g['team_leader']} "
        "USING (true)",
        f"DROP POLICY IF EXISTS introdesk_append ON {audit}",
        f"CREATE POLICY introdesk_append ON {audit} FOR INSERT TO {app} "
        "WITH CHECK (actor = session_user)",
    ]


def setup_statements(conn: Connection) -> list[str]:
    database_name = str(conn.execute(text("SELECT current_database()")).scalar())
    names = RoleNames.for_database(database_name)
    return role_statements(names, database_name) + grant_statements(names)


def execute_all(conn: Connection, statements: Iterable[str]) -> None:
    for statement in statements:
        conn.exec_driver_sql(statement)


def roles_exist(conn: Connection) -> bool:
    owner = role_names(conn).owner
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": owner})
    return found.first() is not None


# --- membership ----------------------------------------------------------------------------


def check_login(login: str) -> str:
    login = login.strip()
    if not LOGIN_PATTERN.match(login):
        raise ValueError(login)
    return login


def memberships(conn: Connection) -> list[tuple[str, str]]:
    """(login, role) for every member of this database's groups (groups themselves left out)."""
    names = role_names(conn)
    by_group = {names.group(role): role for role in GROUPS}
    rows = conn.execute(
        text(
            "SELECT m.rolname, g.rolname FROM pg_auth_members am "
            "JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member "
            "WHERE g.rolname = ANY(:groups) AND NOT m.rolname = ANY(:groups) "
            "AND m.rolname <> :owner ORDER BY 1, 2"
        ),
        {"groups": list(by_group), "owner": names.owner},
    )
    return [(login, by_group[group]) for login, group in rows]


def login_exists(conn: Connection, login: str) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    return found.first() is not None


def create_login(conn: Connection, login: str) -> None:
    """A login without a password: the server's own authentication (LDAP, Kerberos, a password
    set by the DBA) decides how the person proves who they are."""
    conn.exec_driver_sql(f"CREATE ROLE {_q(check_login(login))} LOGIN")


def grant_role(conn: Connection, login: str, role: str) -> None:
    group = role_names(conn).group(role)
    conn.exec_driver_sql(f"GRANT {_q(group)} TO {_q(check_login(login))}")


def revoke_role(conn: Connection, login: str, role: str) -> None:
    group = role_names(conn).group(role)
    conn.exec_driver_sql(f"REVOKE {_q(group)} FROM {_q(check_login(login))}")


# --- who may change the schema -------------------------------------------------------------


def schema_owner_member(conn: Connection) -> str | None:
    """The role to become while migrating, or None when the login may not change the schema.

    Superusers and members of the owner of ``alembic_version`` (or, on an empty database,
    logins that may create tables) may; everyone else gets "needs an upgrade by an
    administrator" (brief issue 16, item 2)."""
    owner = conn.execute(
        text(
            "SELECT tableowner FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
        )
    ).scalar()
    if owner is None:
        allowed = conn.execute(text("SELECT has_schema_privilege(current_schema(), 'CREATE')"))
        return session_user(conn) if allowed.scalar() else None
    member = conn.execute(text("SELECT pg_has_role(session_user, :o, 'MEMBER')"), {"o": owner})
    return str(owner) if member.scalar() else None


@contextmanager
def admin_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for an administrator's change; the server's refusal as one clear line."""
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        if getattr(exc.orig, "sqlstate", None) == "42501":
            raise AccessDeniedError(code="admin.server_refused_login", reason=reason) from None
        raise DatabaseError(code="admin.server_refused", reason=reason) from None


def may_read_audit(conn: Connection) -> bool:
    """Team leaders, administrators (the owner's members) and superusers read the whole log.
    Before ``setup-server`` there are no roles to hold, and nothing is restricted."""
    return is_leader_or_admin(conn)


def may_manage_caseloads(conn: Connection) -> bool:
    """Team leaders and administrators reassign and share any participant; an adviser shares
    only their own (brief issue 16)."""
    return is_leader_or_admin(conn)


def is_leader_or_admin(conn: Connection) -> bool:
    if not roles_exist(conn):
        return True
    names = role_names(conn)
    allowed = conn.execute(
        text(
            "SELECT pg_has_role(session_user, :leader, 'MEMBER') "
            "OR pg_has_role(session_user, :owner, 'MEMBER')"
        ),
        {"leader": names.group("team_leader"), "owner": names.owner},
    )
    return bool(allowed.scalar())
