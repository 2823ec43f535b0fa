"""Run the Windows installer under Wine as IT would push it, and check what it leaves behind.

    python packaging/windows/wine_check.py [INSTALLER]   (default: dist/tillside-<v>-setup.exe)

In a fresh Wine prefix (a scratch folder, removed afterwards), with the installer built by
build_installer.py (on Linux around the Linux bundle, a stand-in payload):
  1. a silent install with /CONFIG= naming a missing file stops with exit code 2 and installs
     nothing;
  2. `setup.exe /S /CONFIG="<file>" /D=C:\\Program Files\\Tillside Test`, typed as IT types it
     (through cmd; the file's name relative and with a space, /D= last and unquoted), puts
     the program there, the settings file in C:\\ProgramData\\Tillside\\config.toml, a
     Start-menu entry for all users and an Apps & features entry whose quiet uninstall
     command is the uninstaller with /S;
  3. installing again over it replaces the program folder (a file left there goes);
  4. the silent uninstaller removes the program, the entry and the shortcut, and keeps the
     settings file and the user's data folder (%LOCALAPPDATA%\\Tillside, the outbox).
Exit status: 0 passed (or skipped, when Wine is not installed: it says so), 1 failed,
2 no installer to check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 300
INSTALL_DIR = r"C:\Program Files\Tillside Test"  # spaces, as under Program Files
UNINSTALL_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Tillside"
SETTINGS = '[store]\nname = "Kungsgatan"\ntill_id = "2"\n'


class Wine:
    """One scratch Wine prefix; every command waits until Wine has finished all it started."""

    def __init__(self, prefix: Path) -> None:
        self.scratch = prefix.parent
        self.env = {
            **os.environ,
            "WINEPREFIX": str(prefix),
            "WINEDEBUG": "-all",
            # No Mono or Gecko: nothing here needs .NET or a browser, and Wine would try to
            # download them (or ask, on a display).
            "WINEDLLOVERRIDES": "mscoree,mshtml=",
        }
        self.env.pop("DISPLAY", None)  # silent installs need no screen; none may pop up

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            list(command),
            env=self.env,
            capture_output=True,
            text=True,
            errors="replace",
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
        # The uninstaller copies itself to %TEMP% and runs from there, so its first process
        # returns at once; wineserver -w returns when every process of the prefix has ended.
        subprocess.run(["wineserver", "-w"], env=self.env, timeout=TIMEOUT_SECONDS, check=True)
        return done

    def cmd(self, line: str) -> int:
        """`line` exactly as typed at a Windows command prompt; its exit code.

        Through a batch file: given as an argument, Wine would quote the line again, and
        cmd does not read such quoting back the way a person's typing is read.
        """
        batch = self.scratch / "line.bat"
        batch.write_text(f"@echo off\r\n{line}\r\nexit %ERRORLEVEL%\r\n", encoding="utf-8")
        return self.run("wine", "cmd", "/c", self.windows_path(batch)).returncode

    def unix_path(self, windows_path: str) -> Path:
        return Path(self.run("winepath", "-u", windows_path).stdout.strip())

    def windows_path(self, path: Path) -> str:
        return self.run("winepath", "-w", str(path)).stdout.strip()

    def environment_variable(self, name: str) -> str:
        return self.run("wine", "cmd", "/c", f"echo %{name}%").stdout.strip()

    def registry_values(self, key: str) -> dict[str, str]:
        done = self.run("wine", "reg", "query", key)
        values = {}
        for line in done.stdout.splitlines():
            parts = line.strip().split(None, 2)
            if len(parts) == 3 and parts[1].startswith("REG_"):
                values[parts[0]] = parts[2]
        return values if done.returncode == 0 else {}


def default_installer() -> Path:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    return ROOT / "dist" / f"tillside-{version}-setup.exe"


def text(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def check(installer: Path, scratch: Path) -> list[str]:
    """The failures found, in order; empty when the installer behaves."""
    failures: list[str] = []

    def expect(condition: bool, failure: str) -> None:
        if not condition:
            failures.append(failure)

    wine = Wine(scratch / "prefix")
    started = time.perf_counter()
    wine.run("wineboot", "--init")
    print(f"wine prefix ready in {time.perf_counter() - started:.0f} s")
    settings = scratch / "store settings.toml"  # a space in the name, as IT's shares have
    settings.write_text(SETTINGS, encoding="utf-8")
    setup = wine.windows_path(installer)
    install_dir = wine.unix_path(INSTALL_DIR)
    program_data = wine.unix_path(wine.environment_variable("ProgramData"))
    local_app_data = wine.unix_path(wine.environment_variable("LOCALAPPDATA"))
    config = program_data / "Tillside" / "config.toml"
    shortcut = program_data / "Microsoft/Windows/Start Menu/Programs/Tillside.lnk"
    outbox = local_app_data / "Tillside" / "outbox.sqlite"

    # 1. A /CONFIG= file that is not there: exit code 2, nothing installed.
    missing = wine.windows_path(scratch / "missing.toml")
    code = wine.cmd(f'"{setup}" /S /CONFIG={missing} /D={INSTALL_DIR}')
    expect(code == 2, f"a missing /CONFIG= file: exit code {code}, want 2")
    expect(not install_dir.exists(), "a missing /CONFIG= file still installed the program")

    # 2. The silent install IT runs.
    started = time.perf_counter()
    # /CONFIG= relative to the folder the command runs in, with a space in the name.
    folder = wine.windows_path(scratch)
    code = wine.cmd(f'cd /d "{folder}" && "{setup}" /S /CONFIG="{settings.name}" /D={INSTALL_DIR}')
    print(f"silent install: exit code {code} in {time.perf_counter() - started:.0f} s")
    expect(code == 0, f"silent install: exit code {code}, want 0")
    program = [name for name in ("tillside.exe", "tillside") if (install_dir / name).is_file()]
    expect(bool(program), f"no tillside program in {INSTALL_DIR}")
    expect((install_dir / "_internal").is_dir(), "the bundle's _internal folder is missing")
    expect((install_dir / "uninstall.exe").is_file(), "no uninstall.exe")
    expect(
        text(config) == SETTINGS, "the /CONFIG= file is not C:\\ProgramData\\Tillside\\config.toml"
    )
    expect(shortcut.is_file(), "no Start-menu entry for all users")
    entry = wine.registry_values(UNINSTALL_KEY)
    expect(entry.get("InstallLocation") == INSTALL_DIR, f"Apps & features entry: {entry}")
    expect(
        entry.get("QuietUninstallString") == f'"{INSTALL_DIR}\\uninstall.exe" /S',
        f"quiet uninstall command: {entry.get('QuietUninstallString')!r}",
    )

    # 3. Over an installed version: the program folder is replaced, not merged.
    stale = install_dir / "_internal" / "left-by-an-older-version.txt"
    stale.write_text("old", encoding="utf-8")
    code = wine.cmd(f'"{setup}" /S /D={INSTALL_DIR}')
    expect(code == 0, f"install over the last one: exit code {code}, want 0")
    expect(not stale.exists(), "installing again kept an older version's file")
    expect(text(config) == SETTINGS, "an install without /CONFIG= changed the settings file")

    # 4. The silent uninstaller keeps the settings and the user's data (the outbox).
    outbox.parent.mkdir(parents=True, exist_ok=True)
    outbox.write_bytes(b"orders Ongoing has not confirmed yet")
    code = wine.run("wine", f"{INSTALL_DIR}\\uninstall.exe", "/S").returncode
    expect(code == 0, f"silent uninstall: exit code {code}, want 0")
    expect(not install_dir.exists(), f"the uninstaller left {INSTALL_DIR}")
    expect(not shortcut.exists(), "the uninstaller left the Start-menu entry")
    expect(
        not wine.registry_values(UNINSTALL_KEY), "the uninstaller left its Apps & features entry"
    )
    expect(config.is_file(), "the uninstaller removed the machine-wide settings file")
    expect(outbox.is_file(), "the uninstaller removed the user's outbox")
    return failures


def main(argv: list[str]) -> int:
    installer = Path(argv[1]) if len(argv) > 1 else default_installer()
    missing = [tool for tool in ("wine", "wineserver", "winepath") if shutil.which(tool) is None]
    if missing:
        print(
            f"SKIPPED: Wine is not installed ({', '.join(missing)} missing), so the installer "
            "was not run. Install it (Debian: apt-get install wine wine64) to check it here."
        )
        return 0
    if not installer.is_file():
        print(f"no installer at {installer}: build it first (make installer)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tillside-wine-") as scratch:
        try:
            failures = check(installer, Path(scratch))
        except (OSError, subprocess.SubprocessError) as error:  # Wine hung or broke
            failures = [f"Wine could not run the check: {error}"]
    if failures:
        print("installer check FAILED:")
        print("".join(f"  {failure}\n" for failure in failures), end="")
        return 1
    print("installer check passed: silent install, settings preseeded, reinstall, uninstall")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
