"""Exit reason codes (issue 14 item 1), with the register's code for each, read from
``resources/catalogues/exit_reasons.json`` so the register mapping is data, not code."""

from __future__ import annotations

import json
from functools import cache

from introdesk.core import paths
from introdesk.domain.errors import RuleTableError
from introdesk.domain.programme import ExitReason


@cache
def load_exit_reasons() -> dict[str, ExitReason]:
    path = paths.resources_dir() / "catalogues" / "exit_reasons.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            item["code"]: ExitReason(
                item["code"],
                item["label_nb"],
                item["label_en"],
                item["register_code"],
                item.get("label_nn", ""),
            )
            for item in raw["reasons"]
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RuleTableError(f"{path.name}: cannot be read ({exc})") from exc
