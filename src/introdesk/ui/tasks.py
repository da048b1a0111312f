"""Background operations in one place (issue 18): every database read or change that can take
longer than a frame runs here, in a worker thread, and every error the window reports goes
through ``report_error``.

A ``Task`` wraps one user action: ``op`` runs in a worker thread and opens its own unit of work
there (every service method opens one per call, so the worker never shares a session with the
GUI thread); ``on_success``/``on_failure``/``on_cancelled`` run later on the GUI thread. A task
that changes data names the kind of data (``changes("participants")``) and, after it succeeded,
the runner emits ``data_changed(kind)`` once, which pages listen to instead of calling each other.

Long tasks show a progress dialog with a Cancel button; the op sees the request through
``TaskControl.cancelled()`` and stops (for a workbook, the writer deletes its half-written file).
Quick actions that must answer at once (a dialog that stays open on bad input) use ``attempt``,
which runs on the GUI thread but reports errors the same way.

The shape follows Anki's ``QueryOp``/``CollectionOp`` (an op, callbacks on the main thread, one
default error path); the code is our own.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from introdesk.domain.errors import IntroDeskError
from introdesk.ui.collector_pause import CollectorPause
from introdesk.ui.errors import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")

# At most this often (seconds) a worker's progress reaches the GUI thread, so a fast loop that
# reports every few rows cannot flood the event loop.
PROGRESS_INTERVAL = 0.05
GIL_SWITCH_SECONDS = 0.0005


def report_error(parent: QWidget | None, error: BaseException) -> None:
    """The one error path of the window: known errors as a message, a file problem as a
    message, anything else to the crash handler (saved report, copyable, no personal data)."""
    if isinstance(error, IntroDeskError):
        show_error(parent, error)
    elif isinstance(error, OSError):
        show_error(
            parent,
            IntroDeskError(
                QCoreApplication.translate("Tasks", "Could not read or write a file: %1").replace(
                    "%1", error.strerror or type(error).__name__
                )
            ),
        )
    else:
        sys.excepthook(type(error), error, error.__traceback__)


def attempt(parent: QWidget | None, action: Callable[[], object]) -> bool:
    """Run a quick action on the GUI thread; on a known error report it and return False."""
    try:
        action()
    except IntroDeskError as error:
        report_error(parent, error)
        return False
    return True


def fetch(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Like ``attempt`` for an action with a result (never None); None means it was reported."""
    try:
        return action()
    except IntroDeskError as error:
        report_error(parent, error)
        return None


class TaskControl:
    """What the op in the worker thread sees: cancel requests and a way to report progress."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._last_report = 0.0
        self.report: Callable[[int], None] = lambda _count: None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, count: int) -> None:
        """Rows (or items) done so far; forwarded to the GUI thread at most every 50 ms."""
        now = time.monotonic()
        if now - self._last_report >= PROGRESS_INTERVAL:
            self._last_report = now
            self.report(count)


class TaskRunner(QObject):
    """One per application: the worker threads, and the ``data_changed`` signal."""

    data_changed = Signal(str)
    # Internal: carries a closure from a worker thread to the GUI thread (queued connection,
    # because the runner lives in the GUI thread and the signal is emitted elsewhere).
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Two workers: a long export does not hold up the next page load. SQLite in WAL mode
        # reads in parallel; writers wait for each other (BEGIN IMMEDIATE, busy timeout).
        self._executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="introdesk-task")
        self._running = 0
        self.closed = False
        self._collector = CollectorPause()
        self._deliver.connect(self._run_delivered, Qt.ConnectionType.QueuedConnection)

    def submit(self, work: Callable[[], T], done: Callable[[Future[T]], None]) -> None:
        self._running += 1
        future = self._executor.submit(self._collector.run, work)
        future.add_done_callback(lambda finished: self._deliver.emit(lambda: done(finished)))

    def post(self, closure: Callable[[], None]) -> None:
        """Run ``closure`` on the GUI thread (callable from any thread)."""
        self._deliver.emit(closure)

    def _run_delivered(self, closure: Callable[[], None]) -> None:
        closure()

    def finished_one(self) -> None:
        self._running -= 1

    @property
    def busy(self) -> bool:
        return self._running > 0

    def wait_until_idle(self, timeout_s: float = 60.0) -> bool:
        """Handle events until every task has finished (screenshots, benchmarks, tests)."""
        deadline = time.monotonic() + timeout_s
        while self.busy and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.002)
        return not self.busy

    def shutdown(self) -> None:
        """Wait for the running tasks; the queued ones never start. ``runner()`` then makes a
        new runner (a test process starts the window more than once)."""
        self.closed = True
        self._executor.shutdown(wait=True, cancel_futures=True)


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    """The application's runner, made on first use and owned by the QApplication."""
    global _runner
    if _runner is None or not shiboken6.isValid(_runner) or _runner.closed:
        # A worker computing in Python holds the GIL; every call from Qt into Python on the GUI
        # thread (a cell painted, a timer) then waits up to the switch interval (5 ms by
        # default), and a repaint makes hundreds of such calls. A shorter interval keeps the
        # window answering while a task runs.
        sys.setswitchinterval(GIL_SWITCH_SECONDS)
        app = QApplication.instance()
        _runner = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_runner.shutdown)
    return _runner


def wait_for_all(timeout_s: float = 60.0) -> bool:
    """Let every started task finish (before a database is closed); no runner, nothing to do."""
    return _runner is None or not shiboken6.isValid(_runner) or _runner.wait_until_idle(timeout_s)


def shut_down() -> None:
    """The program is ending: wait for the running tasks; the queued ones never start."""
    if _runner is not None and shiboken6.isValid(_runner):
        _runner.shutdown()


class Task(Generic[T]):
    """One background operation: ``Task(parent, op).on_success(show).run()``.

    ``op`` gets a ``TaskControl`` and must not touch widgets. Without ``on_failure`` an error
    goes to ``report_error``; callbacks are skipped when ``parent`` was closed meanwhile."""

    def __init__(self, parent: QWidget | None, op: Callable[[TaskControl], T]) -> None:
        self._parent = parent
        self._op = op
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], object] | None = None
        self._cancelled: Callable[[], object] | None = None
        self._finally: Callable[[], object] | None = None
        self._changes: str | None = None
        self._progress_label: str | None = None
        self._progress_text: Callable[[int], str] | None = None
        self.control = TaskControl()
        self.progress_dialog: QProgressDialog | None = None
        self._runner: TaskRunner | None = None

    def on_success(self, callback: Callable[[T], object]) -> Task[T]:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], object]) -> Task[T]:
        self._failure = callback
        return self

    def on_cancelled(self, callback: Callable[[], object]) -> Task[T]:
        self._cancelled = callback
        return self

    def on_finished(self, callback: Callable[[], object]) -> Task[T]:
        """Runs last, whatever the outcome (to enable buttons again)."""
        self._finally = callback
        return self

    def changes(self, kind: str) -> Task[T]:
        """After success, ``data_changed(kind)`` tells every page listening."""
        self._changes = kind
        return self

    def with_progress(
        self, label: str, progress_text: Callable[[int], str] | None = None
    ) -> Task[T]:
        """A window-modal progress dialog with Cancel while the task runs."""
        self._progress_label = label
        self._progress_text = progress_text
        return self

    def run(self) -> Task[T]:
        tasks = self._runner = runner()
        if self._progress_label is not None:
            self._open_dialog()
        self.control.report = lambda count: tasks.post(lambda: self._progressed(count))
        tasks.submit(lambda: self._op(self.control), self._done)
        return self

    def cancel(self) -> None:
        self.control.cancel()
        if self.progress_dialog is not None:
            self.progress_dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))

    # --- GUI thread --------------------------------------------------------------------------

    def _open_dialog(self) -> None:
        dialog = QProgressDialog(
            self._progress_label or "",
            QCoreApplication.translate("Tasks", "Cancel"),
            0,
            0,
            self._parent,
        )
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Working"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.progress_dialog = dialog

    def _progressed(self, count: int) -> None:
        dialog = self.progress_dialog
        if dialog is None or self.control.cancelled() or self._progress_text is None:
            return
        if shiboken6.isValid(dialog):
            dialog.setLabelText(self._progress_text(count))

    def _close_dialog(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.canceled.disconnect(self.cancel)
            dialog.close()
            dialog.deleteLater()

    def _done(self, future: Future[T]) -> None:
        tasks = self._runner or runner()
        tasks.finished_one()
        self._close_dialog()
        if future.cancelled():
            return  # never started: the runner was shut down (the program is ending)
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return  # the page or dialog that asked is gone; nobody to tell
        try:
            error = future.exception()
            if error is not None and self.control.cancelled():
                log.info("Task cancelled (%s)", type(error).__name__)
                if self._cancelled is not None:
                    self._cancelled()
            elif error is not None:
                if self._failure is not None:
                    self._failure(error)
                else:
                    report_error(self._parent, error)
            else:
                if self._success is not None:
                    self._success(future.result())
                if self._changes is not None:
                    tasks.data_changed.emit(self._changes)
        finally:
            if self._finally is not None:
                self._finally()
