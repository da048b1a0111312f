"""All services for one opened database, built in one place and handed to the window and the
commands (no global object: each page receives what it needs from here)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from introdesk.core import paths
from introdesk.persistence.database import Database
from introdesk.persistence.migrate import UpgradeResult
from introdesk.services.classes import ClassService
from introdesk.services.context import ServiceContext, default_actor
from introdesk.services.database_admin import open_for_use
from introdesk.services.demo import DemoService
from introdesk.services.participant_import import ParticipantImportService
from introdesk.services.participants import ParticipantService
from introdesk.services.settings import SettingsService
from introdesk.services.training import TrainingService


@dataclass
class Services:
    context: ServiceContext
    participants: ParticipantService
    settings: SettingsService
    demo: DemoService
    participant_import: ParticipantImportService
    training: TrainingService
    classes: ClassService
    upgrade: UpgradeResult | None = None

    @property
    def database(self) -> Database:
        return self.context.database

    @property
    def database_display(self) -> str:
        return self.context.database.display()

    def close(self) -> None:
        self.context.database.close()


def build_services(database: Database, actor: str | None = None) -> Services:
    context = ServiceContext(database=database, actor=actor or default_actor())
    classes = ClassService(context)
    return Services(
        context=context,
        participants=ParticipantService(context),
        settings=SettingsService(context),
        demo=DemoService(context),
        participant_import=ParticipantImportService(context),
        training=TrainingService(context, classes),
        classes=classes,
    )


def open_services(spec: str | Path, actor: str | None = None) -> Services:
    """Open a database for work (backing up and upgrading an older schema) and build services."""
    locations = paths.current()
    locations.ensure()
    database, result = open_for_use(spec, locations.backups)
    services = build_services(database, actor)
    services.upgrade = result
    return services
