"""Language and social-studies test report.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from introdesk.domain.codes import (
    CefrLevel,
)
from introdesk.domain.language_tests import CitizenshipTestResult, SocialStudiesResult
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.reports import (
    TestReportSubject,
)
from introdesk.reporting.xlsx.reports.common import (
    DT,
    INT,
    YN,
    Row,
    level_text,
    sort_name,
    sub_skill,
)
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import Column, SheetSpec

# --- tests -------------------------------------------------------------------------------------

TESTS = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Tests"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Test")),
        Column(QT_TRANSLATE_NOOP("Reports", "Date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Sub-skill")),
        Column(QT_TRANSLATE_NOOP("Reports", "Level")),
        Column(QT_TRANSLATE_NOOP("Reports", "Score"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Max score"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Passed"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Norwegian goal")),
        Column(QT_TRANSLATE_NOOP("Reports", "Goal reached"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Change in level (steps)"), INT),
    ),
)
# The tests' own names (Norskprøven, Statsborgerprøven) are the same in every language.
SOCIAL_STUDIES_TEST = QT_TRANSLATE_NOOP("Reports", "Social studies ({version})")


def language_test_rows(
    progress: Iterable[TestReportSubject],
    *,
    social_studies_passed: Callable[[SocialStudiesResult], bool],
    citizenship_passed: Callable[[CitizenshipTestResult], bool],
    start: date | None = None,
    end: date | None = None,
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per test result taken in ``start``..``end``, per participant in date order.

    For Norskprøven the row shows the sub-skill's Norwegian goal, whether the level reaches it,
    and the change in CEFR steps from the participant's previous result in that sub-skill
    (taken before the period too). Pass/fail for the other tests is the rules' answer, given
    by the reports service (the pass-mark tables bound).
    """

    def inside(day: date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    for item in sorted(
        progress,
        key=lambda p: (sort_name(p.participant.display_name), p.participant.id),
    ):
        person = item.participant
        rows: list[tuple[date, int, Row]] = []
        previous: dict[str, CefrLevel] = {}
        for result in sorted(item.history.norskproven, key=lambda r: r.test_date):
            goal = item.norwegian_goal.level(result.sub_skill) if item.norwegian_goal else None
            before = previous.get(result.sub_skill)
            previous[result.sub_skill] = result.level
            if not inside(result.test_date):
                continue
            rows.append(
                (
                    result.test_date,
                    0,
                    (
                        person.id,
                        person.display_name,
                        "Norskprøven C1" if result.c1 else "Norskprøven",
                        result.test_date,
                        sub_skill(result.sub_skill, texts),
                        level_text(result.level, texts),
                        None,
                        None,
                        None,
                        level_text(goal, texts) if goal else "",
                        None if goal is None else result.level.rank >= goal.rank,
                        None if before is None else result.level.rank - before.rank,
                    ),
                )
            )
        for social in item.history.social_studies:
            if inside(social.test_date):
                rows.append(
                    (
                        social.test_date,
                        1,
                        (
                            person.id,
                            person.display_name,
                            texts(
                                SOCIAL_STUDIES_TEST,
                                version=texts.code("social_studies_version", social.version),
                            ),
                            social.test_date,
                            "",
                            "",
                            social.score,
                            social.max_score,
                            social_studies_passed(social),
                            "",
                            None,
                            None,
                        ),
                    )
                )
        for citizen in item.history.citizenship:
            if inside(citizen.test_date):
                rows.append(
                    (
                        citizen.test_date,
                        2,
                        (
                            person.id,
                            person.display_name,
                            "Statsborgerprøven",
                            citizen.test_date,
                            "",
                            "",
                            citizen.score,
                            citizen.max_score,
                            citizenship_passed(citizen),
                            "",
                            None,
                            None,
                        ),
                    )
                )
        rows.sort(key=lambda r: (r[0], r[1]))
        for _, _, row in rows:
            yield row
