"""Build the Windows installer around the folder bundle, and sign it when a certificate is set.

    python packaging/windows/build_installer.py [--bundle dist/tillside] [--out dist]
    python packaging/windows/build_installer.py sign FILE      (what makensis calls to sign)

Compiles packaging/windows/tillside.nsi with makensis (NSIS 3: on Windows from nsis.sf.net
or `winget install NSIS.NSIS`, on Debian `apt-get install nsis`) into
dist/tillside-<version>-setup.exe, failing on any makensis warning. On Windows the payload
is the real bundle (`python packaging/build_bundle.py build` first). On Linux, CI uses the
Linux bundle as a stand-in payload so that a broken script fails CI: that installer is only
for checking (packaging/windows/wine_check.py), never for a till.

Code signing (so SmartScreen and antivirus scanners trust the till) happens only when
TILLSIDE_SIGN_PFX names a PKCS#12 certificate file (password in TILLSIDE_SIGN_PASSWORD,
RFC 3161 timestamp server of the certificate's vendor in TILLSIDE_SIGN_TIMESTAMP_URL): the
bundle's tillside.exe is signed before it is packed, the installer and its uninstaller as
makensis writes them. signtool (Windows SDK) signs on Windows, osslsigncode (`apt-get
install osslsigncode`) elsewhere. Without a certificate the build says it is unsigned.

Exit status: 0 built (or, with makensis nowhere to be found, skipped: see `--require`),
1 makensis or signing failed, 2 bad options or no bundle.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCRIPT = HERE / "tillside.nsi"
ICON = ROOT / "resources" / "icons" / "tillside.ico"
ENV_PFX = "TILLSIDE_SIGN_PFX"
ENV_PASSWORD = "TILLSIDE_SIGN_PASSWORD"
ENV_TIMESTAMP = "TILLSIDE_SIGN_TIMESTAMP_URL"
SKIPPED = 0  # the exit status of a build skipped for want of makensis (see --require)

sys.path.insert(0, str(HERE))
from version_info import version_tuple  # noqa: E402  # beside this file


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found is None and sys.platform == "win32":
        for folder in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
            candidate = Path(folder or "") / "NSIS" / "makensis.exe"
            if folder and candidate.is_file():
                return str(candidate)
    return found


def installer_name(version: str) -> str:
    return f"tillside-{version}-setup.exe"


def signing_configured() -> bool:
    return bool(os.environ.get(ENV_PFX))


def sign(file: Path) -> int:
    """Sign `file` in place with the certificate from the environment; the tool's exit code."""
    pfx, password = os.environ[ENV_PFX], os.environ.get(ENV_PASSWORD, "")
    timestamp = os.environ.get(ENV_TIMESTAMP, "")
    if sys.platform == "win32":
        signtool = shutil.which("signtool")
        if signtool is None:
            print("signtool is not on PATH (Windows SDK): cannot sign", file=sys.stderr)
            return 1
        command = [signtool, "sign", "/f", pfx, "/p", password, "/fd", "sha256"]
        command += ["/tr", timestamp, "/td", "sha256"] if timestamp else []
        return subprocess.call([*command, str(file)])
    osslsigncode = shutil.which("osslsigncode")
    if osslsigncode is None:
        print("osslsigncode is not installed (apt-get install osslsigncode)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="tillside-sign-") as folder:
        secret = Path(folder) / "password"
        secret.write_text(password, encoding="utf-8")  # not on a command line others can read
        signed = Path(folder) / file.name
        command = [osslsigncode, "sign", "-pkcs12", pfx, "-readpass", str(secret)]
        command += ["-h", "sha256", "-n", "Tillside"] + (["-ts", timestamp] if timestamp else [])
        code = subprocess.call([*command, "-in", str(file), "-out", str(signed)])
        if code == 0:
            shutil.move(signed, file)
        return code


def build(bundle: Path, out: Path, *, require: bool) -> int:
    makensis = find_makensis()
    if makensis is None:
        print(
            "SKIPPED: makensis (NSIS 3) is not installed, so the Windows installer was not "
            "built. Install it (Debian: apt-get install nsis; Windows: winget install "
            "NSIS.NSIS) and run this again."
        )
        return 1 if require else SKIPPED
    exe = next((name for name in ("tillside.exe", "tillside") if (bundle / name).is_file()), None)
    if exe is None or not (bundle / "_internal").is_dir():
        print(f"no bundle in {bundle}: build it first (make bundle)", file=sys.stderr)
        return 2
    if exe != "tillside.exe":
        print(f"note: {bundle} is not a Windows bundle; the installer is a stand-in for CI")
    version = project_version()
    out.mkdir(parents=True, exist_ok=True)
    target = out / installer_name(version)
    defines = {
        "VERSION": version,
        "VERSION_QUAD": ".".join(map(str, version_tuple(version))),
        "BUNDLE": str(bundle.resolve()),
        "EXE": exe,
        "OUTFILE": str(target.resolve()),
        "ICON": str(ICON),
    }
    if signing_configured():
        if sign(bundle / exe) != 0:
            return 1
        defines["SIGN"] = f'"{sys.executable}" "{Path(__file__).resolve()}" sign'
    else:
        print(f"not signed: no certificate ({ENV_PFX} unset); sign before shipping to tills")
    command = [makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8"]
    command += [f"-D{name}={value}" for name, value in defines.items()]
    started = time.perf_counter()
    code = subprocess.call([*command, str(SCRIPT)])
    seconds = time.perf_counter() - started
    if code != 0:
        print(f"makensis failed (exit {code})", file=sys.stderr)
        return 1
    size = target.stat().st_size / 1e6
    shown = target.relative_to(ROOT) if target.is_relative_to(ROOT) else target
    print(f"installer: {shown} ({size:.1f} MB), compiled in {seconds:.0f} s")
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["sign"]:
        if len(argv) != 2 or not signing_configured():
            print(f"usage: {ENV_PFX}=cert.pfx build_installer.py sign FILE", file=sys.stderr)
            return 2
        return sign(Path(argv[1]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "tillside")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--require", action="store_true", help="fail, not skip, when makensis is missing"
    )
    args = parser.parse_args(argv)
    return build(args.bundle, args.out, require=args.require)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
