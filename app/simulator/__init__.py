"""A faithful Ongoing WMS API simulator on loopback, for the demo and the tests (no Qt)."""

from app.simulator.demo_data import generate_state, load_demo_state
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
