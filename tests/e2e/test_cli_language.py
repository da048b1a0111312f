"""The command line speaks the interface language (issue 17): ``--language``, else the choice
saved in the window, else Bokmål. Codes, JSON keys and exit codes stay as they are, and no Qt
is loaded to translate."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import CliRunner, DemoFolders
from tests.e2e.test_lazy_start import loaded_after

STATUS_NB = {
    "referred": "Henvist",
    "mapped": "Kartlagt",
    "decided": "Vedtak fattet",
    "in_programme": "I program",
    "on_leave": "Permisjon",
    "stopped": "Stanset",
    "completed": "Fullført",
    "interrupted": "Avbrutt",
}


def _locked_twice(introdesk: CliRunner, base: Path, *language: str) -> tuple[int, str]:
    assert introdesk("benefit", "lock", "--month", "2026-10", base=base).returncode == 0
    again = introdesk(*language, "benefit", "lock", "--month", "2026-10", base=base)
    return again.returncode, again.stderr


def test_a_coded_error_is_norwegian_by_default(introdesk: CliRunner, tmp_path: Path) -> None:
    code, stderr = _locked_twice(introdesk, tmp_path)
    assert code == 3
    assert stderr == "introdesk: error: 2026-10 er allerede låst\n"


def test_a_coded_error_is_english_with_language_en(introdesk: CliRunner, tmp_path: Path) -> None:
    code, stderr = _locked_twice(introdesk, tmp_path, "--language", "en")
    assert code == 3
    assert stderr == "introdesk: error: 2026-10 is already locked\n"


def test_a_demo_size_out_of_range_is_said_in_the_interface_language(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    for language, text in (
        ("nb", "--participants må være et heltall fra 0 til 100000"),
        ("nn", "--participants må vere eit heiltal frå 0 til 100000"),
        ("en", "--participants must be a whole number from 0 to 100000"),
    ):
        done = introdesk("--language", language, "demo", "--participants", "100001", base=tmp_path)
        assert done.returncode == 3
        assert done.stderr == f"introdesk: error: {text}\n"


def test_the_language_chosen_in_the_window_is_the_default(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    settings = tmp_path / "config" / "introdesk.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[ui]\nlanguage=en\n", encoding="utf-8")  # as QSettings writes it
    code, stderr = _locked_twice(introdesk, tmp_path)
    assert (code, stderr) == (3, "introdesk: error: 2026-10 is already locked\n")
    # --language wins over the saved choice.
    nb = introdesk("--language", "nb", "benefit", "lock", "--month", "2026-10", base=tmp_path)
    assert nb.stderr == "introdesk: error: 2026-10 er allerede låst\n"


def test_json_keeps_its_keys_and_plain_numbers_in_every_language(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    outputs = [
        introdesk(*language, "settings", "show", "--format", "json", base=tmp_path)
        for language in ((), ("--language", "en"))
    ]
    assert [done.returncode for done in outputs] == [0, 0]
    assert json.loads(outputs[0].stdout) == json.loads(outputs[1].stdout)


def test_a_norwegian_error_loads_no_qt(tmp_path: Path) -> None:
    assert "PySide6" not in loaded_after("participants", "show", "999", base=tmp_path)


def test_tables_show_labels_not_codes_and_json_keeps_the_codes(
    introdesk: CliRunner, demo_folders: DemoFolders, tmp_path: Path
) -> None:
    base = demo_folders.copy(6, 3, tmp_path / "demo")
    norwegian = introdesk("participants", "list", base=base)
    english = introdesk("--language", "en", "participants", "list", base=base)
    data = introdesk("participants", "list", "--format", "json", base=base)
    assert [norwegian.returncode, english.returncode, data.returncode] == [0, 0, 0]
    statuses = {item["status"] for item in json.loads(data.stdout)}
    assert statuses <= set(STATUS_NB)  # JSON: the stable codes
    assert norwegian.stdout.startswith("ID  Navn ")
    assert norwegian.stdout.rstrip().endswith("6 deltakere")
    for status in statuses:
        assert STATUS_NB[status] in norwegian.stdout
    assert "ID  Name " in english.stdout
    for code in ("in_programme", "on_leave", "right_and_duty", "programme_start", "may_be_offered"):
        assert code not in norwegian.stdout
        assert code not in english.stdout
    plans = introdesk("plans", "list", base=base)
    assert "Signert" in plans.stdout
    assert "signed" not in plans.stdout


def test_benefit_lines_speak_the_interface_language(introdesk: CliRunner, tmp_path: Path) -> None:
    locked = introdesk("benefit", "lock", "--month", "2026-10", base=tmp_path)
    assert locked.stdout == "Låste 2026-10: 0 deltakere, netto totalt 0,00 kr.\n"
    headings = {
        language: introdesk(
            "--language", language, "benefit", "compute", "--month", "2026-10", base=tmp_path
        ).stdout
        for language in ("nb", "nn", "en")
    }
    assert headings == {
        "nb": "Stønad 2026-10 (låst (som utbetalt)): 0 deltakere\n",
        "nn": "Stønad 2026-10 (låst (som utbetalt)): 0 deltakarar\n",
        "en": "Benefit 2026-10 (locked (as paid)): 0 participants\n",
    }


def test_participant_reasons_follow_the_written_standard(
    introdesk: CliRunner, demo_folders: DemoFolders, tmp_path: Path
) -> None:
    """'participants show' prints the rules' right-and-duty reasons in Nynorsk with
    --language nn (issue 17 item 2), in English with --language en, in Bokmål otherwise."""
    base = demo_folders.copy(6, 3, tmp_path / "demo")
    listed = introdesk("participants", "list", "--format", "json", base=base)
    first = str(json.loads(listed.stdout)[0]["id"])
    shown = {
        language: introdesk("--language", language, "participants", "show", first, base=base)
        for language in ("nb", "nn", "en")
    }
    assert [shown[language].returncode for language in shown] == [0, 0, 0]
    assert "integreringsloven § 8" in shown["nb"].stdout
    assert "integreringslova § 8" not in shown["nb"].stdout
    assert "integreringslova § 8" in shown["nn"].stdout
    assert "integreringsloven § 8" not in shown["nn"].stdout
    assert "(Integration Act § 8)" in shown["en"].stdout
    assert "integreringslov" not in shown["en"].stdout


def test_training_warnings_follow_the_interface_language(
    introdesk: CliRunner, demo_folders: DemoFolders, tmp_path: Path
) -> None:
    """'training status' prints the rules' warnings in English with --language en: an
    exemption without a legal basis is always warned about."""
    base = demo_folders.copy(6, 3, tmp_path / "demo")
    listed = introdesk("training", "status", "--format", "json", base=base)
    first = str(json.loads(listed.stdout)[0]["participant_id"])
    exempt = ("training", "exemption", first, "--kind", "norwegian_test", "--date", "2026-10-01")
    assert introdesk(*exempt, base=base).returncode == 0
    shown = {
        language: introdesk("--language", language, "training", "status", base=base)
        for language in ("nb", "en")
    }
    assert [shown[language].returncode for language in shown] == [0, 0]
    assert "(integreringsloven kapittel 6)" in shown["nb"].stdout
    assert "(Integration Act chapter 6)" in shown["en"].stdout
    assert "integreringslov" not in shown["en"].stdout


def test_benefit_explanations_follow_the_interface_language(
    introdesk: CliRunner, demo_folders: DemoFolders, tmp_path: Path
) -> None:
    """'benefit compute' prints each line's explanation in English with --language en."""
    base = demo_folders.copy(6, 3, tmp_path / "demo")
    shown = {
        language: introdesk(
            "--language", language, "benefit", "compute", "--month", "2026-10", base=base
        )
        for language in ("nb", "en")
    }
    assert [shown[language].returncode for language in shown] == [0, 0]
    assert "Introduksjonsstønad" in shown["nb"].stdout
    assert "Introduction benefit" in shown["en"].stdout
    assert "Introduksjonsstønad" not in shown["en"].stdout
