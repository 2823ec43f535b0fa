"""`tillside simulator`: the Ongoing API simulator on loopback, for demos, IT checks and tests."""

from __future__ import annotations

import asyncio
import sys

from app.simulator import Faults, generate_state, load_demo_state, serve


def run_simulator_command(
    *,
    port: int,
    latency_ms: float,
    faults: str,
    status_step_seconds: float | None,
    generated: tuple[int, int] | None = None,
) -> int:
    try:
        fault_knobs = Faults.parse(faults) if faults else Faults()
    except ValueError as error:
        print(f"tillside simulator: {error}", file=sys.stderr)
        return 2
    if latency_ms:
        fault_knobs.latency_ms = latency_ms
    state = generate_state(*generated) if generated else load_demo_state()
    state.status_step_seconds = status_step_seconds
    # A parcel coming back takes longer than a pick: four status steps, when steps are on.
    state.returns.receive_seconds = 4 * status_step_seconds if status_step_seconds else None
    try:
        asyncio.run(serve(state=state, faults=fault_knobs, port=port, announce=print))
    except KeyboardInterrupt:
        pass
    except OSError as error:
        print(
            f"tillside simulator: cannot listen on port {port}: {error.strerror}", file=sys.stderr
        )
        return 3
    return 0
