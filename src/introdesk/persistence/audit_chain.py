"""The tamper-evident audit log (brief issue 15, item 8): a hash chain over ``audit_log``.

Every row stores ``row_hash = SHA-256(prev_hash, at, actor, action, entity, entity_id, field,
old_value, new_value)`` and ``prev_hash``, the ``row_hash`` of the row before it (by id). A row
changed with a SQLite tool or raw SQL no longer matches its hash; a row removed breaks the next
row's ``prev_hash``. ``verify`` walks the chain and names the first broken link.

Rows are chained in commit order: ``audit.record`` only queues entries on the session, and
``seal`` (called by ``UnitOfWork.commit``) takes the chain lock, reads the newest hash and
inserts the queued rows with their hashes. On SQLite the write transaction already holds the
database's write lock (``BEGIN IMMEDIATE``); on PostgreSQL a transaction-scoped advisory lock
makes concurrent writers append one after the other, so ids grow in chain order.

This is tamper-evident, not tamper-proof: someone who can write the table can recompute every
hash. On PostgreSQL the grants in ``docs/audit-log.md`` keep the application's own login from
updating or deleting rows at all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, text
from sqlalchemy.orm import Session

from introdesk.persistence.models import AuditEntry

PENDING_KEY = "introdesk_audit_pending"
# Any fixed 64-bit number: the key of the PostgreSQL advisory lock that orders audit writers.
CHAIN_LOCK_KEY = 7_015_008
GENESIS = ""


def row_hash(
    prev_hash: str,
    at: object,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    field: str,
    old_value: str | None,
    new_value: str | None,
) -> str:
    when = at.isoformat(sep=" ", timespec="microseconds") if hasattr(at, "isoformat") else at
    content = [prev_hash, when, actor, action, entity, entity_id, field, old_value, new_value]
    data = json.dumps(content, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _entry_hash(prev_hash: str, entry: AuditEntry) -> str:
    return row_hash(
        prev_hash,
        entry.at,
        entry.actor,
        entry.action,
        entry.entity,
        entry.entity_id,
        entry.field,
        entry.old_value,
        entry.new_value,
    )


def queue(session: Session, entries: Iterable[AuditEntry]) -> None:
    """Hold entries until the unit of work commits (then ``seal`` chains and inserts them)."""
    session.info.setdefault(PENDING_KEY, []).extend(entries)


def lock_chain(session: Session) -> None:
    """Serialise audit writers on PostgreSQL until commit (SQLite writers are serialised by
    ``BEGIN IMMEDIATE`` already)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})


_INSERTED = (
    "at",
    "actor",
    "action",
    "entity",
    "entity_id",
    "field",
    "old_value",
    "new_value",
    "prev_hash",
    "row_hash",
)


def seal(session: Session) -> None:
    """Chain and insert the queued audit entries; called right before the commit."""
    pending: list[AuditEntry] = session.info.pop(PENDING_KEY, [])
    if not pending:
        return
    session.flush()  # the change itself first, so a conflict surfaces before the lock is taken
    lock_chain(session)
    prev_hash = _newest_hash(session) or GENESIS
    rows = []
    for entry in pending:
        entry.prev_hash = prev_hash
        entry.row_hash = prev_hash = _entry_hash(prev_hash, entry)
        rows.append({column: getattr(entry, column) for column in _INSERTED})
    # One multi-row INSERT in chain order (ids are handed out in that order), not an ORM flush
    # per row: a demo or an import queues a hundred thousand entries in one commit.
    session.execute(insert(AuditEntry), rows)


def _newest_hash(session: Session) -> str | None:
    """The newest row's hash. On a server set up with roles a login may read only its own
    rows, so the hash comes from a function run as the owner (``server_roles``)."""
    if session.get_bind().dialect.name == "postgresql":
        exists = session.scalar(text("SELECT to_regprocedure('introdesk_audit_head_hash()')"))
        if exists is not None:
            newest: str | None = session.scalar(text("SELECT introdesk_audit_head_hash()"))
            return newest
    return session.scalar(select(AuditEntry.row_hash).order_by(AuditEntry.id.desc()).limit(1))


@dataclass(frozen=True)
class ChainBreak:
    row_id: int
    reason: str

    def __str__(self) -> str:
        return f"audit log row {self.row_id}: {self.reason}"


def verify(conn: Connection) -> ChainBreak | None:
    """The first broken link of the audit chain, or None when every row matches."""
    table = AuditEntry.__table__
    rows = conn.execute(select(table).order_by(table.c.id)).mappings()
    prev_hash = GENESIS
    for row in rows:
        if row["prev_hash"] != prev_hash:
            return ChainBreak(
                row["id"],
                "does not follow the row before it (a row before it was removed or changed)",
            )
        expected = row_hash(
            prev_hash,
            row["at"],
            row["actor"],
            row["action"],
            row["entity"],
            row["entity_id"],
            row["field"],
            row["old_value"],
            row["new_value"],
        )
        if row["row_hash"] != expected:
            return ChainBreak(row["id"], "was changed or added outside IntroDesk")
        prev_hash = row["row_hash"]
    return None
