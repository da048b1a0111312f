"""Optimistic concurrency and the tamper-evident audit log (brief issue 15, items 2 and 8).

A ``row_version`` on participants, plan versions, settings and training records, and a new
``attendance_weeks`` table holding the version of each participant's saved week; ``prev_hash``
and ``row_hash`` on the audit log, with every existing row chained here in id order.

Revision ID: 20261206_0060
Revises: 20261201_0040
Create Date: 2026-12-06 02:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from introdesk.persistence.audit_chain import GENESIS, row_hash

revision: str = "20261206_0060"
down_revision: str | None = "20261201_0040"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("participants", "plan_versions", "settings", "training_records")

AUDIT = sa.table(
    "audit_log",
    sa.column("id", sa.Integer()),
    sa.column("at", sa.DateTime()),
    sa.column("actor", sa.String()),
    sa.column("action", sa.String()),
    sa.column("entity", sa.String()),
    sa.column("entity_id", sa.String()),
    sa.column("field", sa.String()),
    sa.column("old_value", sa.Text()),
    sa.column("new_value", sa.Text()),
    sa.column("prev_hash", sa.String()),
    sa.column("row_hash", sa.String()),
)


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
            )
    op.create_table(
        "attendance_weeks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("monday", sa.Date(), nullable=False),
        sa.Column("row_version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_attendance_weeks_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_weeks")),
        sa.UniqueConstraint(
            "participant_id", "monday", name=op.f("uq_attendance_weeks_participant_id_monday")
        ),
    )
    op.create_index(
        op.f("ix_attendance_weeks_participant_id"),
        "attendance_weeks",
        ["participant_id"],
        unique=False,
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), server_default="", nullable=False))
        batch.add_column(sa.Column("row_hash", sa.String(64), server_default="", nullable=False))
    _chain_existing_rows()


def _chain_existing_rows() -> None:
    """Give every audit row written before this revision its place in the chain (id order)."""
    conn = op.get_bind()
    rows = conn.execute(sa.select(AUDIT).order_by(AUDIT.c.id)).mappings().all()
    prev_hash = GENESIS
    updates = []
    for row in rows:
        current = row_hash(
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
        updates.append({"key": row["id"], "prev": prev_hash, "hash": current})
        prev_hash = current
    if updates:
        conn.execute(
            AUDIT.update()
            .where(AUDIT.c.id == sa.bindparam("key"))
            .values(prev_hash=sa.bindparam("prev"), row_hash=sa.bindparam("hash")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
    op.drop_index(op.f("ix_attendance_weeks_participant_id"), table_name="attendance_weeks")
    op.drop_table("attendance_weeks")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
