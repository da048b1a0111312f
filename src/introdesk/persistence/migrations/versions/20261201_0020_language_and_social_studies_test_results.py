"""Language and social-studies test results, statsborgerprøven and test exemptions (§4).

New tables only; nothing existing changes.

Revision ID: 20261201_0020
Revises: 20261201_0010
Create Date: 2026-12-01 09:47:36.048530
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261201_0020"
down_revision: str | None = "20261201_0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "citizenship_test_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("test_date", sa.Date(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("max_score", sa.Integer(), nullable=True),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_citizenship_test_results_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citizenship_test_results")),
    )
    with op.batch_alter_table("citizenship_test_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_citizenship_test_results_participant_id"),
            ["participant_id"],
            unique=False,
        )

    op.create_table(
        "norskproven_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("test_date", sa.Date(), nullable=False),
        sa.Column("sub_skill", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("registration_level", sa.String(length=10), nullable=False),
        sa.Column("c1", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_norskproven_results_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_norskproven_results")),
    )
    with op.batch_alter_table("norskproven_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_norskproven_results_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "social_studies_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("test_date", sa.Date(), nullable=False),
        sa.Column("version", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("max_score", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_social_studies_results_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_studies_results")),
    )
    with op.batch_alter_table("social_studies_results", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_studies_results_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "test_exemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_test_exemptions_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_test_exemptions")),
    )
    with op.batch_alter_table("test_exemptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_test_exemptions_participant_id"), ["participant_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("test_exemptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_test_exemptions_participant_id"))

    op.drop_table("test_exemptions")
    with op.batch_alter_table("social_studies_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_studies_results_participant_id"))

    op.drop_table("social_studies_results")
    with op.batch_alter_table("norskproven_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_norskproven_results_participant_id"))

    op.drop_table("norskproven_results")
    with op.batch_alter_table("citizenship_test_results", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_citizenship_test_results_participant_id"))

    op.drop_table("citizenship_test_results")
