"""Fault knobs: what a real network and a busy Ongoing do to a till, on demand.

Random knobs (rates, latency) serve demos and soak runs; scripted faults (`enqueue`) give
tests exact control: "drop the next PUT /orders after committing it".
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

KINDS = ("5xx", "429", "drop", "slow-commit", "drop-after-commit", "non-json")
_SPEC_KEYS = {
    "5xx": "error_5xx_rate",
    "429": "rate_limit_rate",
    "drop": "drop_rate",
    "retry-after": "retry_after_s",
    "slow-commit": "slow_commit_s",
    "latency": "latency_ms",
    "seed": "seed",
}


@dataclass
class ScriptedFault:
    kind: str
    remaining: int
    method: str | None
    path_suffix: str | None

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path_suffix is None or path.endswith(self.path_suffix)
        )


@dataclass
class Faults:
    """What goes wrong, and how often. Safe to change from a test thread while serving.

    Random knobs: `latency_ms` (added before every answer), `error_5xx_rate` (500 with
    `{"Message": "An error has occurred."}`), `rate_limit_rate` (429 with `Retry-After:
    retry_after_s`), `drop_rate` (close the connection before handling), `slow_commit_s`
    (PUT /orders is committed, then answered this late). `seed` makes the rolls repeatable.
    Scripted faults from `enqueue` are used first, by the next matching requests.
    """

    latency_ms: float = 0.0
    error_5xx_rate: float = 0.0
    rate_limit_rate: float = 0.0
    retry_after_s: float = 1.0
    drop_rate: float = 0.0
    slow_commit_s: float = 0.0
    seed: int = 0
    _scripted: list[ScriptedFault] = field(
        default_factory=list, repr=False, init=False, compare=False
    )
    _lock: threading.Lock = field(
        default_factory=threading.Lock, repr=False, init=False, compare=False
    )
    _random: random.Random = field(
        default_factory=random.Random, repr=False, init=False, compare=False
    )

    def __post_init__(self) -> None:
        self._random.seed(self.seed)

    def enqueue(
        self,
        kind: str,
        count: int = 1,
        method: str | None = None,
        path_suffix: str | None = None,
    ) -> None:
        """The next `count` requests matching method and path end get `kind` (see KINDS).

        "drop" closes before handling, "drop-after-commit" handles (commits) and then closes
        without answering, "slow-commit" handles and answers `slow_commit_s` late (5 s when
        that knob is 0), "non-json" answers 200 with an HTML proxy page.
        """
        if kind not in KINDS:
            raise ValueError(f"Unknown fault {kind!r}; known: {', '.join(KINDS)}.")
        with self._lock:
            self._scripted.append(ScriptedFault(kind, count, method, path_suffix))

    def clear(self) -> None:
        """Back to a healthy server: scripted faults gone, random rates zero."""
        with self._lock:
            self._scripted.clear()
            self.error_5xx_rate = self.rate_limit_rate = self.drop_rate = 0.0
            self.slow_commit_s = self.latency_ms = 0.0

    def next_fault(self, method: str, path: str) -> str | None:
        """The fault for this request, if any: scripted first, then the random rates."""
        with self._lock:
            for scripted in self._scripted:
                if scripted.remaining > 0 and scripted.matches(method, path):
                    scripted.remaining -= 1
                    return scripted.kind
            self._scripted = [s for s in self._scripted if s.remaining > 0]
            roll = self._random.random()
            for kind, rate in (
                ("drop", self.drop_rate),
                ("5xx", self.error_5xx_rate),
                ("429", self.rate_limit_rate),
            ):
                if roll < rate:
                    return kind
                roll -= rate
            if self.slow_commit_s and method == "PUT" and path == "/orders":
                return "slow-commit"
            return None

    @classmethod
    def parse(cls, spec: str) -> Faults:
        """`5xx=0.1,429=0.05,retry-after=2,drop=0.05,slow-commit=3,latency=100,seed=7`."""
        faults = cls()
        for item in filter(None, (part.strip() for part in spec.split(","))):
            key, sep, value = item.partition("=")
            attribute = _SPEC_KEYS.get(key.strip())
            if not sep or attribute is None:
                raise ValueError(
                    f"Bad fault {item!r}: use KEY=VALUE with KEY one of {', '.join(_SPEC_KEYS)}."
                )
            try:
                number = float(value)
            except ValueError:
                raise ValueError(f"Bad fault {item!r}: {value!r} is not a number.") from None
            if number < 0 or (attribute.endswith("_rate") and number > 1):
                raise ValueError(f"Bad fault {item!r}: rates are 0 to 1, times are >= 0.")
            setattr(faults, attribute, int(number) if attribute == "seed" else number)
        faults._random.seed(faults.seed)
        return faults
