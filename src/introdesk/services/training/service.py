"""Norwegian and social-studies training (brief §4.0, §5.1): enrol a person, record leave,
exemptions and the end, and compute the status (category, deadline, hours, goal, warnings)
through the pure rules. Case data only: class attendance is entered in ``services.classes``.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable
from datetime import date

from introdesk.core import clock
from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.language_tests import ExemptionKind, TestHistory
from introdesk.domain.training import (
    TrainingEnrolment,
    TrainingOverview,
    TrainingRecord,
    TrainingState,
    YearHours,
)
from introdesk.persistence.models import TrainingExemptionRow, TrainingLeaveRow, TrainingRecordRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import training as repo
from introdesk.persistence.uow import UnitOfWork
from introdesk.rules.tables import load_table
from introdesk.rules.training import lesson_counting, teaching_hours
from introdesk.services.classes import ClassService
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext
from introdesk.services.training.enrolment import (
    checked_background,
    field_problem,
    new_record_row,
    set_permit_facts,
    starting_goal,
)
from introdesk.services.training.status import overview

# Results of Norskprøven and the social-studies test per participant (issue 7's service).
HistoryProvider = Callable[[int], TestHistory]


class TrainingService:
    def __init__(
        self,
        context: ServiceContext,
        classes: ClassService | None = None,
        test_history: HistoryProvider | None = None,
    ) -> None:
        self._ctx = context
        self._classes = classes or ClassService(context)
        self._test_history = test_history

    # --- reading ---------------------------------------------------------------------------

    def get(self, participant_id: int) -> TrainingRecord:
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.get_by_participant(uow.session, participant_id)
            if row is None:
                raise NotFoundError(code="training.not_enrolled", id=participant_id)
            return repo.to_record(uow.session, row)

    def find(self, participant_id: int) -> TrainingRecord | None:
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.get_by_participant(uow.session, participant_id)
            return None if row is None else repo.to_record(uow.session, row)

    def list(self) -> builtins.list[TrainingRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return self._records(uow)

    # --- changes ---------------------------------------------------------------------------

    def enrol_in_class(self, code: str, participant_id: int, start: date) -> None:
        """Put a person in class ``code`` from ``start``; someone not yet in training is
        enrolled in it first (window and command line alike, so no member lacks a record)."""
        if self.find(participant_id) is None:
            self.enrol(TrainingEnrolment(participant_id, start), class_code=code)
        else:
            self._classes.enrol(code, participant_id, start)

    def enrol(
        self,
        enrolment: TrainingEnrolment,
        *,
        permit: PermitType | None = None,
        permit_date: date | None = None,
        regime: Regime | None = None,
        class_code: str | None = None,
        uow: UnitOfWork | None = None,
    ) -> TrainingRecord:
        """Enrol a person (training only, Introduction Programme, or both in sequence).

        ``permit``/``permit_date``/``regime`` set the participant's permit when given
        (audited on the participant). The rights start defaults to the permit date, else the
        training start; the Norwegian goal to the table's recommendation for the education
        background. With ``class_code`` the person joins that class from the start, in the same
        transaction.
        """
        if uow is not None:
            return self._enrol(uow, enrolment, permit, permit_date, regime, class_code)
        with self._ctx.database.unit_of_work() as own:
            record = self._enrol(own, enrolment, permit, permit_date, regime, class_code)
            own.commit()
            return record

    def _enrol(
        self,
        uow: UnitOfWork,
        enrolment: TrainingEnrolment,
        permit: PermitType | None,
        permit_date: date | None,
        regime: Regime | None,
        class_code: str | None,
    ) -> TrainingRecord:
        session = uow.session
        person = participant_repo.get_row(session, enrolment.participant_id)
        if person is None:
            raise NotFoundError(code="participants.not_found", id=enrolment.participant_id)
        if repo.get_by_participant(session, enrolment.participant_id) is not None:
            raise UserInputError(code="training.already_enrolled", id=enrolment.participant_id)
        set_permit_facts(session, self._ctx.actor, person, permit, permit_date, regime)
        background = checked_background(enrolment, person)
        row = new_record_row(person, enrolment, background, starting_goal(enrolment, background))
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor=self._ctx.actor,
            action="create",
            entity="training",
            entity_id=row.id,
            changes={
                "participant_id": (None, person.id),
                "programme": (None, row.programme),
                "start_date": (None, row.start_date),
                "rights_start": (None, row.rights_start),
                "education_background": (None, background),
            },
        )
        if class_code:
            self._classes.enrol(class_code, person.id, enrolment.start, uow=uow)
        return repo.to_record(session, row)

    def add_exemption(
        self,
        participant_id: int,
        kind: ExemptionKind,
        decision_date: date,
        legal_basis: str = "",
        note: str = "",
    ) -> TrainingRecord:
        """Register an exemption decision; without a legal basis it is kept but warned about."""
        with self._ctx.database.unit_of_work() as uow:
            row = self._row(uow, participant_id)
            exemption = TrainingExemptionRow(
                training_id=row.id,
                kind=kind.value,
                legal_basis=legal_basis.strip(),
                decision_date=decision_date,
                note=note,
            )
            uow.session.add(exemption)
            uow.session.flush()
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="training_exemption",
                entity_id=exemption.id,
                changes={
                    "training_id": (None, row.id),
                    "kind": (None, kind),
                    "legal_basis": (None, exemption.legal_basis),
                    "decision_date": (None, decision_date),
                },
            )
            record = repo.to_record(uow.session, row)
            uow.commit()
        return record

    def add_leave(
        self, participant_id: int, start: date, end: date, reason: str = ""
    ) -> TrainingRecord:
        """Approved leave; its days are added to the deadline (brief §4.0 Duration)."""
        if end < start:
            raise field_problem("to", "rows.leave_ends_before_start")
        with self._ctx.database.unit_of_work() as uow:
            row = self._row(uow, participant_id)
            leave = TrainingLeaveRow(
                training_id=row.id, from_date=start, to_date=end, reason=reason
            )
            uow.session.add(leave)
            uow.session.flush()
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="training_leave",
                entity_id=leave.id,
                changes={"training_id": (None, row.id), "from": (None, start), "to": (None, end)},
            )
            record = repo.to_record(uow.session, row)
            uow.commit()
        return record

    def end(
        self,
        participant_id: int,
        state: TrainingState,
        end_date: date,
        reason: str,
        *,
        expected_version: int | None = None,
    ) -> TrainingRecord:
        """Finish or stop the training, with the date and the reason (brief §5.1).

        ``expected_version``: the record's ``row_version`` as read; a record changed by someone
        else since is refused with a ``ConflictError``."""
        if not state.ended:
            raise field_problem("state", "rows.completed_or_stopped")
        if not reason.strip():
            raise field_problem("reason", "rows.required")
        with self._ctx.database.unit_of_work() as uow:
            row = self._row(uow, participant_id)
            uow.session.refresh(row, with_for_update=True)  # locked for the check and write
            refuse_if_stale(
                uow.session,
                what=f"The training record of participant {participant_id}",
                entity="training",
                entity_id=row.id,
                current=row.row_version,
                expected=expected_version,
            )
            if end_date < row.start_date:
                raise field_problem("end_date", "rows.before_training_start")
            changes = {
                "state": (row.state, state.value),
                "end_date": (row.end_date, end_date),
                "end_reason": (row.end_reason, reason.strip()),
            }
            row.state, row.end_date, row.end_reason = state.value, end_date, reason.strip()
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="update",
                entity="training",
                entity_id=row.id,
                changes=changes,
            )
            record = repo.to_record(uow.session, row)
            uow.commit()
        return record

    def _row(self, uow: UnitOfWork, participant_id: int) -> TrainingRecordRow:
        row = repo.get_by_participant(uow.session, participant_id)
        if row is None:
            raise NotFoundError(code="training.not_enrolled", id=participant_id)
        return row

    def hours_per_year(self, year: int | None = None) -> builtins.list[YearHours]:
        """Hours per enrolled participant and calendar year, for the register and reports."""
        rule = lesson_counting(load_table("lesson_counting"), clock.today())
        with self._ctx.database.unit_of_work(write=False) as uow:
            records = {r.participant_id: r.participant_name for r in self._records(uow)}
            totals: dict[tuple[int, int], dict[str, int]] = {}
            for pid, subject, day, minutes in repo.attended_by_day(uow.session, list(records)):
                if year is not None and day.year != year:
                    continue
                by_subject = totals.setdefault((pid, day.year), {})
                by_subject[subject] = by_subject.get(subject, 0) + minutes
        return sorted(
            (
                YearHours(
                    pid,
                    records[pid],
                    when,
                    teaching_hours(by_subject.get("norwegian", 0), rule),
                    teaching_hours(by_subject.get("social_studies", 0), rule),
                )
                for (pid, when), by_subject in totals.items()
            ),
            key=lambda h: (h.name, h.participant_id, h.year),
        )

    def _records(self, uow: UnitOfWork) -> builtins.list[TrainingRecord]:
        return [
            repo.to_record(uow.session, row)
            for pid in repo.participant_ids(uow.session)
            if (row := repo.get_by_participant(uow.session, pid)) is not None
        ]

    # --- status ----------------------------------------------------------------------------

    def status(
        self, participant_id: int | None = None, *, among: Iterable[int] | None = None
    ) -> builtins.list[TrainingOverview]:
        """Category, deadline, hours, goal and warnings, for one person, for the enrolled
        people ``among`` the ids given (a class), or for everyone enrolled."""
        today = clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            session = uow.session
            if participant_id is not None:
                ids = [self._row(uow, participant_id).participant_id]
            else:
                ids = repo.participant_ids(session)
                if among is not None:
                    wanted = set(among)
                    ids = [pid for pid in ids if pid in wanted]
            minutes = repo.attended_minutes(session, ids)
            result = []
            for pid in ids:
                row = repo.get_by_participant(session, pid)
                person = participant_repo.get_row(session, pid)
                if row is None or person is None:
                    continue
                record = repo.to_record(session, row)
                history = self._test_history(pid) if self._test_history else TestHistory()
                result.append(overview(record, person, minutes, today, history))
        return result
