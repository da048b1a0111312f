"""The command line's JSON: exactly ``json.dumps(value, ensure_ascii=False, indent=2)``, written
faster for big outputs (issue 18: the standard library's indented encoder is pure Python and
took a fifth of ``participants list --format json`` for 5 000 people).

Strings, dictionaries with string keys, lists, tuples, whole numbers, booleans and None are
written here; anything else (floats, other keys, unknown types) goes to ``json.dumps`` as a
whole, so the text is always the standard library's (tests/unit/test_json_output.py).
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring  # the C version when there is one
from typing import Any


class _UnusualValueError(Exception):
    """A value this writer leaves to ``json.dumps``."""


def json_text(value: Any) -> str:
    parts: list[str] = []
    try:
        _write(value, "\n", parts)
    except _UnusualValueError:
        return json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(parts)


def _write(value: Any, newline: str, out: list[str]) -> None:  # noqa: C901 - one branch a type
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _UnusualValueError
            out.append(separator + encode_basestring(key) + ": ")
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _write(item, inner, out)
            separator = "," + inner
        out.append(newline + "]")
    else:
        raise _UnusualValueError
