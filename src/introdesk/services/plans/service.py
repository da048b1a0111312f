"""Integration plan use cases (brief §1.3 step 4, §1.4, §2): drafts, elements, validation,
signing, revisions, history, revision reminders.

Signed versions never change: every edit goes through ``_edit_draft``, which refuses a signed
version. A revision is a new draft version copying the signed one, with a reason. Signing a
plan signs the integration contract with it and puts the participant in the programme from the
plan's start date. Every change is audited in the same transaction (entity ``plan_version``).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from introdesk.core import clock
from introdesk.domain.dates import add_months
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.plan_versions import (
    PlanChange,
    PlanHistoryEntry,
    PlanVersion,
    VersionStatus,
    plan_changes,
)
from introdesk.domain.plans import Finding, Plan, PlanElement, Severity
from introdesk.domain.records import AuditRecord
from introdesk.persistence.base import utcnow
from introdesk.persistence.models import ParticipantRow, PlanVersionRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import plans as repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.persistence.uow import UnitOfWork
from introdesk.rules.catalogue import ElementType
from introdesk.rules.durations import duration_limits
from introdesk.rules.plan_calendar import PlanCalendar, PlanWeek
from introdesk.rules.plan_context import PlanTables, duration_group_for, load_plan_tables
from introdesk.rules.plan_goals import RecommendedGoals
from introdesk.rules.plan_validation import validate_plan
from introdesk.rules.tables import DatedTable, load_table
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext
from introdesk.services.plans.element_edits import (
    with_element_added,
    with_element_moved,
    with_element_replaced,
    without_element,
)
from introdesk.services.plans.participant_facts import (
    plan_context,
    recommended_goals,
    recommended_start_goals,
)
from introdesk.services.plans.revisions import (
    RevisionReminder,
    by_head_participant,
    by_participant,
    due_reminders,
    head_in_force,
    interval_from_settings,
    plan_status,
    plans_in_force_within,
    version_in_force,
)
from introdesk.services.plans.signing import (
    ENTITY,
    mark_signed,
    refuse_errors,
    start_programme_on_signing,
)


@dataclass(frozen=True, slots=True)
class PlanValidation:
    participant_id: int
    plan_version: int | None  # None for a plan not (yet) stored
    findings: tuple[Finding, ...]
    row_version: int = 0  # the saved state checked; ``sign(expected_version=…)`` takes it

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)


def _audit_changes(changes: Iterable[PlanChange]) -> dict[str, tuple[object, object]]:
    result: dict[str, tuple[object, object]] = {}
    for change in changes:
        key, n = change.subject, 2
        while key in result:
            key, n = f"{change.subject}#{n}", n + 1
        result[key] = (change.old or None, change.new or None)
    return result


class PlanService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    @property
    def default_signer(self) -> str:
        """Who signs when nobody is named: the acting user."""
        return self._ctx.actor

    # --- rule data (loaded once per service) -------------------------------------------------

    @cached_property
    def tables(self) -> PlanTables:
        return load_plan_tables()

    @property
    def catalogue(self) -> dict[str, ElementType]:
        return dict(self.tables.catalogue)

    def week_view(self, plan: Plan, monday: date) -> PlanWeek:
        """The week from ``monday`` counted as ``plans validate`` counts it (the Plans page)."""
        return PlanCalendar.of(plan, self.tables.catalogue).week(monday)

    def blank_plan(self, participant_id: int, start: date) -> Plan:
        """An unsaved plan from ``start`` for the longest ordinary period the rules allow the
        participant (``plan_durations`` for the regime and the duration group the goals give,
        brief §1.4), with the recommended goals filled in (``recommended_start_goals``)."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = self._participant(uow, participant_id)
            blank = Plan(start=start, planned_end=start, end_goal=None, norwegian_goal=None)
            context = plan_context(row, blank)
            end_goal, norwegian = recommended_start_goals(row, blank, self._goal_table)
        group = duration_group_for(
            context.upper_secondary_completed, end_goal.type if end_goal else None
        )
        months = duration_limits(self.tables.durations, context.regime, group, start).max_months
        return replace(
            blank,
            planned_end=add_months(start, months) - timedelta(days=1),
            end_goal=end_goal,
            norwegian_goal=norwegian,
        )

    @cached_property
    def _goal_table(self) -> DatedTable:
        return load_table("norwegian_goal_by_education")

    def _recommended(self, row: ParticipantRow, plan: Plan) -> RecommendedGoals | None:
        return recommended_goals(row, plan, self._goal_table)

    # --- reading ------------------------------------------------------------------------------

    def versions(self, participant_id: int) -> builtins.list[PlanVersion]:
        """Every version of the participant's plan, oldest first."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            return repo.load_versions(uow.session, [participant_id]).get(participant_id, [])

    def version(self, version_id: int) -> PlanVersion:
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.get_row(uow.session, version_id)
            if row is None:
                raise NotFoundError(code="plans.no_version", id=version_id)
            return repo.load_version(uow.session, row)

    def current_version(self, participant_id: int) -> PlanVersion | None:
        """Newest signed version, else newest draft, else None."""
        return version_in_force(self.versions(participant_id))

    def newest_version(self, participant_id: int) -> PlanVersion | None:
        found = self.versions(participant_id)
        return found[-1] if found else None

    def current_plan(self, participant_id: int) -> Plan | None:
        """The plan in force: newest signed version, else newest draft, else None."""
        version = self.current_version(participant_id)
        return version.plan if version else None

    def current_versions(
        self,
        participant_ids: Iterable[int] | None = None,
        *,
        elements_within: tuple[date, date] | None = None,
    ) -> dict[int, PlanVersion]:
        """``current_version`` for many participants (all when None) in a few queries.

        ``elements_within`` (first, last): each plan keeps only the elements running on a day
        of that span (its period and leave whole), for a month's benefit."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            # Choose from the version heads first, then load only the versions in force.
            heads = by_head_participant(repo.version_heads(uow.session, participant_ids))
            chosen = [head_in_force(rows)[0] for rows in heads.values()]
            loaded = repo.load_versions_by_id(uow.session, chosen, elements_within=elements_within)
        return {version.participant_id: version for version in loaded}

    def current_plans(self, participant_ids: Iterable[int] | None = None) -> dict[int, Plan]:
        """``current_plan`` for many participants (all when None) in a few queries."""
        return {pid: v.plan for pid, v in self.current_versions(participant_ids).items()}

    def current_plans_within(
        self, participant_ids: Iterable[int] | None, first: date, last: date
    ) -> dict[int, Plan]:
        """``current_plans`` keeping only the elements running between ``first`` and ``last``
        (a month's benefit reads a quarter of the elements). Only what a month's figures read:
        the period, approved leave and those elements, no goals or texts."""
        return plans_in_force_within(self._ctx, participant_ids, first, last)

    def revision_interval_months(self) -> int:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return interval_from_settings(settings_repo.get_all(uow.session))

    def plan_status_by_participant(self) -> dict[int, str]:
        """``none``/``draft``/``signed``/``needs_revision`` per participant with any version
        (participants missing from the result have none).

        A signed plan needs revision when it was signed at least the configured interval ago
        (municipality setting ``plan_revision_interval_months``, default 6), it has not ended,
        and no newer draft revision has been started.
        """
        today = clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            months = interval_from_settings(settings_repo.get_all(uow.session))
            summaries = repo.version_summaries(uow.session)
        return {
            participant_id: plan_status(rows, months, today).value
            for participant_id, rows in by_participant(summaries).items()
        }

    def revision_reminders(self, today: date | None = None) -> builtins.list[RevisionReminder]:
        """Signed plans whose revision is due (interval from the municipality setting),
        oldest due first."""
        today = today or clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            months = interval_from_settings(settings_repo.get_all(uow.session))
            summaries = repo.version_summaries(uow.session)
        return due_reminders(by_participant(summaries), months, today)

    def history(self, participant_id: int) -> builtins.list[PlanHistoryEntry]:
        """Each version with what changed from the version before it."""
        entries = []
        previous: Plan | None = None
        for version in self.versions(participant_id):
            changes = plan_changes(previous, version.plan) if previous is not None else ()
            entries.append(PlanHistoryEntry(version, changes))
            previous = version.plan
        return entries

    def audit_history(self, version_id: int) -> builtins.list[AuditRecord]:
        """The audit rows of one plan version (who changed what, when)."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            return audit.history(uow.session, ENTITY, version_id)

    # --- validation ---------------------------------------------------------------------------

    def check(self, participant_id: int, plan: Plan) -> builtins.list[Finding]:
        """Findings for ``plan`` as if it were this participant's (nothing is stored)."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.participant_row(uow.session, participant_id)
            if row is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            return self._findings(row, plan)

    def _findings(self, row: ParticipantRow, plan: Plan) -> builtins.list[Finding]:
        return validate_plan(
            plan, plan_context(row, plan), self.tables, self._recommended(row, plan)
        )

    def validate(self, participant_id: int, version: int | None = None) -> PlanValidation:
        """Findings for the current plan (or a given version number) of the participant."""
        versions = self.versions(participant_id)
        if version is None:
            chosen = version_in_force(versions)
        else:
            chosen = next((v for v in versions if v.version == version), None)
        if chosen is None:
            if version is not None:
                raise NotFoundError(
                    code="plans.participant_has_no_version", id=participant_id, version=version
                )
            raise NotFoundError(code="plans.participant_has_no_plan", id=participant_id)
        findings = self.check(participant_id, chosen.plan)
        return PlanValidation(participant_id, chosen.version, tuple(findings), chosen.row_version)

    # --- writing ------------------------------------------------------------------------------

    def _participant(
        self, uow: UnitOfWork, participant_id: int, *, lock: bool = False
    ) -> ParticipantRow:
        row = repo.participant_row(uow.session, participant_id, for_update=lock)
        if row is None:
            raise NotFoundError(code="participants.not_found", id=participant_id)
        return row

    def _check_codes(self, plan: Plan) -> None:
        unknown = sorted({e.code for e in plan.elements} - set(self.tables.catalogue))
        if unknown:
            raise UserInputError(code="plans.unknown_elements", codes=", ".join(unknown))

    def create_draft(self, participant_id: int, plan: Plan, *, reason: str = "") -> PlanVersion:
        """A new draft version holding ``plan`` (the participant's first, or a new version)."""
        self._check_codes(plan)
        with self._ctx.database.unit_of_work() as uow:
            self._participant(uow, participant_id, lock=True)
            row = self._add_version(uow, participant_id, plan, reason)
            uow.commit()
            version_id = row.id
        return self.version(version_id)

    def _add_version(
        self, uow: UnitOfWork, participant_id: int, plan: Plan, reason: str
    ) -> PlanVersionRow:
        row = repo.add_version(uow.session, participant_id, plan, revision_reason=reason)
        audit.record(
            uow.session,
            actor=self._ctx.actor,
            action="create",
            entity=ENTITY,
            entity_id=row.id,
            changes={
                "participant_id": (None, participant_id),
                "version": (None, row.version),
                "start": (None, plan.start),
                "planned_end": (None, plan.planned_end),
                "elements": (None, len(plan.elements)),
                **({"revision_reason": (None, reason)} if reason else {}),
            },
        )
        return row

    def _edit_draft(
        self,
        version_id: int,
        edit: Callable[[Plan], Plan],
        expected_version: int | None = None,
    ) -> PlanVersion:
        with self._ctx.database.unit_of_work() as uow:
            row = repo.get_row(uow.session, version_id, for_update=True)
            if row is None:
                raise NotFoundError(code="plans.no_version", id=version_id)
            self._refuse_if_stale(uow, row, expected_version)
            if row.status != VersionStatus.DRAFT.value:
                raise UserInputError(code="plans.signed_unchangeable", version=row.version)
            before = repo.load_version(uow.session, row).plan
            after = edit(before)
            self._check_codes(after)
            changes = plan_changes(before, after)
            if changes:
                repo.write_content(uow.session, row, after)
                row.updated_at = utcnow()  # element-only edits bump the row version too
                audit.record(
                    uow.session,
                    actor=self._ctx.actor,
                    action="update",
                    entity=ENTITY,
                    entity_id=row.id,
                    changes=_audit_changes(changes),
                )
                uow.commit()
        return self.version(version_id)

    def update_draft(
        self, version_id: int, plan: Plan, *, expected_version: int | None = None
    ) -> PlanVersion:
        """Replace a draft's content (goals, dates, elements, leave).

        ``expected_version`` is the ``row_version`` of the copy the user edited: a draft saved
        by someone else since is refused (``ConflictError``), so a stale copy never drops
        another user's change."""
        return self._edit_draft(version_id, lambda _old: plan, expected_version)

    def _refuse_if_stale(
        self, uow: UnitOfWork, row: PlanVersionRow, expected_version: int | None
    ) -> None:
        refuse_if_stale(
            uow.session,
            what=f"Plan version {row.version}",
            entity=ENTITY,
            entity_id=row.id,
            current=row.row_version,
            expected=expected_version,
        )

    def add_element(self, version_id: int, element: PlanElement) -> PlanVersion:
        return self._edit_draft(version_id, lambda plan: with_element_added(plan, element))

    def update_element(self, version_id: int, index: int, element: PlanElement) -> PlanVersion:
        return self._edit_draft(
            version_id, lambda plan: with_element_replaced(plan, index, element)
        )

    def move_element(
        self, version_id: int, index: int, start: date, end: date | None = None
    ) -> PlanVersion:
        """New dates for an element; without ``end`` it keeps its length."""
        return self._edit_draft(
            version_id, lambda plan: with_element_moved(plan, index, start, end)
        )

    def remove_element(self, version_id: int, index: int) -> PlanVersion:
        return self._edit_draft(version_id, lambda plan: without_element(plan, index))

    def sign(
        self,
        participant_id: int,
        *,
        on: date | None = None,
        by: str | None = None,
        allow_errors: bool = False,
        expected_version: int | None = None,
    ) -> PlanVersion:
        """Sign the newest draft (and the integration contract with it).

        Refused while the plan has error findings (unless ``allow_errors``): the program must
        show that the plan is full time, year round and lawful before anyone signs. The
        participant is put in the programme from the plan's start date.
        """
        signed_on = on or clock.today()
        signer = (by or self._ctx.actor).strip()
        if not signer:
            raise UserInputError(code="plans.signer_required")
        with self._ctx.database.unit_of_work() as uow:
            # Checks and write in one transaction, the participant and the draft locked: an
            # edit cannot slip in between the check and the signature (brief issue 15).
            person = self._participant(uow, participant_id, lock=True)
            rows = repo.newest_rows(uow.session, participant_id, for_update=True)
            row = rows[0] if rows else None
            if row is None or row.status != VersionStatus.DRAFT.value:
                if row is None:
                    raise UserInputError(code="plans.no_draft_to_sign", id=participant_id)
                raise UserInputError(
                    code="plans.no_draft_to_sign_signed", id=participant_id, version=row.version
                )
            self._refuse_if_stale(uow, row, expected_version)
            newest = repo.load_version(uow.session, row)
            if not allow_errors:
                refuse_errors(newest, self._findings(person, newest.plan))
            mark_signed(uow.session, self._ctx.actor, row, signed_on, signer)
            self._enter_programme(uow, participant_id, newest.plan.start)
            uow.commit()
        return self.version(newest.id)

    def _enter_programme(self, uow: UnitOfWork, participant_id: int, start: date) -> None:
        """Signing a plan no longer sets "in programme" by itself (issue 14 item 1): with a
        decision and no start yet, it records the programme start on the plan's start date, and
        the status follows from that event."""
        self._participant(uow, participant_id)
        start_programme_on_signing(uow.session, self._ctx.actor, participant_id, start)

    def revise(self, participant_id: int, reason: str) -> PlanVersion:
        """A new draft version copying the newest signed one; the signed one stays as it is."""
        if not reason.strip():
            raise UserInputError(code="plans.revision_reason_required")
        with self._ctx.database.unit_of_work() as uow:
            # Checked under the participant's lock: two revisions cannot both see "no draft".
            self._participant(uow, participant_id, lock=True)
            rows = repo.newest_rows(uow.session, participant_id)
            signed = [r for r in rows if r.status == VersionStatus.SIGNED.value]
            if not signed:
                raise UserInputError(code="plans.nothing_to_revise", id=participant_id)
            if rows[0].version > signed[0].version:
                raise UserInputError(code="plans.draft_revision_exists", version=rows[0].version)
            plan = repo.load_version(uow.session, signed[0]).plan
            row = self._add_version(uow, participant_id, plan, reason.strip())
            uow.commit()
            version_id = row.id
        return self.version(version_id)

    def delete_draft(self, version_id: int) -> None:
        """Throw away a draft version (signed versions are kept for ever)."""
        with self._ctx.database.unit_of_work() as uow:
            row = repo.get_row(uow.session, version_id)
            if row is None:
                raise NotFoundError(code="plans.no_version", id=version_id)
            if row.status != VersionStatus.DRAFT.value:
                raise UserInputError(code="plans.signed_not_deleted")
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="delete",
                entity=ENTITY,
                entity_id=row.id,
                changes={"version": (row.version, None)},
            )
            uow.session.delete(row)
            uow.commit()
