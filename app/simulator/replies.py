"""One answer of the simulated API: status, JSON body and extra headers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Reply:
    status: int
    body: Any
    headers: tuple[tuple[str, str], ...] = ()
