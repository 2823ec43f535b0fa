"""F12's verdict on a scanner: do the keys it typed make a scan with these settings, and if
not, which setting to change to what.

A scanner tells itself apart from a person by speed (`scanner.max_interkey_ms`), length
(`scanner.min_length`) and the key it ends with (`scanner.terminators`). A scanner slower
than the limit never scans (its keys land as typing); one far faster than a limit set
above a person's pace makes quick typing outside text fields scan too. The verdict is
decided here, without Qt; the diagnostics screen shows it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from app.domain.scan_detector import ScannerTiming
from app.domain.text_values import filled
from app.domain.texts import Text, translate

TERMINATOR_NAMES = {"\r": "enter", "\t": "tab", "\n": "lf"}  # as scanner.terminators spells them
PERSON_MS = 100  # people type about this fast at the quickest (a scanner: 5-60 ms)
MAX_SETTING_MS = 500  # the most scanner.max_interkey_ms allows
HEADROOM = 1.25  # a suggested limit this much above the slowest gap seen, in tens of ms


class VerdictKind(Enum):
    OK = "ok"
    NEAR_LIMIT = "near limit"
    TOO_SLOW = "too slow"
    TOO_SLOW_FOR_ANY_SETTING = "too slow for any setting"
    LIMIT_TOO_HIGH = "limit too high"  # the scanner is far faster than the limit needs
    TOO_SHORT = "too short"
    TERMINATOR_NOT_SET = "terminator not set"
    NO_TERMINATOR = "no terminator"


@dataclass(frozen=True, slots=True)
class KeyRun:
    """Keys typed in one go: their text, the gaps between them, and the key that ended them.

    `gaps_ms` has one gap per key after the first, the terminator's included; `terminator`
    is None when the keys simply stopped.
    """

    text: str
    gaps_ms: tuple[float, ...]
    terminator: str | None


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: VerdictKind
    text: Text
    setting: str | None = None  # the setting to change, as config.toml names it
    value: str | None = None  # its new value, as written in config.toml

    @property
    def recognised(self) -> bool:
        return self.kind in (VerdictKind.OK, VerdictKind.NEAR_LIMIT, VerdictKind.LIMIT_TOO_HIGH)


def round_up(ms: float) -> int:
    """A limit with some headroom above `ms`, in whole tens of milliseconds."""
    return int(math.ceil(ms * HEADROOM / 10) * 10)


def judge(run: KeyRun, timing: ScannerTiming) -> Verdict | None:
    """The verdict on one run of keys; None for keys too few to say anything about."""
    if not run.text:
        return None
    slowest = max(run.gaps_ms, default=0.0)
    limit = timing.max_interkey_ms
    fast = slowest <= limit
    if run.terminator is None:
        return _no_terminator(run) if fast and len(run.text) >= timing.min_length else None
    if run.terminator not in timing.terminators:
        return _terminator_not_set(run.terminator, timing) if fast else None
    if not fast:
        return _too_slow(slowest, limit)
    if len(run.text) < timing.min_length:
        return _too_short(len(run.text), timing.min_length)
    if slowest > 0.8 * limit:
        return _near_limit(slowest, limit)
    if limit > PERSON_MS and slowest * 2 < limit:
        return _limit_too_high(slowest, limit)
    done = translate(
        "ScannerDiagnostics",
        "Works: its keys came at most {slowest} ms apart, within scanner.max_interkey_ms "
        "({limit} ms). Nothing to change.",
    )
    return Verdict(VerdictKind.OK, filled(done, slowest=round(slowest), limit=round(limit)))


def _too_slow(slowest: float, limit: float) -> Verdict:
    suggested = round_up(slowest)
    if suggested > MAX_SETTING_MS:
        hopeless = translate(
            "ScannerDiagnostics",
            "Not a scan: keys came up to {slowest} ms apart, slower than any setting allows. "
            "If this was the scanner, shorten its delay between characters.",
        )
        return Verdict(
            VerdictKind.TOO_SLOW_FOR_ANY_SETTING, filled(hopeless, slowest=round(slowest))
        )
    slow = translate(
        "ScannerDiagnostics",
        "Too slow for the settings: its keys came up to {slowest} ms apart, and "
        "scanner.max_interkey_ms is {limit} ms, so its codes land as typing. Set "
        "scanner.max_interkey_ms to {suggested}, or shorten the scanner's delay between "
        "characters.",
    )
    values = {"slowest": round(slowest), "limit": round(limit), "suggested": suggested}
    return Verdict(
        VerdictKind.TOO_SLOW, filled(slow, **values), "scanner.max_interkey_ms", str(suggested)
    )


def _near_limit(slowest: float, limit: float) -> Verdict:
    suggested = min(round_up(slowest), MAX_SETTING_MS)
    near = translate(
        "ScannerDiagnostics",
        "Works, only just: its slowest key came {slowest} ms after the one before, close to "
        "scanner.max_interkey_ms ({limit} ms). Set scanner.max_interkey_ms to {suggested} so "
        "that no scan is missed.",
    )
    values = {"slowest": round(slowest), "limit": round(limit), "suggested": suggested}
    return Verdict(
        VerdictKind.NEAR_LIMIT, filled(near, **values), "scanner.max_interkey_ms", str(suggested)
    )


def _limit_too_high(slowest: float, limit: float) -> Verdict:
    suggested = max(40, min(80, round_up(slowest * 2)))
    loose = translate(
        "ScannerDiagnostics",
        "Works, but the settings are far slower than this scanner: its keys came at most "
        "{slowest} ms apart, while scanner.max_interkey_ms is {limit} ms, so quick typing "
        "outside a text field is taken for a scan too. Set scanner.max_interkey_ms to "
        "{suggested}.",
    )
    values = {"slowest": round(slowest), "limit": round(limit), "suggested": suggested}
    return Verdict(
        VerdictKind.LIMIT_TOO_HIGH,
        filled(loose, **values),
        "scanner.max_interkey_ms",
        str(suggested),
    )


def _too_short(length: int, minimum: int) -> Verdict:
    short = translate(
        "ScannerDiagnostics",
        "Not a scan: the code has {length} characters, fewer than scanner.min_length "
        "({minimum}). Set scanner.min_length to {length} if your codes are that short.",
    )
    return Verdict(
        VerdictKind.TOO_SHORT,
        filled(short, length=length, minimum=minimum),
        "scanner.min_length",
        str(length),
    )


def _terminator_not_set(terminator: str, timing: ScannerTiming) -> Verdict:
    names = sorted(TERMINATOR_NAMES[t] for t in timing.terminators | {terminator})
    value = "[" + ", ".join(f'"{name}"' for name in names) + "]"
    unset = translate(
        "ScannerDiagnostics",
        "Not a scan: the scanner ends its codes with {key}, which scanner.terminators does "
        "not list. Set scanner.terminators to {value}.",
    )
    return Verdict(
        VerdictKind.TERMINATOR_NOT_SET,
        filled(unset, key=TERMINATOR_NAMES[terminator], value=value),
        "scanner.terminators",
        value,
    )


def _no_terminator(run: KeyRun) -> Verdict:
    missing = translate(
        "ScannerDiagnostics",
        "Not a scan: {count} keys came quickly with no Enter, Tab or LF after them. Set the "
        "scanner to end each code with Enter (its suffix setting).",
    )
    return Verdict(VerdictKind.NO_TERMINATOR, filled(missing, count=len(run.text)))
