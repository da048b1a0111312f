"""Caseload sharing (brief issue 16): participants an adviser may see besides their own.

Revision ID: 20261206_0070
Revises: 20261206_0060
Create Date: 2026-12-06 02:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_0070"
down_revision: str | None = "20261206_0060"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "caseload_shares",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("adviser_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["adviser_id"],
            ["advisers.id"],
            name=op.f("fk_caseload_shares_adviser_id_advisers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_caseload_shares_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caseload_shares")),
        sa.UniqueConstraint(
            "participant_id",
            "adviser_id",
            name=op.f("uq_caseload_shares_participant_id_adviser_id"),
        ),
    )
    op.create_index(
        op.f("ix_caseload_shares_adviser_id"), "caseload_shares", ["adviser_id"], unique=False
    )
    op.create_index(
        op.f("ix_caseload_shares_participant_id"),
        "caseload_shares",
        ["participant_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_caseload_shares_participant_id"), table_name="caseload_shares")
    op.drop_index(op.f("ix_caseload_shares_adviser_id"), table_name="caseload_shares")
    op.drop_table("caseload_shares")
