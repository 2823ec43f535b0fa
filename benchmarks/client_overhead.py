"""Client overhead: our stock lookup against a bare httpx call to the same URL, in one run.

Run: `make bench` (or `.venv/bin/python -m benchmarks.client_overhead`). Prints p50/p95 for a
lookup of 1 and of 50 articles through `OngoingClient.get_inventory_per_warehouse`, side by
side with `httpx.AsyncClient.get` of the identical request, and how many HTTP requests each
lookup made (read from the simulator's request log).
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httpx

from app.ongoing.client import OngoingClient
from app.ongoing.settings import ConnectionSettings
from app.simulator import DEMO_API_USER, DEMO_GOODS_OWNER_ID, DEMO_PASSWORD, load_demo_state
from benchmarks.common import simulator_process, summary_ms


async def measure(base_url: str, article_numbers: list[str], rounds: int) -> dict[str, float]:
    settings = ConnectionSettings.from_target(
        base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    params: list[tuple[str, str | int | float | bool | None]] = [
        ("goodsOwnerId", DEMO_GOODS_OWNER_ID)
    ]
    params += [("articleNumbers", number) for number in article_numbers]
    client_times: list[float] = []
    bare_times: list[float] = []
    async with (
        OngoingClient(settings) as client,
        httpx.AsyncClient(base_url=base_url, auth=(DEMO_API_USER, DEMO_PASSWORD)) as bare,
    ):
        for _ in range(20):  # warm both connections and caches
            await client.get_inventory_per_warehouse(article_numbers)
            (await bare.get("articles/inventoryPerWarehouse", params=params)).json()
        for round_number in range(rounds):
            # Interleaved, alternating who goes first, so drift in load hits both equally.
            for which in (0, 1) if round_number % 2 else (1, 0):
                started = time.perf_counter()
                if which == 0:
                    await client.get_inventory_per_warehouse(article_numbers)
                    client_times.append(time.perf_counter() - started)
                else:
                    (await bare.get("articles/inventoryPerWarehouse", params=params)).json()
                    bare_times.append(time.perf_counter() - started)
    client_p50, client_p95 = summary_ms(client_times)
    bare_p50, bare_p95 = summary_ms(bare_times)
    return {
        "client_p50": client_p50,
        "client_p95": client_p95,
        "bare_p50": bare_p50,
        "bare_p95": bare_p95,
    }


async def requests_per_lookup(base_url: str, article_numbers: list[str]) -> int:
    """Count requests at the transport, so a hidden second round trip would show."""
    settings = ConnectionSettings.from_target(
        base_url, DEMO_GOODS_OWNER_ID, DEMO_API_USER, DEMO_PASSWORD
    )
    transport = CountingTransport()
    async with OngoingClient(settings, transport=transport) as client:
        await client.get_inventory_per_warehouse(article_numbers)
    return transport.sent


class CountingTransport(httpx.AsyncHTTPTransport):
    """The real transport, counting what goes on the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0
        self.urls: list[httpx.URL] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.sent += 1
        self.urls.append(request.url)
        return await super().handle_async_request(request)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=500)
    args = parser.parse_args()
    numbers = [article.article_number for article in load_demo_state().articles()][:50]
    with simulator_process() as base_url:
        print(
            f"{'lookup':<12}{'client p50':>12}{'client p95':>12}{'bare p50':>10}"
            f"{'bare p95':>10}{'added p95':>11}{'requests':>10}"
        )
        for size in (1, 50):
            figures = asyncio.run(measure(base_url, numbers[:size], args.rounds))
            sent = asyncio.run(requests_per_lookup(base_url, numbers[:size]))
            added = figures["client_p95"] - figures["bare_p95"]
            print(
                f"{size:>3} article{'s' if size > 1 else ' '}  {figures['client_p50']:>10.2f}ms"
                f"{figures['client_p95']:>10.2f}ms{figures['bare_p50']:>8.2f}ms"
                f"{figures['bare_p95']:>8.2f}ms{added:>9.2f}ms{sent:>10}"
            )


if __name__ == "__main__":
    main()
