"""What every printed document shares: the participant's language for the labels, the
municipality's header (with the written standard of the Norwegian, bokmål or nynorsk), the
contact person, the end goal's text and the element names."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from introdesk.domain.documents import DocumentPerson
from introdesk.domain.errors import UserInputError
from introdesk.domain.plans import EndGoal, EndGoalType
from introdesk.reporting.labels import NORWEGIAN, NYNORSK, load_labels
from introdesk.reporting.pdf.data import ContactPerson, DocumentHeader
from introdesk.rules.catalogue import ElementType
from introdesk.services.settings import KNOWN_SETTINGS, MunicipalitySettings

# Free-text language names (as typed in the participant record) → label catalogue code.
LANGUAGE_ALIASES: dict[str, str] = {
    **dict.fromkeys(["nb", "no", "nob", "norsk", "norwegian", "bokmål", "bokmal"], "nb"),
    **dict.fromkeys(["en", "eng", "english", "engelsk"], "en"),
    **dict.fromkeys(["ar", "ara", "arabic", "arabisk", "العربية"], "ar"),
    **dict.fromkeys(
        ["prs", "fa-af", "dari", "persian", "persisk", "farsi", "fa", "fas", "دری"], "prs"
    ),
    **dict.fromkeys(["ti", "tir", "tigrinya", "tigrinja", "ትግርኛ"], "ti"),
    **dict.fromkeys(["so", "som", "somali", "somalisk", "soomaali"], "so"),
    **dict.fromkeys(["uk", "ukr", "ukrainian", "ukrainsk", "українська"], "uk"),
}


END_GOAL_NB: dict[EndGoalType, str] = {
    EndGoalType.WORK: "Arbeid",
    EndGoalType.UPPER_SECONDARY: "Fullført videregående opplæring",
    EndGoalType.HIGHER_EDUCATION: "Høyere utdanning",
    EndGoalType.PRIMARY_SCHOOL: "Fullført grunnskole",
    EndGoalType.OTHER: "Annet mål",
}
NOT_SET_NB = "Fastsettes i integreringsplanen"
END_GOAL_NN: dict[EndGoalType, str] = {
    EndGoalType.WORK: "Arbeid",
    EndGoalType.UPPER_SECONDARY: "Fullført vidaregåande opplæring",
    EndGoalType.HIGHER_EDUCATION: "Høgare utdanning",
    EndGoalType.PRIMARY_SCHOOL: "Fullført grunnskule",
    EndGoalType.OTHER: "Anna mål",
}
NOT_SET_NN = "Blir fastsett i integreringsplanen"
# The adviser's role under the contact person's name.
ADVISER_ROLE = {NORWEGIAN: "Programrådgiver", NYNORSK: "Programrådgivar"}


def not_set_text(standard: str = NORWEGIAN) -> str:
    """ "To be set in the integration plan", in the written standard."""
    return NOT_SET_NN if standard == NYNORSK else NOT_SET_NB


def language_code(text: str) -> str | None:
    """The catalogue code for a language as typed in a record (``"Arabisk"`` → ``"ar"``)."""
    return LANGUAGE_ALIASES.get(text.strip().casefold())


def document_language(person: DocumentPerson) -> str:
    """The participant's language for the labels beside the Norwegian: the interpreter
    language, else the mother tongue, else Norwegian only."""
    for text in (person.interpreter_language, person.mother_tongue):
        code = language_code(text)
        if code is not None:
            return code
    return NORWEGIAN


def _with_nynorsk(codes: list[str]) -> list[str]:
    """The catalogue's codes with ``nn`` after ``nb`` (or first), for the list in a message."""
    at = codes.index(NORWEGIAN) + 1 if NORWEGIAN in codes else 0
    return [*codes[:at], NYNORSK, *codes[at:]]


def check_language(code: str) -> str:
    """A catalogue language code, or a UserInputError naming the codes there are."""
    languages = load_labels().languages
    if code not in languages:
        raise UserInputError(
            code="documents.unknown_language",
            language=repr(code),
            # nn: the Norwegian only, in nynorsk (DocumentService turns it into nb + nynorsk)
            choices=", ".join(_with_nynorsk(list(languages))),
        )
    return code


def header_from_settings(settings: MunicipalitySettings, printed_on: date) -> DocumentHeader:
    """Municipality name, logo and unit from the shared settings; the name is required."""
    values = {**KNOWN_SETTINGS, **settings.values}
    name = values["municipality_name"].strip()
    if not name:
        raise UserInputError(code="documents.no_municipality")
    return DocumentHeader(
        municipality=name,
        printed_on=printed_on,
        logo_path=values["logo_path"].strip() or None,
        unit=values["unit_name"].strip(),
        written_standard=settings.document_standard,
    )


def contact_from(person: DocumentPerson, settings: MunicipalitySettings) -> ContactPerson:
    """The participant's adviser, reached through the unit's phone (advisers have no phone
    field) and the adviser's e-mail, else the unit's."""
    values = {**KNOWN_SETTINGS, **settings.values}
    return ContactPerson(
        name=person.adviser_name or values["unit_name"] or values["municipality_name"],
        role=ADVISER_ROLE[settings.document_standard] if person.adviser_name else "",
        phone=values["contact_phone"].strip(),
        email=person.adviser_email or values["contact_email"].strip(),
    )


def end_goal_text(goal: EndGoal | None, standard: str = NORWEGIAN) -> str:
    """The coordinator's wording of the end goal, else its kind in the written standard."""
    if goal is None:
        return not_set_text(standard)
    names = END_GOAL_NN if standard == NYNORSK else END_GOAL_NB
    return goal.text.strip() or names[goal.type]


def end_goal_key(goal: EndGoal | None) -> str:
    """The label key of the end goal's kind: printed in both languages beside the free text."""
    return "end_goal.not_set" if goal is None else f"end_goal.{goal.type.value}"


def element_name(code: str, catalogue: Mapping[str, ElementType], standard: str = NORWEGIAN) -> str:
    """The element's Norwegian name in the written standard (``nb`` or ``nn``)."""
    found = catalogue.get(code)
    return found.name(standard) if found is not None else code
