"""The main window's pages, each built on the open database's services.

A module of its own so that the window can show before the pages (and the services and database
library under them) are loaded: ``MainWindow`` imports this when it builds the pages, after the
database is open (issue 18, first paint); ``app.gui`` loads it ahead, in the worker thread that
opens the database.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from introdesk.services.container import Services
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


def make_page(name: str, services: Services, parent: QWidget, title: str) -> Page:
    if name == "participants":
        page = ParticipantsPage(
            services.participants,
            parent,
            importer=services.participant_import,
            plan_status=PlanStatusSource(services.plans.plan_status_by_participant),
            programme=services.programme,
        )
        install_documents_action(page, services.documents)  # Documents… (Ctrl+D)
        install_share_action(page, services.caseload)  # Share with adviser…
        return page
    if name == "plans":
        return PlansPage(services.plans, services.participants, parent)
    if name == "reports":
        return ReportsPage(services.reports, parent)
    if name == "training":
        return TrainingPage(services.training, services.classes, services.participants, parent)
    if name == "settings":
        return SettingsPage(services.settings, parent)
    if name == "tests":
        return TestsPage(services.language_tests, parent)
    if name == "attendance":
        return AttendancePage(services.attendance, services.participants, services.settings, parent)
    if name == "benefit":
        return BenefitPage(
            BenefitServices(
                benefit=services.benefit,
                programme=services.programme,
                attendance=services.attendance,
                participants=services.participants,
                documents=services.documents,
            ),
            parent,
        )
    not_yet = QCoreApplication.translate(
        "MainWindow",
        "This part of IntroDesk is not built yet. It will come in a later version; "
        "until then, nothing here is saved or computed.",
    )
    return PlaceholderPage(title, not_yet, parent)
