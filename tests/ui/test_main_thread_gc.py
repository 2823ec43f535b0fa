"""The till collects reference cycles on the Qt thread only (see app.ui.main_thread_gc)."""

from __future__ import annotations

import gc
import weakref

from app.persistence.json_file import JsonFile
from app.services.checkout import CheckoutSession
from app.services.till import Till
from app.ui.main_thread_gc import MainThreadCollector
from app.ui.main_window import MainWindow
from tests.helpers.qt_loop import run_on_qt_loop
from tests.helpers.simulator import client_for
from tests.helpers.waiting import until


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


def test_what_lives_when_set_aside_is_left_out_of_later_collections(qapp) -> None:
    collector = MainThreadCollector()
    try:
        young_garbage = Node()
        gone = weakref.ref(young_garbage)
        del young_garbage
        catalogue = [Node() for _ in range(1000)]  # alive as long as the till
        collector.set_aside_long_lived()
        assert gone() is None  # garbage is collected first, not kept for good
        assert gc.get_freeze_count() >= len(catalogue)
        walked = {id(thing) for thing in gc.get_objects()}  # what collections look at
        assert not any(id(node) in walked for node in catalogue)
        later = Node()
        assert id(later) in {id(thing) for thing in gc.get_objects()}
    finally:
        gc.unfreeze()  # other tests' objects must stay collectable
        collector.stop()


def test_the_window_says_when_the_catalogue_is_loaded(qtbot, simulator, tmp_path) -> None:
    """The till sets the catalogue aside then (app/ui/start/till.py)."""
    loaded: list[bool] = []

    async def scenario() -> None:
        async with client_for(simulator) as client:
            session = CheckoutSession(client, basket_file=JsonFile(tmp_path / "basket.json"))
            window = MainWindow(Till(client, session))
            qtbot.addWidget(window)
            window.catalogue_loaded.connect(lambda: loaded.append(True))
            await until(lambda: loaded == [True])
            assert session.catalogue.loaded_at is not None
            await window.shutdown()

    run_on_qt_loop(scenario())


def full_collection_falls_due() -> None:
    """The old generation's count passes its threshold: gen-1 collections add to it."""
    for _ in range(gc.get_threshold()[2] + 1):
        gc.collect(1)


def test_while_long_lived_things_load_a_due_full_collection_sets_aside(qapp) -> None:
    collector = MainThreadCollector()
    try:
        collector.expect_long_lived()
        catalogue_so_far = [Node() for _ in range(1000)]
        full_collection_falls_due()
        set_aside_before = gc.get_freeze_count()
        collector.check()
        assert gc.get_freeze_count() >= set_aside_before + len(catalogue_so_far)
        assert gc.get_count()[2] == 0  # the old generation's count starts anew
        collector.set_aside_long_lived()  # loaded: full collections walk again from now
        gc.unfreeze()
        full_collection_falls_due()
        collector.check()
        assert gc.get_freeze_count() == 0
        assert gc.get_count()[2] == 0  # a real full collection ran
    finally:
        gc.unfreeze()
        collector.stop()


def test_without_a_long_lived_load_a_due_full_collection_collects(qapp) -> None:
    collector = MainThreadCollector()
    try:
        full_collection_falls_due()
        collector.check()
        assert gc.get_freeze_count() == 0  # nothing set aside
        assert gc.get_count()[2] == 0  # a real full collection ran
    finally:
        collector.stop()
