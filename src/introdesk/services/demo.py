"""Synthetic demonstration data: realistic names and checksum-valid (but invented) numbers.

Nothing here describes a real person. Names are common given and family names from the
backgrounds the programme serves; identity numbers are random with correct check digits.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from stdnum.no import fodselsnummer

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus, Sex
from introdesk.domain.records import NewParticipant
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.services.context import ServiceContext
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


@dataclass(frozen=True)
class DemoResult:
    advisers: int
    participants: int


class DemoService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def generate(self, participants: int, seed: int | None = None) -> DemoResult:
        rng = random.Random(seed)
        today = clock.today()
        with self._ctx.database.unit_of_work() as uow:
            session = uow.session
            advisers = settings_repo.advisers(session)
            added_advisers = 0
            if not advisers:
                for username, full_name in ADVISERS:
                    advisers.append(settings_repo.add_adviser(session, username, full_name))
                    added_advisers += 1
            taken: set[str] = set()
            backgrounds = list(BACKGROUND_WEIGHTS)
            weights = list(BACKGROUND_WEIGHTS.values())
            statuses = list(ParticipantStatus)
            for _ in range(participants):
                background = rng.choices(backgrounds, weights)[0]
                female, male, family = NAMES[background]
                sex = rng.choice([Sex.FEMALE, Sex.MALE])
                given = rng.choice(female if sex is Sex.FEMALE else male)
                birth = today - timedelta(days=rng.randint(18 * 365 + 5, 58 * 365))
                number = synthetic_national_id(birth, sex, rng)
                while number in taken or participant_repo.find_id_by_national_id(session, number):
                    number = synthetic_national_id(birth, sex, rng)
                taken.add(number)
                row = participant_repo.add(
                    session,
                    NewParticipant(
                        given_name=given,
                        family_name=rng.choice(family),
                        birth_date=birth,
                        national_id=number,
                        sex=sex,
                        status=rng.choices(statuses, [10, 8, 8, 50, 5, 3, 10, 6])[0],
                        adviser_id=rng.choice(advisers).id,
                    ),
                )
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="create",
                    entity="participant",
                    entity_id=row.id,
                    changes={"source": (None, "demo")},
                )
            add_training_demo(uow, self._ctx.actor, rng, today)
            uow.commit()
        return DemoResult(added_advisers, participants)
