"""Optimistic concurrency for programme events (brief issue 15, item 2): a ``row_version`` on
``programme_events``, so an event changed or removed from a stale copy is refused.

Revision ID: 20261206_0090
Revises: 20261206_0080
Create Date: 2026-12-06 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261206_0090"
down_revision: str | None = "20261206_0080"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("programme_events") as batch:
        batch.add_column(sa.Column("row_version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("programme_events") as batch:
        batch.drop_column("row_version")
