"""`tillside webhooks --port N`: receive Ongoing's webhooks until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys

from app.store.paths import data_dir
from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore

WEBHOOK_DB = "webhooks.sqlite"


async def run_webhooks(host: str, port: int, token: str) -> int:
    store = WebhookStore(data_dir() / WEBHOOK_DB)
    try:
        receiver = WebhookReceiver(token, store)
    except ValueError as error:
        print(f"tillside webhooks: set TILLSIDE_WEBHOOK_TOKEN: {error}", file=sys.stderr)
        return 2
    bound = await receiver.start(host, port)
    print(f"Receiving webhooks on http://{host}:{bound}/ (add ?token=... in Ongoing)", flush=True)
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):  # Windows: Ctrl+C ends it
            loop.add_signal_handler(signum, stopped.set)
    try:
        await stopped.wait()
    finally:
        await receiver.stop()
        store.close()
    return 0
