"""The `simulator` fixture: a fresh Ongoing simulator on loopback for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.simulator import SimulatorThread, load_demo_state


@pytest.fixture
def simulator() -> Iterator[SimulatorThread]:
    state = load_demo_state()
    state.status_step_seconds = None
    with SimulatorThread.start(state=state) as running:
        yield running
