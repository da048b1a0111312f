"""Run-time hook of the frozen build, in place of PyInstaller's ``pyi_rth_pyside6``.

PyInstaller's hook imports ``PySide6.QtCore`` before the program starts, to register a
``qt.conf``; that loads Qt into every ``introdesk-cli --version`` and more than doubles its start.
The PySide6 wheels register that ``qt.conf`` themselves when QtCore is first imported, so all that
is left to do up front is to say where the plugins are, which costs nothing.
"""

import os
import sys

_bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
if sys.platform == "win32":
    _qt = os.path.join(_bundle, "PySide6")
    # Qt's DLLs (and any OpenSSL ones) are found through PATH on Windows.
    os.environ["PATH"] = _bundle + os.pathsep + os.environ.get("PATH", "")
else:
    _qt = os.path.join(_bundle, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
