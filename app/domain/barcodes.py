"""Turn what a cashier scanned or typed into a code to look up, or a clear problem.

GTIN-family codes (EAN-13, EAN-8, UPC-A, GTIN-14) share the GS1 mod-10 check digit
(python-stdnum computes it). GS1 element strings carry the GTIN in AI 01. A digit string of a
GTIN length with a bad check digit is a misread, never silently an article number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from stdnum import ean

from app.domain.text_values import filled
from app.domain.texts import QT_TRANSLATE_NOOP, Text, translate

MAX_INPUT_LENGTH = 100
MIN_LAYOUT_LENGTH = 4
GROUP_SEPARATOR = "\x1d"
_SYMBOLOGY_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
_GS_SPELLINGS = ("<GS>", "<gs>", "^]", GROUP_SEPARATOR)
_GTIN_LENGTHS = {8, 12, 13, 14}

# What the digit keys 0-9 type on layouts a till's keyboard is often left in. The names are
# shown to the cashier: translated in context "Scan" (see `ScanProblem.layout_name`).
KEYBOARD_LAYOUTS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("Scan", "French AZERTY"), "à&é\"'(-è_ç"),
    (QT_TRANSLATE_NOOP("Scan", "Belgian AZERTY"), "à&é\"'(§è!ç"),
    (QT_TRANSLATE_NOOP("Scan", "Nordic with Shift"), '=!"#¤%&/()'),
    (QT_TRANSLATE_NOOP("Scan", "US with Shift"), ")!@#$%^&*("),
)


class ScanKind(Enum):
    EAN13 = "EAN-13"
    EAN8 = "EAN-8"
    UPCA = "UPC-A"
    GTIN14 = "GTIN-14"
    GS1 = "GS1"
    ARTICLE_NUMBER = QT_TRANSLATE_NOOP("Scan", "article number")  # shown in scanner diagnostics


class ProblemReason(Enum):
    EMPTY = "empty"
    TOO_LONG = "too long"
    CONTROL_CHARACTERS = "control characters"
    WRONG_CHECK_DIGIT = "wrong check digit"
    KEYBOARD_LAYOUT = "keyboard layout"
    BAD_GS1 = "bad GS1"


_KIND_BY_LENGTH = {8: ScanKind.EAN8, 12: ScanKind.UPCA, 13: ScanKind.EAN13, 14: ScanKind.GTIN14}


@dataclass(frozen=True, slots=True)
class ScannedCode:
    kind: ScanKind
    raw: str
    code: str
    gtin14: str | None
    lookup_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScanProblem:
    reason: ProblemReason
    raw: str
    expected_check_digit: str = ""
    got_check_digit: str = ""
    suggested: str = ""
    layout: str = ""

    @property
    def text(self) -> Text:
        """The cashier's message, translated where it is shown."""
        return problem_text(self)

    @property
    def message(self) -> str:
        return str(self.text)

    @property
    def layout_name(self) -> Text:
        """The keyboard layout's name (KEYBOARD_LAYOUTS), translated where it is shown."""
        return Text("Scan", self.layout)


def problem_text(problem: ScanProblem) -> Text:
    """The cashier's text for each problem, kept together so it can be translated."""
    shown = _printable(problem.raw)[:40]
    reason = problem.reason
    if reason is ProblemReason.EMPTY:
        return translate("Scan", "Nothing was scanned. Scan again or type the code.")
    if reason is ProblemReason.TOO_LONG:
        return filled(
            translate(
                "Scan", "That is too long for a barcode (over {limit} characters). Scan again."
            ),
            limit=MAX_INPUT_LENGTH,
        )
    if reason is ProblemReason.CONTROL_CHARACTERS:
        return filled(
            translate(
                "Scan", "The code contains invisible control characters ({code}). Scan again."
            ),
            code=shown,
        )
    if reason is ProblemReason.WRONG_CHECK_DIGIT:
        return filled(
            translate(
                "Scan",
                "Check digit wrong: {code} should end in {digit}. Scan again or type the code.",
            ),
            code=shown,
            digit=problem.expected_check_digit,
        )
    if reason is ProblemReason.KEYBOARD_LAYOUT:
        return filled(
            translate(
                "Scan",
                "“{code}” looks like {digits} typed with a {layout} keyboard layout. "
                "Switch the keyboard or scanner to the right layout, then scan again.",
            ),
            code=shown,
            digits=problem.suggested,
            layout=problem.layout_name,
        )
    return filled(
        translate(
            "Scan",
            "The GS1 code {code} has no valid GTIN after 01. Scan the product's EAN instead.",
        ),
        code=shown,
    )


def problem_message(problem: ScanProblem) -> str:
    """The English text (logs, the command line)."""
    return str(problem_text(problem))


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else "�" for ch in text)


def is_valid_gtin(digits: str) -> bool:
    return digits.isdigit() and len(digits) in _GTIN_LENGTHS and ean.is_valid(digits)


def gtin_variants(code: str) -> tuple[str, ...]:
    """Every form a catalogue or scanner may use for this GTIN: as given, GTIN-14, shorter."""
    digits = code.strip()
    if not is_valid_gtin(digits):
        return ()
    gtin14 = digits.zfill(14)
    forms = [digits, gtin14]
    if gtin14.startswith("0"):
        forms.append(gtin14[1:])  # EAN-13
    if gtin14.startswith("00"):
        forms.append(gtin14[2:])  # UPC-A
    if gtin14.startswith("000000"):
        forms.append(gtin14[6:])  # EAN-8
    return tuple(dict.fromkeys(forms))


def parse_scan(text: str) -> ScannedCode | ScanProblem:
    """Never raises: any input gives a code to look up or a problem to show."""
    raw = text
    if len(text) > MAX_INPUT_LENGTH * 4:
        return ScanProblem(ProblemReason.TOO_LONG, raw[: MAX_INPUT_LENGTH * 4])
    stripped = text.strip(" \r\n\t")
    if not stripped:
        return ScanProblem(ProblemReason.EMPTY, raw)
    if len(stripped) > MAX_INPUT_LENGTH:
        return ScanProblem(ProblemReason.TOO_LONG, raw)
    prefixed = bool(_SYMBOLOGY_PREFIX.match(stripped))
    body = stripped[3:] if prefixed else stripped
    normalised = body
    for spelling in _GS_SPELLINGS:
        normalised = normalised.replace(spelling, GROUP_SEPARATOR)
    normalised = normalised.lstrip(GROUP_SEPARATOR)  # FNC1 in first position, sent as GS
    has_gs = GROUP_SEPARATOR in normalised
    if prefixed or has_gs or _looks_like_element_string(normalised):
        gs1 = _parse_gs1(raw, normalised)
        if gs1 is not None:
            return gs1
    if any(not ch.isprintable() for ch in normalised):
        return ScanProblem(ProblemReason.CONTROL_CHARACTERS, raw)
    compact = normalised.replace(" ", "")
    if compact.isdigit() and compact.isascii():
        return _parse_digits(raw, compact)
    layout = _keyboard_layout(compact)
    if layout is not None:
        return layout
    return ScannedCode(
        ScanKind.ARTICLE_NUMBER, raw, normalised.strip(), None, (normalised.strip(),)
    )


def _looks_like_element_string(text: str) -> bool:
    return len(text) >= 16 and text.startswith("01") and text[:16].isdigit()


def _parse_gs1(raw: str, text: str) -> ScannedCode | ScanProblem | None:
    """AI 01 then 14 digits; what follows (batch, dates, serial) is not needed to sell it."""
    if not text.startswith("01"):
        return None  # another symbology's data: treat as a plain code
    gtin = text[2:16]
    if len(gtin) != 14 or not gtin.isdigit() or not ean.is_valid(gtin):
        return ScanProblem(ProblemReason.BAD_GS1, raw)
    return ScannedCode(ScanKind.GS1, raw, gtin, gtin, gtin_variants(gtin))


def _parse_digits(raw: str, digits: str) -> ScannedCode | ScanProblem:
    if len(digits) not in _GTIN_LENGTHS:
        return ScannedCode(ScanKind.ARTICLE_NUMBER, raw, digits, None, (digits,))
    expected = ean.calc_check_digit(digits[:-1])
    if expected != digits[-1]:
        return ScanProblem(
            ProblemReason.WRONG_CHECK_DIGIT,
            raw,
            expected_check_digit=expected,
            got_check_digit=digits[-1],
        )
    return ScannedCode(
        _KIND_BY_LENGTH[len(digits)], raw, digits, digits.zfill(14), gtin_variants(digits)
    )


def _keyboard_layout(text: str) -> ScanProblem | None:
    """Digits typed under the wrong layout arrive as symbols: decode and suggest."""
    if len(text) < MIN_LAYOUT_LENGTH:
        return None
    candidates: list[tuple[str, str]] = []
    for name, keys in KEYBOARD_LAYOUTS:
        if all(ch in keys or ch.isdigit() for ch in text) and any(ch in keys for ch in text):
            decoded = "".join(str(keys.index(ch)) if ch in keys else ch for ch in text)
            candidates.append((name, decoded))
    if not candidates:
        return None
    name, decoded = next(((n, d) for n, d in candidates if is_valid_gtin(d)), candidates[0])
    return ScanProblem(ProblemReason.KEYBOARD_LAYOUT, text, suggested=decoded, layout=name)
