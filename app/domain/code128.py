"""Order numbers as Code 128 bars, for the slip: a cashier or the warehouse scans the number
instead of typing it.

The encoding (character sets, the switch to set C for runs of digits, the check symbol) is
python-barcode's; here we only take its bars as modules and say how big to print them. The
UI draws them with Qt as filled rectangles, so the bars are vectors in the PDF and as sharp
as the printer can make them.

Sizes follow what scanners read (ISO/IEC 15417): a quiet zone of at least 10 modules on each
side, a module (the narrowest bar) no thinner than about 0.19 mm for a receipt printer's
203 dpi, and bars at least 15% of the symbol's width tall.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

# python-barcode announces in the log, as it is imported, that Pillow (its image output,
# which we do not use) is missing: the till's log is for events, not that.
logging.getLogger("pyBarcode").setLevel(logging.WARNING)

QUIET_ZONE_MODULES = 10
"""White modules on each side of the bars, which scanners need to find where the code starts."""


@dataclass(frozen=True, slots=True)
class Barcode:
    """A Code 128 symbol ready to draw: `bars` holds one character per module, "1" a dark
    module and "0" a light one, without the quiet zones; sizes in millimetres."""

    text: str
    bars: str
    module_mm: float
    height_mm: float

    @property
    def modules(self) -> int:
        """The symbol's width in modules, both quiet zones included."""
        return len(self.bars) + 2 * QUIET_ZONE_MODULES

    @property
    def width_mm(self) -> float:
        return self.modules * self.module_mm

    def dark_runs(self) -> list[tuple[int, int]]:
        """(first module, width in modules) of each bar, counted from the left quiet zone's
        start: what a painter fills."""
        runs: list[tuple[int, int]] = []
        start = None
        for index, module in enumerate(self.bars + "0"):
            if module == "1" and start is None:
                start = index
            elif module != "1" and start is not None:
                runs.append((QUIET_ZONE_MODULES + start, index - start))
                start = None
        return runs


def code128_bars(text: str) -> str | None:
    """The modules of `text` in Code 128; None when Code 128 cannot carry it (characters
    outside ASCII, or nothing at all): the slip then prints the number as text only."""
    if not text or not text.isascii():
        return None
    # Imported when a slip is made, not with the settings that name the paper (~10 ms).
    from barcode.codex import Code128
    from barcode.errors import BarcodeError

    try:
        bars = Code128(text).build()[0]
    except (BarcodeError, KeyError, ValueError, RuntimeError):
        return None
    return str(bars)


def barcode(
    text: str, *, module_mm: float, height_mm: float, max_width_mm: float
) -> Barcode | None:
    """`text` as a symbol no wider than `max_width_mm`, quiet zones included: modules of
    `module_mm`, narrower when the text is long (scanners read down to about 0.19 mm)."""
    bars = code128_bars(text)
    if bars is None:
        return None
    modules = len(bars) + 2 * QUIET_ZONE_MODULES
    module = min(module_mm, max_width_mm / modules)
    return Barcode(text, bars, module, max(height_mm, 0.15 * modules * module))
