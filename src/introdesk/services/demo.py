"""Synthetic demonstration data: realistic names and checksum-valid (but invented) numbers.

Nothing here describes a real person. Names are common given and family names from the
backgrounds the programme serves; identity numbers are random with correct check digits.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from stdnum.no import fodselsnummer

from introdesk.core import clock
from introdesk.domain.codes import EducationLevel, ParticipantStatus, PermitType, Regime, Sex
from introdesk.domain.participant_details import (
    CompetenceMapping,
    Education,
    LanguageSkill,
    ParticipantFields,
    Qualification,
    WorkExperience,
)
from introdesk.domain.records import AdviserRecord
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.persistence.uow import Session, UnitOfWork
from introdesk.services import demo_tests
from introdesk.services.context import ServiceContext
from introdesk.services.demo_plans import add_demo_plans
from introdesk.services.demo_programme import add_demo_events
from introdesk.services.demo_training import add_training_demo

# (given names female, given names male, family names) per background.
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "arabic": (
        ["Amira", "Fatima", "Layla", "Noor", "Rania", "Huda", "Yasmin", "Salma"],
        ["Ahmad", "Omar", "Khaled", "Yusuf", "Hassan", "Mahmoud", "Tariq", "Bilal"],
        ["Al-Hassan", "Haddad", "Khalil", "Nasser", "Saleh", "Darwish", "Aziz", "Mansour"],
    ),
    "tigrinya": (
        ["Selam", "Helen", "Senait", "Mebrat", "Luwam", "Rahel", "Saba", "Yordanos"],
        ["Yonas", "Dawit", "Tesfay", "Habtom", "Filmon", "Samuel", "Berhane", "Mehari"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Woldu", "Kidane", "Tekle", "Asmerom", "Berhe"],
    ),
    "somali": (
        ["Hodan", "Ayaan", "Faadumo", "Sahra", "Khadra", "Ifrah", "Nimco", "Hibo"],
        ["Abdi", "Mohamed", "Farah", "Liban", "Abdirahman", "Guled", "Mahad", "Yasin"],
        ["Warsame", "Jama", "Abdullahi", "Hirsi", "Osman", "Farah", "Egal", "Dirie"],
    ),
    "dari": (
        ["Zahra", "Maryam", "Shabnam", "Parisa", "Nargis", "Farzana", "Mursal", "Sima"],
        ["Ali", "Mohammad", "Ahmad", "Sayed", "Jawad", "Farid", "Hamid", "Reza"],
        ["Ahmadi", "Rahimi", "Hosseini", "Karimi", "Sultani", "Noori", "Habibi", "Sadat"],
    ),
    "ukrainian": (
        ["Olena", "Iryna", "Oksana", "Kateryna", "Nataliia", "Yuliia", "Tetiana", "Anastasiia"],
        ["Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Volodymyr", "Ivan", "Bohdan"],
        [
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Tkachenko",
            "Melnyk",
            "Kravchenko",
            "Boiko",
            "Moroz",
        ],
    ),
    "norwegian": (
        ["Ingrid", "Kari", "Åse", "Solveig", "Ragnhild", "Sigrid"],
        ["Øystein", "Håkon", "Bjørn", "Ståle", "Jørgen", "Pål"],
        ["Østby", "Sæther", "Bråten", "Løvås", "Hågensen", "Ødegård"],
    ),
}
# The programme's participants are mostly from these backgrounds; Norwegian names appear for
# advisers and for participants with a Norwegian-born parent, kept rare.
BACKGROUND_WEIGHTS = {
    "arabic": 30,
    "tigrinya": 20,
    "somali": 15,
    "dari": 15,
    "ukrainian": 18,
    "norwegian": 2,
}

ADVISERS = [
    ("kari.nordmann", "Kari Nordmann"),
    ("ola.hansen", "Ola Hansen"),
    ("aase.solberg", "Åse Solberg"),
    ("leila.haddad", "Leila Haddad"),
]


def synthetic_national_id(birth: date, sex: Sex, rng: random.Random) -> str:
    """A random fødselsnummer for ``birth`` with valid check digits (not a real person's)."""
    century_ranges = {1800: (500, 749), 1900: (0, 499), 2000: (500, 999)}
    low, high = century_ranges[(birth.year // 100) * 100]
    while True:
        individual = rng.randint(low, high)
        if (individual % 2 == 1) != (sex is Sex.MALE):
            continue
        stem = f"{birth:%d%m}{birth.year % 100:02d}{individual:03d}"
        first = fodselsnummer.calc_check_digit1(stem)
        if first == "-":  # remainder 10: no valid check digit for this stem
            continue
        second = fodselsnummer.calc_check_digit2(stem + first)
        if second == "-":
            continue
        number = stem + first + second
        if fodselsnummer.is_valid(number):
            return number


# Competence by background: (country code, mother tongue, typical occupations).
BACKGROUND_FACTS: dict[str, tuple[str, str, list[str]]] = {
    "arabic": ("SY", "arabisk", ["lærer", "elektriker", "sykepleier", "kokk", "frisør"]),
    "tigrinya": ("ER", "tigrinja", ["bonde", "sjåfør", "snekker", "butikkmedarbeider"]),
    "somali": ("SO", "somali", ["selger", "sjåfør", "syerske", "kokk"]),
    "dari": ("AF", "dari", ["skredder", "mekaniker", "lærer", "bonde"]),
    "ukrainian": ("UA", "ukrainsk", ["ingeniør", "regnskapsfører", "lege", "rørlegger"]),
    "norwegian": ("NO", "norsk", ["butikkmedarbeider"]),
}
# Ages (completed years at the permit date), permit, regime, agreement, years since settlement:
# one scenario per right/duty outcome of brief §1.1, so demo data shows every category.
SCENARIOS: list[tuple[str, int, PermitType, Regime, bool, float]] = [
    ("right_and_duty", 30, PermitType.REFUGEE, Regime.INTEGRATION_ACT, True, 0.5),
    ("right_and_duty", 24, PermitType.RESETTLEMENT, Regime.INTEGRATION_ACT, True, 0.3),
    ("right_and_duty", 41, PermitType.FAMILY_IMMIGRATION, Regime.INTEGRATION_ACT, False, 0.6),
    ("right_and_duty", 35, PermitType.HUMANITARIAN, Regime.INTEGRATION_ACT, True, 0.9),
    # Chapter 6A ended on 30.6.2026: its people were settled (and decided on) before that.
    ("right_only", 33, PermitType.COLLECTIVE_PROTECTION, Regime.CHAPTER_6A, True, 0.9),
    ("may_be_offered", 63, PermitType.REFUGEE, Regime.INTEGRATION_ACT, True, 0.3),
    ("may_be_offered", 29, PermitType.REFUGEE, Regime.INTEGRATION_ACT, False, 0.2),
    ("not_eligible", 17, PermitType.RESETTLEMENT, Regime.INTEGRATION_ACT, True, 0.4),
    ("not_eligible", 38, PermitType.REFUGEE, Regime.INTEGRATION_ACT, True, 2.3),
]
SCENARIO_WEIGHTS = [30, 10, 12, 8, 20, 4, 4, 3, 4]
STATUS_WEIGHTS = [10, 8, 8, 50, 5, 3, 10, 6]  # in ParticipantStatus order
_PHASE = {
    ParticipantStatus.REFERRED: 0,
    ParticipantStatus.MAPPED: 1,
    ParticipantStatus.DECIDED: 2,
    ParticipantStatus.IN_PROGRAMME: 3,
    ParticipantStatus.ON_LEAVE: 3,
    ParticipantStatus.STOPPED: 3,
    ParticipantStatus.COMPLETED: 3,
    ParticipantStatus.INTERRUPTED: 3,
}
_EDUCATION_BY_BACKGROUND = {
    "ukrainian": [EducationLevel.HIGHER, EducationLevel.UPPER_SECONDARY],
}
_EDUCATION_LEVELS = list(EducationLevel)
_EDUCATION_WEIGHTS = [12, 15, 25, 28, 20]


def _birth_for_age(permit: date, age: int, rng: random.Random) -> date:
    """A birth date making the person ``age`` completed years old on ``permit``."""
    latest = date(permit.year - age, permit.month, min(permit.day, 28))
    return latest - timedelta(days=rng.randint(0, 360))


def demo_competence(
    background: str, level: EducationLevel, status: ParticipantStatus, rng: random.Random
) -> CompetenceMapping:
    country, tongue, jobs = BACKGROUND_FACTS[background]
    education = []
    if level is not EducationLevel.NONE:
        education.append(
            Education(
                level=EducationLevel.PRIMARY
                if level is not EducationLevel.PRIMARY_PARTIAL
                else level,
                country=country,
                years=9 if level is not EducationLevel.PRIMARY_PARTIAL else rng.randint(2, 6),
                completed=level is not EducationLevel.PRIMARY_PARTIAL,
            )
        )
    if level in (EducationLevel.UPPER_SECONDARY, EducationLevel.HIGHER):
        education.append(
            Education(
                level=EducationLevel.UPPER_SECONDARY,
                country=country,
                years=3,
                completed=True,
            )
        )
    if level is EducationLevel.HIGHER:
        education.append(
            Education(
                level=EducationLevel.HIGHER,
                country=country,
                field=rng.choice(["økonomi", "ingeniørfag", "sykepleie", "pedagogikk", "jus"]),
                years=rng.choice([3, 4, 5]),
                completed=rng.random() < 0.8,
            )
        )
    work: tuple[WorkExperience, ...] = ()
    if rng.random() < 0.7:
        work = (
            WorkExperience(
                occupation=rng.choice(jobs),
                country=country,
                years=Decimal(rng.randint(1, 30)) / 2,
            ),
        )
    languages = [LanguageSkill(language=tongue, level="mother_tongue")]
    if rng.random() < 0.4:
        languages.append(LanguageSkill(language="engelsk", level=rng.choice(["A2", "B1", "B2"])))
    if _PHASE[status] >= 3:
        languages.append(LanguageSkill(language="norsk", level=rng.choice(["A1", "A2", "B1"])))
    qualifications = []
    if work and rng.random() < 0.25:
        qualifications.append(
            Qualification(
                kind="prior_learning",
                country=country,
                trade=work[0].occupation,
                status=rng.choice(["not_applied", "applied", "approved"]),
            )
        )
    if background == "ukrainian" and rng.random() < 0.1:
        # Training taken in Poland: covered by HK-dir's approval scheme (brief §6).
        qualifications.append(
            Qualification(kind="vocational_approval", country="PL", trade="rorlegger")
        )
    if background == "arabic" and rng.random() < 0.1:
        # Not covered (Syria): the route is realkompetansevurdering (brief §6).
        qualifications.append(
            Qualification(
                kind="vocational_approval", country="SY", trade="frisor", status="rejected"
            )
        )
    return CompetenceMapping(
        education=tuple(education),
        work=work,
        languages=tuple(languages),
        qualifications=tuple(qualifications),
    )


@dataclass(frozen=True)
class DemoResult:
    advisers: int
    participants: int


DEMO_MUNICIPALITY = {
    "municipality_name": "Eksempel kommune (demo)",
    "municipality_number": "9999",
}


Progress = Callable[[str], None]


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def generate(
        self, participants: int, seed: int | None = None, progress: Progress | None = None
    ) -> DemoResult:
        """Add ``participants`` synthetic people covering every right/duty category and status
        (the first ones cycle through all of them), with a competence mapping each.
        ``progress`` is told each step as it starts (a large demo takes a while)."""
        say = progress or (lambda _step: None)
        rng = random.Random(seed)
        today = clock.today()
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            advisers, added_advisers = self._municipality_and_advisers(session)
            taken = participant_repo.all_national_ids(session)
            backgrounds = list(BACKGROUND_WEIGHTS)
            weights = list(BACKGROUND_WEIGHTS.values())
            statuses = list(ParticipantStatus)
            records: list[ParticipantFields] = []
            not_eligible: list[int] = []  # positions of people who get no decision
            mappings: list[CompetenceMapping] = []
            for index in range(participants):
                scenario = (
                    SCENARIOS[index]
                    if index < len(SCENARIOS)
                    else rng.choices(SCENARIOS, SCENARIO_WEIGHTS)[0]
                )
                _name, age, permit_type, regime, agreement, years_settled = scenario
                status = (
                    statuses[index % len(statuses)]
                    if index < len(statuses)
                    else rng.choices(statuses, STATUS_WEIGHTS)[0]
                )
                background = (
                    "ukrainian"
                    if permit_type is PermitType.COLLECTIVE_PROTECTION
                    else rng.choices(backgrounds, weights)[0]
                )
                if _name == "not_eligible":
                    not_eligible.append(index)
                female, male, family = NAMES[background]
                sex = rng.choice([Sex.FEMALE, Sex.MALE])
                phase = _PHASE[status]
                if phase < 3 and years_settled < 2:
                    # Still before the programme: most were settled in the last few months.
                    years_settled = rng.choice([0.05, 0.1, 0.15, 0.2, 0.3])
                settled = today - timedelta(days=int(years_settled * 365) + rng.randint(0, 30))
                permit = settled - timedelta(days=rng.randint(20, 200))
                birth = _birth_for_age(permit, age, rng)
                number = synthetic_national_id(birth, sex, rng)
                while number in taken:
                    number = synthetic_national_id(birth, sex, rng)
                taken.add(number)
                level = (
                    rng.choice(_EDUCATION_BY_BACKGROUND.get(background, []))
                    if background in _EDUCATION_BY_BACKGROUND
                    else rng.choices(_EDUCATION_LEVELS, _EDUCATION_WEIGHTS)[0]
                )
                mapped = settled + timedelta(days=rng.randint(15, 50)) if phase >= 1 else None
                decided = (
                    mapped + timedelta(days=rng.randint(5, 30)) if mapped and phase >= 2 else None
                )
                started = (
                    decided + timedelta(days=rng.randint(1, 20)) if decided and phase >= 3 else None
                )
                country, tongue, _jobs = BACKGROUND_FACTS[background]
                records.append(
                    ParticipantFields(
                        given_name=rng.choice(female if sex is Sex.FEMALE else male),
                        family_name=rng.choice(family),
                        birth_date=birth,
                        national_id=number,
                        sex=sex,
                        country_of_birth=country,
                        citizenship=country,
                        mother_tongue=tongue,
                        interpreter_needed=phase < 3 or rng.random() < 0.3,
                        interpreter_language=tongue,
                        settlement_municipality="Demo kommune",
                        settlement_date=settled,
                        settled_by_agreement=agreement,
                        permit_type=permit_type,
                        permit_date=permit,
                        regime=regime,
                        children_under_18=rng.choice([0, 0, 1, 2, 3]),
                        lives_with_parents=age < 25 and rng.random() < 0.5,
                        education_level=level,
                        completed_upper_secondary=level
                        in (EducationLevel.UPPER_SECONDARY, EducationLevel.HIGHER),
                        mapping_date=mapped,
                        career_guidance_date=mapped,
                        career_guidance_recommendation=(
                            "Arbeidsrettet løp med norskopplæring og språkpraksis."
                            if mapped
                            else ""
                        ),
                        decision_date=decided,
                        programme_start=started,
                        status=status,
                        adviser_id=rng.choice(advisers).id,
                    )
                )
                mappings.append(demo_competence(background, level, status, rng))
            say(f"storing {len(records)} participants")
            ids = self._store(session, records, mappings)
            self._add_case_history(uow, rng, today, ids, not_eligible, say)
            say("saving")
            uow.commit()
        return DemoResult(added_advisers, participants)

    def _municipality_and_advisers(self, session: Session) -> tuple[list[AdviserRecord], int]:
        """An invented municipality when none is set, and the demo advisers when there are
        none; returns the advisers and how many were added."""
        advisers = settings_repo.advisers(session)
        added_advisers = 0
        if not settings_repo.get_all(session).get("municipality_name", "").strip():
            # An invented municipality, so printed documents work on demo data at once.
            for key, value in DEMO_MUNICIPALITY.items():
                old = settings_repo.put(session, key, value)
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="update",
                    entity="setting",
                    entity_id=key,
                    changes={key: (old, value)},
                )
        if not advisers:
            for username, full_name in ADVISERS:
                advisers.append(settings_repo.add_adviser(session, username, full_name))
                added_advisers += 1
        return advisers, added_advisers

    def _store(
        self,
        session: Session,
        records: list[ParticipantFields],
        mappings: list[CompetenceMapping],
    ) -> list[int]:
        """The participants with their competence mappings, audited (their status history is
        written with the programme events, ``add_demo_events``)."""
        ids = participant_repo.add_many(session, records)
        for participant_id, mapping in zip(ids, mappings, strict=True):
            participant_repo.replace_competence(session, participant_id, mapping, flush=False)
            audit.record(
                session,
                actor=self._ctx.actor,
                action="create",
                entity="participant",
                entity_id=participant_id,
                changes={"source": (None, "demo")},
            )
        return ids

    def _add_case_history(
        self,
        uow: UnitOfWork,
        rng: random.Random,
        today: date,
        ids: list[int],
        not_eligible: list[int],
        say: Progress,
    ) -> None:
        """Test results, plans, training and programme events for the stored participants
        (``not_eligible``: positions of people who get no decision)."""
        say("test results")
        demo_tests.add_results(uow.session, rng, self._ctx.actor, today)
        say("integration plans")
        add_demo_plans(uow, self._ctx.actor, rng, today)
        say("training")
        add_training_demo(uow, self._ctx.actor, rng, today)
        say("programme events")
        add_demo_events(
            uow.session, ids, self._ctx.actor, rng, today, without={ids[i] for i in not_eligible}
        )
