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


def _scalar(value: Any) -> str | None:
    """The text of a string, None, boolean or whole number; None for anything else."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return None


def _write(value: Any, newline: str, out: list[str]) -> None:
    text = _scalar(value)
    if text is not None:
        out.append(text)
        return
    kind = type(value)
    if kind is dict:
        _write_dict(value, newline, out)
    elif kind is list or kind is tuple:
        _write_list(value, newline, out)
    else:
        raise _UnusualValueError


# The two loops below write a string, None, boolean or whole number item in place (the cases of
# ``_scalar``, in its order) instead of calling ``_write`` for it: a list of 5 000 people has
# 100 000 of them.


# Each key's text with its colon, for keys met before: the 5 000 rows of a list repeat twenty.
_NAMES: dict[str, str] = {}


def _write_dict(value: dict[Any, Any], newline: str, out: list[str]) -> None:
    if not value:
        out.append("{}")
        return
    inner = newline + "  "
    separator = "{" + inner
    for key, item in value.items():
        name = _NAMES.get(key)
        if name is None:
            if type(key) is not str:
                raise _UnusualValueError
            name = encode_basestring(key) + ": "
            if len(_NAMES) < 1000:
                _NAMES[key] = name
        kind = type(item)
        if kind is str:
            out.append(separator + name + encode_basestring(item))
        elif item is None:
            out.append(separator + name + "null")
        elif kind is bool:
            out.append(separator + name + ("true" if item else "false"))
        elif kind is int:
            out.append(separator + name + int.__repr__(item))
        else:
            out.append(separator + name)
            _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "}")


def _write_list(value: list[Any] | tuple[Any, ...], newline: str, out: list[str]) -> None:
    if not value:
        out.append("[]")
        return
    inner = newline + "  "
    separator = "[" + inner
    for item in value:
        kind = type(item)
        if kind is str:
            out.append(separator + encode_basestring(item))
        elif item is None:
            out.append(separator + "null")
        elif kind is bool:
            out.append(separator + ("true" if item else "false"))
        elif kind is int:
            out.append(separator + int.__repr__(item))
        else:
            out.append(separator)
            _write(item, inner, out)
        separator = "," + inner
    out.append(newline + "]")
