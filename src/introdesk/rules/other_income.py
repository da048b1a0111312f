"""How other income reduces the introduction benefit (brief §3.1; issue 14 item 3).

Two kinds are told apart by the dated table ``benefit_other_income``: pay for work done as part
of the programme (integreringsloven § 23 second paragraph) and other public benefits (§ 22). A
kind is matched by its code or one of its aliases, without regard to case; an unlisted kind is
the table's default kind (another public benefit), which is how free-text kinds such as
"dagpenger" were always treated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from introdesk.rules.tables import DatedTable

PROGRAMME_WORK_PAY = "programme_work_pay"


@dataclass(frozen=True, slots=True)
class OtherIncomeRule:
    code: str  # the table's kind
    share: Fraction  # of the amount that is deducted
    law: str
    label_nb: str
    unconfirmed: bool
    label_nn: str = ""  # Nynorsk, for documents written in nynorsk
    label_en: str = ""  # English, for a window that speaks en


def other_income_rule(kind: str, day: date, table: DatedTable) -> OtherIncomeRule:
    """The rule for other income of ``kind`` received for the month starting ``day``."""
    row = table.row_at(day)
    kinds = row.value["kinds"]
    wanted = kind.strip().casefold()
    code = next(
        (
            name
            for name, rule in kinds.items()
            if wanted == name.casefold() or wanted in {a.casefold() for a in rule["aliases"]}
        ),
        str(row.value["default"]),
    )
    rule = kinds[code]
    return OtherIncomeRule(
        code=code,
        share=Fraction(str(rule["share"])),
        law=str(rule["law"]),
        label_nb=str(rule["label_nb"]),
        unconfirmed=row.unconfirmed,
        label_nn=str(rule.get("label_nn", "")),
        label_en=str(rule.get("label_en", "")),
    )
