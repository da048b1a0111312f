"""Starting the window, and rendering it off-screen for ``introdesk screenshot``.

The window shows first and the database opens after (issue 18, first paint): ``run_gui`` puts up
the window with every page saying the database is being opened, opens the database in a worker
thread (integrity check, schema check, upgrade) while loading the pages' modules there too, then
builds the pages on it. An error on opening is shown as before and the program ends with its exit
code. The services and the database library are imported in the worker, not before the window.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from introdesk.app.bootstrap import database_spec
from introdesk.app.crash import format_report, save_report
from introdesk.core import paths
from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.ui import prefs
from introdesk.ui.errors import show_crash, show_error
from introdesk.ui.i18n import install_translator
from introdesk.ui.main_window import PAGE_NAMES, MainWindow
from introdesk.ui.tasks import Task, TaskControl, report_error, runner, shut_down

if TYPE_CHECKING:
    from introdesk.services.backups import BackupFile
    from introdesk.services.container import Services

log = logging.getLogger(__name__)


def create_application(language: str | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName("IntroDesk")
    QCoreApplication.setOrganizationName("IntroDesk")
    register_bundled_fonts()
    install_translator(app, language or prefs.language())
    return app


def register_bundled_fonts() -> None:
    """The bundled Noto fonts, so every script shows on a PC that lacks them."""
    for font in sorted((paths.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def install_crash_handler(window_getter: object = None) -> None:
    def handle(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if isinstance(error, IntroDeskError):
            show_error(QApplication.activeWindow(), error)
            return
        report = format_report(kind, error, tb)
        saved: Path | None
        try:
            saved = save_report(paths.current().crash_reports, report)
        except OSError:
            saved = None
        log.error("Unexpected error %s; report saved", kind.__name__)
        show_crash(QApplication.activeWindow(), report, saved)

    sys.excepthook = handle


def open_database(spec: str) -> Services:
    """Open ``spec`` for the window (File → Open, Connect, Restore); loads the services."""
    from introdesk.services.container import open_services

    return open_services(spec)


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(args.interface_language)
    install_crash_handler()
    try:
        spec = database_spec(args.database)  # a missing file is refused before any window
    except IntroDeskError as error:
        show_error(None, error)
        return error.exit_code
    window = MainWindow(None, open_database=open_database)
    window.show()
    start = WindowStart(window, spec)
    start.begin()
    code = app.exec()
    return start.finish(int(code))


class WindowStart:
    """The database of a window that is already showing: opened in a worker thread, then the
    pages are built on it and the day's automatic backup is made, in the background too."""

    def __init__(self, window: MainWindow, spec: str) -> None:
        self.window = window
        self.spec = spec
        # Set in the worker as soon as the database is open: closed at exit if the window was
        # closed before it could take it.
        self.opened: Services | None = None
        self.failed_with: int | None = None
        self.over = False  # the event loop has ended: a late answer from a worker is ignored

    def begin(self) -> None:
        Task(self.window, self._open).on_success(self._attach).on_failure(self._failed).run()

    # --- worker thread -----------------------------------------------------------------------

    def _open(self, _control: TaskControl) -> Services:
        self.opened = open_database(self.spec)
        # The pages' modules (and the services' under them) load here, not on the GUI thread.
        import introdesk.ui.window_pages  # noqa: F401

        return self.opened

    # --- GUI thread --------------------------------------------------------------------------

    def _attach(self, services: Services) -> None:
        if self.over:
            return
        self.window.attach(services)
        if services.upgrade and services.upgrade.backup:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Database upgraded; the old version was backed up to %1"
                ).replace("%1", str(services.upgrade.backup)),
                15_000,
            )
        # A verified copy on the first start of a day (issue 15 item 3): a copy of the whole
        # file, so in the background; the exit backup waits for it (``finish``).
        Task(self.window, lambda _control: daily_backup(services)).on_success(self._backed_up).run()

    def _backed_up(self, made: BackupFile | None) -> None:
        if made is not None and not self.over:
            self.window.statusBar().showMessage(
                # The copy's name only: the whole path ran into the database's name at the
                # status bar's right (File → Restore from backup… lists the copies).
                QCoreApplication.translate("MainWindow", "Daily backup made: %1").replace(
                    "%1", made.path.name
                ),
                10_000,
            )

    def _failed(self, error: BaseException) -> None:
        """The database could not be opened (damaged beyond reading, newer schema, server
        unreachable): the same message as always, then the program ends with its exit code."""
        if self.over:
            return
        if isinstance(error, IntroDeskError):
            show_error(self.window, error)
            self.failed_with = error.exit_code
        else:
            report_error(self.window, error)  # the crash handler: saved report, message
            self.failed_with = 1
        # The window closes after the event loop (``finish``): closing the last window inside
        # it would also post a quit that could outlive this loop (a test process goes on).
        QCoreApplication.exit(self.failed_with)

    def finish(self, code: int) -> int:
        """After the event loop: every background task has finished (the day's backup, a page
        still loading), then the exit backup, then the database is closed."""
        self.over = True
        shut_down()
        if self.failed_with is not None:
            self.window.close()
            return self.failed_with
        services = self.window.services if self.window.has_database else self.opened
        if services is None:
            return code
        try:
            if code == 0 and not services.database.read_only:
                exit_backup(services)
        finally:
            services.close()
        return code


def daily_backup(services: Services) -> BackupFile | None:
    from introdesk.services.backups import BackupService

    return BackupService(services.database).automatic("daily")


def exit_backup(services: Services) -> BackupFile | None:
    from introdesk.services.backups import BackupService

    return BackupService(services.database).automatic("exit")


def take_screenshot(
    *, database: str | None, page: str, out: Path, size: tuple[int, int], language: str
) -> Path:
    if page not in PAGE_NAMES:
        raise UserInputError(f"Unknown page {page!r}; choose one of: {', '.join(PAGE_NAMES)}")
    out = out.expanduser().resolve()
    if not out.parent.is_dir():
        raise UserInputError(f"The folder {out.parent} does not exist")
    app = create_application(language)
    services = open_database(database_spec(database))
    try:
        window = MainWindow(services)
        window.resize(*size)
        window.show_page(page)
        window.show()
        runner().wait_until_idle()  # the page fills in from a worker thread
        for _ in range(5):
            app.processEvents()
        if not window.grab().save(str(out), "PNG"):
            raise UserInputError(f"Could not write {out}")
        window.close()
    finally:
        services.close()
    return out
