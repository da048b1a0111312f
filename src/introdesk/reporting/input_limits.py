"""Limits for files read by the imports (brief, issue 15 item 5): a hostile or broken file is
refused with one line before it can exhaust memory or the stack.

* size: an import file over ``MAX_FILE_BYTES`` is refused;
* .xlsx: the zip's members must not unpack to more than ``MAX_UNPACKED_BYTES`` in total nor
  more than ``MAX_RATIO`` times their packed size (a zip bomb), and no XML part may declare a
  DTD or entities (an entity bomb; real workbooks never do);
* CSV: one cell at most ``MAX_CELL_CHARS`` (the csv module's own limit, reported plainly);
* JSON: nested at most ``MAX_JSON_DEPTH`` deep; ``NaN`` and ``Infinity`` are not numbers.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from introdesk.domain.errors import UserInputError

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
MAX_CELL_CHARS = 128 * 1024
MAX_JSON_DEPTH = 64
_PROLOGUE_BYTES = 4096


def readable_file(path: Path) -> int:
    """The size of an import file that exists, is a file and is not too large."""
    if path.is_dir():
        raise UserInputError(code="files.is_folder", path=path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UserInputError(code="files.no_such_file", path=path) from None
    except OSError as exc:
        raise UserInputError(code="files.unreadable", path=path, reason=exc.strerror) from None
    if size > MAX_FILE_BYTES:
        raise UserInputError(
            code="files.too_large", name=path.name, megabytes=MAX_FILE_BYTES // (1024 * 1024)
        )
    return size


def check_workbook(path: Path) -> None:
    """Refuse a zip bomb or an XML entity bomb before openpyxl unpacks anything."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(member.file_size for member in members)
            packed = sum(member.compress_size for member in members) or 1
            if unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
                raise UserInputError(
                    code="files.unpacks_too_large",
                    name=path.name,
                    megabytes=unpacked // (1024 * 1024),
                )
            for member in members:
                if not member.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                with archive.open(member) as part:
                    prologue = part.read(_PROLOGUE_BYTES)
                if b"<!DOCTYPE" in prologue or b"<!ENTITY" in prologue:
                    raise UserInputError(code="files.xml_entities", name=path.name)
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        raise UserInputError(code="files.not_xlsx", name=path.name) from None


def _depth_within_limit(text: str) -> bool:
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return False
        elif char in "]}":
            depth -= 1
    return True


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def load_json(text: str, source: str) -> Any:
    """``json.loads`` with a depth limit and without NaN/Infinity; raises ``ValueError``
    (JSON syntax, with ``lineno``/``colno`` when known) or ``UserInputError``."""
    if not _depth_within_limit(text):
        raise UserInputError(code="files.nested_deeper", source=source, levels=MAX_JSON_DEPTH)
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise UserInputError(code="files.nested_too_deeply", source=source) from None
