"""``introdesk programme ...`` as a coordinator runs it (issue 14 item 5): a real process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import CliRunner
from tests.e2e.test_cli import _start_programmes


def test_programme_commands_and_impossible_sequences(
    introdesk: CliRunner, tmp_path: Path, database_url: str
) -> None:
    db = ["--database", database_url]
    assert (
        introdesk(*db, "demo", "--participants", "2", "--seed", "3", base=tmp_path).returncode == 0
    )
    early_stop = introdesk(
        *db, "programme", "stop", "1", "--from", "2026-01-01", "--reason", "x", base=tmp_path
    )
    assert early_stop.returncode == 3
    # Norwegian by default (issue 17); the event named by its command and the date as written
    assert "stop 01.01.2026: før programstart" in early_stop.stderr
    _start_programmes(introdesk, database_url, tmp_path)
    steps = [
        [
            "leave",
            "1",
            "--kind",
            "care",
            "--from",
            "2026-03-02",
            "--to",
            "2026-04-30",
            "--note",
            "nytt barn",
        ],
        ["stop", "1", "--from", "2026-06-01", "--reason", "ikke møtt"],
        ["resume", "1", "--from", "2026-06-15"],
        ["end", "1", "--date", "2026-11-30", "--reason", "work"],
    ]
    for step in steps:
        done = introdesk(*db, "programme", *step, base=tmp_path)
        assert done.returncode == 0, done.stderr
    overlapping = introdesk(
        *db,
        "programme",
        "leave",
        "2",
        "--kind",
        "welfare",
        "--from",
        "2026-03-02",
        "--to",
        "2026-03-03",
        base=tmp_path,
    )
    assert overlapping.returncode == 0, overlapping.stderr
    again = introdesk(
        *db,
        "programme",
        "leave",
        "2",
        "--kind",
        "other",
        "--from",
        "2026-03-03",
        "--to",
        "2026-03-05",
        base=tmp_path,
    )
    assert again.returncode == 3
    assert "overlapper permisjon" in again.stderr
    late = introdesk(
        *db, "programme", "end", "2", "--date", "2026-03-02", "--reason", "moved", base=tmp_path
    )
    assert late.returncode == 3
    assert "før siste hendelse" in late.stderr
    unknown = introdesk(
        *db, "programme", "end", "2", "--date", "2026-05-02", "--reason", "bored", base=tmp_path
    )
    assert unknown.returncode == 3
    assert "ukjent avslutningsårsak «bored»" in unknown.stderr
    history = introdesk(*db, "programme", "history", "1", "--format", "json", base=tmp_path)
    assert history.returncode == 0, history.stderr
    events = json.loads(history.stdout)
    assert [e["kind"] for e in events] == [
        "decision",
        "start",
        "leave",
        "stop",
        "resumption",
        "end",
    ]
    leave = events[2]
    assert (leave["from"], leave["to"], leave["paid"]) == ("2026-03-02", "2026-04-30", False)
    assert leave["reason"] == "nytt barn"
    assert events[3] == {
        "kind": "stop",
        "date": "2026-06-01",
        "reason": "ikke møtt",
        "by": events[3]["by"],
        "id": events[3]["id"],
        "row_version": 1,
    }
    assert events[-1]["reason"] == "work"
    assert all(e["by"] for e in events)


def test_stale_change_or_removal_of_an_event_exits_4_naming_who(
    introdesk: CliRunner, tmp_path: Path, database_url: str
) -> None:
    """Issue 15 item 2: an event corrected since the copy was read is not overwritten."""
    db = ["--database", database_url]
    assert (
        introdesk(*db, "demo", "--participants", "2", "--seed", "3", base=tmp_path).returncode == 0
    )
    _start_programmes(introdesk, database_url, tmp_path)
    stop = ["stop", "1", "--from", "2026-06-01", "--reason", "ikke møtt"]
    assert introdesk(*db, "programme", *stop, base=tmp_path).returncode == 0

    def history() -> list[dict[str, object]]:
        shown = introdesk(*db, "programme", "history", "1", "--format", "json", base=tmp_path)
        assert shown.returncode == 0, shown.stderr
        return list(json.loads(shown.stdout))

    read = history()[-1]
    event, version = str(read["id"]), str(read["row_version"])
    moved = introdesk(
        *db,
        "programme",
        "change",
        event,
        "--date",
        "2026-06-08",
        "--expect-version",
        version,
        base=tmp_path,
    )
    assert moved.returncode == 0, moved.stderr
    stale = introdesk(
        *db,
        "programme",
        "change",
        event,
        "--note",
        "syk",
        "--expect-version",
        version,
        base=tmp_path,
    )
    assert stale.returncode == 4, stale.stderr
    assert "ble endret av" in stale.stderr
    assert "Traceback" not in stale.stderr
    gone = introdesk(*db, "programme", "remove", event, "--expect-version", version, base=tmp_path)
    assert gone.returncode == 4
    (after,) = [e for e in history() if e["id"] == read["id"]]
    assert (after["date"], after["reason"], after["row_version"]) == ("2026-06-08", "ikke møtt", 2)
    fresh = introdesk(*db, "programme", "remove", event, "--expect-version", "2", base=tmp_path)
    assert fresh.returncode == 0, fresh.stderr
    assert [e["kind"] for e in history()] == ["decision", "start"]
