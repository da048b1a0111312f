"""Keeping personal data out of logs and crash reports.

National identity numbers (11 digits, possibly with a space after the birth date) and DUF
numbers (12 digits) are masked wherever free text leaves the database: log records, crash
reports, and exception texts shown in a crash dialog."""

from __future__ import annotations

import logging
import re

_NUMBER_PATTERN = re.compile(r"(?<!\d)(\d{6}[ -]?\d{5}|\d{12})(?!\d)")
MASK = "[number hidden]"


def scrub(text: str) -> str:
    return _NUMBER_PATTERN.sub(MASK, text)


class ScrubbingFilter(logging.Filter):
    """A logging filter that masks identity numbers in the rendered message."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
