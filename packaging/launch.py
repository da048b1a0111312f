"""Entry point for frozen builds (PyInstaller needs a script, not a console-script entry).

Both frozen programs start here: ``IntroDesk`` (the window, no console on Windows) and
``introdesk-cli``. A Windows program built without a console has no standard streams
(``sys.stdout`` is None), and anything that prints would fail; those go to the null device.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115

from introdesk.__main__ import main  # noqa: E402

sys.exit(main())
