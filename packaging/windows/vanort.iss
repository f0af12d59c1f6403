; Inno Setup script for Vänort: a per-user installation that needs no administrator.
;
; Built by packaging\windows\build.ps1, which passes the version from
; pyproject.toml and the PyInstaller folder:
;
;   ISCC /DAppVersion=0.1.0 /DDistDir=C:\...\dist\vanort packaging\windows\vanort.iss
;
; Needs Inno Setup 6.3 or newer. The file is UTF-8 with a byte order mark, so
; every Inno Setup 6 reads "Vänort" right.
;
; Where things go (nothing needs administrator rights):
;   program      %LOCALAPPDATA%\Programs\Vanort         (removed by the uninstaller)
;   Start menu   the user's Programs folder: "Vänort"   (removed by the uninstaller)
;   desktop      optional shortcut                      (removed by the uninstaller)
;   her data     %LOCALAPPDATA%\Vanort\Vanort: databases, backups, settings, logs
;                (written by the program, never by this installer: the uninstaller
;                leaves it alone, so a reinstall or an update finds everything)

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 vanort.iss (packaging\windows\build.ps1 does)
#endif
#ifndef DistDir
  #define DistDir "..\..\dist\vanort"
#endif
#define AppName "Vänort"
#define AppExe "vanort.exe"
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
; Per user, no elevation: the installer runs with the coordinator's own rights
; and offers no "install for all users" that would ask for an administrator.
PrivilegesRequired=lowest
DefaultDirName={userpf}\Vanort
DisableDirPage=auto
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; 64-bit Windows 10 or newer, like the Python and Qt inside.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename=Vanort-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\vanort.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running Vänort first (it asks) and starts it again after.
CloseApplications=yes
RestartApplications=yes
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
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; "Open with" for .sqlite3 files, in the user's own part of the registry. The
; program's databases are ordinary SQLite files named *.sqlite3, an ending that
; other programs use too, so Vänort is offered but does not take the files over
; (no default association), and nothing is left behind when it is uninstalled.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:DatabaseFile}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --database ""%1"""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.sqlite3"; Flags: uninsdeletekeyifempty; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\.sqlite3\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".sqlite3"; ValueData: ""; Tasks: openwith
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --database ""%1"""; Tasks: openwith

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
