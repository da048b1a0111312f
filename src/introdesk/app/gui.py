"""Starting the window, and rendering it off-screen for ``introdesk screenshot``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from introdesk.app.bootstrap import database_spec
from introdesk.app.crash import format_report, save_report
from introdesk.core import paths
from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.services.backups import BackupService
from introdesk.services.container import open_services
from introdesk.ui import prefs
from introdesk.ui.errors import show_crash, show_error
from introdesk.ui.i18n import install_translator
from introdesk.ui.main_window import PAGE_NAMES, MainWindow
from introdesk.ui.tasks import runner

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


def run_gui(args: argparse.Namespace) -> int:
    app = create_application(args.interface_language)
    install_crash_handler()
    try:
        services = open_services(database_spec(args.database))
    except IntroDeskError as error:
        show_error(None, error)
        return error.exit_code
    window = MainWindow(services, open_database=open_services)
    if services.upgrade and services.upgrade.backup:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Database upgraded; the old version was backed up to %1"
            ).replace("%1", str(services.upgrade.backup)),
            15_000,
        )
    # A verified copy on the first start of a day, and on every clean exit (issue 15 item 3).
    BackupService(services.database).automatic("daily")
    window.show()
    code = app.exec()
    if code == 0 and not window.services.database.read_only:
        BackupService(window.services.database).automatic("exit")
    window.services.close()
    return int(code)


def take_screenshot(
    *, database: str | None, page: str, out: Path, size: tuple[int, int], language: str
) -> Path:
    if page not in PAGE_NAMES:
        raise UserInputError(f"Unknown page {page!r}; choose one of: {', '.join(PAGE_NAMES)}")
    out = out.expanduser().resolve()
    if not out.parent.is_dir():
        raise UserInputError(f"The folder {out.parent} does not exist")
    app = create_application(language)
    services = open_services(database_spec(database))
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
