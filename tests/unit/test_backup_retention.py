"""Tiered retention of backups: which copies survive pruning."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from introdesk.domain.errors import UserInputError
from introdesk.persistence.backups import BackupFile, RetentionPolicy, copies_to_keep


def _copies(start: datetime, count: int, step: timedelta) -> list[BackupFile]:
    return [
        BackupFile(Path(f"copy-{i}.sqlite3"), start - i * step, "daily", 1) for i in range(count)
    ]


def test_latest_copies_are_kept_and_older_ones_one_per_period() -> None:
    # One copy a day for 400 days, newest first.
    copies = _copies(datetime(2026, 12, 1, 9), 400, timedelta(days=1))
    keep = copies_to_keep(copies, RetentionPolicy(latest=10, daily=14, weekly=8, monthly=12))
    kept = sorted((c for c in copies if c.path in keep), key=lambda c: c.taken_at, reverse=True)
    # 14 newest days (covers the 10 latest), then older weeks and months.
    assert [c.taken_at.date() for c in kept[:14]] == [
        (datetime(2026, 12, 1) - timedelta(days=d)).date() for d in range(14)
    ]
    weeks = {c.taken_at.isocalendar()[:2] for c in kept}
    months = {(c.taken_at.year, c.taken_at.month) for c in kept}
    assert len(weeks) >= 8
    assert len(months) == 12
    assert len(kept) < 14 + 8 + 12
    # The oldest kept copy is the newest of the twelfth month back.
    assert min(c.taken_at for c in kept).date().isoformat() == "2026-01-31"


def test_many_copies_on_one_day_keep_only_the_latest_ten() -> None:
    copies = _copies(datetime(2026, 12, 1, 18), 30, timedelta(minutes=5))
    keep = copies_to_keep(copies, RetentionPolicy())
    assert keep == {c.path for c in copies[:10]}


def test_policy_setting_is_four_numbers() -> None:
    assert RetentionPolicy.parse("3, 7,4,6") == RetentionPolicy(3, 7, 4, 6)
    assert str(RetentionPolicy()) == "10,14,8,12"
    for bad in ("", "1,2,3", "a,b,c,d", "0,1,1,1", "1,2,3,-4"):
        with pytest.raises(UserInputError):
            RetentionPolicy.parse(bad)
