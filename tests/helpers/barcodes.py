"""Reading barcodes back as a scanner would: zbar (through pyzbar) on grey pixels, and a PDF's
pages as those pixels (poppler's pdftoppm, at the printer's resolution).

Both come from Debian (`libzbar0`, `poppler-utils`); `make test` installs them when run as
root (packaging/linux-test-tools.sh). Where they cannot be had, `zbar()` and `pdftoppm()`
skip the test and say what to install.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

INSTALL = "apt-get install libzbar0 poppler-utils (make test does it when run as root)"


def zbar() -> Callable[..., list[Any]]:
    """pyzbar's `decode`, or the test is skipped naming what to install."""
    try:
        from pyzbar import pyzbar
    except ImportError as missing:  # the Python package, or the zbar library it loads
        pytest.skip(f"zbar is not installed here ({missing}): {INSTALL}")
    decode: Callable[..., list[Any]] = pyzbar.decode
    return decode


def pdftoppm() -> str:
    found = shutil.which("pdftoppm")
    if found is None:
        pytest.skip(f"poppler's pdftoppm is not installed here: {INSTALL}")
    return found


def decoded(pixels: bytes, width: int, height: int) -> list[str]:
    """Every barcode zbar finds in 8-bit grey pixels (rows top to bottom), as text."""
    return [found.data.decode("ascii") for found in zbar()((pixels, width, height))]


def read_pgm(path: Path) -> tuple[bytes, int, int]:
    """A binary PGM (P5, 8 bits) as (pixels, width, height)."""
    data = path.read_bytes()
    magic, width, height, depth, pixels = data.split(maxsplit=4)
    assert magic == b"P5" and int(depth) == 255, path
    return pixels[: int(width) * int(height)], int(width), int(height)


def pdf_pages(pdf: bytes, dpi: int) -> list[tuple[bytes, int, int]]:
    """Each page of a PDF as grey pixels at `dpi`, as a printer's driver would rasterise it."""
    tool = pdftoppm()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "slip.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            [tool, "-r", str(dpi), "-gray", str(source), str(Path(folder) / "page")],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return [read_pgm(page) for page in sorted(Path(folder).glob("page*.pgm"))]


def pdf_page_count(pdf: bytes) -> int:
    return len(pdf_pages(pdf, 10))
