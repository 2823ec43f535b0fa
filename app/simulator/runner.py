"""Run the simulator: in this loop (`serve`, for the command line) or in a thread (tests, demo)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import TracebackType

from app.simulator.faults import Faults
from app.simulator.http import RequestLog, SimulatorHttp
from app.simulator.routes import Credentials, OngoingApi
from app.simulator.state import WmsState

DEMO_TENANT = "demo"
DEMO_API_USER = "WSI-DEMO"
DEMO_PASSWORD = "demo-password"  # the demo tenant's, in docs/development.md; not a secret
DEMO_GOODS_OWNER_ID = 1


def base_url_for(host: str, port: int, tenant: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/{tenant}/api/v1/"


async def serve(
    *,
    state: WmsState | None = None,
    faults: Faults | None = None,
    port: int = 0,
    host: str = "127.0.0.1",
    tenant: str = DEMO_TENANT,
    api_user: str = DEMO_API_USER,
    password: str = DEMO_PASSWORD,
    goods_owner_id: int = DEMO_GOODS_OWNER_ID,
    announce: Callable[[str], object] = print,
    requests: RequestLog | None = None,
) -> None:
    """Serve in the running loop until cancelled (the `tillside simulator` command).

    Announces `Listening on <base url>` once the port is open; the demo state by default.
    """
    if state is None:
        from app.simulator.demo_data import load_demo_state

        state = load_demo_state()
    api = OngoingApi(state, Credentials(api_user, password, goods_owner_id))
    http = SimulatorHttp(api, faults or Faults(), tenant, requests or RequestLog())
    server = await asyncio.start_server(http.connection, host, port)
    bound = int(server.sockets[0].getsockname()[1])
    announce(f"Listening on {base_url_for(host, bound, tenant)}")
    try:
        await server.serve_forever()
    finally:
        server.close()
        http.abort_connections()
        await server.wait_closed()


class SimulatorThread:
    """The simulator on its own event loop in a daemon thread, like a server elsewhere.

    `requests` records every request (method, path after /api/v1, query pairs, raw body,
    answered status or None when the connection was dropped) for tests to assert on.
    """

    def __init__(
        self,
        state: WmsState,
        faults: Faults,
        host: str,
        port: int,
        tenant: str,
        api_user: str,
        password: str,
        goods_owner_id: int,
    ) -> None:
        self.state = state
        self.faults = faults
        self.api_user = api_user
        self.password = password
        self.goods_owner_id = goods_owner_id
        self.requests = RequestLog()
        self._host, self._tenant = host, tenant
        api = OngoingApi(state, Credentials(api_user, password, goods_owner_id))
        self._http = SimulatorHttp(api, faults, tenant, self.requests)
        # A plain selector loop, whatever the process's policy says: under the till, qasync's
        # policy would hand this thread a Qt loop, which must not run outside Qt's thread.
        self._loop: asyncio.AbstractEventLoop = asyncio.SelectorEventLoop()
        self._ready = threading.Event()
        self._server: asyncio.Server | None = None
        self._error: BaseException | None = None
        self._port = port
        self.base_url = ""
        self._thread = threading.Thread(target=self._run, name="ongoing-simulator", daemon=True)

    @classmethod
    def start(
        cls,
        state: WmsState | None = None,
        faults: Faults | None = None,
        port: int = 0,
        host: str = "127.0.0.1",
        tenant: str = DEMO_TENANT,
        api_user: str = DEMO_API_USER,
        password: str = DEMO_PASSWORD,
        goods_owner_id: int = DEMO_GOODS_OWNER_ID,
    ) -> SimulatorThread:
        if state is None:
            from app.simulator.demo_data import load_demo_state

            state = load_demo_state()
        runner = cls(
            state, faults or Faults(), host, port, tenant, api_user, password, goods_owner_id
        )
        runner._thread.start()
        runner._ready.wait(timeout=30)
        if runner._error is not None:
            raise runner._error
        if not runner.base_url:
            raise RuntimeError("the simulator did not start listening")
        return runner

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._server = self._loop.run_until_complete(
                asyncio.start_server(self._http.connection, self._host, self._port)
            )
            port = int(self._server.sockets[0].getsockname()[1])
            self.base_url = base_url_for(self._host, port, self._tenant)
        except BaseException as error:
            self._error = error
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        # Shut down without waiting for clients: stop listening, let connections accepted a
        # moment ago reach their handler (a handler cancelled before it starts never closes
        # its socket), cut keep-alive connections, cancel handlers still sleeping (latency,
        # slow commit), then close the loop.
        self._server.close()
        for _ in range(3):  # accept -> transport -> handler task: a few turns of the loop
            self._loop.run_until_complete(asyncio.sleep(0))
        self._http.abort_connections()
        pending = asyncio.all_tasks(self._loop)
        for task in pending:
            task.cancel()
        self._loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self._loop.run_until_complete(self._server.wait_closed())
        self._loop.close()

    def stop(self) -> None:
        """Stop listening and end the thread; safe to call twice."""
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)

    def __enter__(self) -> SimulatorThread:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
