; Inno Setup 6 script: wraps dist\IntroDesk (from packaging\build.py) into
; dist\IntroDesk-<version>-setup.exe. How IT builds and deploys it: packaging\README.md.
;
; - Per-user install by default: no administrator rights needed on an office PC; the program goes
;   to %LOCALAPPDATA%\Programs\IntroDesk. IT can install for all users (C:\Program Files\IntroDesk)
;   from the dialog or with /ALLUSERS on the command line (needs administrator rights).
; - Silent for mass deployment: /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/ALLUSERS|/CURRENTUSER].
; - The uninstaller removes only what it installed. The database, settings, logs and backups are
;   in the user's data folder (%LOCALAPPDATA%\IntroDesk, see src\introdesk\core\paths.py), outside
;   the program folder, and there is deliberately no [UninstallDelete] section: data is kept.

; The version has one home, pyproject.toml; the build bakes it into the frozen folder, and the
; installer reads it from there (override with ISCC /DAppVersion=x.y.z).
#define FrozenFolder AddBackslash(SourcePath) + "..\..\dist\IntroDesk"
#ifndef AppVersion
  #define VersionFile FileOpen(FrozenFolder + "\_internal\introdesk\VERSION")
  #if VersionFile == 0
    #error dist\IntroDesk has no baked version: run "uv run python packaging\build.py" first
  #endif
  #define AppVersion Trim(FileRead(VersionFile))
  #expr FileClose(VersionFile)
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{187FD99E-44A7-4317-A540-876AE6936DA8}
AppName=IntroDesk
AppVersion={#AppVersion}
AppVerName=IntroDesk {#AppVersion}
AppPublisher=IntroDesk
DefaultDirName={autopf}\IntroDesk
DefaultGroupName=IntroDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
UninstallDisplayIcon={app}\IntroDesk.exe
UninstallDisplayName=IntroDesk {#AppVersion}
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=IntroDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; An upgrade replaces the whole program folder's content; nothing in it is user data.
Source: "{#FrozenFolder}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[InstallDelete]
; Files of an older version that this one no longer ships (e.g. a dropped library).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\IntroDesk"; Filename: "{app}\IntroDesk.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\IntroDesk"; Filename: "{app}\IntroDesk.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\IntroDesk.exe"; Description: "{cm:LaunchProgram,IntroDesk}"; Flags: nowait postinstall skipifsilent
