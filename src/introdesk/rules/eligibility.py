"""Right and duty to the Introduction Programme (brief §1.1).

``assess_eligibility`` checks each condition of integreringsloven § 8 as the brief describes it
and keeps a reason for every check, met or not, in plain Bokmål, Nynorsk and English citing the
law (``Reason.text``, ``Reason.text_nn`` and ``Reason.text_en``, as ``Finding.message_nb``/
``message_nn``/``message_en`` of the plan rules); each check decides its outcome at once and
writes its reason only when ``Eligibility.reasons`` is read (``Outcome``). The category is
the most restrictive outcome of all checks:

- a non-qualifying permit (labour, student, EEA/Nordic, other) or an age under the lower limit
  → ``NOT_ELIGIBLE``; so is a decision made after 2 years or more in the municipality;
- over the upper age limit, settled without agreement where agreement is required, a family
  member of someone outside the target groups → ``MAY_BE_OFFERED`` (kan-tilbud);
- otherwise ``RIGHT_AND_DUTY``, or ``RIGHT_ONLY`` under chapter 6A (collective protection) on
  a reference date chapter 6A still applies (table ``chapter_6a``); after its end date the
  ordinary rules decide (issue 14 item 3).

The two years are counted from the first settlement in **a** Norwegian municipality, not only
this one (issue 14 item 3; ``deadlines.two_year_window_start``).

Ages (``completed_years``)
    Age is in completed years on the permit date: a person is 18 on their 18th birthday. Someone
    born on 29 February has their birthday on 1 March in other years (the year is not complete
    until 28 February is over); the brief does not say, so this is our documented choice. "To and
    including 55" means the person qualifies up to the day before the 56th birthday.

Which age-limit row
    The row of ``intro_age_limits`` valid on the decision date (or on ``as_of`` before a
    decision), because the brief asks to record the rule version applied with the decision and
    no transitional rule is known (brief, opening table on the 2025 amendment).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from introdesk.domain.codes import Category, PermitType, Regime
from introdesk.domain.participants import ParticipantFacts
from introdesk.domain.wording import in_language
from introdesk.rules.chapter_6a import chapter_6a_applies, chapter_6a_end
from introdesk.rules.deadlines import decision_window_last_day, two_year_window_start
from introdesk.rules.tables import DatedRow, DatedTable

QUALIFYING_PERMITS = frozenset(
    {
        PermitType.REFUGEE,
        PermitType.RESETTLEMENT,
        PermitType.HUMANITARIAN,
        PermitType.COLLECTIVE_PROTECTION,
        PermitType.FAMILY_IMMIGRATION,
        PermitType.INDEPENDENT,
    }
)
# § 9 letters f and g: no settlement agreement needed (brief §1.1).
AGREEMENT_NOT_REQUIRED = frozenset({PermitType.FAMILY_IMMIGRATION, PermitType.INDEPENDENT})
# Most to least restrictive; the result is the first one any check produced.
_SEVERITY = (
    Category.NOT_ELIGIBLE,
    Category.MAY_BE_OFFERED,
    Category.RIGHT_ONLY,
    Category.RIGHT_AND_DUTY,
)


class Check(StrEnum):
    PERMIT = "permit"
    AGE = "age"
    SPONSOR = "sponsor"
    AGREEMENT = "agreement"
    TIME_IN_MUNICIPALITY = "time_in_municipality"
    CHAPTER_6A = "chapter_6a"
    REGIME = "regime"


@dataclass(frozen=True, slots=True)
class Reason:
    """One check and its outcome, readable by the coordinator: ``text`` in Bokmål, ``text_nn``
    in Nynorsk (integreringslova) and ``text_en`` in English (Integration Act), for a window
    that speaks nn or en."""

    check: Check
    met: bool
    text: str
    text_nn: str = ""
    text_en: str = ""

    def text_in(self, language: str) -> str:
        """The reason in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.text, self.text_nn, self.text_en)


Words = Callable[[], tuple[str, str, str]]  # (Bokmål, Nynorsk, English)


@dataclass(frozen=True, slots=True, eq=False)
class Outcome:
    """One check's answer; its ``Reason`` is written only when read (``Eligibility.reasons``):
    a list of thousands needs the categories, not their texts (issue 18)."""

    category: Category
    check: Check
    met: bool
    words: Words

    def reason(self) -> Reason:
        return Reason(self.check, self.met, *self.words())

    def _key(self) -> tuple[Category, Check, bool, tuple[str, str, str]]:
        return self.category, self.check, self.met, self.words()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Outcome):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())


@dataclass(frozen=True, slots=True)
class Eligibility:
    category: Category
    outcomes: tuple[Outcome, ...]
    age_at_permit: int
    reference_date: date  # decision date, or as_of when there is no decision yet
    age_limit_row: DatedRow

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Every check's reason, met or not, in the order checked."""
        return tuple(outcome.reason() for outcome in self.outcomes)

    def texts(self, language: str = "nb") -> list[str]:
        return [reason.text_in(language) for reason in self.reasons]


def completed_years(born: date, on: date) -> int:
    """Age in completed years on ``on`` (29 February birthdays fall on 1 March otherwise)."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _is_chapter_6a(facts: ParticipantFacts) -> bool:
    return (
        facts.regime is Regime.CHAPTER_6A or facts.permit_type is PermitType.COLLECTIVE_PROTECTION
    )


def _chapter_6a_over(reference: date, table: DatedTable) -> Words:
    def words() -> tuple[str, str, str]:
        end = chapter_6a_end(table)
        until = f" gjaldt til {end:%d.%m.%Y}" if end is not None else " gjelder ikke"
        until_nn = f" galdt til {end:%d.%m.%Y}" if end is not None else " gjeld ikkje"
        until_en = f" applied until {end:%d.%m.%Y}" if end is not None else " do not apply"
        return (
            f"De midlertidige reglene i kapittel 6A{until}; {reference:%d.%m.%Y} vurderes "
            "retten etter de ordinære reglene (integreringsloven § 8).",
            f"Dei mellombelse reglane i kapittel 6A{until_nn}; {reference:%d.%m.%Y} blir "
            "retten vurdert etter dei ordinære reglane (integreringslova § 8).",
            f"The temporary rules of chapter 6A{until_en}; on {reference:%d.%m.%Y} the right is "
            "assessed under the ordinary rules (Integration Act § 8).",
        )

    return words


def _fixed(nb: str, nn: str, en: str) -> Words:
    """The words of a reason that reads the same for everyone."""
    texts = (nb, nn, en)
    return lambda: texts


_PERMIT_GIVES_RIGHT = _fixed(
    "Oppholdstillatelsen gir rett til introduksjonsprogram (integreringsloven § 8).",
    "Opphaldsløyvet gir rett til introduksjonsprogram (integreringslova § 8).",
    "The residence permit gives a right to the introduction programme (Integration Act § 8).",
)
_LABOUR_FAMILY = _fixed(
    "Familiemedlem av en person utenfor målgruppen: ingen rett, men kommunen kan tilby "
    "program (integreringsloven § 8).",
    "Familiemedlem av ein person utanfor målgruppa: ingen rett, men kommunen kan tilby "
    "program (integreringslova § 8).",
    "Family member of a person outside the target group: no right, but the municipality "
    "may offer the programme (Integration Act § 8).",
)
_EEA = _fixed(
    "Nordiske borgere og EØS-borgere er utenfor ordningen (integreringsloven § 8).",
    "Nordiske borgarar og EØS-borgarar er utanfor ordninga (integreringslova § 8).",
    "Nordic and EEA citizens are outside the scheme (Integration Act § 8).",
)
_PERMIT_GIVES_NO_RIGHT = _fixed(
    "Oppholdstillatelsen gir ikke rett til introduksjonsprogram (integreringsloven § 8).",
    "Opphaldsløyvet gir ikkje rett til introduksjonsprogram (integreringslova § 8).",
    "The residence permit gives no right to the introduction programme (Integration Act § 8).",
)


def _permit(facts: ParticipantFacts) -> Outcome:
    permit = facts.permit_type
    if permit in QUALIFYING_PERMITS:
        return Outcome(Category.RIGHT_AND_DUTY, Check.PERMIT, True, _PERMIT_GIVES_RIGHT)
    if permit is PermitType.LABOUR_FAMILY:
        return Outcome(Category.MAY_BE_OFFERED, Check.PERMIT, False, _LABOUR_FAMILY)
    words = _EEA if permit is PermitType.EEA else _PERMIT_GIVES_NO_RIGHT
    return Outcome(Category.NOT_ELIGIBLE, Check.PERMIT, False, words)


def _age(age: int, row: DatedRow) -> Outcome:
    low, high = int(row.value["min_age"]), int(row.value["max_age"])
    if age < low:
        category, met = Category.NOT_ELIGIBLE, False
    elif age > high:
        category, met = Category.MAY_BE_OFFERED, False
    else:
        category, met = Category.RIGHT_AND_DUTY, True

    def words() -> tuple[str, str, str]:
        note = (
            " Ikrafttredelsen av denne aldersgrensen er ikke bekreftet." if row.unconfirmed else ""
        )
        note_nn = " Ikraftsetjinga av aldersgrensa er ikkje stadfesta." if row.unconfirmed else ""
        note_en = " When this age limit takes effect is not confirmed." if row.unconfirmed else ""
        limits = f"{low}–{high} år (regel fra {row.effective_from:%d.%m.%Y})"
        limits_nn = f"{low}–{high} år (regel frå {row.effective_from:%d.%m.%Y})"
        limits_en = f"{low}–{high} years (rule from {row.effective_from:%d.%m.%Y})"
        if age < low:
            return (
                f"Var {age} år da tillatelsen ble gitt; aldersgrensen er {limits} "
                f"(integreringsloven § 8).{note}",
                f"Var {age} år då løyvet vart gitt; aldersgrensa er {limits_nn} "
                f"(integreringslova § 8).{note_nn}",
                f"Was {age} when the permit was granted; the age limit is {limits_en} "
                f"(Integration Act § 8).{note_en}",
            )
        if age > high:
            return (
                f"Var {age} år da tillatelsen ble gitt, over aldersgrensen {limits}: ingen rett, "
                f"men kommunen kan tilby program (integreringsloven § 8).{note}",
                f"Var {age} år då løyvet vart gitt, over aldersgrensa {limits_nn}: ingen rett, "
                f"men kommunen kan tilby program (integreringslova § 8).{note_nn}",
                f"Was {age} when the permit was granted, above the age limit {limits_en}: no "
                f"right, but the municipality may offer the programme (Integration Act § 8)."
                f"{note_en}",
            )
        return (
            f"Var {age} år da tillatelsen ble gitt, innenfor {limits} (integreringsloven § 8)."
            f"{note}",
            f"Var {age} år då løyvet vart gitt, innanfor {limits_nn} (integreringslova § 8)."
            f"{note_nn}",
            f"Was {age} when the permit was granted, within {limits_en} "
            f"(Integration Act § 8).{note_en}",
        )

    return Outcome(category, Check.AGE, met, words)


_SPONSOR_SETTLED_LONG = _fixed(
    "Referansepersonen hadde bodd 5 år eller mer i en kommune da søknaden ble fremmet: "
    "ingen rett, men kommunen kan tilby program (integreringsloven § 8).",
    "Referansepersonen hadde budd 5 år eller meir i ein kommune då søknaden vart fremja: "
    "ingen rett, men kommunen kan tilby program (integreringslova § 8).",
    "The sponsor had lived 5 years or more in a municipality when the application was "
    "made: no right, but the municipality may offer the programme (Integration Act § 8).",
)


def _sponsor(facts: ParticipantFacts) -> Outcome | None:
    if facts.permit_type is not PermitType.FAMILY_IMMIGRATION:
        return None
    if facts.sponsor_settled_under_five_years is False:
        return Outcome(Category.MAY_BE_OFFERED, Check.SPONSOR, False, _SPONSOR_SETTLED_LONG)
    known = "" if facts.sponsor_settled_under_five_years else " (ikke registrert: kontroller)"
    known_nn = "" if facts.sponsor_settled_under_five_years else " (ikkje registrert: kontroller)"
    known_en = "" if facts.sponsor_settled_under_five_years else " (not recorded: check)"
    return Outcome(
        Category.RIGHT_AND_DUTY,
        Check.SPONSOR,
        facts.sponsor_settled_under_five_years is True,
        _fixed(
            f"Referansepersonen hadde bodd under 5 år i en kommune{known} (integreringsloven § 8).",
            f"Referansepersonen hadde budd under 5 år i ein kommune{known_nn} "
            "(integreringslova § 8).",
            f"The sponsor had lived less than 5 years in a municipality{known_en} "
            "(Integration Act § 8).",
        ),
    )


_AGREEMENT_NOT_REQUIRED = _fixed(
    "Bosetting etter avtale kreves ikke for familieinnvandring og selvstendig "
    "tillatelse (integreringsloven § 8).",
    "Busetjing etter avtale er ikkje kravd for familieinnvandring og sjølvstendig "
    "løyve (integreringslova § 8).",
    "Settlement by agreement is not required for family immigration and independent "
    "permits (Integration Act § 8).",
)
_SETTLED_BY_AGREEMENT = _fixed(
    "Bosatt etter avtale mellom kommunen og IMDi (integreringsloven § 8).",
    "Busett etter avtale mellom kommunen og IMDi (integreringslova § 8).",
    "Settled by agreement between the municipality and IMDi (Integration Act § 8).",
)
_SETTLED_WITHOUT_AGREEMENT = _fixed(
    "Bosatt uten avtale med IMDi: ingen rett, men kommunen kan tilby program "
    "(integreringsloven § 8).",
    "Busett utan avtale med IMDi: ingen rett, men kommunen kan tilby program "
    "(integreringslova § 8).",
    "Settled without an agreement with IMDi: no right, but the municipality may offer the "
    "programme (Integration Act § 8).",
)


def _agreement(facts: ParticipantFacts) -> Outcome:
    if facts.permit_type in AGREEMENT_NOT_REQUIRED:
        return Outcome(Category.RIGHT_AND_DUTY, Check.AGREEMENT, True, _AGREEMENT_NOT_REQUIRED)
    if facts.settled_by_agreement:
        return Outcome(Category.RIGHT_AND_DUTY, Check.AGREEMENT, True, _SETTLED_BY_AGREEMENT)
    return Outcome(Category.MAY_BE_OFFERED, Check.AGREEMENT, False, _SETTLED_WITHOUT_AGREEMENT)


_NOT_SETTLED = _fixed(
    "Ikke bosatt ennå: toårsgrensen er ikke begynt å løpe (integreringsloven § 8).",
    "Ikkje busett enno: toårsgrensa har ikkje byrja å gå (integreringslova § 8).",
    "Not settled yet: the two-year limit has not started to run (Integration Act § 8).",
)


def _time_in_municipality(
    facts: ParticipantFacts, reference: date, deadlines: DatedTable
) -> Outcome:
    window_start = two_year_window_start(facts, deadlines)
    if window_start is None:
        return Outcome(Category.RIGHT_AND_DUTY, Check.TIME_IN_MUNICIPALITY, True, _NOT_SETTLED)
    too_long = reference > decision_window_last_day(window_start, deadlines)

    def words() -> tuple[str, str, str]:
        when = f"{reference:%d.%m.%Y}"
        since = f"bosatt i en norsk kommune fra {window_start:%d.%m.%Y}"
        since_nn = f"busett i ein norsk kommune frå {window_start:%d.%m.%Y}"
        since_en = f"settled in a Norwegian municipality from {window_start:%d.%m.%Y}"
        if too_long:
            return (
                f"Hadde bodd 2 år eller mer i en kommune {when} ({since}); retten gjelder bare "
                "ved vedtak før 2 år i en kommune (integreringsloven § 8).",
                f"Hadde budd 2 år eller meir i ein kommune {when} ({since_nn}); retten gjeld "
                "berre ved vedtak før 2 år i ein kommune (integreringslova § 8).",
                f"Had lived 2 years or more in a municipality on {when} ({since_en}); the right "
                "applies only to a decision made within 2 years in a municipality "
                "(Integration Act § 8).",
            )
        return (
            f"Hadde bodd under 2 år i en kommune {when} ({since}) (integreringsloven § 8).",
            f"Hadde budd under 2 år i ein kommune {when} ({since_nn}) (integreringslova § 8).",
            f"Had lived less than 2 years in a municipality on {when} ({since_en}) "
            "(Integration Act § 8).",
        )

    if too_long:
        return Outcome(Category.NOT_ELIGIBLE, Check.TIME_IN_MUNICIPALITY, False, words)
    return Outcome(Category.RIGHT_AND_DUTY, Check.TIME_IN_MUNICIPALITY, True, words)


_COLLECTIVE_PROTECTION = _fixed(
    "Kollektiv beskyttelse (kapittel 6A): rett, men ikke plikt; kommunen kan avslå "
    "ved (tilbud om) nær fulltidsarbeid (integreringsloven § 8).",
    "Kollektivt vern (kapittel 6A): rett, men ikkje plikt; kommunen kan avslå "
    "ved (tilbod om) nær fulltidsarbeid (integreringslova § 8).",
    "Collective protection (chapter 6A): a right, but no duty; the municipality "
    "may refuse on (an offer of) near full-time work (Integration Act § 8).",
)
_REGIME_MISMATCH = _fixed(
    "Tillatelsestype og regelverk stemmer ikke overens: kollektiv beskyttelse "
    "hører under integreringsloven kapittel 6A.",
    "Løyvetype og regelverk stemmer ikkje overeins: kollektivt vern høyrer "
    "under integreringslova kapittel 6A.",
    "Permit type and regime do not match: collective protection falls under "
    "chapter 6A of the Integration Act.",
)
_INTRODUCTION_ACT = _fixed(
    "Følger introduksjonsloven (tillatelse eller ankomst før 1.1.2021); vurdert "
    "etter de samme vilkårene (integreringsloven § 8).",
    "Følgjer introduksjonslova (løyve eller komst før 1.1.2021); vurdert "
    "etter dei same vilkåra (integreringslova § 8).",
    "Falls under the Introduction Act (permit or arrival before 1.1.2021); "
    "assessed on the same conditions (Integration Act § 8).",
)


def assess_eligibility(
    facts: ParticipantFacts,
    *,
    as_of: date,
    age_limits: DatedTable,
    deadlines: DatedTable,
    chapter_6a: DatedTable,
) -> Eligibility:
    """Right/duty category and the reasons for it (brief §1.1).

    The time in a municipality, the age-limit rule and whether chapter 6A still applies are
    taken on the decision date when one is recorded, else on ``as_of``. ``age_limits`` is the
    ``intro_age_limits`` table, ``deadlines`` ``intro_deadlines`` (the two-year window) and
    ``chapter_6a`` the table of days chapter 6A applies (issue 14 item 3: after its end date
    the category comes from the ordinary rules).
    """
    reference = facts.decision_date or as_of
    row = age_limits.row_at(reference)
    age = completed_years(facts.birth_date, facts.permit_date)
    outcomes = [_permit(facts), _age(age, row)]
    sponsor = _sponsor(facts)
    if sponsor is not None:
        outcomes.append(sponsor)
    outcomes += [_agreement(facts), _time_in_municipality(facts, reference, deadlines)]
    if _is_chapter_6a(facts) and not chapter_6a_applies(reference, chapter_6a):
        outcomes.append(
            Outcome(
                Category.RIGHT_AND_DUTY,
                Check.CHAPTER_6A,
                True,
                _chapter_6a_over(reference, chapter_6a),
            )
        )
    elif _is_chapter_6a(facts):
        outcomes.append(
            Outcome(Category.RIGHT_ONLY, Check.CHAPTER_6A, True, _COLLECTIVE_PROTECTION)
        )
        if facts.regime is not Regime.CHAPTER_6A or facts.permit_type is not (
            PermitType.COLLECTIVE_PROTECTION
        ):
            outcomes.append(Outcome(Category.RIGHT_ONLY, Check.REGIME, False, _REGIME_MISMATCH))
    if facts.regime is Regime.INTRODUCTION_ACT:
        outcomes.append(Outcome(Category.RIGHT_AND_DUTY, Check.REGIME, True, _INTRODUCTION_ACT))
    category = min((o.category for o in outcomes), key=_SEVERITY.index)
    return Eligibility(
        category=category,
        outcomes=tuple(outcomes),
        age_at_permit=age,
        reference_date=reference,
        age_limit_row=row,
    )
