; Inno Setup 6 script: per-user installer for lpj-desktop (no administrator rights needed).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\lpj-desktop /DOutputDir=..\..\dist packaging\windows\lpj-desktop.iss
;
; packaging/build.py passes these in (the version comes from pyproject.toml). Relative paths are
; relative to this file. Installing a newer version over an older one keeps the user's data: the
; data lives in %LOCALAPPDATA%\lpj\lpj-desktop (platformdirs), not in the program folder, and the
; app migrates its store (with a backup copy first) on the first start of the new version.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z ...
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\lpj-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "lpj-desktop"
#define AppExe "lpj-desktop.exe"
; platformdirs.user_data_dir("lpj-desktop", "lpj") on Windows; logs and config are inside it.
#define DataDir "{localappdata}\lpj\lpj-desktop"

[Setup]
; Never change AppId: it is how a new version finds and replaces the old one.
AppId={{6B0E5C1A-2F4D-4B7A-9C1E-5A3D7F9E2B41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=lpj
AppComments=Læreplassjeger: besøk, oppfølging og mål, også uten nett
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DisableDirPage=auto
DisableProgramGroupPage=yes
DefaultGroupName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\lpj.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Close a running lpj-desktop before replacing its files (Restart Manager), and reopen it after.
CloseApplications=yes
RestartApplications=yes
ShowLanguageDialog=auto
#ifdef SignTool
SignTool={#SignTool}
#endif

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nb.DeleteDataQuestion=Vil du også slette dine lokale lpj-desktop-data (besøk, notater, innstillinger og sikkerhetskopier) i%n%n%1?%n%nEndringer som ikke er synkronisert med serveren går tapt. Velg Nei for å beholde dataene, for eksempel hvis du skal installere appen på nytt.
en.DeleteDataQuestion=Also delete your local lpj-desktop data (visits, notes, settings and backups) in%n%n%1?%n%nChanges not yet synchronised with the server will be lost. Choose No to keep the data, for example if you will install the app again.
nb.LaunchApp=Start lpj-desktop
en.LaunchApp=Start lpj-desktop

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; A new version's bundle replaces the old one completely, so no stale module of an older version
; is left behind to be loaded. (Only the program folder: the data folder is elsewhere.)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[Code]
function ShouldDeleteData(): Boolean;
var
  DataPath: String;
begin
  Result := False;
  DataPath := ExpandConstant('{#DataDir}');
  if not DirExists(DataPath) then
    exit;
  // A silent uninstall (e.g. by IT tools) keeps the data unless /DELETEDATA is given.
  if UninstallSilent() then
    Result := Pos('/DELETEDATA', Uppercase(GetCmdTail())) > 0
  else
    Result := MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataPath]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and ShouldDeleteData() then
  begin
    DelTree(ExpandConstant('{#DataDir}'), True, True, True);
    // The vendor folder too, when nothing else of ours is in it.
    RemoveDir(ExpandConstant('{localappdata}\lpj'));
  end;
end;
