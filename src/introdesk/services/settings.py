"""Municipality-wide settings (shared by every user of the database) and advisers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from introdesk.domain.errors import Coded, FieldProblem, UserInputError, ValidationError
from introdesk.domain.records import AdviserRecord
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import settings as repo
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext

KNOWN_SETTINGS = {
    "municipality_name": "",
    "municipality_number": "",
    "logo_path": "",
    # Printed on documents: the unit under the municipality name, and how to reach it.
    "unit_name": "",
    "contact_phone": "",
    "contact_email": "",
    "payment_period": "monthly",
    "welfare_leave_days_per_year": "",
    "plan_revision_interval_months": "6",  # services/plans/revisions.py: revision reminders
    "language": "nb",  # the municipality's default language (nb, nn or en); users choose theirs
    # The written standard of printed documents' Norwegian: nb (bokmål) or nn (nynorsk).
    "document_standard": "nb",
    # services/backups.py: empty folder = the data folder's backups; latest,daily,weekly,monthly
    "backup_folder": "",
    "backup_retention": "10,14,8,12",
}
# Names the command line accepts for stored keys (issue 14 item 4).
ALIASES = {
    "welfare_leave_days": "welfare_leave_days_per_year",
    "written_standard": "document_standard",
    "målform": "document_standard",
}
# The values of ``document_standard`` as the command line also accepts them.
DOCUMENT_STANDARDS = {
    **dict.fromkeys(["nb", "bokmål", "bokmal"], "nb"),
    **dict.fromkeys(["nn", "nynorsk"], "nn"),
}


def _whole_number(low: int, high: int) -> Callable[[str], Coded | None]:
    def check(value: str) -> Coded | None:
        if value == "":
            return None
        if not value.isdigit() or not low <= int(value) <= high:
            return Coded.of("settings.whole_number_range", low=low, high=high)
        return None

    return check


def _unless(
    ok: Callable[[str], bool], code: str, **params: object
) -> Callable[[str], Coded | None]:
    """A check that gives the coded reason ``code`` when ``ok(value)`` is false."""
    return lambda value: None if ok(value) else Coded.of(code, **params)


# A value's reason is coded: the window and the command line say it in the interface language.
VALIDATORS: dict[str, Callable[[str], Coded | None]] = {
    "municipality_name": _unless(lambda v: len(v) <= 100, "settings.longer_than", limit=100),
    "municipality_number": _unless(
        lambda v: v == "" or (len(v) == 4 and v.isdigit()), "settings.four_digits"
    ),
    "welfare_leave_days_per_year": _whole_number(0, 365),
    "plan_revision_interval_months": _whole_number(1, 60),
    "language": _unless(lambda v: v in ("nb", "nn", "en"), "settings.language_choice"),
    "document_standard": _unless(lambda v: v in ("nb", "nn"), "settings.document_standard_choice"),
    "payment_period": _unless(
        lambda v: v in ("monthly", "biweekly"), "settings.payment_period_choice"
    ),
    "contact_email": _unless(lambda v: v == "" or "@" in v, "settings.not_email"),
}


def setting_value(key: str, value: str) -> str:
    """A value as the command line may write it, in its stored form (``nynorsk`` → ``nn``)."""
    if key == "document_standard":
        return DOCUMENT_STANDARDS.get(value.strip().casefold(), value)
    return value


def setting_key(name: str) -> str:
    """The stored key for a name given on the command line (refused when unknown)."""
    key = ALIASES.get(name.strip(), name.strip())
    if key not in KNOWN_SETTINGS:
        known = ", ".join(sorted({*KNOWN_SETTINGS, *ALIASES}))
        raise UserInputError(code="settings.unknown", name=name, known=known)
    return key


@dataclass(frozen=True)
class MunicipalitySettings:
    values: dict[str, str]
    # row version per stored key, for ``save(expected_versions=…)`` (optimistic concurrency)
    versions: dict[str, int] = field(default_factory=dict)

    @property
    def municipality_name(self) -> str:
        return self.values.get("municipality_name", "")

    @property
    def document_standard(self) -> str:
        """``nb`` or ``nn``: the written standard of the documents' Norwegian text."""
        value = self.values.get("document_standard", "nb")
        return value if value in ("nb", "nn") else "nb"


class SettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def load(self) -> MunicipalitySettings:
        with self._ctx.database.unit_of_work(write=False) as uow:
            stored = repo.get_all(uow.session)
            versions = repo.versions(uow.session)
        return MunicipalitySettings({**KNOWN_SETTINGS, **stored}, versions)

    def save(
        self, changes: dict[str, str], expected_versions: Mapping[str, int] | None = None
    ) -> None:
        """Store settings (validated, each change audited) in one transaction.
        ``expected_versions`` (``MunicipalitySettings.versions`` as loaded): a setting saved by
        someone else since is refused with a ``ConflictError``."""
        unknown = sorted(set(changes) - set(KNOWN_SETTINGS))
        if unknown:
            raise UserInputError(code="settings.unknown_many", names=", ".join(unknown))
        problems = [
            FieldProblem.of(None, key, reason)
            for key, value in changes.items()
            if key in VALIDATORS and (reason := VALIDATORS[key](value.strip())) is not None
        ]
        if problems:
            raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            if expected_versions is not None:
                current = repo.versions(uow.session, for_update=True)
                for key in sorted(changes):
                    refuse_if_stale(
                        uow.session,
                        what=f"The setting {key}",
                        entity="setting",
                        entity_id=key,
                        current=current.get(key, 0),
                        expected=expected_versions.get(key, 0),
                    )
            for key, value in changes.items():
                old = repo.put(uow.session, key, value.strip())
                if old != value.strip():
                    audit.record(
                        uow.session,
                        actor=self._ctx.actor,
                        action="update",
                        entity="setting",
                        entity_id=key,
                        changes={key: (old, value.strip())},
                    )
            uow.commit()

    def advisers(self, *, active_only: bool = False) -> list[AdviserRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return repo.advisers(uow.session, active_only=active_only)

    def add_adviser(self, username: str, full_name: str, email: str = "") -> AdviserRecord:
        username, full_name = username.strip(), full_name.strip()
        if not username or not full_name:
            raise UserInputError(code="settings.adviser_needs_names")
        with self._ctx.database.unit_of_work() as uow:
            if repo.find_adviser(uow.session, username) is not None:
                raise UserInputError(code="settings.adviser_exists", username=username)
            record = repo.add_adviser(uow.session, username, full_name, email)
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="adviser",
                entity_id=record.id,
                changes={"username": (None, username), "full_name": (None, full_name)},
            )
            uow.commit()
        return record
