"""Attendance entries, other benefits, locked months, payments, adjustments, accepted gaps.

Revision ID: 20261201_0030
Revises: 20261201_0020
Create Date: 2026-12-01 09:47:57.375533
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "20261201_0030"
down_revision: str | None = "20261201_0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "locked_months",
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("locked_by", sa.String(length=100), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("month", name=op.f("pk_locked_months")),
    )
    op.create_table(
        "accepted_missing_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("accepted_by", sa.String(length=100), nullable=False),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_accepted_missing_registrations_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accepted_missing_registrations")),
        sa.UniqueConstraint(
            "participant_id",
            "day",
            name=op.f("uq_accepted_missing_registrations_participant_id_day"),
        ),
    )
    with op.batch_alter_table("accepted_missing_registrations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_accepted_missing_registrations_participant_id"),
            ["participant_id"],
            unique=False,
        )

    op.create_table(
        "attendance_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("element_code", sa.String(length=40), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("attended_minutes", sa.Integer(), nullable=False),
        sa.Column("absence_code", sa.String(length=40), nullable=True),
        sa.Column("absence_minutes", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_attendance_entries_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_entries")),
        sa.UniqueConstraint(
            "participant_id",
            "day",
            "element_code",
            name=op.f("uq_attendance_entries_participant_id_day_element_code"),
        ),
    )
    with op.batch_alter_table("attendance_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_entries_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attendance_entries_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "benefit_adjustments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("origin_month", sa.Date(), nullable=False),
        sa.Column("applied_month", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("line_kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_benefit_adjustments_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_adjustments")),
    )
    with op.batch_alter_table("benefit_adjustments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_benefit_adjustments_applied_month"), ["applied_month"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_benefit_adjustments_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "benefit_payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("gross", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("net", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("unrecovered", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("decision_required", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["month"], ["locked_months.month"], name=op.f("fk_benefit_payments_month_locked_months")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_benefit_payments_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_payments")),
        sa.UniqueConstraint(
            "participant_id", "month", name=op.f("uq_benefit_payments_participant_id_month")
        ),
    )
    with op.batch_alter_table("benefit_payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_benefit_payments_month"), ["month"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_benefit_payments_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "other_benefits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_other_benefits_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_other_benefits")),
    )
    with op.batch_alter_table("other_benefits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_other_benefits_month"), ["month"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_other_benefits_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "benefit_payment_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("end", sa.Date(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("explanation", sa.Text(), nullable=False),
        sa.Column("hours", sa.Numeric(precision=8, scale=2), nullable=True),
        sa.Column("days", sa.Integer(), nullable=True),
        sa.Column("rate", sa.Numeric(precision=12, scale=2), nullable=True),
        sa.Column("code", sa.String(length=40), nullable=True),
        sa.Column("corrects_month", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["payment_id"],
            ["benefit_payments.id"],
            name=op.f("fk_benefit_payment_lines_payment_id_benefit_payments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benefit_payment_lines")),
    )
    with op.batch_alter_table("benefit_payment_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_benefit_payment_lines_payment_id"), ["payment_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("benefit_payment_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_benefit_payment_lines_payment_id"))

    op.drop_table("benefit_payment_lines")
    with op.batch_alter_table("other_benefits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_other_benefits_participant_id"))
        batch_op.drop_index(batch_op.f("ix_other_benefits_month"))

    op.drop_table("other_benefits")
    with op.batch_alter_table("benefit_payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_benefit_payments_participant_id"))
        batch_op.drop_index(batch_op.f("ix_benefit_payments_month"))

    op.drop_table("benefit_payments")
    with op.batch_alter_table("benefit_adjustments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_benefit_adjustments_participant_id"))
        batch_op.drop_index(batch_op.f("ix_benefit_adjustments_applied_month"))

    op.drop_table("benefit_adjustments")
    with op.batch_alter_table("attendance_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_entries_participant_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_entries_day"))

    op.drop_table("attendance_entries")
    with op.batch_alter_table("accepted_missing_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accepted_missing_registrations_participant_id"))

    op.drop_table("accepted_missing_registrations")
    op.drop_table("locked_months")
