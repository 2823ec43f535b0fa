"""`tillside simulator`: the Ongoing API simulator on loopback, for demos, IT checks and tests."""

from __future__ import annotations

import asyncio
import sys

from app.simulator import Faults, generate_state, load_demo_state, serve
from app.simulator.arrivals import arrive_over_time
from app.simulator.webhook_sender import WebhookSender


def run_simulator_command(
    *,
    port: int,
    latency_ms: float,
    faults: str,
    status_step_seconds: float | None,
    generated: tuple[int, int] | None = None,
    webhook_url: str = "",
    webhook_auth: str = "token",
    webhook_secret: str = "",
    arrivals_seconds: float = 0.0,
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
    sender = None
    if webhook_url and not webhook_url.startswith(("http://", "https://")):
        print(
            f"tillside simulator: --webhook-url must start with http:// or https://, "
            f"not {webhook_url!r}",
            file=sys.stderr,
        )
        return 2
    if webhook_url:
        sender = WebhookSender(
            webhook_url,
            "basic" if webhook_auth == "basic" else "none" if webhook_auth == "none" else "token",
            webhook_secret,
        )
        state.event_listeners.append(sender.send)
        print(f"Posting webhooks to {webhook_url} ({webhook_auth})", flush=True)

    async def main() -> None:
        server = serve(state=state, faults=fault_knobs, port=port, announce=print)
        if arrivals_seconds > 0:
            await asyncio.gather(server, arrive_over_time(state, arrivals_seconds))
        else:
            await server

    # A parcel coming back takes longer than a pick: four status steps, when steps are on.
    state.returns.receive_seconds = 4 * status_step_seconds if status_step_seconds else None
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
    except OSError as error:
        print(
            f"tillside simulator: cannot listen on port {port}: {error.strerror}", file=sys.stderr
        )
        return 3
    finally:
        if sender is not None:
            sender.stop()
    return 0
