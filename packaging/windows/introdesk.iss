; Inno Setup script: wraps dist\IntroDesk (from packaging\introdesk.spec) into IntroDesk-setup.exe.
; Per-user install by default (no administrator rights needed on office PCs); IT can deploy
; machine-wide with /ALLUSERS. The database stays in the user's data folder and is never removed
; by an uninstall.
#define AppVersion GetEnv("INTRODESK_VERSION")
[Setup]
AppName=IntroDesk
AppVersion={#AppVersion}
AppPublisher=IntroDesk
DefaultDirName={autopf}\IntroDesk
DefaultGroupName=IntroDesk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
OutputBaseFilename=IntroDesk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\IntroDesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\IntroDesk"; Filename: "{app}\IntroDesk.exe"
Name: "{autodesktop}\IntroDesk"; Filename: "{app}\IntroDesk.exe"; Tasks: desktopicon

[Tasks]
Name: desktopicon; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked
