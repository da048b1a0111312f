"""Every human line of the command line in Bokmål, Nynorsk and English (issue 17): the
commands a coordinator runs on a demo database, read in each language. A Norwegian output fails
on an English word or a stored code (``in_programme``, ``sub_skill``, ``listening``), any
output on an ISO date (people read dd.mm.åååå) or on "(s)"-plurals; JSON keeps codes and ISO
dates whatever the language, and the exit codes do not change with it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.e2e.conftest import CliRunner, DemoFolders

LANGUAGES = ("nb", "nn", "en")
# English words a Norwegian line must not have (whole words, any case).
ENGLISH = re.compile(
    r"\b(participants?|deadline|goal|met|norwegian|social studies|passed|exemption|registered"
    r"|recorded|created|changed|source|rows?|planned|suggestion|warning|breach|events?|added"
    r"|wrote|hours?|attended|yes|not|listening|reading|writing|oral|members?|lessons?"
    r"|week|decision|level|test date|sub-skill|result|from|in class|by)\b",
    re.IGNORECASE,
)
# A stored code: lower-case words joined by "_" (the references ``tests correct`` takes, such as
# ``social_studies:3``, are what the user types back, and are allowed).
CODE = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
REFERENCE = re.compile(r"\b(norskproven|social_studies|statsborgerprove|exemption):\d+\b")
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
HALF_PLURAL = re.compile(r"\((s|e|ar|er)\)")
# Sub-skill and status codes that are plain words (no "_"), refused in Norwegian too.
WORD_CODES = ("in_programme", "right_and_duty", "referred", "mapped", "decided", "stopped")

READING = [
    ("participants", "list"),
    ("participants", "show", "1"),
    ("participants", "show", "5"),
    ("plans", "list"),
    ("programme", "history", "6"),
    ("training", "status"),
    ("training", "hours"),
    ("training", "classes", "list"),
    ("tests", "history", "1"),
    ("tests", "progress"),
    ("audit",),
    ("attendance", "check"),
    ("attendance", "missing", "--month", "2026-11"),
    ("benefit", "compute", "--month", "2026-11"),
    ("db", "status"),
    ("db", "backups"),
    ("participants", "add", "--given-name", "Hodan", "--family-name", "Warsame", "--birth-date",
     "17.05.1990", "--permit-type", "refugee", "--dry-run"),
]  # fmt: skip
JSON = [
    ("participants", "show", "1", "--format", "json"),
    ("tests", "history", "1", "--format", "json"),
    ("training", "status", "--format", "json"),
    ("audit", "--format", "json"),
    ("programme", "history", "6", "--format", "json"),
]
# Refused values: the reasons are coded and said in the interface language (exit 3 in each).
REFUSED = [
    ("tests", "record", "1", "--test", "norskproven", "--date", "2026-11-02", "--skill",
     "speaking", "--level", "B3"),
    ("tests", "record", "1", "--test", "statsborgerprove", "--date", "2026-11-02", "--score",
     "x", "--passed", "maybe"),
    ("settings", "set", "plan_revision_interval_months", "99"),
    ("participants", "add", "--given-name", "X", "--family-name", "Y", "--national-id",
     "01010012357", "--birth-date", "01.01.2099", "--adviser", "nobody"),
]  # fmt: skip


@pytest.fixture(scope="module")
def base(demo_folders: DemoFolders, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database with test results and an exemption recorded (the demo of six people
    has none), and a participant moved to a class: every kind of line has something to say."""
    from tests.e2e.conftest import run_introdesk

    folder = demo_folders.copy(6, 3, tmp_path_factory.mktemp("words"))
    writes = [
        ("tests", "record", "1", "--test", "norskproven", "--date", "2026-11-02", "--skill",
         "oral", "--level", "B1", "--registration-level", "A2-B1"),
        ("tests", "record", "1", "--test", "social_studies", "--date", "2026-11-03", "--score",
         "20", "--version", "75h", "--language", "ar"),
        ("tests", "record", "1", "--test", "statsborgerprove", "--date", "2026-11-04",
         "--passed", "yes"),
        ("tests", "exempt", "1", "--kind", "norwegian_test", "--basis", "Helsegrunner",
         "--date", "2026-11-05"),
    ]  # fmt: skip
    for args in writes:
        done = run_introdesk(*args, base=folder)
        assert done.returncode == 0, done.stderr
    return folder


def _problems(text: str, language: str) -> list[str]:
    found = [f"ISO date {m}" for m in ISO_DAY.findall(text)]
    found += [f"half plural {m}" for m in HALF_PLURAL.findall(text)]
    if language == "en":
        return found
    bare = REFERENCE.sub("", text)
    found += [f"code {m}" for m in CODE.findall(bare)]
    found += [f"English {m}" for m in ENGLISH.findall(bare)]
    found += [f"code {code}" for code in WORD_CODES if re.search(rf"\b{code}\b", bare)]
    return found


@pytest.mark.parametrize("args", READING, ids=lambda a: " ".join(a))
def test_human_output_speaks_the_language(
    introdesk: CliRunner, base: Path, args: tuple[str, ...]
) -> None:
    outputs = {}
    for language in LANGUAGES:
        done = introdesk("--language", language, *args, base=base)
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip(), f"{args} printed nothing"
        outputs[language] = done.stdout
        problems = _problems(done.stdout + done.stderr, language)
        assert problems == [], f"{language} {' '.join(args)}: {problems}"
    # Norwegian and English differ: the words were translated, not left as they were.
    assert outputs["nb"] != outputs["en"]


@pytest.mark.parametrize("args", JSON, ids=lambda a: " ".join(a))
def test_json_is_the_same_in_every_language(
    introdesk: CliRunner, base: Path, args: tuple[str, ...]
) -> None:
    outputs = [introdesk("--language", language, *args, base=base) for language in LANGUAGES]
    assert [done.returncode for done in outputs] == [0, 0, 0]
    data = [json.loads(done.stdout) for done in outputs]
    assert data[0] == data[1] == data[2]
    assert "reading" in outputs[0].stdout or "oral" in outputs[0].stdout or args[0] != "tests"


@pytest.mark.parametrize("args", REFUSED, ids=lambda a: " ".join(a[:4]))
def test_refused_values_are_explained_in_the_language(
    introdesk: CliRunner, base: Path, args: tuple[str, ...]
) -> None:
    errors = {}
    for language in LANGUAGES:
        done = introdesk("--language", language, *args, base=base)
        assert done.returncode == 3  # the contract: bad input, nothing changed
        errors[language] = done.stderr
        lines = done.stderr.splitlines()
        assert lines
        assert all(line.startswith("introdesk: error: ") for line in lines)
        reasons = "\n".join(line.split(": ", 3)[-1] for line in lines)
        if language != "en":
            assert not re.search(r"\b(is not|must be|whole number|level|yes or no)\b", reasons)
    assert errors["nb"] != errors["en"]
    assert errors["nn"] != errors["nb"]


def test_the_tests_lines_in_each_language(introdesk: CliRunner, base: Path) -> None:
    said = {
        language: introdesk("--language", language, "tests", "history", "1", base=base).stdout
        for language in LANGUAGES
    }
    assert "02.11.2026 Norskprøven Muntlig: B1 (påmeldt A2-B1)" in said["nb"]
    assert "05.11.2026 fritak fra avsluttende prøve i norsk: Helsegrunner" in said["nb"]
    assert "statsborgerprøven: bestått" in said["nb"]
    assert "Norskprøven Munnleg: B1 (påmeld A2-B1)" in said["nn"]
    assert "fritak frå" in said["nn"]
    assert "02.11.2026 Norskprøven Oral: B1 (registered A2-B1)" in said["en"]
    assert "social-studies test (75 hours, ar): 20/" in said["en"]


def test_one_is_singular(introdesk: CliRunner, base: Path) -> None:
    """ "1 deltaker", not "1 deltakere" (nor "1 deltaker(e)")."""
    said = {
        language: introdesk(
            "--language", language, "participants", "list", "--status", "referred", base=base
        ).stdout.splitlines()[-1]
        for language in LANGUAGES
    }
    assert said == {"nb": "1 deltaker", "nn": "1 deltakar", "en": "1 participant"}
    history = introdesk("programme", "history", "6", base=base).stdout.splitlines()[0]
    assert re.fullmatch(r"Deltaker 6: \d+ hendelser?", history)


def test_documents_in_nynorsk(introdesk: CliRunner, base: Path, tmp_path: Path) -> None:
    """``--language nn`` prints the Norwegian only, in nynorsk, whatever the municipality's
    written standard (bokmål here); ``nb`` keeps that standard."""
    import pypdf

    texts = {}
    for language in ("nn", "nb"):
        out = tmp_path / f"contract-{language}.pdf"
        done = introdesk(
            "documents", "contract", "4", "--language", language, "--out", str(out), base=base
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"Skrev {out}\n"
        raw = " ".join(page.extract_text() for page in pypdf.PdfReader(out).pages)
        texts[language] = " ".join(raw.split())
    assert "Denne kontrakten seier kva kommunen og du lovar kvarandre" in texts["nn"]
    assert "Denne kontrakten sier hva kommunen og du lover hverandre" in texts["nb"]
    unknown = introdesk(
        "documents", "contract", "4", "--language", "xx", "--out", str(tmp_path / "x.pdf"),
        base=base,
    )  # fmt: skip
    assert unknown.returncode == 3
    assert "nb, nn, en" in unknown.stderr
