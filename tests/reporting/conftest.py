"""Helpers for reading rendered PDFs back (pypdf)."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable
from typing import Any

import pypdf
import pytest


def _text(pdf: bytes) -> str:
    """All pages' text, with presentation forms folded to base letters (NFKC) and NBSP → space."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return unicodedata.normalize("NFKC", raw).replace("\xa0", " ")


def _pages(pdf: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return [unicodedata.normalize("NFKC", page.extract_text()) for page in reader.pages]


def _fonts(pdf: bytes) -> dict[str, dict[str, Any]]:
    """Every font used on any page, by base name, with its descriptor (resolved)."""
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, dict[str, Any]] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = {
                "subtype": str(font["/Subtype"]),
                "descriptor": descriptor.get_object() if descriptor is not None else None,
            }
    return found


@pytest.fixture
def pdf_text() -> Callable[[bytes], str]:
    return _text


@pytest.fixture
def pdf_pages() -> Callable[[bytes], list[str]]:
    return _pages


@pytest.fixture
def pdf_fonts() -> Callable[[bytes], dict[str, dict[str, Any]]]:
    return _fonts
