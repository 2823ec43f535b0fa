"""Build helpers that work the same on Linux and Windows (no make or shell needed).

    python packaging/build_bundle.py build   # = make bundle: dist/tillside/
    python packaging/build_bundle.py test    # = make bundle-test: build, then bundle_smoke.py
    python packaging/build_bundle.py installer  # test, then the NSIS installer around the
                                                # bundle (packaging/windows/)
    python packaging/build_bundle.py icons   # redraw resources/icons/tillside.{png,ico} from .svg

Run it with the project's venv Python (.venv/bin/python, or .venv\\Scripts\\python.exe).
`icons` renders with Qt (offscreen), so it needs no Pillow and no display; the PNG and ICO
are committed, so only run it after editing the SVG.
"""

from __future__ import annotations

import argparse
import os
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "tillside.svg"
PNG_SIZE = 256  # the Linux desktop icon (hicolor/256x256)
# Sizes Windows picks from for the taskbar, Explorer views and Alt-Tab at 100-200% scaling.
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def pyinstaller_command() -> list[str]:
    return [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        str(Path("packaging") / "tillside.spec"),
        "--distpath",
        "dist",
        "--workpath",
        "build",
    ]


def build() -> int:
    return subprocess.call(pyinstaller_command(), cwd=ROOT)


def test() -> int:
    code = build()
    if code:
        return code
    return subprocess.call([sys.executable, str(Path("packaging") / "bundle_smoke.py")], cwd=ROOT)


def installer() -> int:
    code = test()  # a bundle that fails its smoke test is not wrapped
    if code:
        return code
    script = Path("packaging") / "windows" / "build_installer.py"
    return subprocess.call([sys.executable, str(script), "--require"], cwd=ROOT)


def _render(renderer: object, size: int) -> object:
    from PySide6 import QtCore, QtGui

    image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(image)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QtCore.QRectF(0, 0, size, size))  # type: ignore[attr-defined]
    painter.end()
    return image


def _png_bytes(image: object) -> bytes:
    from PySide6 import QtCore

    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[attr-defined]
        raise RuntimeError("Qt could not encode a PNG")
    return bytes(buffer.data().data())


def _dib_bytes(image: object) -> bytes:
    """A 32-bit BGRA bitmap as ICO entries store it: bottom-up rows, then a blank AND mask."""
    size = image.width()  # type: ignore[attr-defined]
    rows = []
    for y in range(size):
        line = image.constScanLine(y)  # type: ignore[attr-defined]  # ARGB32 is BGRA in memory (LE)
        rows.append(bytes(line)[: size * 4])
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def _ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    """An ICO container of (size, PNG or bitmap bytes) entries, smallest first."""
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    blobs = []
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs.append(data)
    return directory + b"".join(blobs)


def icons() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtGui, QtSvg

    app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication([])
    renderer = QtSvg.QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG.relative_to(ROOT)}", file=sys.stderr)
        return 1
    png = _png_bytes(_render(renderer, PNG_SIZE))
    (ICONS / "tillside.png").write_bytes(png)
    entries = []
    for size in ICO_SIZES:
        image = _render(renderer, size)
        entries.append((size, _png_bytes(image) if size >= 64 else _dib_bytes(image)))
    (ICONS / "tillside.ico").write_bytes(_ico_bytes(entries))
    del app
    for name in ("tillside.png", "tillside.ico"):
        print(f"wrote resources/icons/{name} ({(ICONS / name).stat().st_size} bytes)")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    actions = {"build": build, "test": test, "installer": installer, "icons": icons}
    parser.add_argument("action", choices=actions, nargs="?", default="build")
    return actions[parser.parse_args().action]()


if __name__ == "__main__":
    sys.exit(main())
