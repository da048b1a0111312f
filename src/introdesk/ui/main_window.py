"""The main window: navigation on the left, one page at a time, the open database in the
status bar. Thin on purpose: pages do the work, services hold the data."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QRect, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from introdesk.services.container import Services
from introdesk.ui import prefs
from introdesk.ui.database_safety import DamagedBanner, UpgradeNeededBanner, restore_action
from introdesk.ui.dialogs.about import show_about
from introdesk.ui.dialogs.audit_log import AuditLogDialog
from introdesk.ui.dialogs.open_server import ask_server_url
from introdesk.ui.dialogs.user_guide import UserGuideDialog
from introdesk.ui.pages.attendance import AttendancePage
from introdesk.ui.pages.base import Page, PlaceholderPage
from introdesk.ui.pages.benefit import BenefitPage, BenefitServices
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.pages.plan_status_column import PlanStatusSource
from introdesk.ui.pages.plans import PlansPage
from introdesk.ui.pages.reports import ReportsPage
from introdesk.ui.pages.settings import SettingsPage
from introdesk.ui.pages.tests import TestsPage
from introdesk.ui.pages.training import TrainingPage
from introdesk.ui.participant_documents import install_documents_action
from introdesk.ui.participant_sharing import install_share_action
from introdesk.ui.stall_probe import probe
from introdesk.ui.tasks import fetch

PAGE_NAMES = (
    "participants",
    "plans",
    "attendance",
    "tests",
    "training",
    "reports",
    "settings",
    "benefit",
)
Opener = Callable[[str], Services]


class MainWindow(QMainWindow):
    def __init__(self, services: Services, open_database: Opener | None = None) -> None:
        super().__init__()
        self.services = services
        self._open_database = open_database
        self.setWindowTitle("IntroDesk")
        self.setMinimumSize(720, 480)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        self._build_pages()
        self.navigation.currentRowChanged.connect(self._show_row)

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(splitter)
        self.damaged_banner: DamagedBanner | None = None
        self.upgrade_banner: UpgradeNeededBanner | None = None
        self.setCentralWidget(central)

        self.database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._show_database()
        self._show_damage()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------

    def _page_titles(self) -> dict[str, str]:
        return {
            "participants": self.tr("Participants"),
            "plans": self.tr("Plans"),
            "attendance": self.tr("Attendance"),
            "tests": self.tr("Tests"),
            "training": self.tr("Training"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
            "benefit": self.tr("Benefit"),
        }

    def _make_page(self, name: str) -> Page:
        not_yet = self.tr(
            "This part of IntroDesk is not built yet. It will come in a later version; "
            "until then, nothing here is saved or computed."
        )
        if name == "participants":
            page = ParticipantsPage(
                self.services.participants,
                self,
                importer=self.services.participant_import,
                plan_status=PlanStatusSource(self.services.plans.plan_status_by_participant),
                programme=self.services.programme,
            )
            install_documents_action(page, self.services.documents)  # Documents… (Ctrl+D)
            install_share_action(page, self.services.caseload)  # Share with adviser…
            return page
        if name == "plans":
            return PlansPage(self.services.plans, self.services.participants, self)
        if name == "reports":
            return ReportsPage(self.services.reports, self)
        if name == "training":
            return TrainingPage(
                self.services.training, self.services.classes, self.services.participants, self
            )
        if name == "settings":
            return SettingsPage(self.services.settings, self)
        if name == "tests":
            return TestsPage(self.services.language_tests, self)
        if name == "attendance":
            return AttendancePage(
                self.services.attendance, self.services.participants, self.services.settings, self
            )
        if name == "benefit":
            return BenefitPage(
                BenefitServices(
                    benefit=self.services.benefit,
                    programme=self.services.programme,
                    attendance=self.services.attendance,
                    participants=self.services.participants,
                    documents=self.services.documents,
                ),
                self,
            )
        return PlaceholderPage(self._page_titles()[name], not_yet, self)

    def _build_pages(self) -> None:
        for index, name in enumerate(PAGE_NAMES):
            page = self._make_page(name)
            page.setObjectName(f"page_{name}")
            self.pages[name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self._page_titles()[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.navigation.addItem(item)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        if (
            row != self.stack.currentIndex()
            and isinstance(leaving, Page)
            and not leaving.settle_unsaved_changes()
        ):
            # Avbryt (or a failed save): stay on the page, the navigation follows.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        with probe().section(f"page switch: {PAGE_NAMES[row]}"):
            self.stack.setCurrentIndex(row)
            page = self.stack.currentWidget()
            if isinstance(page, Page):
                listing = self.pages.get("participants")
                chosen = listing.selected() if isinstance(listing, ParticipantsPage) else None
                if chosen is not None and page is not listing:
                    page.follow_participant(chosen.id)
                page.reload_in_background()

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(PAGE_NAMES.index(name))

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_file = QAction(self.tr("&Open database file…"), self)
        open_file.setShortcut(QKeySequence.StandardKey.Open)
        open_file.triggered.connect(self._choose_database_file)
        connect = QAction(self.tr("&Connect to database server…"), self)
        connect.triggered.connect(self._choose_server)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        restore = restore_action(self, lambda: self.services, self.switch_database)
        for action in (open_file, connect, restore):
            action.setEnabled(self._open_database is not None)
            file_menu.addAction(action)
        file_menu.addSeparator()
        audit = QAction(self.tr("&Audit log…"), self)
        audit.triggered.connect(self.show_audit_log)
        file_menu.addAction(audit)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (name, title) in enumerate(self._page_titles().items()):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_page(n))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide and shortcuts"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About IntroDesk"), self)
        about.triggered.connect(lambda: show_about(self, self.services.database_display))
        help_menu.addAction(about)

    def show_audit_log(self) -> AuditLogDialog:
        """Who changed what (team leaders and administrators; others are told why not)."""
        dialog = AuditLogDialog(self.services.audit_log, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def _choose_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database file"),
            "",
            self.tr("IntroDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def _choose_server(self) -> None:
        url = ask_server_url(self)
        if url:
            self.switch_database(url)

    def switch_database(self, spec: str) -> bool:
        """Open another database; on failure the current one stays open and nothing changes."""
        if self._open_database is None:
            return False
        opener = self._open_database
        if not self.settle_unsaved_changes():
            return False
        services = fetch(self, lambda: opener(spec))
        if services is None:
            return False
        old = self.services
        self.services = services
        current = self.current_page_name()
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        self.pages.clear()
        self._build_pages()
        self._show_database()
        self._show_damage()
        old.close()
        self.show_page(current)
        return True

    def _show_database(self) -> None:
        text = self.tr("Database: %1").replace("%1", self.services.database_display)
        # Which mode the program is in (brief issue 16): on one PC roles are not enforced.
        login = self.services.server_login
        if login is None:
            mode = self.tr("one PC: roles are not enforced")
        else:
            mode = self.tr("shared server, signed in as %1").replace("%1", login)
        self.database_label.setText(f"{text} ({mode})")
        self.database_label.setToolTip(text)

    def _show_damage(self) -> None:
        """A database open read-only says so above the pages: a damaged one offers a backup,
        an older server schema waits for an administrator's upgrade (brief issue 16)."""
        for banner in (self.damaged_banner, self.upgrade_banner):
            if banner is not None:
                self._central_layout.removeWidget(banner)
                banner.deleteLater()
        self.damaged_banner = None
        self.upgrade_banner = None
        database = self.services.database
        if database.upgrade_needed:
            self.upgrade_banner = UpgradeNeededBanner(database.upgrade_needed, self)
            self._central_layout.insertWidget(0, self.upgrade_banner)
        elif database.read_only:
            self.damaged_banner = DamagedBanner(self.services, self.switch_database, self)
            self._central_layout.insertWidget(0, self.damaged_banner)

    # --- geometry ------------------------------------------------------------------------

    def show_user_guide(self) -> UserGuideDialog:
        dialog = UserGuideDialog(self)
        dialog.show()
        return dialog

    def _restore_geometry(self) -> None:
        geometry = prefs.user_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.setGeometry(first_start_geometry(self.screen().availableGeometry()))

    def settle_unsaved_changes(self) -> bool:
        """Every page with unsaved input asks Lagre / Forkast / Avbryt; False: stay open."""
        for name in PAGE_NAMES:
            page = self.pages.get(name)
            if page is not None and page.has_unsaved_changes():
                # Let the user see what the question is about (no reload, no second ask).
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(PAGE_NAMES.index(name))
                self.navigation.blockSignals(False)
                self.stack.setCurrentIndex(PAGE_NAMES.index(name))
                if not page.settle_unsaved_changes():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.settle_unsaved_changes():
            event.ignore()
            return
        settings = prefs.user_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)


def page_widget(window: MainWindow, name: str) -> QWidget:
    return window.pages[name]


def first_start_geometry(available: QRect) -> QRect:
    """Where the window opens the first time: most of the screen's free area (frame and task
    bar included), at most 1440 × 900, centred; never larger than the screen."""
    width = min(1440, int(available.width() * 0.92))
    height = min(900, int(available.height() * 0.9))
    area = QRect(0, 0, width, height)
    area.moveCenter(available.center())
    return area
