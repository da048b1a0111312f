"""Identity numbers never reach a log line or a crash report."""

from __future__ import annotations

import logging
import sys

import pytest

from introdesk.app.crash import format_report
from introdesk.core.privacy import MASK, ScrubbingFilter, scrub


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fnr 01010012356 feilet", f"fnr {MASK} feilet"),
        ("fnr 010100 12356", f"fnr {MASK}"),
        ("DUF 201512345678", f"DUF {MASK}"),
        ("2026-05-01: 6 timer", "2026-05-01: 6 timer"),
        ("id 12345", "id 12345"),
    ],
)
def test_scrub_masks_identity_numbers_only(text: str, expected: str) -> None:
    assert scrub(text) == expected


def test_log_records_are_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("introdesk.test")
    logger.addFilter(ScrubbingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("Imported %s", "01010012356")
    assert "01010012356" not in caplog.text
    assert MASK in caplog.text


def test_crash_report_holds_no_identity_number() -> None:
    try:
        raise ValueError("duplicate key 01010012356")
    except ValueError:
        kind, error, tb = sys.exc_info()
        assert kind is not None
        assert error is not None
        report = format_report(kind, error, tb)
    assert "01010012356" not in report
    assert "ValueError" in report
    assert "test_privacy.py" in report
