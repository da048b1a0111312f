"""Kill IntroDesk at random points while it writes, and count what was lost (issue 15 item 9).

Run: ``uv run python benchmarks/stress_kill.py [--writes 1000] [--seed 1]`` (not part of the
test suite; it takes minutes). A child process opens a SQLite database through the services
and makes one write after another, each its own unit of work, printing ``OK n`` only after
the commit returned. The parent kills it with SIGKILL after a random delay, checks the file
(``integrity_check`` and ``foreign_key_check``), and starts a new child where the last one
stopped, until ``--writes`` writes of each kind were acknowledged.

Kinds of write: a new participant (with its audit rows), a new adviser, and another benefit
for a month (each write leaves a row that can be looked for afterwards).

Reported: kills, committed (acknowledged) writes whose row is missing at the end, and checks
that failed. Both should be 0: a commit that returned is durable (WAL with
``synchronous=NORMAL`` survives a killed process; only a power cut may lose the last commits),
and a kill never leaves a half-written transaction.

Measured 2026-12-06 on the shared 2-core build machine (load ≈ 9), ``--writes 1000 --seed 1
--max-delay 8``: participant 1000 writes / 7 kills / 0 lost, adviser 1000 / 13 / 0,
other_benefit 1000 / 3 / 0; 0 of 26 file checks failed. ``--writes 1000 --seed 2`` (default
``--max-delay 3``): participant 1000 / 16 kills / 0 lost, adviser 1000 / 26 / 0, other_benefit
1000 / 4 / 0; 0 of 47 file checks failed.
"""

from __future__ import annotations

import argparse
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

KINDS = ("participant", "adviser", "other_benefit")


def child(database: Path, kind: str, start: int, count: int) -> None:
    """Write ``count`` records of ``kind`` from number ``start``; print ``OK n`` after each."""
    from introdesk.core import paths
    from introdesk.domain.records import NewParticipant
    from introdesk.services.container import open_services

    paths.init(None)  # INTRODESK_BASEDIR, set by the parent
    services = open_services(database, actor="stress")
    print("READY", flush=True)
    for number in range(start, start + count):
        if kind == "participant":
            services.participants.create(NewParticipant(f"Stress{number}", "Kill"))
        elif kind == "adviser":
            services.settings.add_adviser(f"stress{number}", f"Stress Adviser {number}")
        else:
            month = date(2026, 1 + number % 12, 1)
            services.benefit.set_other_benefit(1, month, f"stress{number}", Decimal(number + 1))
        print(f"OK {number}", flush=True)
    services.close()


def _present(database: Path, kind: str) -> set[int]:
    import sqlite3

    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        if kind == "participant":
            rows = conn.execute("SELECT given_name FROM participants WHERE family_name = 'Kill'")
            return {int(name.removeprefix("Stress")) for (name,) in rows}
        if kind == "adviser":
            rows = conn.execute("SELECT username FROM advisers WHERE username LIKE 'stress%'")
            return {int(name.removeprefix("stress")) for (name,) in rows}
        rows = conn.execute("SELECT kind FROM other_benefits WHERE kind LIKE 'stress%'")
        return {int(name.removeprefix("stress")) for (name,) in rows}
    finally:
        conn.close()


def _run_until_killed(
    database: Path, kind: str, start: int, remaining: int, delay: float
) -> tuple[set[int], bool]:
    """One child: returns the acknowledged numbers and whether it was killed."""
    command = [sys.executable, __file__, "--child", str(database), kind, str(start), str(remaining)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, bufsize=1)
    assert process.stdout is not None
    acknowledged: set[int] = set()
    deadline: float | None = None
    killed = False
    while True:
        if deadline is not None and time.monotonic() >= deadline:
            process.send_signal(signal.SIGKILL)
            killed = True
            break
        timeout = 0.05 if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([process.stdout], [], [], timeout)
        if not ready:
            if process.poll() is not None:
                break
            continue
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("READY"):
            deadline = time.monotonic() + delay  # kill at a random point of the writing
        elif line.startswith("OK "):
            acknowledged.add(int(line.split()[1]))
    # Lines already written before the kill are acknowledged commits too.
    for line in process.stdout:
        if line.startswith("OK "):
            acknowledged.add(int(line.split()[1]))
    process.wait()
    return acknowledged, killed


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        child(Path(argv[1]), argv[2], int(argv[3]), int(argv[4]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=1000, help="writes of each kind")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=3.0, help="seconds of writing")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    from introdesk.core import paths
    from introdesk.persistence.migrate import check_sqlite_path
    from introdesk.services.container import open_services

    folder = Path(tempfile.mkdtemp(prefix="introdesk-stress-"))
    os.environ[paths.BASEDIR_ENV] = str(folder)
    paths.init(folder)
    database = folder / "stress.sqlite3"
    services = open_services(database, actor="stress")
    services.demo.generate(1, seed=1)  # participant 1 receives the other benefits
    services.close()

    print(f"database {database}; {args.writes} writes of each kind; seed {args.seed}")
    total_kills = total_lost = failed_checks = checks = 0
    for kind in KINDS:
        acknowledged: set[int] = set()
        next_number, kills = 0, 0
        started = time.monotonic()
        while len(acknowledged) < args.writes:
            delay = rng.uniform(0.0, args.max_delay)
            done, killed = _run_until_killed(
                database, kind, next_number, args.writes - len(acknowledged), delay
            )
            if not killed and not done:
                raise SystemExit(f"the {kind} writer stopped without writing anything")
            acknowledged |= done
            kills += killed
            # The write in flight at the kill may or may not have committed: never reuse it.
            next_number = max([next_number - 1, *done]) + 2 if killed else max(done) + 1
            checks += 1
            if not check_sqlite_path(database).sound:
                failed_checks += 1
        lost = acknowledged - _present(database, kind)
        total_kills += kills
        total_lost += len(lost)
        print(
            f"{kind:>14}: {len(acknowledged)} acknowledged writes, {kills} kills, "
            f"{len(lost)} committed lost ({time.monotonic() - started:.0f} s)"
        )
    print(
        f"total: {total_kills} kills, {total_lost} committed writes lost, "
        f"{failed_checks} of {checks} file checks failed"
    )
    return 1 if total_lost or failed_checks else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
