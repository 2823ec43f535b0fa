"""`tillside webhooks --port N`: receive Ongoing's webhooks until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

from app.commands.exit_status import ExitStatus
from app.files.locations import WEBHOOKS_FILE, webhooks_path
from app.persistence.storage_errors import StorageError
from app.webhooks.receiver import WebhookReceiver
from app.webhooks.store import WebhookStore

WEBHOOK_DB = WEBHOOKS_FILE

log = logging.getLogger(__name__)


async def run_webhooks(host: str, port: int, token: str, goods_owner_id: int | None = None) -> int:
    try:
        store = WebhookStore(webhooks_path())
    except StorageError as error:
        log.error("event=webhooks_unavailable problem=%s", error.problem.value)
        print(f"tillside webhooks: {error}", file=sys.stderr)
        return ExitStatus.STORAGE
    if store.damage is not None:
        print(
            f"tillside webhooks: the file of received events was damaged; it is kept as "
            f"{store.damage.kept_as} and a new one was started (Ongoing sends events again).",
            file=sys.stderr,
        )
    try:
        receiver = WebhookReceiver(token, store, goods_owner_id=goods_owner_id)
    except ValueError as error:
        print(f"tillside webhooks: set TILLSIDE_WEBHOOK_TOKEN: {error}", file=sys.stderr)
        store.close()
        return ExitStatus.USAGE
    try:
        bound = await receiver.start(host, port)
    except OSError as error:
        log.error("event=webhooks_not_listening port=%d", port)
        print(
            f"tillside webhooks: cannot listen on {host}:{port}: {error.strerror}", file=sys.stderr
        )
        store.close()
        return ExitStatus.UNAVAILABLE
    print(
        f"Receiving webhooks on http://{host}:{bound}/ (in Ongoing: the token as X-Auth-Token, "
        f"Basic password or ?token=...); tills read http://{host}:{bound}/events",
        flush=True,
    )
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
