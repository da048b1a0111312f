"""Background tasks run with automatic garbage collection off, and leave it as they found it
(its full passes held the GIL and froze the window for up to 0.6 s, issue 18)."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

import pytest

from introdesk.ui.collector_pause import CollectorPause


@pytest.fixture(autouse=True)
def _restore_collection() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_collection_is_off_while_a_task_runs_and_on_after() -> None:
    gc.enable()
    pause = CollectorPause()
    assert pause.run(gc.isenabled) is False
    assert gc.isenabled()


def test_it_stays_off_until_the_last_of_two_overlapping_tasks_ends() -> None:
    gc.enable()
    pause = CollectorPause()
    first_started, release_first = threading.Event(), threading.Event()
    seen: list[bool] = []

    def first() -> None:
        first_started.set()
        while not release_first.is_set():  # polled: timed waits hang under faketime
            time.sleep(0.001)

    worker = threading.Thread(target=pause.run, args=(first,))
    worker.start()
    while not first_started.is_set():
        time.sleep(0.001)
    pause.run(lambda: seen.append(gc.isenabled()))  # the second ends while the first runs
    seen.append(gc.isenabled())
    release_first.set()
    worker.join()
    assert seen == [False, False]
    assert gc.isenabled()
    assert pause.running == 0


def test_a_failing_task_switches_collection_back_on() -> None:
    gc.enable()
    pause = CollectorPause()

    def fail() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        pause.run(fail)
    assert gc.isenabled()


def test_collection_switched_off_by_someone_else_stays_off() -> None:
    gc.disable()
    CollectorPause().run(lambda: None)
    assert not gc.isenabled()
