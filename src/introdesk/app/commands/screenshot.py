"""``introdesk screenshot``: render the main window on a page, off-screen, to a PNG."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path
from typing import Any

from introdesk.app.messages import say
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP


def register(commands: Any) -> None:
    shot = commands.add_parser("screenshot", help="save a picture of the window on a page")
    shot.add_argument("--page", required=True, metavar="NAME")
    shot.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    shot.add_argument("--size", default="1280x800", metavar="WxH")
    shot.add_argument("--language", dest="shot_language", choices=["nb", "nn", "en"], default=None)
    shot.set_defaults(handler=cmd_screenshot)


def cmd_screenshot(args: argparse.Namespace) -> int:
    match = re.fullmatch(r"(\d{3,5})x(\d{3,5})", args.size)
    if not match:
        raise UserInputError(f"--size must look like 1280x800, not {args.size!r}")
    # A screenshot needs no screen: render off-screen unless a platform was chosen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from introdesk.app.gui import take_screenshot

    language = args.shot_language or args.interface_language or "nb"
    path = take_screenshot(
        database=args.database,
        page=args.page,
        out=args.out,
        size=(int(match.group(1)), int(match.group(2))),
        language=language,
    )
    print(say(QT_TRANSLATE_NOOP("Cli", "Saved {file}"), args.interface_language, file=path))
    return 0
