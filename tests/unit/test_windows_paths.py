"""Where IntroDesk keeps its files on a Windows office PC (no Windows machine runs the tests).

platformdirs is switched to its Windows implementation, with the Known Folders a Windows 11
profile reports, so the path logic in ``core.paths`` is checked as it runs there. The installer
(``packaging/windows/introdesk.iss``) puts the program in ``{autopf}\\IntroDesk``: for a per-user
install ``%LOCALAPPDATA%\\Programs\\IntroDesk``, for all users ``C:\\Program Files\\IntroDesk``.
An uninstall removes that folder, so the user's data must live elsewhere.
"""

from __future__ import annotations

from pathlib import PureWindowsPath

import platformdirs
import pytest
from platformdirs import windows

from introdesk.core import paths

PROFILE = r"C:\Users\kari.nordmann"
KNOWN_FOLDERS = {
    "CSIDL_APPDATA": PROFILE + r"\AppData\Roaming",
    "CSIDL_LOCAL_APPDATA": PROFILE + r"\AppData\Local",
    "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
}
PER_USER_INSTALL = PureWindowsPath(PROFILE + r"\AppData\Local\Programs\IntroDesk")
ALL_USERS_INSTALL = PureWindowsPath(r"C:\Program Files\IntroDesk")


@pytest.fixture
def on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "win32")
    monkeypatch.setattr(platformdirs, "PlatformDirs", windows.Windows)
    monkeypatch.setattr(windows, "get_win_folder", KNOWN_FOLDERS.__getitem__)
    monkeypatch.delenv(paths.BASEDIR_ENV, raising=False)


def win(path: object) -> PureWindowsPath:
    return PureWindowsPath(str(path))


@pytest.mark.usefixtures("on_windows")
def test_database_and_settings_live_in_the_users_local_app_data() -> None:
    locations = paths.locations_for(None)

    local = PureWindowsPath(KNOWN_FOLDERS["CSIDL_LOCAL_APPDATA"]) / "IntroDesk"
    assert win(locations.default_database) == local / "introdesk.sqlite3"
    assert win(locations.settings_file) == local / "introdesk.ini"
    assert win(locations.logs) == local / "Logs"
    assert win(locations.backups) == local / "backups"
    assert win(locations.crash_reports) == local / "crash-reports"


@pytest.mark.usefixtures("on_windows")
def test_no_file_is_kept_in_the_roaming_profile() -> None:
    # A SQLite file in the roaming profile would be copied around at every log-on and off.
    locations = paths.locations_for(None)
    roaming = PureWindowsPath(KNOWN_FOLDERS["CSIDL_APPDATA"])

    for folder in (locations.data, locations.config, locations.logs, locations.backups):
        assert not win(folder).is_relative_to(roaming)


@pytest.mark.usefixtures("on_windows")
@pytest.mark.parametrize("install_folder", [PER_USER_INSTALL, ALL_USERS_INSTALL])
def test_uninstalling_the_program_folder_leaves_the_data(install_folder: PureWindowsPath) -> None:
    locations = paths.locations_for(None)

    for folder in (
        locations.data,
        locations.config,
        locations.logs,
        locations.backups,
        locations.crash_reports,
    ):
        assert not win(folder).is_relative_to(install_folder)


@pytest.mark.usefixtures("on_windows")
def test_init_without_basedir_uses_the_windows_folders() -> None:
    chosen = paths.init(None)

    assert win(chosen.data) == PureWindowsPath(KNOWN_FOLDERS["CSIDL_LOCAL_APPDATA"], "IntroDesk")
