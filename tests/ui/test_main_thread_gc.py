"""The till collects reference cycles on the Qt thread only (see app.ui.main_thread_gc)."""

from __future__ import annotations

import gc
import weakref

from app.ui.main_thread_gc import MainThreadCollector


class Node:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_timer_collects_cycles(qapp) -> None:
    was_enabled = gc.isenabled()
    gc.enable()
    collector = MainThreadCollector()
    try:
        assert not gc.isenabled()
        node = Node()
        alive = weakref.ref(node)
        del node
        threshold = gc.get_threshold()[0]
        garbage: list[list[int]] = [[] for _ in range(threshold + 10)]  # cross the first threshold
        collector.check()
        assert alive() is None
        del garbage
    finally:
        collector.stop()
    assert gc.isenabled()
    if not was_enabled:
        gc.disable()
