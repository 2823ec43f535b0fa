"""Run a command's coroutine so that Ctrl+C always ends it, soon.

`asyncio.run` answers the first Ctrl+C by cancelling the main task and waits for it to end.
A library that takes the cancellation for its own (a timeout scope deep in an HTTP stack)
leaves the command waiting for Ongoing long after the person asked it to stop: CI once saw
`tillside lookup` still running a minute after Ctrl+C. Here the first Ctrl+C cancels the
task as before and, if it has not ended within a grace period, the command stops anyway
(KeyboardInterrupt, which the command line turns into its sentence and exit status 130).
A second Ctrl+C stops at once.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from collections.abc import Coroutine
from types import FrameType
from typing import Any, TypeVar

T = TypeVar("T")

GRACE_SECONDS = 2.0


def run_interruptible(main: Coroutine[Any, Any, T], grace_seconds: float = GRACE_SECONDS) -> T:
    """`asyncio.run(main)`, but Ctrl+C ends it within `grace_seconds` whatever `main` does."""
    if threading.current_thread() is not threading.main_thread():
        return asyncio.run(main)  # signals only reach the main thread
    loop = asyncio.new_event_loop()
    task = loop.create_task(main)
    interrupted = False

    def give_up() -> None:
        raise KeyboardInterrupt

    def on_interrupt(signum: int, frame: FrameType | None) -> None:
        nonlocal interrupted
        if interrupted or task.done():
            raise KeyboardInterrupt
        interrupted = True
        task.cancel()
        loop.call_soon_threadsafe(loop.call_later, grace_seconds, give_up)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        try:
            return loop.run_until_complete(task)
        except asyncio.CancelledError:
            if interrupted:
                raise KeyboardInterrupt from None
            raise
        finally:
            signal.signal(signal.SIGINT, previous)
    finally:
        _close(loop, task)


def _close(loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any]) -> None:
    """Close the loop; a task that would not end is dropped, not waited for."""
    try:
        if task.done():
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for other in pending:
                other.cancel()
            if pending:
                loop.run_until_complete(asyncio.wait(pending, timeout=GRACE_SECONDS))
            loop.run_until_complete(loop.shutdown_asyncgens())
        else:
            task.cancel()  # asked once more; it is not waited for
            loop.set_exception_handler(lambda _loop, _context: None)  # "destroyed but pending"
    finally:
        loop.close()
