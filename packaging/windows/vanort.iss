; Inno Setup script for Vänort: per user without an administrator by default,
; or for all users of the laptop when IT installs it.
;
; Built by packaging\windows\build.ps1, which passes the version from
; pyproject.toml, the PyInstaller folder and, when a code-signing certificate
; is configured, the sign tool (then the installer and its uninstaller are signed):
;
;   ISCC /DAppVersion=0.1.0 /DDistDir=C:\...\dist\vanort packaging\windows\vanort.iss
;   ISCC /DAppVersion=0.1.0 /DSign "/Svanortsign=signtool.exe sign /fd sha256 ... $f" vanort.iss
;
; Needs Inno Setup 6.3 or newer. The file is UTF-8 with a byte order mark, so
; every Inno Setup 6 reads "Vänort" right.
;
; Two installation modes (Inno Setup's {auto...} constants and HKA follow the mode):
;   per user (default, no administrator):
;     program      %LOCALAPPDATA%\Programs\Vanort      Start menu and desktop of the user,
;                  "Open with" in HKCU
;   all users (IT: Vanort-<version>-setup.exe /ALLUSERS /VERYSILENT, as administrator):
;     program      C:\Program Files\Vanort              Start menu and desktop of all users,
;                  "Open with" in HKLM; AppLocker's default rules allow Program Files
;   her data     %LOCALAPPDATA%\Vanort\Vanort of each user: databases, backups,
;                settings, logs (written by the program, never by this installer:
;                the uninstaller leaves it alone, so a reinstall or an update finds it)

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 vanort.iss (packaging\windows\build.ps1 does)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\vanort"
#endif
#define AppName "Vänort"
#define AppExe "vanort.exe"
; The same program with a console, for the command line (report, backup, check).
#define CliExe "vanort-cli.exe"
#define ProgId "Vanort.Database"

[Setup]
; The AppId ties updates and the uninstaller to this program: never change it.
AppId={{071BFC7B-A4D5-47C0-A887-361A01FCA3E8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} {#AppVersion} Setup
; Per user by default, no elevation: the installer runs with the coordinator's
; own rights. IT may choose all users on the command line (/ALLUSERS) or in
; the dialog that asks; that mode needs an administrator. An update keeps the
; mode of the installation it updates (UsePreviousPrivileges, on by default).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\Vanort
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; 64-bit Windows 10 version 1809 (build 17763) or newer: the oldest Windows
; that Qt 6.11 supports (Qt's "Supported Platforms" page); Python 3.11 needs less.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
#ifdef Sign
; build.ps1 defines the tool "vanortsign" (ISCC /S...) when a certificate is
; configured; the installer and the uninstaller are then signed with it.
SignTool=vanortsign
SignedUninstaller=yes
#endif
OutputDir=..\..\dist\installer
OutputBaseFilename=Vanort-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\vanort.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running Vänort first (it asks). It is not started again
; by itself: the program does not register with Windows' restart manager, so
; the coordinator opens it again from the Start menu.
CloseApplications=yes
RestartApplications=no
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#else
  #pragma message "Languages\Swedish.isl is not in this Inno Setup; the installer speaks English only. Download it from https://jrsoftware.org/files/istrans/ into Inno Setup's Languages folder for Swedish."
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.OpenWith=Offer {#AppName} in Explorer's "Open with" list for .sqlite3 database files
english.OtherTasks=Other:
english.DataKept=Your databases, backups and settings were not removed. They are in this folder:
english.DataKeptHow=Install {#AppName} again to use them, or delete the folder yourself if you no longer need them.
english.DatabaseFile={#AppName} database
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
swedish.OpenWith=Visa {#AppName} under "Öppna med" i Utforskaren för databasfiler (.sqlite3)
swedish.OtherTasks=Övrigt:
swedish.DataKept=Dina databaser, säkerhetskopior och inställningar togs inte bort. De finns i den här mappen:
swedish.DataKeptHow=Installera {#AppName} igen för att använda dem, eller ta bort mappen själv om du inte längre behöver dem.
swedish.DatabaseFile={#AppName}-databas
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "openwith"; Description: "{cm:OpenWith}"; GroupDescription: "{cm:OtherTasks}"

[Files]
; The whole PyInstaller folder: vanort.exe and _internal\.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own folder completely, so no library of an
; older version is left beside the new one. The user's data is never in {app}.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; "Open with" for .sqlite3 files, in the user's own part of the registry (HKA
; is HKCU per user and HKLM for all users). The
; program's databases are ordinary SQLite files named *.sqlite3, an ending that
; other programs use too, so Vänort is offered but does not take the files over
; (no default association), and nothing is left behind when it is uninstalled.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFile}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --database ""%1"""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.sqlite3"; Flags: uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --database ""%1"""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// After uninstalling, say where the data stayed (not in a silent uninstall).
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
  begin
    DataDir := ExpandConstant('{localappdata}\Vanort');
    if DirExists(DataDir) then
      MsgBox(CustomMessage('DataKept') + #13#10#13#10 + DataDir + #13#10#13#10 +
        CustomMessage('DataKeptHow'), mbInformation, MB_OK);
  end;
end;
