; Tillside's Windows installer: wraps the folder bundle (dist\tillside\) for IT to push.
;
; Built by packaging/windows/build_installer.py, which passes the defines below (makensis
; /DNAME=value); see that file and the README's deployment section. What it does:
;   * per-machine: needs administrator rights, installs under Program Files (64-bit), a
;     Start-menu entry for all users, an entry in Apps & features (Add/Remove Programs);
;   * silent for GPO, Intune and scripts:  tillside-setup.exe /S [/CONFIG=file] [/D=folder]
;     (/D= comes last and takes the folder unquoted, even with spaces: NSIS's own rule);
;   * /CONFIG=file (a full path, or relative to the folder the command runs in; in quotes
;     if it has spaces) copies that file to the machine-wide settings file,
;     C:\ProgramData\Tillside\config.toml (replacing one there); without it, one already
;     there is kept. A /CONFIG= file that cannot be read stops the install before anything
;     is written, with exit code 2;
;   * installing over an older version replaces the program folder's contents;
;   * the uninstaller removes the program, its shortcut and its Apps & features entry, and
;     keeps the machine-wide settings file and every user's data folder
;     (%LOCALAPPDATA%\Tillside: the outbox of orders Ongoing has not confirmed yet, the basket).
; Exit codes (NSIS's): 0 installed, 1 cancelled by the person installing, 2 stopped by this
; script (bad /CONFIG=, no administrator rights).

Unicode true
Target amd64-unicode        ; the bundle is 64-bit, so is the installer (64-bit Windows only)
RequestExecutionLevel admin
ManifestDPIAware true

!ifndef VERSION | VERSION_QUAD | BUNDLE | EXE | OUTFILE | ICON
  !error "build with packaging/windows/build_installer.py (it defines VERSION, VERSION_QUAD, BUNDLE, EXE, OUTFILE, ICON)"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}

!define PRODUCT "Tillside"
!define PUBLISHER "Tillside"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${PRODUCT}"
!define CONFIG_FOLDER "$APPDATA\${PRODUCT}"   ; all users: C:\ProgramData\Tillside, platformdirs' site config folder
!define UNINSTALLER "uninstall.exe"

; Signing (build_installer.py defines SIGN when a certificate is configured): the installer
; and the uninstaller it writes are signed as makensis finishes them.
!ifdef SIGN
  !finalize '${SIGN} "%1"'
  !uninstfinalize '${SIGN} "%1"'
!endif

Name "${PRODUCT}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${PRODUCT}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_QUAD}"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "FileDescription" "${PRODUCT} ${VERSION} installer"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "Proprietary"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Var ConfigSource   ; the /CONFIG= file, or empty

Function .onInit
  SetShellVarContext all    ; Start menu and ProgramData of all users, not the installer's
  SetRegView 64
  UserInfo::GetAccountType
  Pop $0
  ${If} $0 != "admin"
    MessageBox MB_ICONSTOP|MB_OK "Installing Tillside for all users needs administrator rights." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/CONFIG=" $ConfigSource
  ${If} ${Errors}
    StrCpy $ConfigSource ""
  ${ElseIfNot} ${FileExists} "$ConfigSource"
    MessageBox MB_ICONSTOP|MB_OK "The settings file given with /CONFIG= was not found: $ConfigSource" /SD IDOK
    SetErrorLevel 2
    Quit
  ${Else}
    ; Relative to the folder the command runs in, as IT typed it: SetOutPath below moves
    ; the installer's working folder.
    GetFullPathName $ConfigSource "$ConfigSource"
  ${EndIf}
FunctionEnd

Section "Tillside" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An older version's program files go first: the bundle's folder is replaced, not merged.
  RMDir /r "$INSTDIR\_internal"
  File "/oname=${EXE}" "${BUNDLE}\${EXE}"
  File /r "${BUNDLE}\_internal"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  ${If} $ConfigSource != ""
    CreateDirectory "${CONFIG_FOLDER}"
    ClearErrors
    CopyFiles /SILENT "$ConfigSource" "${CONFIG_FOLDER}\config.toml"
    ${If} ${Errors}
      DetailPrint "Could not copy $ConfigSource to ${CONFIG_FOLDER}\config.toml"
      SetErrorLevel 2
      Abort "Could not copy the settings file $ConfigSource"
    ${EndIf}
    DetailPrint "Machine-wide settings: ${CONFIG_FOLDER}\config.toml (from $ConfigSource)"
  ${EndIf}

  ; `tillside run` opens the till with the configured connection.
  CreateShortcut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "run" "$INSTDIR\${EXE}" 0

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Function un.onInit
  SetShellVarContext all
  SetRegView 64
FunctionEnd

Section "Uninstall"
  ; Only what the installer put there: never RMDir /r $INSTDIR, which could be a folder
  ; chosen with /D= that holds other things. The settings file in ProgramData and each
  ; user's data folder (the outbox) are left alone on purpose.
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
