"""A faithful Ongoing WMS API simulator on loopback, for the demo and the tests (no Qt).

`generate_state` and `load_demo_state` are imported on first use, so that
`python -m app.simulator.demo_data --write` runs that module cleanly as a script.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.simulator.faults import Faults
from app.simulator.runner import (
    DEMO_API_USER,
    DEMO_GOODS_OWNER_ID,
    DEMO_PASSWORD,
    DEMO_TENANT,
    SimulatorThread,
    serve,
)
from app.simulator.state import WmsState

if TYPE_CHECKING:
    from app.simulator.demo_data import generate_state, load_demo_state

__all__ = [
    "DEMO_API_USER",
    "DEMO_GOODS_OWNER_ID",
    "DEMO_PASSWORD",
    "DEMO_TENANT",
    "Faults",
    "SimulatorThread",
    "WmsState",
    "generate_state",
    "load_demo_state",
    "serve",
]


def __getattr__(name: str) -> Any:
    if name in ("generate_state", "load_demo_state"):
        from app.simulator import demo_data

        return getattr(demo_data, name)
    raise AttributeError(f"module 'app.simulator' has no attribute {name!r}")
