"""Upgrading to 20261206_0080 carries each participant's status into programme events
(issue 14 item 1), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from introdesk.persistence import migrate
from introdesk.persistence.database import Database

BEFORE = "20261206_0070"


def test_statuses_become_events(database_url: str) -> None:
    database = Database.connect(database_url)
    try:
        database.upgrade(backup_dir=None)
        migrate.downgrade(database.engine, BEFORE)
        people = [
            # id, status, decision_date, programme_start, status set on
            (1, "referred", None, None, None),
            (2, "decided", date(2026, 3, 1), None, date(2026, 3, 1)),
            (3, "in_programme", date(2026, 3, 1), date(2026, 3, 9), date(2026, 3, 9)),
            (4, "stopped", None, date(2026, 2, 2), date(2026, 10, 5)),
            (5, "completed", date(2025, 1, 6), date(2025, 1, 13), date(2026, 6, 30)),
        ]
        with database.engine.begin() as conn:
            for pid, status, decided, started, since in people:
                conn.execute(
                    text(
                        "INSERT INTO participants (id, given_name, family_name, preferred_name,"
                        " duf_number, sex, country_of_birth, citizenship, mother_tongue,"
                        " other_languages, interpreter_needed, interpreter_language, phone,"
                        " email, address, programme, settlement_municipality,"
                        " settled_by_agreement, permit_type, regime, children_under_18,"
                        " lives_with_parents, education_level, completed_upper_secondary,"
                        " end_goal_group_override, norwegian_goal_override,"
                        " goal_override_reason, career_guidance_recommendation, status,"
                        " decision_date, programme_start, created_at, updated_at, row_version)"
                        " VALUES (:id, 'A', 'B', '', '', '', '', '', '', '', false, '', '', '',"
                        " '', 'introduction', '', true, '', 'integration_act', 0, false, '',"
                        " false, '', '', '', '', :status, :decided, :started,"
                        " '2026-11-01 10:00:00', '2026-11-01 10:00:00', 1)"
                    ),
                    {"id": pid, "status": status, "decided": decided, "started": started},
                )
                if since is not None:
                    conn.execute(
                        text(
                            "INSERT INTO participant_status_history"
                            " (participant_id, status, from_date, note)"
                            " VALUES (:id, :status, :since, '')"
                        ),
                        {"id": pid, "status": status, "since": since},
                    )
        database.upgrade(backup_dir=None)
        with database.engine.connect() as conn:
            # The upgrade keeps every status-history row (no table rebuild on SQLite).
            kept = conn.execute(text("SELECT count(*) FROM participant_status_history")).scalar()
            rows = conn.execute(
                text(
                    "SELECT participant_id, kind, day, exit_reason FROM programme_events"
                    " ORDER BY participant_id, day, id"
                )
            ).all()
        assert kept == 4
        events = [(pid, kind, str(day)[:10], reason) for pid, kind, day, reason in rows]
        assert events == [
            (2, "decision", "2026-03-01", None),
            (3, "decision", "2026-03-01", None),
            (3, "start", "2026-03-09", None),
            # No decision date: the decision is dated by the start.
            (4, "decision", "2026-02-02", None),
            (4, "start", "2026-02-02", None),
            (4, "stop", "2026-10-05", None),
            (5, "decision", "2025-01-06", None),
            (5, "start", "2025-01-13", None),
            (5, "end", "2026-06-30", "completed"),
        ]
    finally:
        database.close()
