"""Dated programme events (issue 14): decision, start, leave, stop, resumption, interruption and
end; the participant's status is read from them. Existing statuses are carried into events.
Also the household link (couple rate), first settlement in Norway and an expected child.

Revision ID: 20261206_0080
Revises: 20261206_0070
Create Date: 2026-12-06 02:30:00
"""

from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

from introdesk.persistence.base import utcnow

revision: str = "20261206_0080"
down_revision: str | None = "20261206_0070"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTOR = "upgrade 20261206_0080"
IN_PROGRAMME_STATUSES = ("in_programme", "on_leave", "stopped", "completed", "interrupted")
# The event after the start that gives each later status, dated when the status was set.
LATER_EVENT: dict[str, tuple[str, dict[str, object]]] = {
    "on_leave": ("leave", {"leave_kind": "other"}),
    "stopped": ("stop", {}),
    "completed": ("end", {"exit_reason": "completed"}),
    "interrupted": ("interruption", {"exit_reason": "other"}),
}


def upgrade() -> None:
    op.create_table(
        "programme_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("leave_kind", sa.String(length=20), nullable=True),
        sa.Column("exit_reason", sa.String(length=20), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_programme_events_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_events")),
    )
    with op.batch_alter_table("programme_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_events_participant_id"), ["participant_id"], unique=False
        )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("household_partner_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("first_settlement_date", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("expecting_child", sa.Boolean(), nullable=False, server_default="0")
        )
    _carry_statuses_into_events()


def _carry_statuses_into_events() -> None:
    """Each participant's status (and decision/start dates) becomes the events that give it.

    The decision is dated by ``decision_date`` (else the start, else when the status was set);
    the start by ``programme_start`` (else when "in programme" was set). A stop, leave or end is
    dated by when its status was set in the status history. Leave carried over has no end: it
    stays open until a resumption is recorded. Referred or mapped people without a decision date
    get no events (no decision: not paid).
    """
    bind = op.get_bind()
    history: dict[int, dict[str, date]] = {}
    for pid, status, from_date in bind.execute(
        sa.text("SELECT participant_id, status, from_date FROM participant_status_history")
    ):
        history.setdefault(pid, {})[status] = max(
            from_date, history.get(pid, {}).get(status, from_date)
        )
    rows = bind.execute(
        sa.text("SELECT id, status, decision_date, programme_start, updated_at FROM participants")
    ).all()
    events = sa.table(
        "programme_events",
        sa.column("participant_id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("day", sa.Date),
        sa.column("until", sa.Date),
        sa.column("leave_kind", sa.String),
        sa.column("exit_reason", sa.String),
        sa.column("reason", sa.Text),
        sa.column("created_by", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    now = utcnow()
    new: list[dict[str, object]] = []
    for pid, status, decided, started, updated in rows:
        seen = history.get(pid, {})
        set_on = _as_date(seen.get(status) or updated)
        if status in ("referred", "mapped") and decided is None:
            continue
        note = f"carried over from status '{status}'"

        def add(
            kind: str,
            day: date,
            extra: dict[str, object] | None = None,
            pid: int = pid,
            note: str = note,
        ) -> None:
            extra = extra or {}
            new.append(
                {
                    "participant_id": pid,
                    "kind": kind,
                    "day": day,
                    "until": extra.get("until"),
                    "leave_kind": extra.get("leave_kind"),
                    "exit_reason": extra.get("exit_reason"),
                    "reason": note,
                    "created_by": ACTOR,
                    "created_at": now,
                }
            )

        if status not in IN_PROGRAMME_STATUSES:
            add("decision", _as_date(decided or seen.get("decided") or set_on))
            if status != "decided":
                bind.execute(
                    sa.text("UPDATE participants SET status = 'decided' WHERE id = :id"),
                    {"id": pid},
                )
            continue
        start = _as_date(started or seen.get("in_programme") or decided or set_on)
        add("decision", min(_as_date(decided or start), start))
        add("start", start)
        if status in LATER_EVENT:
            kind, extra = LATER_EVENT[status]
            add(kind, max(set_on, start), extra)
    if new:
        op.bulk_insert(events, new)


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_column("expecting_child")
        batch_op.drop_column("first_settlement_date")
        batch_op.drop_column("household_partner_id")
    with op.batch_alter_table("programme_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_events_participant_id"))
    op.drop_table("programme_events")
