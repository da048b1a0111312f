"""Entry point for frozen builds (PyInstaller needs a script, not a console-script entry)."""

import sys

from introdesk.__main__ import main

sys.exit(main())
